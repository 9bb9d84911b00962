// Words inside a quotation were said when they were said: in 'On April 30 the mayor said, "The
// budget will be ready by Monday."' Monday is the one after April 30, not after the document date.
// This stage finds the quotations and, for each expression inside one, the day its sentence says
// the words were spoken: a day named outside the quotation, in the same sentence, with a verb of
// speaking between the two ("said", "told", "in an interview").
import type { FoundTimex, Span } from './types.ts';
import type { Candidate } from './spec.ts';
import { parseIsoDate } from '../../model/calendar.ts';
import { sentenceIndex } from './sentences.ts';

/** A quotation longer than this is taken as a stray mark. */
const MAX_QUOTE = 2000;

/** Words that say the day beside them is the day of speaking. */
const SPEECH =
  /\b(?:said|says|say|told|tells|telling|speaking|spoke|speaks|interview|statement|announced|added|wrote|declared|according|asked|replied|insisted|warned|stated|remarks|testified|tweeted|posted)\b/i;

/** The blank lines of the text: quotation marks pair within a paragraph. */
function blankLines(text: string): Span[] {
  // A line break, spaces or tabs, a line break: read from each line break found by indexOf.
  const out: Span[] = [];
  for (let i = text.indexOf('\n'); i >= 0;) {
    let j = i + 1;
    for (let c = text.charCodeAt(j); c === 32 || c === 9; c = text.charCodeAt(++j));
    if (text.charCodeAt(j) === 10) {
      out.push({ start: i, end: j + 1 });
      i = text.indexOf('\n', j + 1);
    } else i = text.indexOf('\n', j);
  }
  return out;
}

/** Whether a blank line starts in [from, to): the last one starting before `to` is found by binary search. */
function blankBetween(blanks: readonly Span[], from: number, to: number): Span | undefined {
  const b = blanks[sentenceIndex(blanks, to - 1)];
  return b && b.start >= from && b.start < to ? b : undefined;
}

/** Pairs of opening and closing marks; a straight " after a digit is an inch mark (6'2"). */
/** A straight " right after a digit: an inch mark. */
function inch(text: string, open: string, i: number): boolean {
  return open === '"' && /\d/.test(text[i - 1] ?? '');
}

function pairs(text: string, open: string, close: string, blanks: readonly Span[], out: Span[]): void {
  let at = 0;
  for (;;) {
    let start = text.indexOf(open, at);
    while (start >= 0 && inch(text, open, start)) start = text.indexOf(open, start + 1);
    if (start < 0) return;
    let end = text.indexOf(close, start + open.length);
    while (end >= 0 && inch(text, open, end) && !/[\s.,;:!?)]/.test(text[end + 1] ?? ' ')) end = text.indexOf(close, end + 1);
    if (end < 0) return;
    // A pair across a blank line is a stray mark: pairing starts again after the blank line.
    const blank = blankBetween(blanks, start, end);
    if (blank) {
      at = blank.end;
      continue;
    }
    if (end - start <= MAX_QUOTE) out.push({ start, end: end + close.length });
    at = end + close.length;
  }
}

/** Spans of quoted speech: “…”, "…" and ``…''. An unpaired mark opens nothing. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  const blanks = text.includes('\n') ? blankLines(text) : [];
  for (const [open, close] of [
    ['“', '”'],
    ['``', "''"],
    ['"', '"'],
  ] as const)
    pairs(text, open, close, blanks, out);
  return out.sort((a, b) => a.start - b.start);
}

/** A date resolved from the day it is said on: no year of its own ("Monday", "tomorrow", "next month"). */
const needsDay = (c: Candidate): boolean =>
  c.meaning.kind === 'date' &&
  c.meaning.spec.year === undefined &&
  c.meaning.spec.century === undefined &&
  c.meaning.spec.decade === undefined;

/** The quotation holding span c (quotations sorted by start; a few of different marks may overlap). */
function quoteOf(quotes: readonly Span[], c: Span): Span | undefined {
  const k = sentenceIndex(quotes, c.start);
  for (let j = k; j >= Math.max(0, k - 3); j--) {
    const q = quotes[j];
    if (q && c.start >= q.start && c.end <= q.end) return q;
  }
  return undefined;
}

/** The candidates, by index, that stand inside a quotation and count from a day: their quotation. */
export function quotedCandidates(text: string, cands: readonly Candidate[]): Map<number, Span> {
  const out = new Map<number, Span>();
  if (!cands.some(needsDay)) return out;
  const quotes = quoteSpans(text);
  if (quotes.length === 0) return out;
  cands.forEach((c, i) => {
    const q = needsDay(c) ? quoteOf(quotes, c) : undefined;
    if (q) out.set(i, q);
  });
  return out;
}

/** Whether candidate j exists and stands in sentence si. */
function sameSentence(cands: readonly Candidate[], sentences: readonly Span[], j: number, si: number): boolean {
  return j >= 0 && j < cands.length && sentenceIndex(sentences, cands[j]!.start) === si;
}

/** The day of a resolved expression naming a day or a time of day, as a day number. */
function dayOf(t: FoundTimex): number | null {
  const b = t.bound;
  return b && (b.granularity === 'day' || b.granularity === 'time') ? parseIsoDate(b.start) : null;
}

/** A verb of speaking in the text between two offsets, when they lie near. */
function spoken(text: string, from: number, to: number): boolean {
  return to - from < 200 && SPEECH.test(text.slice(from, to));
}

/**
 * The day, as a day number, on which the words of quotation `quote` (holding candidate i) were
 * said: the nearest day named in the same sentence outside it, with a verb of speaking between
 * the two ("On April 30 the mayor said, …", "…," he said Tuesday); "recalling the crash of March 3"
 * names another day. `resolve(j)` gives candidate j's value. Null when the sentence names none.
 */
export function speakingDay(
  text: string,
  cands: readonly Candidate[],
  i: number,
  quote: Span,
  sentences: readonly Span[],
  resolve: (j: number) => FoundTimex,
): number | null {
  const si = sentenceIndex(sentences, cands[i]!.start);
  let before: { day: number; gap: number } | null = null;
  for (let j = i - 1; sameSentence(cands, sentences, j, si); j--) {
    const c = cands[j]!;
    if (c.end > quote.start) continue; // inside the quotation
    const day = spoken(text, c.start, quote.start) ? dayOf(resolve(j)) : null;
    if (day !== null) before = { day, gap: quote.start - c.end };
    break;
  }
  let after: { day: number; gap: number } | null = null;
  for (let j = i + 1; sameSentence(cands, sentences, j, si); j++) {
    const c = cands[j]!;
    if (c.start < quote.end) continue;
    const day = spoken(text, quote.end, c.end) ? dayOf(resolve(j)) : null;
    if (day !== null) after = { day, gap: c.start - quote.end };
    break;
  }
  if (before && after) return before.gap <= after.gap ? before.day : after.day;
  return (before ?? after)?.day ?? null;
}
