// The time window that fits every drawn event, with a few pixels on each side so that the first
// and last marks are not cut: the axis ends where the data ends. Labels near the right end go to
// the left of their marks (see laneSpans), so they need no room past the last event.
import { DAY } from '../time/dayMs.ts';

const PAD_PX = 18;

export function fitDomain(order: ArrayLike<number>, start: Float64Array, drawEnd: Float64Array, width: number): [number, number] | null {
  if (order.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    min = Math.min(min, start[i]!);
    max = Math.max(max, drawEnd[i]!);
  }
  // A single day still deserves a readable window, centred on it.
  const span = Math.max(max - min, 30 * DAY);
  const from = (min + max) / 2 - span / 2;
  return padWindow([from, from + span], width);
}

/** A window widened by the same few pixels on each side at this width. */
export function padWindow(window: [number, number], width: number): [number, number] {
  const perPx = (window[1] - window[0]) / Math.max(1, width - 2 * PAD_PX);
  return [window[0] - PAD_PX * perPx, window[1] + PAD_PX * perPx];
}
