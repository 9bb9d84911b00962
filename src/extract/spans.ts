// Spans grouped by the sentence that holds them, so that per-sentence stages stay linear in the
// size of the document (a 10 MB document has tens of thousands of sentences and mentions).
import type { Span } from './context.ts';
import { mapOf } from './lists.ts';

/** For each sentence, the spans that start inside it, in order. Sentences must be sorted. */
export function bySentence<T extends Span>(sentences: readonly Span[], spans: readonly T[]): T[][] {
  const buckets: T[][] = mapOf(sentences, () => []);
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const span of sorted) {
    while (s < sentences.length && sentences[s]!.end <= span.start) s++;
    if (s === sentences.length) break;
    if (span.start >= sentences[s]!.start) buckets[s]!.push(span);
  }
  return buckets;
}

export const within = (outer: Span) => (inner: Span) => inner.start >= outer.start && inner.end <= outer.end;

/** The text of a span with the spans inside it blanked by spaces ("talks on 3 March" → "talks on        "). */
export function textWithout(text: string, span: Span, holes: readonly Span[]): string {
  let words = text.slice(span.start, span.end);
  // Each hole becomes as many spaces, so the holes may be blanked in any order: a long list
  // (every time expression of a long document) is read only from the first that may lie inside.
  const index = holes.length > LONG ? indexOf(holes) : null;
  const list = index?.sorted ?? holes;
  for (let i = index ? firstFrom(list, span.start) : 0; i < list.length; i++) {
    const h = list[i]!;
    if (index && h.start > span.end) break;
    if (h.start >= span.start && h.end <= span.end)
      words = words.slice(0, h.start - span.start) + ' '.repeat(h.end - h.start) + words.slice(h.end - span.start);
  }
  return words;
}

/**
 * Whether any of `spans` overlaps [start, end): the same as spans.some((n) => n.start < end &&
 * start < n.end), but a long list is searched by halves (every name of a 10 MB document, asked
 * about once per event, would make the corpus stage quadratic). The list must not change once asked about.
 */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  if (spans.length <= LONG) return spans.some((n) => n.start < end && start < n.end);
  const { sorted, maxEnd } = indexOf(spans);
  const k = firstFrom(sorted, end); // the spans that start before `end`…
  return k > 0 && maxEnd[k - 1]! > start; // …one of which ends after `start`
}

/** Lists longer than this are indexed: shorter ones are scanned, as fast and with nothing kept. */
const LONG = 32;
/** A long list sorted by start, with the furthest end of each prefix; made once per list. */
const indexes = new WeakMap<readonly Span[], { sorted: Span[]; maxEnd: number[] }>();
function indexOf(spans: readonly Span[]): { sorted: Span[]; maxEnd: number[] } {
  let index = indexes.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const maxEnd: number[] = [];
    for (const s of sorted) maxEnd.push(Math.max(s.end, maxEnd.at(-1) ?? -Infinity));
    index = { sorted, maxEnd };
    indexes.set(spans, index);
  }
  return index;
}

/** The items (sorted by start) that lie wholly inside `span`, in order. */
export function inside<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (let k = firstFrom(sorted, span.start); k < sorted.length && sorted[k]!.start < span.end; k++)
    if (sorted[k]!.end <= span.end) out.push(sorted[k]!);
  return out;
}

/** The last of the items (sorted by start, none empty) that ends at or before `at`. */
export function lastEndingBy<T extends Span>(sorted: readonly T[], at: number): T | undefined {
  for (let k = firstFrom(sorted, at) - 1; k >= 0; k--) if (sorted[k]!.end <= at) return sorted[k];
  return undefined;
}

/** Items grouped by a key, each group in the list's order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(key(item));
    if (list) list.push(item);
    else out.set(key(item), [item]);
  }
  return out;
}

/** Index of the first item whose start is at or after `at` (items sorted by start). */
export function firstFrom<T extends { start: number }>(items: readonly T[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first of the items (sorted by start) that starts at `at`: items.find((t) => t.start === at), searched by halves. */
export function startingAt<T extends { start: number }>(sorted: readonly T[], at: number): T | undefined {
  const item = sorted[firstFrom(sorted, at)];
  return item !== undefined && item.start === at ? item : undefined;
}
