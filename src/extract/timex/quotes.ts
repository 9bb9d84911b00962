// Words inside a quotation were said when they were said: in 'On April 30 the mayor said, "The
// budget will be ready by Monday."' Monday is the one after April 30, not after the document date.
// This stage finds the quotations and, for each expression inside one, the day its sentence says
// the words were spoken: a day named outside the quotation, in the same sentence, with a verb of
// speaking between the two ("said", "told", "in an interview").
import type { FoundTimex, Span } from './types.ts';
import type { Candidate } from './spec.ts';
import { parseIsoDate } from './calendar.ts';
import { sentenceIndex } from './sentences.ts';

/** A quotation longer than this is taken as a stray mark. */
const MAX_QUOTE = 2000;

/** Words that say the day beside them is the day of speaking. */
const SPEECH = /\b(?:said|says|say|told|tells|telling|speaking|spoke|speaks|interview|statement|announced|added|wrote|declared|according|asked|replied|insisted|warned|stated|remarks|testified|tweeted|posted)\b/i;

/** Pairs of opening and closing marks within one paragraph; a straight " after a digit is an inch mark. */
function pairsIn(text: string, from: number, to: number, open: string, close: string, out: Span[]): void {
  let at = from;
  for (;;) {
    let start = text.indexOf(open, at);
    while (start >= 0 && start < to && open === '"' && /\d/.test(text[start - 1] ?? '')) start = text.indexOf(open, start + 1);
    if (start < 0 || start >= to) return;
    let end = text.indexOf(close, start + open.length);
    while (end >= 0 && end < to && close === '"' && /\d/.test(text[end - 1] ?? '') && !/[\s.,;:!?)]/.test(text[end + 1] ?? ' ')) end = text.indexOf(close, end + 1);
    if (end < 0 || end >= to) return;
    if (end - start <= MAX_QUOTE) out.push({ start, end: end + close.length });
    at = end + close.length;
  }
}

/** Spans of quoted speech: “…”, "…" and ``…''. Marks pair within a paragraph; an unpaired one opens nothing. */
export function quoteSpans(text: string): Span[] {
  const out: Span[] = [];
  const paragraphs = /\n[ \t]*\n/g;
  let from = 0;
  for (;;) {
    const m = paragraphs.exec(text);
    const to = m ? m.index : text.length;
    for (const [open, close] of [['“', '”'], ['``', "''"], ['"', '"']] as const) pairsIn(text, from, to, open, close, out);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A date resolved from the day it is said on: no year of its own ("Monday", "tomorrow", "next month"). */
const needsDay = (c: Candidate): boolean =>
  c.meaning.kind === 'date' && c.meaning.spec.year === undefined && c.meaning.spec.century === undefined && c.meaning.spec.decade === undefined;

/** The quotation holding span c (quotations sorted by start; a few of different marks may overlap). */
function quoteOf(quotes: readonly Span[], c: Span): Span | undefined {
  const k = sentenceIndex(quotes, c.start);
  for (let j = k; j >= Math.max(0, k - 3); j--) {
    const q = quotes[j];
    if (q && c.start >= q.start && c.end <= q.end) return q;
  }
  return undefined;
}

interface NamedDay {
  span: Span;
  day: number;
}

/** The day named nearest before `at` and nearest after `to` in a sentence's days (in text order). */
function around(days: readonly NamedDay[], at: number, to: number): [NamedDay | undefined, NamedDay | undefined] {
  let lo = 0;
  let hi = days.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[mid]!.span.end <= at) lo = mid + 1;
    else hi = mid;
  }
  let after = lo;
  while (after < days.length && days[after]!.span.start < to) after++;
  return [days[lo - 1], days[after]];
}

/**
 * For each candidate (by index) inside a quotation: the day, as a day number, on which its
 * sentence says the words were said. Only a day counts: "said last week" names no day to count from.
 */
export function speechDays(text: string, cands: readonly Candidate[], found: readonly FoundTimex[], sentences: readonly Span[]): Map<number, number> {
  const out = new Map<number, number>();
  if (!cands.some(needsDay)) return out;
  const quotes = quoteSpans(text);
  if (quotes.length === 0) return out;
  const quoted = cands.map((c, i) => (needsDay(c) && quoteOf(quotes, c) ? i : -1)).filter((i) => i >= 0);
  if (quoted.length === 0) return out;
  // Days named outside any quotation, by sentence, in text order.
  const days = new Map<number, NamedDay[]>();
  for (const t of found) {
    const day = t.bound && (t.bound.granularity === 'day' || t.bound.granularity === 'time') ? parseIsoDate(t.bound.start) : null;
    if (day === null || quoteOf(quotes, t)) continue;
    const si = sentenceIndex(sentences, t.start);
    const list = days.get(si);
    if (list) list.push({ span: t, day });
    else days.set(si, [{ span: t, day }]);
  }
  for (const i of quoted) {
    const c = cands[i]!;
    const q = quoteOf(quotes, c)!;
    const [before, after] = around(days.get(sentenceIndex(sentences, c.start)) ?? [], q.start, q.end);
    // The day of speaking has a verb of speaking between it and the quotation ("On April 30 the
    // mayor said, …", "…," he said Tuesday); "recalling the crash of March 3" names another day.
    const spoken = (d: NamedDay | undefined, from: number, to: number): d is NamedDay => !!d && to - from < 200 && SPEECH.test(text.slice(from, to));
    const b = spoken(before, before?.span.start ?? 0, q.start) ? before : undefined;
    const a = spoken(after, q.end, after?.span.end ?? 0) ? after : undefined;
    const best = b && a ? (q.start - b.span.end <= a.span.start - q.end ? b : a) : (b ?? a);
    if (best) out.set(i, best.day);
  }
  return out;
}
