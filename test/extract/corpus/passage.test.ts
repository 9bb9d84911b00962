import { describe, expect, it } from 'vitest';
import { hasWords, passageKeys } from '../../../src/extract/corpus/passage.ts';

/** The plain count: runs of letters as the pattern finds them. */
const plainCount = (text: string) => (text.match(/\p{L}+/gu) ?? []).length;

describe('hasWords', () => {
  const texts = [
    '',
    '42 — 17, 2025!',
    'Talks resumed in Lisbon on Monday.',
    "The ministers' talks ended at 10:30; they'll resume on 3 March.",
    'İstanbul, Zürich, Øslo: naïve café\u0301 ١٢٣ 𝐀𝐁𝐂 bold 𝐃 😀 北京 Москва',
    'a lone \ud800 surrogate [and] `quoted` @ {braced} words',
  ];
  it.each(texts)('counts the runs of letters the pattern counts: %s', (text) => {
    const n = plainCount(text);
    for (let min = 0; min <= n + 1; min++) expect(hasWords(text, min)).toBe(n >= min);
  });
});

describe('passageKeys', () => {
  it('keys a long sentence by its words alone, a short one by its document and its neighbours', () => {
    const long = 'The harbour authority reopened the northern quay to cargo ships on Monday.';
    expect(passageKeys('a', long, 0, long.length)).toEqual([long]);
    const text = 'Before it. Thank you. After it.';
    expect(passageKeys('a', text, 11, 21)).toEqual(['a\u0002Thank you.', 'Before it.\u0001Thank you.', 'Thank you.\u0001After it.']);
  });
});
