// When is one sentence in two places one passage copied? A sentence of some length said word for
// word twice is a copy (a wire story run by two outlets, an article saved twice). A short one is
// not: "All right.", "Thank you very much.", "This discussion is now closed." turn up in any number
// of transcripts and pages, each time something else. Those are one passage only with the text
// beside them: a copied article copies its neighbours too.

import { isLetter } from '../wordRuns.ts';

/** Words a sentence needs to be told apart from a formula that any document may hold. */
const MIN_WORDS = 8;
/** Characters either side that must match too for a shorter sentence to be a copy. */
const CONTEXT = 40;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text has at least `min` words, runs of letters (counted no further). */
export function hasWords(text: string, min: number): boolean {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length && n < min; ) {
    const cp = text.codePointAt(i)!;
    const letter = isLetter(cp);
    if (letter && !inWord) n++;
    inWord = letter;
    i += cp > 0xffff ? 2 : 1;
  }
  return n >= min;
}

/**
 * What must be the same for the passage [start, end) of document `docId` to be a copy of another:
 * its words, and for a short one in another document also the text just before it or the text
 * just after it (either will do: an updated article may have rewritten one neighbour). In its own
 * document a short sentence said twice (a headline repeated in the body) is one passage.
 */
export function passageKeys(docId: string, text: string, start: number, end: number): string[] {
  const quote = text.slice(start, end);
  if (hasWords(quote, MIN_WORDS)) return [quote];
  const before = squeeze(text.slice(Math.max(0, start - CONTEXT), start));
  const after = squeeze(text.slice(end, end + CONTEXT));
  const keys = [`${docId}\u0002${quote}`];
  // A document's start or end is no neighbour: two articles that both end on "Thank you." copy nothing.
  if (before) keys.push(`${before}\u0001${quote}`);
  if (after) keys.push(`${quote}\u0001${after}`);
  return keys;
}
