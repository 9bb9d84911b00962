// Looks at the words around a match. Bounded windows only: a lookup never scans more than
// a few dozen characters, so matchers stay linear on long texts without spaces.
import { isDigit, isWhiteSpace } from '../wordRuns.ts';

const WINDOW = 40;
const WORD_AFTER = /^\s*([A-Za-z][A-Za-z'’-]*|\d[\d,.]*|[^\sA-Za-z\d])/;

/**
 * The word (or punctuation mark) right before index, with its case: "in" before "May", "$" before
 * "2000". Scans backwards at most WINDOW characters (a regex anchored at the end would retry
 * every start position).
 */
export function rawWordBefore(text: string, index: number): string {
  const stop = Math.max(0, index - WINDOW);
  let e = index;
  while (e > stop && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  let s = e;
  const last = e > 0 ? text.charCodeAt(e - 1) : -1;
  if (isLetterish(last)) {
    while (s > stop && isLetterish(text.charCodeAt(s - 1))) s--;
    while (s < e && !isAsciiLetter(text.charCodeAt(s))) s++; // a word starts with a letter
  } else if (isDigitish(last)) {
    while (s > stop && isDigitish(text.charCodeAt(s - 1))) s--;
    while (s < e && !isDigit(text.charCodeAt(s))) s++;
  } else if (isMark(last)) s--;
  return text.slice(s, e);
}

// The character classes of rawWordBefore, by code (no one-character string and pattern per step).
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** A letter, or what a word may hold: . ' ’ - */
const isLetterish = (c: number): boolean => isAsciiLetter(c) || c === 46 || c === 39 || c === 0x2019 || c === 45;
/** A digit, or a separator inside a number: , . */
const isDigitish = (c: number): boolean => isDigit(c) || c === 44 || c === 46;
/** $ # % & ( ) , ; : – — - */
const isMark = (c: number): boolean =>
  c === 36 ||
  c === 35 ||
  c === 37 ||
  c === 38 ||
  c === 40 ||
  c === 41 ||
  c === 44 ||
  c === 59 ||
  c === 58 ||
  c === 0x2013 ||
  c === 0x2014 ||
  c === 45;

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
