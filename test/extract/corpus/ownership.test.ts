import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/extract/corpus.ts';
import { processDocument } from '../../../src/extract/core.ts';
import { builtinGazetteer } from '../../../src/extract/actors/gazetteer.ts';
import type { DocContext } from '../../../src/extract/context.ts';

const gazetteer = builtinGazetteer();
const SOURCES = [
  ['a.md', '---\ndate: 2021-03-04\n---\nPresident Hosni Mubarak met the envoy in Cairo on Monday. Mubarak said talks would resume on 9 March.\n'],
  ['b.md', '---\ndate: 2021-03-05\n---\nMubarak met the envoy in Cairo on Monday, officials said. The talks resume on 9 March.\n'],
] as const;
const read = (): DocContext[] => SOURCES.map(([path, raw], i) => processDocument(path, `doc-${i}`, raw, gazetteer, [])!);

describe('the corpus stage owns the documents it is given', () => {
  it('empties the list it takes, and builds the dataset a fresh reading gives', () => {
    const given = read();
    const built = buildDataset(given, gazetteer, []);
    expect(given).toEqual([]);
    expect(built.dataset.events.length).toBeGreaterThan(0);
    expect(built.dataset.actors.map((a) => a.id)).toContain('hosni-mubarak');
    expect(JSON.stringify(built)).toBe(JSON.stringify(buildDataset(read(), gazetteer, [])));
  });
});

describe('one sentence copied into several documents', () => {
  const copy = (date: string) =>
    `---\ndate: ${date}\n---\nThe port authority closed the northern harbour to all shipping on Tuesday after the storm damaged two piers.\n`;
  const docs = (count: number): DocContext[] =>
    Array.from({ length: count }, (_, i) => processDocument(`copy-${i}.md`, `copy-${i}`, copy(`2022-10-0${i + 5}`), gazetteer, [])!);

  it.each([2, 3])('gives the events of one copy, each with a passage in each of %i documents, in document order', (count) => {
    const alone = buildDataset(docs(1), gazetteer, []).dataset.events;
    const { events } = buildDataset(docs(count), gazetteer, []).dataset;
    expect(alone.length).toBeGreaterThan(0);
    expect(events.map((e) => e.title)).toEqual(alone.map((e) => e.title));
    for (const event of events)
      expect(event.evidence.map((p) => p.docId)).toEqual(Array.from({ length: count }, (_, i) => `copy-${i}`));
  });
});
