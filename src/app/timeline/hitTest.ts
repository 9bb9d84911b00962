// Which event is under the pointer: the lane from y, then the lane's items near x (binary search),
// then the closest mark whose box contains x within a few pixels of slack.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import { markBox } from './markGeometry.ts';
import { visibleSlice } from './visibleSlice.ts';
import { PLOT_PAD } from './laneMetrics.ts';

const SLACK = 4;

export interface HitInput {
  index: DatasetIndex;
  layout: LaneLayout;
  drawEnd: Float64Array;
  x: { (ms: number): number; invert(px: number): Date };
  laneH: number;
  scrollTop: number;
}

export function hitTest({ index, layout, drawEnd, x, laneH, scrollTop }: HitInput, px: number, py: number): number {
  const lane = Math.floor((py + scrollTop - PLOT_PAD) / laneH);
  const items = layout.lanes[lane];
  if (!items) return -1;
  // Marks have a minimum pixel size (dots, open tails), so look a little wider than the pointer.
  const from = x.invert(px - 60).getTime();
  const to = x.invert(px + SLACK + 10).getTime();
  const [a, b] = visibleSlice(items, layout.maxEnd[lane]!, index.start, from, to);
  let best = -1;
  let bestDistance = Infinity;
  for (let k = a; k < b; k++) {
    const i = items[k]!;
    const box = markBox(i, index, drawEnd, x);
    if (px < box.x0 - SLACK || px > box.x1 + SLACK) continue;
    const distance = Math.abs(px - (box.x0 + box.xs) / 2);
    if (distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}
