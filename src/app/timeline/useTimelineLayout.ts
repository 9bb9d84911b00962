// The laid-out timeline for the current dataset and filters: dated events in time order, their
// lanes and drawn ends. Recomputed when the filters change, never while zooming.
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { drawEnds } from './drawEnds.ts';
import { layoutLanes } from './layoutLanes.ts';

export function useTimelineLayout(index: DatasetIndex, visible: Uint8Array) {
  const drawEnd = useMemo(() => drawEnds(index), [index]);
  const order = useMemo(() => index.dated.filter((i) => visible[i] === 1), [index, visible]);
  const layout = useMemo(
    () => layoutLanes({ order, start: index.start, drawEnd, eventCount: index.events.length }),
    [order, index, drawEnd],
  );
  return { order, layout, drawEnd };
}
