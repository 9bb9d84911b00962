import { describe, expect, it } from 'vitest';
import { eachRun, isLetter, isLetterOrDigit } from '../../src/extract/wordRuns.ts';
import { findForms, formsAt, longestLeftmost, wordsIn } from '../../src/extract/actors/match.ts';
import type { Form } from '../../src/extract/actors/gazetteer.ts';

const TEXTS = [
  'Talks resumed in Lisbon on Monday, 3 March 2025.',
  'İstanbul, Zürich, Øslo: naïve café\u0301 ١٢٣ 𝐀𝐁𝐂 bold 𝐃 😀 北京 Москва x2 3rd',
  'a lone \ud800 surrogate [and] `quoted` @ {braced} words_with_underscores',
  '',
];

/** What the pattern finds from `from`, the matches that start before `to`. */
function byPattern(text: string, pattern: RegExp, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(pattern.source, 'gu');
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) out.push([m.index, m.index + m[0].length]);
  return out;
}

function byRuns(text: string, test: (cp: number) => boolean, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  eachRun(text, test, (start, end) => out.push([start, end]), from, to);
  return out;
}

describe('eachRun', () => {
  it.each(TEXTS)('finds the runs of letters, and of letters and digits, that the patterns find: %s', (text) => {
    // Every window between word boundaries and inside words, as the stages ask for sentences.
    for (let from = 0; from <= text.length; from += 3)
      for (const to of [from, from + 5, from + 17, text.length]) {
        expect(byRuns(text, isLetter, from, to)).toEqual(byPattern(text, /\p{L}+/u, from, to));
        expect(byRuns(text, isLetterOrDigit, from, to)).toEqual(byPattern(text, /[\p{L}\p{N}]+/u, from, to));
      }
  });
});

describe('wordsIn', () => {
  it('gives each word of a span with its offset, the last one whole though it runs past the span', () => {
    const text = 'Officials in Kyiv said 40 people';
    expect(wordsIn(text, 10, 20)).toEqual([
      { start: 10, text: 'in' },
      { start: 13, text: 'Kyiv' },
      { start: 18, text: 'said' },
    ]);
  });
});

/** Forms keyed by their first word, longest first, as a gazetteer holds them. */
const formsOf = (actorId: string, texts: string[]) => {
  const forms = new Map<string, Form[]>();
  for (const text of texts) forms.set(text.split(' ')[0]!, [...(forms.get(text.split(' ')[0]!) ?? []), { text, actorId, kind: 'name' }]);
  for (const list of forms.values()) list.sort((a, b) => b.text.length - a.text.length);
  return forms;
};

describe('formsAt', () => {
  it.each([
    ["the document's form is longer", 'Port Authority of Valmora Harbour said', ['Port Authority of Valmora'], ['Port Authority']],
    ["the lexicon's form is longer", 'The Valmora Harbour Board met', ['Valmora'], ['Valmora Harbour Board']],
    ["both are as long: the document's", 'Valmora Harbour reopened', ['Valmora Harbour'], ['Valmora Harbour']],
    ['they overlap', 'Kessar Valmora Harbour Board', ['Kessar Valmora'], ['Valmora Harbour Board']],
    ['neither is there', 'nothing named here', ['Valmora'], ['Kessar']],
  ])('given what the lexicon found in an earlier pass, finds what both found at once: %s', (_, text, local, listed) => {
    const words = wordsIn(text, 0, text.length);
    const [mine, lexicon] = [formsOf('doc', local), formsOf('lex', listed)];
    const earlier = formsAt(text, words, text.length, [lexicon]);
    const both = findForms(text, words, text.length, [mine, lexicon]);
    expect(longestLeftmost(formsAt(text, words, text.length, [mine], earlier))).toEqual(both);
  });
});
