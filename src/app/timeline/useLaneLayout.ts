// The lanes on screen. The fitted layout (every event, at the fitted scale) is computed when the
// data, filters, width or font change. Once a zoom or pan settles, the events around the window are
// laid out again at that scale into lanes one can read. While a gesture runs, the last layout stays
// in use as long as it covers the visible window; past it, the fitted one takes over until it settles.
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import { emptyLayout, layoutLanes } from './layoutLanes.ts';
import { laneView } from './laneView.ts';
import { useSettledWindow } from './useSettledWindow.ts';
import { FIT_LANES, readableLanes } from './laneMetrics.ts';

export interface LaneLayoutInput {
  index: DatasetIndex;
  order: Int32Array;
  drawEnd: Float64Array;
  fit: [number, number];
  domain: [number, number];
  zoomed: boolean;
  width: number;
  height: number;
  /** Exact and guessed label widths; null until the font is known. */
  labels: { width: (i: number) => number; guess: (i: number) => number } | null;
  /** 1 for the key events, which get lanes first in a crowded view. */
  key: Uint8Array;
  /** The story's opening window (null: the fitted view of everything is where it opens). */
  home: [number, number] | null;
}

export function useLaneLayout({ index, order, drawEnd, fit, domain, zoomed, width, height, labels, key, home }: LaneLayoutInput): {
  layout: LaneLayout;
  fitted: LaneLayout;
} {
  const settled = useSettledWindow(domain, zoomed);
  const lanes = readableLanes(height);
  const layout = useMemo(() => {
    if (!labels) {
      const none = emptyLayout(index.events.length);
      return () => none;
    }
    const base = { order, start: index.start, drawEnd, eventCount: index.events.length, key };
    return (window: [number, number] | null, budget: number, overview = false) =>
      layoutLanes({ ...base, view: laneView(index, drawEnd, fit, window, width, labels, budget, overview) });
  }, [index, order, drawEnd, fit, width, labels, key]);
  // The opening view's layout sizes the plot; with far outliers left out of it, the layout of
  // everything is only made once the view goes past it.
  const fitted = useMemo(() => layout(home, FIT_LANES, true), [layout, home]);
  const covers = (range: [number, number] | null) => !range || (range[0] <= domain[0] && range[1] >= domain[1]);
  const fittedCovers = covers(fitted.range);
  const whole = useMemo(() => (fittedCovers ? null : layout(null, FIT_LANES)), [layout, fittedCovers]);
  const close = useMemo(() => (settled ? layout(settled, lanes) : null), [layout, settled, lanes]);
  const layoutNow = zoomed && close && covers(close.range) ? close : (whole ?? fitted);
  return { layout: layoutNow, fitted };
}
