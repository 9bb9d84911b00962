import { describe, expect, it } from 'vitest';
import { splitSentences, MAX_SENTENCE } from '../../src/extract/sentences.ts';

const split = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['Talks resumed. Both sides met.', ['Talks resumed.', 'Both sides met.']],
    ['He flew to the U.S. on Monday.', ['He flew to the U.S. on Monday.']],
    ['They met in the U.S. The talks ended.', ['They met in the U.S.', 'The talks ended.']],
    ['Gen. Smith arrived on Jan. 5 at 5 p.m. and left.', ['Gen. Smith arrived on Jan. 5 at 5 p.m. and left.']],
    ['Navy Lt. Cmdr. Ana Ruiz and Brig. Gen. Tom Holm spoke.', ['Navy Lt. Cmdr. Ana Ruiz and Brig. Gen. Tom Holm spoke.']],
    ['J. Doe said “No.” Then he left.', ['J. Doe said “No.”', 'Then he left.']],
    ['“We will talk,” she said. Nobody did.', ['“We will talk,” she said.', 'Nobody did.']],
    ['Prices rose 3.5 percent. Wait... What?', ['Prices rose 3.5 percent.', 'Wait...', 'What?']],
    ['- First item\n- Second item', ['First item', 'Second item']],
    ['# A heading\nBody text here.', ['A heading', 'Body text here.']],
    ['1. Numbered point\n\n\nAfter blank lines.', ['Numbered point', 'After blank lines.']],
    [
      '“Hamas agreed. The hostages go free Monday,” said an official. Talks ended.',
      ['“Hamas agreed. The hostages go free Monday,” said an official.', 'Talks ended.'],
    ],
    ['"We won. It is over," he said. Then silence.', ['"We won. It is over," he said.', 'Then silence.']],
    ['An unclosed “quote. It runs on.', ['An unclosed “quote.', 'It runs on.']],
  ])('splits %j', (text, expected) => {
    expect(split(text)).toEqual(expected);
  });

  it('keeps offsets into the original text, list marks and spaces outside', () => {
    const text = '  - U.S. officials confirm talks\nNext line.';
    const [first, second] = splitSentences(text);
    expect(first).toMatchObject({ start: 4, end: 32, index: 0 });
    expect(second).toMatchObject({ start: 33, end: 43, index: 1 });
  });

  it('cuts a run without sentence ends into pieces no longer than the limit, never inside a surrogate pair', () => {
    const text = '😀'.repeat(MAX_SENTENCE * 2);
    const pieces = splitSentences(text);
    expect(pieces.length).toBeGreaterThan(2);
    for (const s of pieces) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(text.slice(s.start, s.end)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/);
    }
    expect(pieces.at(-1)!.end).toBe(text.length);
  });

  it('yields nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\n\t ')).toEqual([]);
  });
});
