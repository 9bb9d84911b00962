// Keeps the zoom transform and the visible window in step with the rest of the app:
// - a window from the URL (a shared link, back/forward) is applied when it differs from the view;
// - new filters fit the view to the events they keep; a new width keeps the window;
// - a selected event outside the window is brought into view.
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import type { ScaleTime } from 'd3';
import { zoomIdentity } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { PanZoom } from './panZoom.ts';
import { sameWindow, transformForWindow, windowOf } from './windowTransform.ts';

export interface WindowSyncInput {
  zoom: RefObject<PanZoom | null>;
  base: ScaleTime<number, number>;
  /** The laid-out events; a new list means new filters. */
  order: Int32Array;
  width: number;
  requested: [number, number] | null;
  settled: RefObject<[number, number] | null>;
  selected: number;
  index: DatasetIndex;
}

export function useWindowSync({ zoom, base, order, width, requested, settled, selected, index }: WindowSyncInput): void {
  const seen = useRef({ order, width });

  // Filters changed the fitted span: show all that they keep. Width changed: keep the window.
  useLayoutEffect(() => {
    const api = zoom.current;
    if (!api) return;
    const before = seen.current;
    seen.current = { order, width };
    if (before.order !== order) api.set(zoomIdentity);
    else if (before.width !== width) api.set(transformForWindow(base, settled.current));
  }, [zoom, base, order, width, settled]);

  // A window requested through the URL.
  const [from, to] = requested ?? [NaN, NaN];
  useLayoutEffect(() => {
    const api = zoom.current;
    if (!api) return;
    const wanted: [number, number] | null = Number.isNaN(from) ? null : [from, to];
    const current = api.get().k < 1.0001 ? null : windowOf(base, api.get());
    if (!sameWindow(wanted, current)) api.set(transformForWindow(base, wanted));
    // Only a new request should move the view, not a new base scale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom, from, to]);

  // Bring a newly selected event into view, keeping the zoom level.
  useEffect(() => {
    const api = zoom.current;
    if (!api || selected < 0 || Number.isNaN(index.start[selected]!)) return;
    const t = api.get();
    const [a, b] = windowOf(base, t);
    const s = index.start[selected]!;
    const e = index.end[selected]!;
    if (e > a && s < b) return;
    const centre = base((s + Math.min(e, s + (b - a) / 2)) / 2);
    api.set(zoomIdentity.translate(width / 2 - centre * t.k, 0).scale(t.k), 300);
    // Only a new selection should pan, not every zoom step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
}
