// Which sentence holds an offset. Sentences come from the sentence stage (src/extract/sentences.ts),
// the one splitter of the project.
import type { Span } from './types.ts';

/** Index of the sentence holding offset i (binary search over sorted spans). */
export function sentenceIndex(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
