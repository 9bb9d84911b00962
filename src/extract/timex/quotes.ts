// Words inside a quotation were said when they were said: in 'On April 30 the mayor said, "The
// budget will be ready by Monday."' Monday is the one after April 30, not after the document date.
// This stage finds the quotations and, for each expression inside one, the day its sentence says
// the words were spoken (a day named outside the quotation, in the same sentence).
import type { FoundTimex, Span } from './types.ts';
import type { Candidate } from './spec.ts';
import { parseIsoDate } from './calendar.ts';
import { sentenceIndex } from './sentences.ts';

/** A quotation longer than this, or one that runs over a blank line, is taken as a stray mark. */
const MAX_QUOTE = 2000;

/** Spans of quoted speech: “…”, "…" and ``…''. Unpaired marks open nothing. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  const pairs: readonly [string, string][] = [['“', '”'], ['``', "''"], ['"', '"']];
  for (const [open, close] of pairs) {
    let from = 0;
    for (;;) {
      const start = text.indexOf(open, from);
      if (start < 0) break;
      const end = text.indexOf(close, start + open.length);
      if (end < 0) break;
      const inner = text.slice(start + open.length, end);
      if (end - start <= MAX_QUOTE && !/\n\s*\n/.test(inner)) out.push({ start, end: end + close.length });
      from = end + close.length;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date resolved from the day it is said on: no year of its own ("Monday", "tomorrow", "next month"). */
const needsDay = (c: Candidate): boolean =>
  c.meaning.kind === 'date' && c.meaning.spec.year === undefined && c.meaning.spec.century === undefined && c.meaning.spec.decade === undefined;

const inside = (q: Span, c: Span): boolean => c.start >= q.start && c.end <= q.end;

/** The quotation holding span c, by binary search over quotations sorted by start (a few may overlap). */
function quoteOf(quotes: readonly Span[], c: Span): Span | undefined {
  let lo = 0;
  let hi = quotes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (quotes[mid]!.start <= c.start) lo = mid;
    else hi = mid - 1;
  }
  for (let k = lo; k >= Math.max(0, lo - 3); k--) if (inside(quotes[k]!, c)) return quotes[k];
  return undefined;
}

/**
 * For each candidate (by index) inside a quotation: the day, as a day number, on which its
 * sentence says the words were said. Only a day counts: "said last week" names no day to count from.
 */
export function speechDays(text: string, cands: readonly Candidate[], found: readonly FoundTimex[], sentences: readonly Span[]): Map<number, number> {
  const out = new Map<number, number>();
  const quotes = quoteSpans(text);
  if (quotes.length === 0) return out;
  // Only what counts from a day can change: a quoted date with its year stands as it is.
  const quoted = cands.map((c, i) => (needsDay(c) && quoteOf(quotes, c) ? i : -1)).filter((i) => i >= 0);
  if (quoted.length === 0) return out;
  // Days named outside any quotation, by sentence: the candidates for the day of speaking.
  const days = new Map<number, { span: Span; day: number }[]>();
  found.forEach((t) => {
    const day = t.bound && (t.bound.granularity === 'day' || t.bound.granularity === 'time') ? parseIsoDate(t.bound.start) : null;
    if (day === null || quoteOf(quotes, t)) return;
    const si = sentenceIndex(sentences, t.start);
    days.set(si, [...(days.get(si) ?? []), { span: t, day }]);
  });
  for (const i of quoted) {
    const c = cands[i]!;
    const q = quoteOf(quotes, c)!;
    let best: { day: number; distance: number } | null = null;
    for (const d of days.get(sentenceIndex(sentences, c.start)) ?? []) {
      const distance = d.span.start < q.start ? q.start - d.span.end : d.span.start - q.end;
      if (!best || distance < best.distance) best = { day: d.day, distance };
    }
    if (best) out.set(i, best.day);
  }
  return out;
}
