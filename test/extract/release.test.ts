// What a processed document holds until the corpus stage: every document of a corpus is held at
// once, so a document must not keep the whole file it was read from (front matter, markup) through
// the names and dates sliced from its text.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/extract/core.ts';
import { builtinGazetteer } from '../../src/extract/actors/gazetteer.ts';
import { withTightHeap } from '../../src/extract/heapGrowth.ts';

const MB = 1024 * 1024;
/** What is live after a full collection. */
const live = () => withTightHeap(() => process.memoryUsage().heapUsed);

const BODY =
  'On 3 March 2031 the council of Brindlemoor approved the new budget, Mayor Ruth Kellaway said on Tuesday.\n\n' +
  'The United Nations praised the vote on 4 March 2031, and Reuters reported that protests ended.\n';

describe('a processed document', () => {
  it('holds its text, names and dates, not the file as read', () => {
    const gazetteer = builtinGazetteer();
    // A file whose front matter is far longer than its body (a long comment before the text).
    const file = (n: number) => `---\ntitle: Budget ${n}\n# ${'notes '.repeat(2 * MB)}\n---\n${BODY}`;
    processDocument('warm-up.md', 'warm-up', BODY, gazetteer, []); // the models load on first use
    const before = live();
    const docs = Array.from({ length: 4 }, (_, n) => processDocument(`budget-${n}.md`, `budget-${n}`, file(n), gazetteer, []));
    const held = live() - before;
    expect(docs.every((d) => d !== null && d.actorMentions.length > 0 && d.times.timexes.length > 0 && d.events.length > 0)).toBe(true);
    // Four files of 12 MB each: what is held is a few kilobytes of text and what was found in it.
    expect(held).toBeLessThan(8 * MB);
    expect(docs[0]!.actorMentions.every((m) => m.text === docs[0]!.text.slice(m.start, m.end))).toBe(true);
  });
});
