// "+N more": where the events that found no lane are, counted per stretch of the plot so the row
// below the lanes reads as a density hint. An event running in from the left counts where it
// enters the view; each event is counted once, and its hint knows it (for the list it opens).
import type { MarkBox } from './markGeometry.ts';

export interface OverflowHint {
  /** The stretch of time the count covers (ms). */
  from: number;
  to: number;
  count: number;
  /** The events counted, in time order. */
  items: number[];
}

export function overflowHints(
  hidden: ArrayLike<number>,
  box: (i: number) => MarkBox,
  invert: (px: number) => number,
  bucketPx: number,
): OverflowHint[] {
  const buckets = new Map<number, number[]>();
  for (let k = 0; k < hidden.length; k++) {
    const b = box(hidden[k]!);
    const anchor = b.x0 < 0 && b.x1 > 0 ? 0 : b.x0;
    const bucket = Math.floor(anchor / bucketPx);
    const list = buckets.get(bucket);
    if (list) list.push(hidden[k]!);
    else buckets.set(bucket, [hidden[k]!]);
  }
  return [...buckets]
    .sort((a, b) => a[0] - b[0])
    .map(([bucket, items]) => ({ from: invert(bucket * bucketPx), to: invert((bucket + 1) * bucketPx), count: items.length, items }));
}
