// The time window that fits every drawn event, with room on each side in pixels: a little on the
// left so the first mark is not cut, more on the right so the last events keep room for a label.
import { DAY } from '../time/dayMs.ts';

const LEFT_PX = 28;
const RIGHT_PX = 220;

export function fitDomain(order: ArrayLike<number>, start: Float64Array, drawEnd: Float64Array, width: number): [number, number] | null {
  if (order.length === 0) return null;
  let min = Infinity;
  let max = -Infinity;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    min = Math.min(min, start[i]!);
    max = Math.max(max, drawEnd[i]!);
  }
  // A single day still deserves a readable window.
  const span = Math.max(max - min, 30 * DAY);
  const right = Math.min(RIGHT_PX, width * 0.25);
  const inner = Math.max(1, width - LEFT_PX - right);
  const perPx = span / inner;
  return [min - LEFT_PX * perPx, min + span + right * perPx];
}
