// The dated events the filters keep, in time order, and where each stops being drawn. Recomputed
// when the filters change, never while zooming; the lanes are laid out by the timeline itself,
// for the view it shows (see useLaneLayout).
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { drawEnds } from './drawEnds.ts';

export function useTimelineLayout(index: DatasetIndex, visible: Uint8Array) {
  const drawEnd = useMemo(() => drawEnds(index), [index]);
  const order = useMemo(() => index.dated.filter((i) => visible[i] === 1), [index, visible]);
  return { order, drawEnd };
}
