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
