// The dated events the filters keep, in time order, and where each stops being drawn. Recomputed
// when the filters change, never while zooming; the lanes are laid out by the timeline itself,
// for the view it shows (see useLaneLayout).
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { drawEnds } from './drawEnds.ts';

export function useTimelineLayout(index: DatasetIndex, visible: Uint8Array) {
  const drawEnd = useMemo(() => drawEnds(index), [index]);
  const order = useMemo(() => kept(index.dated, visible), [index, visible]);
  return { order, drawEnd };
}

/** The events of `dated` that are visible, in its order: a plain loop (a million calls of a filter's callback took a tenth of a second). */
function kept(dated: Int32Array, visible: Uint8Array): Int32Array {
  let n = 0;
  for (let k = 0; k < dated.length; k++) if (visible[dated[k]!] === 1) n++;
  const out = new Int32Array(n);
  for (let k = 0, j = 0; k < dated.length; k++) if (visible[dated[k]!] === 1) out[j++] = dated[k]!;
  return out;
}
