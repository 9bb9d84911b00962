// Every document of a corpus is held until the output is written: names, ids and dates that many
// documents repeat must be held once, and nothing they say may change.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/extract/core.ts';
import type { DocContext } from '../../src/extract/context.ts';
import { builtinGazetteer } from '../../src/extract/actors/gazetteer.ts';
import { withTightHeap } from '../../src/extract/heapGrowth.ts';
import { shareStrings } from '../../src/extract/sharedStrings.ts';

const MB = 1024 * 1024;
/** What is live after a full collection. */
const live = () => withTightHeap(() => process.memoryUsage().heapUsed);

const PARAGRAPH =
  'On 3 March 2031 France, Germany, Italy, Spain, Poland and Austria signed a treaty in Paris, Reuters said. ' +
  'Japan, China, India, Brazil, Egypt and Kenya welcomed it on 4 March 2031.\n\n';

describe('strings shared by the documents', () => {
  it('holds the names, ids and dates many documents repeat once, and changes no value', () => {
    const gazetteer = builtinGazetteer();
    const docs = Array.from({ length: 180 }, (_, n) =>
      processDocument(`treaty-${n}.md`, `treaty-${n}`, PARAGRAPH.repeat(12), gazetteer, [])!,
    ) as DocContext[];
    const before = docs.map((d) => JSON.stringify([d.actorMentions, d.times.timexes, d.actors, d.events]));
    const apart = live();
    const table = new Map<string, string>();
    for (const d of docs) shareStrings(d, table);
    const shared = live();
    expect(docs.map((d) => JSON.stringify([d.actorMentions, d.times.timexes, d.actors, d.events]))).toEqual(before);
    // 180 documents of some 200 names and dates each: a string apiece before, a few dozen after
    // (about 1 MB less on a quiet machine; a busy one leaves more garbage in each measure, so the
    // bound is well below that).
    expect(apart - shared).toBeGreaterThan(0.3 * MB);
    expect(table.size).toBeLessThan(200);
  });
});
