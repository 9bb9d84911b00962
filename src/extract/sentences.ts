// Stage 3: sentence spans. A line break ends a sentence (headlines, list items); inside a line a
// sentence ends at . ! ? (with closing quotes) before a capital, a digit or an opening quote,
// unless the period belongs to an abbreviation ("U.S.", "Gen.", "Jan. 5").
import type { Sentence } from './context.ts';
import { isDigit, isWhiteSpace } from './wordRuns.ts';

/** Longer runs without a sentence end are cut, so that later stages stay fast on any input. */
export const MAX_SENTENCE = 1500;

const ABBREVIATIONS = new Set(
  (
    'Mr Mrs Ms Dr Prof Sen Rep Gov Gen Lt Col Maj Capt Sgt Cpl Adm Cmdr Cdr Pvt Brig Spc Rev Fr St Jr Sr Co Corp Inc Ltd Bros No Nos vs ' +
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mt Ft Ave Blvd Dept Univ Assn approx est fig al cf ca'
  ).split(' '),
);
/** Words that after "U.S." or "a.m." begin a new sentence rather than continue the name. */
const STARTERS = new Set('The A An In On At It He She They We I This That These Those But And Yet So Its His Her Their There'.split(' '));
const LINE_MARK = /^[ \t]*(?:#{1,6}[ \t]+|[-*+•>][ \t]+|\d{1,3}[.)][ \t]+)?/;
// One punctuation mark then closers then space: a shape that cannot backtrack on long runs.
const END = /[.!?…](?=(?:["”’')\]]|'')*\s)/g;
const CLOSERS = /(?:["”’')\]]|'')*/y;
/** The characters a line mark can begin with (space, tab, #, -, *, +, •, >, a digit): other lines have none. */
const MARK_START = new Set([...' \t#-*+•>0123456789'].map((c) => c.charCodeAt(0)));
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”
const STRAIGHT_QUOTE = 0x22; // "

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const mark =
      lineStart < lineEnd && MARK_START.has(text.charCodeAt(lineStart))
        ? (LINE_MARK.exec(text.slice(lineStart, Math.min(lineEnd, lineStart + 12)))?.[0].length ?? 0)
        : 0;
    splitLine(text, lineStart + mark, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  const line = text.slice(from, to);
  let start = 0;
  // A quotation of several sentences stays one sentence, so that its speaker ("…,” said X)
  // is found for all of it: no boundary while a quotation is open and closes later in the line.
  const lastClose = Math.max(line.lastIndexOf('”'), line.lastIndexOf('"'));
  let quoteOpen = false;
  let scanned = 0;
  END.lastIndex = 0;
  for (let m = END.exec(line); m; m = END.exec(line)) {
    CLOSERS.lastIndex = m.index + 1;
    const end = m.index + 1 + (CLOSERS.exec(line)?.[0].length ?? 0);
    // Only a quotation that closes later in the line holds a boundary back: past the last closing
    // mark, whether one is open no longer matters.
    for (const stop = Math.min(end, lastClose + 1); scanned < stop; scanned++) {
      const c = line.charCodeAt(scanned);
      if (c === OPEN_QUOTE) quoteOpen = true;
      else if (c === CLOSE_QUOTE) quoteOpen = false;
      else if (c === STRAIGHT_QUOTE) quoteOpen = !quoteOpen;
    }
    if (quoteOpen && lastClose >= end) continue;
    if (isBoundary(line, m.index, end)) {
      push(text, from + start, from + end, out);
      start = end;
    }
  }
  push(text, from + start, to, out);
}

/** The word that opens the text at k (read no further than limit). */
function firstWord(line: string, k: number, limit: number): string {
  return line.slice(k, limit).split(/\s/)[0] ?? '';
}

/** Whether a sentence ends at `end`: what follows within 60 characters (past spaces) opens one. */
function isBoundary(line: string, dot: number, end: number): boolean {
  // The first character after the spaces is read in place; the text after it only for an abbreviation.
  const limit = end + 60;
  const stop = Math.min(limit, line.length);
  let k = end;
  while (k < stop && isWhiteSpace(line.charCodeAt(k))) k++;
  if (k === stop) return limit >= line.length;
  if (!opensSentence(line, k, limit)) return false;
  if (line[dot] !== '.' || line[dot - 1] === '.' || end - dot > 1) return true;
  const word = line.slice(wordStart(line, Math.max(0, dot - 20), dot), dot);
  if (ABBREVIATIONS.has(word)) return isDigit(line.charCodeAt(k)) ? false : STARTERS.has(firstWord(line, k, limit));
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return STARTERS.has(firstWord(line, k, limit)); // U.S, a.m
  return true;
}

/** A capital, a digit, or an opening quotation mark or bracket at k (before `limit`). */
function opensSentence(line: string, k: number, limit: number): boolean {
  const c = line.charCodeAt(k);
  if (c < 128) return (c >= 65 && c <= 90) || isDigit(c) || c === 34 || c === 39 || c === 96 || c === 40 || c === 91; // " ' ` ( [
  if (c === 0x201c || c === 0x2018) return true; // “ ‘
  return /^[\p{Lu}\p{Lt}]/u.test(line.slice(k, Math.min(k + 2, limit)));
}

/**
 * Where the run of letters and periods that ends at `dot` begins, looking back no further than
 * `from` (what /[\p{L}.]+$/u finds in line.slice(from, dot)), read backwards by character codes.
 */
function wordStart(line: string, from: number, dot: number): number {
  let i = dot;
  while (i > from) {
    const c = line.charCodeAt(i - 1);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46) i--;
      else break;
    } else if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= from && isHighSurrogate(line.charCodeAt(i - 2))) {
      if (LETTER.test(line.slice(i - 2, i))) i -= 2;
      else break;
    } else if (LETTER.test(line[i - 1]!)) i--;
    else break;
  }
  return i;
}
const LETTER = /^\p{L}$/u;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
  while (end - start > MAX_SENTENCE) {
    const space = text.slice(start, start + MAX_SENTENCE).lastIndexOf(' ');
    let cut = space > 0 ? start + space : start + MAX_SENTENCE;
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut--; // never split a surrogate pair
    out.push({ start, end: cut, index: out.length });
    start = cut;
    while (start < end && isWhiteSpace(text.charCodeAt(start))) start++;
  }
  if (end > start) out.push({ start, end, index: out.length });
}
