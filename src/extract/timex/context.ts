// Looks at the words around a match. Bounded windows only: a lookup never scans more than
// a few dozen characters, so matchers stay linear on long texts without spaces.

const WINDOW = 40;
const WORD_AFTER = /^\s*([A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d])/;
const LETTER = /[A-Za-z.'’-]/;
const DIGIT = /[\d,.]/;
const MARK = /[$#%&(),;:–—-]/;

/**
 * The word (or punctuation mark) right before index, with its case: "in" before "May", "$" before
 * "2000". Scans backwards at most WINDOW characters (a regex anchored at the end would retry
 * every start position).
 */
export function rawWordBefore(text: string, index: number): string {
  const stop = Math.max(0, index - WINDOW);
  let e = index;
  while (e > stop && /\s/.test(text[e - 1]!)) e--;
  let s = e;
  const last = text[e - 1] ?? '';
  if (LETTER.test(last)) {
    while (s > stop && LETTER.test(text[s - 1]!)) s--;
    while (s < e && !/[A-Za-z]/.test(text[s]!)) s++; // a word starts with a letter
  } else if (DIGIT.test(last)) {
    while (s > stop && DIGIT.test(text[s - 1]!)) s--;
    while (s < e && !/\d/.test(text[s]!)) s++;
  } else if (MARK.test(last)) s--;
  return text.slice(s, e);
}

/** The word before index, lower-cased; '' at the start. */
export function wordBefore(text: string, index: number): string {
  return rawWordBefore(text, index).toLowerCase();
}

/** The word (or punctuation mark) right after index, with its case. */
export function rawWordAfter(text: string, index: number): string {
  const m = WORD_AFTER.exec(text.slice(index, index + WINDOW));
  return m ? m[1]! : '';
}

export const isCapitalized = (w: string): boolean => /^[A-Z]/.test(w);
