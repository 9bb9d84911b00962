import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/app/source/textBlocks.ts';
import type { Segment } from '../../../src/app/source/highlightSegments.ts';

const run = (start: number, end: number): Segment => ({ start, end, passages: [], trigger: -1, timex: false, mention: null });

describe('textBlocks', () => {
  const text = 'First.\nSecond\n\nThird.\nLast';
  const segments = [run(0, 3), run(3, 10), run(10, 20), run(20, 26)];

  it('ends each block right after a line feed once it holds enough characters, and covers the text once', () => {
    const blocks = textBlocks(text, segments, 8);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First.\nSecond\n', '\nThird.\n', 'Last']);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
  });

  it('gives a block every run that overlaps it, a run across its end to both blocks', () => {
    const blocks = textBlocks(text, segments, 8);
    expect(blocks.map((b) => [b.from, b.to])).toEqual([[0, 3], [2, 4], [3, 4]]);
  });

  it('keeps a text without line feeds in one block', () => {
    expect(textBlocks('no line feed here', [run(0, 17)], 4)).toEqual([{ start: 0, end: 17, from: 0, to: 1 }]);
  });
});
