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
}

export function useLaneLayout({ index, order, drawEnd, fit, domain, zoomed, width, height, labels, key }: LaneLayoutInput): { layout: LaneLayout; fitted: LaneLayout } {
  const settled = useSettledWindow(domain, zoomed);
  const lanes = readableLanes(height);
  const layout = useMemo(() => {
    if (!labels) {
      const none = emptyLayout(index.events.length);
      return () => none;
    }
    const base = { order, start: index.start, drawEnd, eventCount: index.events.length, key };
    return (window: [number, number] | null, budget: number) =>
      layoutLanes({ ...base, view: laneView(index, drawEnd, fit, window, width, labels, budget) });
  }, [index, order, drawEnd, fit, width, labels, key]);
  const fitted = useMemo(() => layout(null, FIT_LANES), [layout]);
  const close = useMemo(() => (settled ? layout(settled, lanes) : null), [layout, settled, lanes]);
  const covers = zoomed && close?.range && close.range[0] <= domain[0] && close.range[1] >= domain[1];
  return { layout: covers ? close! : fitted, fitted };
}
