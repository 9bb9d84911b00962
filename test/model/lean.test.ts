// The dataset file holds no text its documents hold and leaves out fields at their default; a
// reader gets back exactly the dataset that was written, and still reads a version 1 file.
import { describe, expect, it, vi } from 'vitest';
import { extractTexts } from '../../src/extract/pipeline.ts';
import { fileId } from '../../src/model/compact.ts';
import { leanDataset, strip } from '../../src/model/lean.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { eventFieldsSchema, SCHEMA_VERSION } from '../../src/model/dataset.ts';
import type { Dataset, TimelineEvent } from '../../src/model/dataset.ts';
import { gazetteer } from '../extract/helpers.ts';

const doc = (path: string, date: string, source: string, body: string) => ({
  path,
  raw: `---\ntitle: ${path}\ndate: ${date}\nsource: ${source}\n---\n${body}\n`,
});
const SENTENCE_A =
  'The harbour authority of Valmora reopened the northern ferry terminal on April 9, 2033, after a storm had flooded the docks and the ticket halls for most of a week.';
const SENTENCE_B =
  'Valmora reopened its northern ferry terminal on April 9, 2033, according to the regional broadcaster, which said the first boats left at dawn with only a few passengers aboard.';
const extraction = extractTexts(
  [
    doc('a/ferry.md', '2033-04-10', 'Coast Daily', `${SENTENCE_A} Officials reportedly expect more storms this spring.`),
    doc('b/ferry.md', '2033-04-11', 'Island Radio', `${SENTENCE_B} The mayor said repairs would cost millions.`),
  ],
  gazetteer(),
);
const written = JSON.stringify(leanDataset(extraction.dataset));
const read = () => validateDataset(JSON.parse(written));

// Reports that the passages give are left out and counted again by readers (reportsOf.ts);
// an optional list that is empty comes back absent, which says the same.
const comparable = (d: Dataset) => d.events.map(({ reports: _r, roles, ...e }) => ({ ...e, roles: roles?.length ? roles : undefined }));

describe('the lean dataset file', () => {
  it('reads back as exactly the dataset that was written', () => {
    const { dataset, problems } = read();
    expect(problems).toEqual([]);
    expect(comparable(dataset)).toEqual(comparable(extraction.dataset));
    expect(dataset.documents).toEqual(extraction.dataset.documents);
    expect(dataset.actors).toEqual(extraction.dataset.actors);
  });

  it('holds no passage of the documents: a passage is its offsets', () => {
    const texts = new Map(extraction.texts.map((t) => [t.id, t.text]));
    const passages = extraction.dataset.events.flatMap((e) => e.evidence.map((v) => texts.get(v.docId)!.slice(v.start, v.end)));
    expect(passages).toEqual(expect.arrayContaining([SENTENCE_A, SENTENCE_B]));
    for (const passage of passages.filter((p) => p.length > 120)) expect(written).not.toContain(passage);
    expect(written).not.toContain('"quote"');
  });

  it('leaves out fields at their default: no null, empty list or false, no plain attribution', () => {
    const events = JSON.parse(written).events as Record<string, unknown>[];
    expect(events.length).toBeGreaterThan(1);
    for (const record of [...events, ...(JSON.parse(written).documents as unknown[])])
      expect(JSON.stringify(record)).not.toMatch(/:null|:\[\]|:false/);
    const plain = extraction.dataset.events.filter((e) => e.attribution.certainty === 'stated' && e.attribution.source === null);
    expect(plain.length).toBeGreaterThan(0);
    for (const e of plain) expect(events.find((x) => x.id === fileId(e.id))).not.toHaveProperty('attribution');
  });

  it('keeps reports when they say more than the passages kept (passages left out of a large event)', () => {
    const event = extraction.dataset.events[0]!;
    const large: TimelineEvent = {
      ...event,
      evidenceOmitted: 3,
      reports: { documents: 4, sources: 3, first: '2033-04-10', last: '2033-04-12' },
    };
    const file = leanDataset({ ...extraction.dataset, events: [large] });
    expect(file.events[0]).toMatchObject({ evidenceOmitted: 3, reports: large.reports });
    expect(validateDataset(file).dataset.events[0]!.reports).toEqual(large.reports);
  });
});

describe('a version 1 dataset', () => {
  it('is read as it is, its quotes ignored (the passages are sliced from the documents)', () => {
    const texts = new Map(extraction.texts.map((t) => [t.id, t.text]));
    const v1 = {
      ...extraction.dataset,
      schemaVersion: 1,
      events: extraction.dataset.events.map((e) => ({
        ...e,
        evidence: e.evidence.map((v) => ({ ...v, quote: texts.get(v.docId)!.slice(v.start, v.end) })),
      })),
    };
    const { dataset, problems } = validateDataset(JSON.parse(JSON.stringify(v1)));
    expect(problems).toEqual([]);
    // The version the file was written in: it says how what the file left out is read.
    expect(dataset.schemaVersion).toBe(1);
    expect(dataset.events).toEqual(extraction.dataset.events);
    expect(dataset.events[0]!.evidence[0]).not.toHaveProperty('quote');
  });
});

describe('a dataset read from an older file', () => {
  const v5: Dataset = { ...extraction.dataset, schemaVersion: 5 };

  it('is written in this version when every event has its salience, and reads back the same', () => {
    expect(v5.events.every((e) => e.salience !== undefined)).toBe(true);
    const file = leanDataset(v5);
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    const { dataset, problems } = validateDataset(JSON.parse(JSON.stringify(file)));
    expect(problems).toEqual([]);
    expect(comparable(dataset)).toEqual(comparable(v5));
  });

  it('is refused when an event has no salience given, which this version would read as 0', () => {
    const [first, ...rest] = v5.events;
    const { salience: _, ...none } = first!;
    expect(() => leanDataset({ ...v5, events: [none, ...rest] })).toThrow(/version 5.*no salience given.*read it as salience 0/);
  });
});

describe('an attribution several events share', () => {
  it('is written once in the shared list and read once for the whole file', () => {
    const attribution = { source: 'the port office', actorId: null, cues: ['the port office said'], certainty: 'reported' as const };
    const events = extraction.dataset.events.map((e) => ({ ...e, attribution }));
    expect(events.length).toBeGreaterThan(1);
    const spy = vi.spyOn(JSON, 'stringify');
    let file: ReturnType<typeof leanDataset>;
    try {
      file = leanDataset({ ...extraction.dataset, events });
      // Its key (the JSON of its list form) made once, not once an event and again as each is written.
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
    }
    expect(file.shared!.attributions).toHaveLength(1);
    expect(file.events.map((e) => (e as { attribution: unknown }).attribution)).toEqual(events.map(() => 0));
  });
});

describe('the size of the file', () => {
  it('is well under what version 2 wrote for the same dataset', () => {
    const v2 = JSON.stringify({
      ...leanDataset(extraction.dataset),
      events: extraction.dataset.events.map((e) => strip(eventFieldsSchema, e)),
    });
    // Document ids are as short in both here: the saving is the compact forms alone.
    expect(written.length).toBeLessThan(0.8 * v2.length);
  });
});
