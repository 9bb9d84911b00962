// Runs of letters (and digits) found by reading code points, not by a pattern: the stages that
// only need where words start and end (shingles, word counts, the actor forms' first words) run
// over every document and passage, and a pattern's match arrays and word strings were most of
// their cost. Each test reads a code point as the pattern in its comment would; ASCII without it.

const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** /\p{L}/u */
export const isLetter = (cp: number): boolean => (cp < 128 ? (cp | 32) >= 97 && (cp | 32) <= 122 : LETTER.test(String.fromCodePoint(cp)));

/** /[\p{L}\p{N}]/u */
export const isLetterOrDigit = (cp: number): boolean =>
  cp < 128 ? (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122) : LETTER_OR_DIGIT.test(String.fromCodePoint(cp));

/** /[0-9]/ */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** JavaScript's \s (what trimStart removes), by code. */
export const isWhiteSpace = (c: number): boolean =>
  (c >= 9 && c <= 13) ||
  c === 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/**
 * Calls `run(start, end)` for each maximal run of code points that pass `test`, in text order,
 * for the runs that start in [from, to): as /[…]+/gu matched from `from` would find them, a run
 * that starts before `to` running on past it.
 */
export function eachRun(
  text: string,
  test: (cp: number) => boolean,
  run: (start: number, end: number) => void,
  from = 0,
  to = text.length,
): void {
  let start = -1;
  // Like the pattern, a start inside a surrogate pair reads the pair whole.
  const low = text.charCodeAt(from);
  const high = text.charCodeAt(from - 1);
  if (low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff) from--;
  for (let i = from; i < text.length;) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (test(cp)) {
      if (start < 0) {
        if (i >= to) return;
        start = i;
      }
    } else if (start >= 0) {
      run(start, i);
      start = -1;
    } else if (i >= to) return;
    i += width;
  }
  if (start >= 0) run(start, text.length);
}
