// TIMEX3 mod values for the words that qualify a point ("early 2020") or an amount ("about two weeks").

const POINT_MODS: Readonly<Record<string, string | null>> = {
  early: 'START',
  start: 'START',
  beginning: 'START',
  mid: 'MID',
  middle: 'MID',
  late: 'END',
  end: 'END',
  earlier: null,
  later: null,
};

const AMOUNT_MODS: Readonly<Record<string, string | null>> = {
  about: 'APPROX',
  around: 'APPROX',
  approximately: 'APPROX',
  roughly: 'APPROX',
  some: 'APPROX',
  'close to': 'APPROX',
  'an estimated': 'APPROX',
  nearly: 'LESS_THAN',
  almost: 'LESS_THAN',
  'less than': 'LESS_THAN',
  under: 'LESS_THAN',
  'fewer than': 'LESS_THAN',
  'just under': 'LESS_THAN',
  'more than': 'MORE_THAN',
  over: 'MORE_THAN',
  'just over': 'MORE_THAN',
  'well over': 'MORE_THAN',
  'upwards of': 'MORE_THAN',
  'at least': 'EQUAL_OR_MORE',
  'no less than': 'EQUAL_OR_MORE',
  'at most': 'EQUAL_OR_LESS',
  'up to': 'EQUAL_OR_LESS',
  'no more than': 'EQUAL_OR_LESS',
  'not more than': 'EQUAL_OR_LESS',
  'a full': null,
  fully: null,
};

const norm = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** Mod of "early", "the end of", "mid-"…; undefined when the word is no point modifier. */
export function pointMod(word: string | undefined): string | null {
  if (!word) return null;
  const w = norm(word)
    .replace(/^the /, '')
    .replace(/ (?:part )?of$/, '')
    .replace(/-$/, '');
  return POINT_MODS[w] ?? null;
}

export function amountMod(word: string | undefined): string | null {
  if (!word) return null;
  return AMOUNT_MODS[norm(word)] ?? null;
}
