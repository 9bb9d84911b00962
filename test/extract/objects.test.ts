// Titles, names and cue words are held from the end of their document's stages until the output
// is written, for every document of a corpus at once: each must be a string of its own, as small as
// its characters allow, and exactly the characters it was made from.
import { describe, expect, it } from 'vitest';
import { ownString } from '../../src/extract/objects.ts';
import { withTightHeap } from '../../src/extract/heapGrowth.ts';

/** What is live after a full collection. */
const live = () => withTightHeap(() => process.memoryUsage().heapUsed);

describe('ownString', () => {
  it.each([
    ['', 'empty'],
    ['Kellaway', 'short'],
    ['The council of Brindlemoor approved the new budget', 'plain'],
    ['“We will not stop,” Ruth Kellaway said — at 5 °C', 'curly quotes, dash, degree'],
    ['Zoë Müller met 李明 in Łódź 🎉', 'accents, Chinese, emoji'],
    ['broken \ud800 half and tab\tnew\nline "quoted" back\\slash', 'lone surrogate, controls, escapes'],
  ])('keeps every character of %j (%s)', (text) => {
    const source = `«${text}» and more words around it to slice from`;
    const copy = ownString(source.slice(1, 1 + text.length));
    expect(copy).toBe(text);
    expect(copy.length).toBe(text.length);
  });

  it('holds one byte per character for plain words sliced from a text with a curly quote in it', () => {
    // A document with one curly quote is held in two bytes per character; the titles cut from it
    // are mostly plain letters.
    const text = '“' + 'The council of Brindlemoor approved the new budget after a long debate on roads. '.repeat(400);
    const count = 20_000;
    const before = live();
    const kept = Array.from({ length: count }, (_, i) => ownString(text.slice(1 + (i % 20_000), 91 + (i % 20_000))));
    const perString = (live() - before) / count;
    expect(kept[0]).toBe(text.slice(1, 91));
    // 90 characters: about 110 bytes as a string of its own, one byte each, plus its place in the
    // list; a slice's header and two bytes per character would be about 240.
    expect(perString).toBeLessThan(170);
  });
});
