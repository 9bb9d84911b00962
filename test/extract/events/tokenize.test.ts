import { describe, expect, it } from 'vitest';
import { isVerb, tokenize } from '../../../src/extract/events/words.ts';
import type { Token } from '../../../src/extract/events/words.ts';

/** The tokenizer as first written, with a pattern: the scan by code points must give the same tokens. */
function byPattern(text: string, from: number, to: number): Token[] {
  const TOKEN = /[\p{L}\p{N}$](?:[\p{L}\p{N}\p{M}’'%$-]|[.,](?=[\p{L}\p{N}]))*/gu;
  const tokens: Token[] = [];
  let last = from;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = Math.min(m.index + m[0].length, to);
    const lastChar = text[end - 1];
    const possessive =
      lastChar === '’' || lastChar === "'" || (lastChar === 's' && end - 2 >= m.index && (text[end - 2] === '’' || text[end - 2] === "'"));
    while (end > m.index && (text[end - 1] === '’' || text[end - 1] === "'" || text[end - 1] === '-')) end--;
    if (text[end] === '.' && end < to && /^(?:\p{L}\.)+\p{L}$/u.test(text.slice(m.index, end))) end++;
    if (end <= m.index) continue;
    const word = text.slice(m.index, end);
    const breakBefore = /[,;:–—()[\]“”"]/.test(text.slice(last, m.index));
    tokens.push({ start: m.index, end, text: word, lower: word.toLowerCase(), breakBefore, possessive });
    last = end;
  }
  return tokens;
}

const TEXTS = [
  'The U.S. paid $2.3 billion, 1,500 troops left; Apple’s and officials’ talks (in Doha) — “resumed” [later].',
  "Wal-Mart's 50% cut, F-16s and x-ray; the café\u0301 owners' union met in São Paulo: 3.5.",
  'A lone \ud800 surrogate, 𝐀𝐁𝐂-𝐃 bold, 😀 emoji, 北京,Tianjin and a.b.c. then U.S.A.',
  "--leading dashes -- 'quoted' ’curly’ $ $5 %20 end.",
  '',
];

describe('tokenize', () => {
  it.each(TEXTS)('gives the tokens the pattern gives, from any start and to any end: %s', (text) => {
    for (let from = 0; from <= text.length; from += 2)
      for (const to of [from, from + 9, from + 31, text.length]) expect(tokenize(text, from, to)).toEqual(byPattern(text, from, to));
  });

  it('keeps inner dots and commas between digits or letters, an abbreviation its final dot, and marks punctuation before a token', () => {
    const text = 'The U.S. paid $2.3 billion, 1,500 troops left.';
    const tokens = tokenize(text, 0, text.length);
    expect(tokens.map((t) => t.text)).toEqual(['The', 'U.S.', 'paid', '$2.3', 'billion', '1,500', 'troops', 'left']);
    expect(tokens.filter((t) => t.breakBefore).map((t) => t.text)).toEqual(['1,500']);
  });
});

describe('the verbs a clause is found by', () => {
  const verb = (word: string) => isVerb(tokenize(word, 0, word.length)[0]!);
  it.each(['stopped', 'stopping', 'fleeing', 'dying', 'banned', 'winning', 'planned', 'freeing', 'visited', 'took'])('knows "%s"', (word) =>
    expect(verb(word)).toBe(true),
  );
  it.each(['stoped', 'fleing', 'diing', 'baned', 'wining', 'planed', 'taked'])('makes no verb of the misspelling "%s"', (word) =>
    expect(verb(word)).toBe(false),
  );
});
