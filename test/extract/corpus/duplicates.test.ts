import { describe, expect, it } from 'vitest';
import { findDuplicates, fingerprint, sortedShingles } from '../../../src/extract/corpus/duplicates.ts';

const shingles = (text: string, size?: number) => new Set(sortedShingles(text, size));

/** FNV-1a of a string, the plain way: what each shingle must equal. */
function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const story = Array.from(
  { length: 30 },
  (_, i) => `Ministers met in Lisbon for round ${i + 1} of the harbour talks and agreed on a further timetable.`,
).join(' ');

describe('shingles', () => {
  it('hash each run of words, lower-cased and joined by one space, whatever stands between them', () => {
    expect(shingles('Harbour  talks, in LISBON — résumé 2025', 3)).toEqual(
      new Set(['harbour talks in', 'talks in lisbon', 'in lisbon résumé', 'lisbon résumé 2025'].map(fnv)),
    );
  });

  it('are the n-grams of the words that a letters-and-digits pattern finds, in any script', () => {
    // The plain reading, word strings and all: what the scan over offsets must equal.
    const plain = (text: string, size: number) => {
      const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
      return new Set(words.slice(0, Math.max(0, words.length - size + 1)).map((_, i) => fnv(words.slice(i, i + size).join(' '))));
    };
    const texts = [
      'İstanbul talks: Ünal met Øyvind at 10:30 in Zürich',
      'café\u0301 naïve coöperate ١٢٣ ٣ days 𝐀𝐁𝐂 bold 𝐃 and 😀 emoji',
      'a lone \ud800 surrogate and \udc00 another one here',
      'ΣΊΣΥΦΟΣ Ελλάδα Москва 北京 talks x2 3rd',
    ];
    for (const text of texts) for (const size of [1, 3, 5]) expect(shingles(text, size)).toEqual(plain(text, size));
  });

  it('are none for a text shorter than one run', () => {
    expect(shingles('two words', 3).size).toBe(0);
  });
});

describe('findDuplicates', () => {
  it('points a copy with a word changed to the earlier original, and leaves another text alone', () => {
    const copy = story.replace('round 7', 'round seven');
    const other = story.replaceAll('Lisbon', 'Oslo').replaceAll('harbour', 'fishing').replaceAll('timetable', 'quota');
    const found = findDuplicates([
      { id: 'later', text: copy, date: '2025-03-02', sha256: 'b' },
      { id: 'first', text: story, date: '2025-03-01', sha256: 'a' },
      { id: 'other', text: other, date: '2025-03-01', sha256: 'c' },
    ]);
    expect(Object.fromEntries(found)).toEqual({ later: 'first' });
  });

  it('finds the same copies from fingerprints computed beforehand (as on worker threads) as from the texts', () => {
    const texts = [
      { id: 'later', text: story.replace('round 7', 'round seven'), date: '2025-03-02', sha256: 'b' },
      { id: 'first', text: story, date: '2025-03-01', sha256: 'a' },
      { id: 'half', text: story.slice(0, story.length / 2), date: '2025-03-01', sha256: 'c' },
      { id: 'short', text: 'Talks resumed in Lisbon.', date: null, sha256: 'd' },
      { id: 'short-copy', text: 'Talks resumed in Lisbon.', date: null, sha256: 'd' },
    ];
    const given = texts.map((t) => ({ ...t, fingerprint: fingerprint(t.text) }));
    expect(Object.fromEntries(findDuplicates(given))).toEqual({ later: 'first', 'short-copy': 'short' });
    expect(findDuplicates(given)).toEqual(findDuplicates(texts));
  });

  it('fingerprints hold how many distinct shingles a text has and their minima, not the shingles', () => {
    const cases = [
      { text: story, size: shingles(story).size, minima: 30 }, // "ministers met in lisbon for" and others 30 times
      { text: 'Talks resumed in Lisbon on Monday after a long pause.', size: 6, minima: null },
      { text: 'two words', size: 0, minima: null },
    ];
    for (const { text, size, minima } of cases) {
      const print = fingerprint(text);
      expect(Object.keys(print).sort()).toEqual(['minima', 'size']);
      expect(print.size).toBe(size);
      expect(print.minima?.length ?? null).toBe(minima);
    }
  });

  it('confirms each candidate on the shingles of the two texts, for copies that only share their minima', () => {
    // Same minima and sizes, different texts: only the full comparison can tell them apart.
    const copy = story.replace('round 7', 'round seven');
    const other = story.replaceAll('Lisbon', 'Oslo').replaceAll('harbour', 'fishing');
    const print = fingerprint(story);
    const found = findDuplicates([
      { id: 'first', text: story, date: '2025-03-01', sha256: 'a', fingerprint: print },
      { id: 'copy', text: copy, date: '2025-03-02', sha256: 'b', fingerprint: print },
      { id: 'other', text: other, date: '2025-03-03', sha256: 'c', fingerprint: print },
    ]);
    expect(Object.fromEntries(found)).toEqual({ copy: 'first' });
  });
});
