// The events inside the time window (and the lanes in view), in time order, up to a limit: the
// accessible layer renders one element per visible event only while that stays cheap.
import type { LaneLayout } from './layoutLanes.ts';
import { visibleSlice } from './visibleSlice.ts';

export function visibleItems(
  layout: LaneLayout,
  start: Float64Array,
  domain: [number, number],
  lanes: [number, number],
  limit: number,
): number[] | null {
  const out: number[] = [];
  for (let lane = Math.max(0, lanes[0]); lane < Math.min(layout.lanes.length, lanes[1]); lane++) {
    const items = layout.lanes[lane]!;
    const [a, b] = visibleSlice(items, layout.maxEnd[lane]!, start, domain[0], domain[1]);
    if (out.length + b - a > limit) return null;
    for (let k = a; k < b; k++) out.push(items[k]!);
  }
  return out.sort((p, q) => start[p]! - start[q]! || p - q);
}
