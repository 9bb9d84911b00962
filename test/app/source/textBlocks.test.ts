import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../../src/app/source/textBlocks.ts';

describe('textBlocks', () => {
  const text = 'First.\nSecond\n\nThird.\nLast';

  it('ends each block right after a line feed once it holds enough characters, and covers the text once', () => {
    const blocks = textBlocks(text, 8);
    expect(blocks.map((b) => text.slice(b.start, b.end))).toEqual(['First.\nSecond\n', '\nThird.\n', 'Last']);
    expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    expect(blocks.map((b) => b.lines)).toEqual([2, 2, 0]);
  });

  it('keeps a short text without line feeds in one block', () => {
    expect(textBlocks('no line feed here', 4, 40)).toEqual([{ start: 0, end: 17, lines: 0 }]);
  });

  it('cuts a line far longer than a block after a space, and a text without spaces anywhere but inside a surrogate pair', () => {
    const line = 'word '.repeat(100);
    const blocks = textBlocks(line, 20, 80);
    expect(blocks.length).toBeGreaterThan(5);
    expect(blocks.every((b) => b.end - b.start <= 80)).toBe(true);
    expect(blocks.slice(0, -1).every((b) => line[b.end - 1] === ' ')).toBe(true);
    expect(blocks.map((b) => line.slice(b.start, b.end)).join('')).toBe(line);

    const emoji = '😀'.repeat(100);
    const cut = textBlocks(emoji, 11, 41);
    expect(cut.every((b) => b.end - b.start <= 41 && !/^[\uDC00-\uDFFF]/.test(emoji.slice(b.start, b.end)))).toBe(true);
    expect(cut.map((b) => emoji.slice(b.start, b.end)).join('')).toBe(emoji);
  });
});
