import { describe, expect, it, vi } from 'vitest';
import { eventSchema } from '../../../src/model/dataset.ts';
import { datasetOf, readDataset } from '../../../src/app/data/readDataset.ts';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { validateDataset } from '../../../src/model/validate.ts';
import { readNotes } from '../../../src/app/data/reviveEvent.ts';
import { seedDataset } from '../fixtures/seed.ts';

const bytes = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

describe('reading a dataset file', () => {
  it('validates it once and computes the timeline columns the page would compute from it', () => {
    const fractions: number[] = [];
    const outcome = readDataset(bytes(seedDataset()), '/data/dataset.json', (f) => fractions.push(f));
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const reference = buildIndex(seedDataset(), []);
    expect(datasetOf(outcome.read).events.map((e) => e.id)).toEqual(reference.events.map((e) => e.id));
    expect(datasetOf(outcome.read).events[3]).toEqual(reference.events[3]);
    expect([...outcome.read.columns.dated]).toEqual([...reference.dated]);
    expect([...outcome.read.columns.start]).toEqual([...reference.start]);
    expect(outcome.read.columns.undated).toEqual(reference.undated);
    expect([...outcome.read.columns.support]).toEqual([...reference.support]);
    expect([...outcome.read.columns.actorRefs]).toEqual([...reference.actorRefs]);
    expect(fractions.every((f, k) => f >= 0 && f <= 1 && (k === 0 || f >= fractions[k - 1]!))).toBe(true);
  });

  it('leaves out a broken event and says why, keeping the others', () => {
    const dataset = seedDataset();
    (dataset.events[1] as { title: unknown }).title = 7;
    const outcome = readDataset(bytes(dataset), '/d.json');
    expect(outcome.ok && datasetOf(outcome.read).events.length).toBe(seedDataset().events.length - 1);
    expect(outcome.ok && outcome.read.problems.map((p) => p.ref)).toEqual([seedDataset().events[1]!.id]);
  });

  it('names the event and the field when a field the timeline reads breaks the schema', () => {
    const dataset = seedDataset();
    (dataset.events[2]!.evidence[0] as { start: unknown }).start = -4;
    const outcome = readDataset(bytes(dataset), '/d.json');
    expect(outcome.ok && outcome.read.problems).toEqual([
      { kind: 'event', ref: seedDataset().events[2]!.id, reason: 'evidence.0.start: expected a whole number ≥ 0, got -4' },
    ]);
  });

  it('keeps an event whose other fields break the schema, and says what was left out when it is shown', () => {
    const dataset = seedDataset();
    const broken = dataset.events[4]!;
    (broken as { roles: unknown }).roles = 'agent';
    (broken.attribution as { cues: unknown }).cues = [7];
    const outcome = readDataset(bytes(dataset), '/d.json');
    expect(outcome.ok && outcome.read.problems).toEqual([]);
    if (!outcome.ok) return;
    const events = datasetOf(outcome.read).events;
    expect(events).toHaveLength(seedDataset().events.length);
    const shown = events[4]!;
    expect(shown.id).toBe(broken.id);
    expect(shown.roles).toBeUndefined();
    expect(shown.attribution).toEqual({ ...seedDataset().events[4]!.attribution, cues: [] });
    expect(readNotes(shown)).toEqual([expect.stringMatching(/^roles \(.+\)$/), expect.stringMatching(/^attribution\.cues\.0 \(.+\)$/)]);
    expect(readNotes(events[3]!)).toEqual([]);
  });

  it('reads a list of events it could not find by scanning (its key spelt with an escape) as JSON.parse does', () => {
    const text = JSON.stringify(seedDataset()).replace('"events":', '"ev\\u0065nts":');
    const outcome = readDataset(bytes(text), '/d.json');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    // Validated whole as the file was read: showing them does not run the schema a second time.
    const schema = vi.spyOn(eventSchema, 'safeParse');
    expect([...datasetOf(outcome.read).events]).toEqual(seedDataset().events);
    expect(schema).not.toHaveBeenCalled();
    schema.mockRestore();
    expect([...outcome.read.columns.start]).toEqual([...buildIndex(seedDataset(), []).start]);
  });

  it('reads the events as the last schema version the file gives says, like the schema does', () => {
    // A file that gives its version twice, the second (6: a salience left out is 0) after the events.
    const { schemaVersion: _, events, ...head } = seedDataset();
    const lean = events.slice(0, 2).map(({ salience: _salience, ...event }, k) => (k ? { ...event, salience: 0.5 } : event));
    const text = JSON.stringify({ schemaVersion: 5, ...head, events: lean, schemaVersion2: 6 }).replace('"schemaVersion2"', '"schemaVersion"');
    const outcome = readDataset(bytes(text), '/d.json');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    const { dataset } = validateDataset(JSON.parse(text));
    expect(dataset.events.map((e) => e.salience)).toEqual([0, 0.5]);
    expect(datasetOf(outcome.read).events.map((e) => e.salience)).toEqual([0, 0.5]);
    expect([...outcome.read.columns.support]).toEqual([...buildIndex(dataset, []).support]);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "events": [', 'json', /not valid JSON/],
    ['another schema version', { ...seedDataset(), schemaVersion: 8 }, 'schema', /schema version 8.*re-run this version's extractor \(npm run extract\)/],
    ['without a schema version', { ...seedDataset(), schemaVersion: undefined }, 'schema', /Re-run the extractor \(npm run extract\)/],
    ['not an object', [1, 2], 'schema', /not a JSON object/],
  ])('refuses a file that is %s, with the kind of error the page explains', (_name, value, kind, message) => {
    const outcome = readDataset(bytes(value), '/d.json');
    expect(outcome).toMatchObject({ ok: false, kind });
    expect(!outcome.ok && outcome.message).toMatch(message);
  });
});
