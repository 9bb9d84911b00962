import { describe, expect, it } from 'vitest';
import { bySentence, textWithout } from '../../src/extract/spans.ts';

describe('spans', () => {
  it('groups spans under the sentence they start in', () => {
    const sentences = [
      { start: 0, end: 10 },
      { start: 11, end: 20 },
    ];
    const spans = [
      { start: 12, end: 14 },
      { start: 1, end: 3 },
    ];
    expect(bySentence(sentences, spans)).toEqual([[{ start: 1, end: 3 }], [{ start: 12, end: 14 }]]);
  });

  it('blanks the time expressions inside a passage, keeping every other offset in place', () => {
    const text = 'Talks resumed on 3 March in Doha.';
    const date = { start: 17, end: 24 };
    const outside = { start: 0, end: 5 };
    const blanked = textWithout(text, { start: 6, end: text.length }, [date, outside]);
    expect(blanked).toBe('resumed on         in Doha.');
    expect(blanked.length).toBe(text.length - 6);
  });
});
