// Spans grouped by the sentence that holds them, so that per-sentence stages stay linear in the
// size of the document (a 10 MB document has tens of thousands of sentences and mentions).
import type { Span } from './context.ts';

/** For each sentence, the spans that start inside it, in order. Sentences must be sorted. */
export function bySentence<T extends Span>(sentences: readonly Span[], spans: readonly T[]): T[][] {
  const buckets: T[][] = sentences.map(() => []);
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
  for (const h of holes)
    if (h.start >= span.start && h.end <= span.end)
      words = words.slice(0, h.start - span.start) + ' '.repeat(h.end - h.start) + words.slice(h.end - span.start);
  return words;
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
