// The view a lane layout is made for, at a scale of its own: the fitted span, or a settled zoomed
// window with a margin of one window on each side. The scale is the same linear map of time to
// pixels as the plot's D3 scale at that moment, so the layout's pixel spans are what is drawn.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneView } from './layoutLanes.ts';
import { markBox } from './markGeometry.ts';

export function laneView(
  index: DatasetIndex,
  drawEnd: Float64Array,
  fit: [number, number],
  window: [number, number] | null,
  width: number,
  labels: { width: (i: number) => number; guess: (i: number) => number },
  lanes: number,
  /** The opening view of the story: laid out like the fitted view (a density picture when crowded). */
  overview = false,
): LaneView {
  const [d0, d1] = window ?? fit;
  const k = width / Math.max(1, d1 - d0);
  const x = (ms: number) => (ms - d0) * k;
  return {
    window,
    margin: window ? d1 - d0 : 0,
    box: (i) => markBox(i, index, drawEnd, x),
    invert: (px) => d0 + px / k,
    labelWidth: labels.width,
    labelGuess: labels.guess,
    width,
    bounds: [x(fit[0]), x(fit[1])],
    lanes,
    overview,
  };
}
