// Keeps the zoom transform and the visible window in step with the rest of the app:
// - a window from the URL (a shared link, back/forward) is applied when it differs from the view;
//   no window means the story's own view (`home`);
// - new filters show the story of the events they keep; a new width keeps the window;
// - the rest of a dataset drawn while it loaded (DatasetIndex.partial) keeps a window the user has
//   chosen meanwhile; a view left untouched opens on the whole dataset's story instead;
// - a selected event outside the window is brought into view, also when a link opens on it.
import { useLayoutEffect, useRef } from 'react';
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
  /** The story's window, shown when no other is asked for (null: fit everything). */
  home: [number, number] | null;
  selected: number;
  index: DatasetIndex;
}

export function useWindowSync({ zoom, base, order, width, requested, settled, home, selected, index }: WindowSyncInput): void {
  const seen = useRef({ order, width, index });
  const target = (window: [number, number] | null) => transformForWindow(base, window ?? home);

  // Filters changed the fitted span: show the story they keep. Width changed: keep the window.
  useLayoutEffect(() => {
    const api = zoom.current;
    if (!api) return;
    const before = seen.current;
    seen.current = { order, width, index };
    if (before.index !== index && before.index.partial) api.set(target(settled.current));
    else if (before.order !== order) api.set(target(null));
    else if (before.width !== width) api.set(target(settled.current));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom, base, order, width, settled, index]);

  // A window requested through the URL (or none: the story).
  const [from, to] = requested ?? [NaN, NaN];
  useLayoutEffect(() => {
    const api = zoom.current;
    if (!api) return;
    const wanted: [number, number] | null = Number.isNaN(from) ? home : [from, to];
    const current = api.get().k < 1.0001 ? null : windowOf(base, api.get());
    if (!sameWindow(wanted, current)) api.set(transformForWindow(base, wanted));
    // Only a new request should move the view, not a new base scale.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [zoom, from, to]);

  // Bring a newly selected event into view, keeping the zoom level. At once, not animated: a
  // resize (the details pane opening) or a window written to the URL while an animation runs
  // would catch it half-way, far from both ends.
  useLayoutEffect(() => {
    const api = zoom.current;
    if (!api || selected < 0 || Number.isNaN(index.start[selected]!)) return;
    const t = api.get();
    const [a, b] = windowOf(base, t);
    const s = index.start[selected]!;
    const e = index.end[selected]!;
    if (e > a && s < b) return;
    const centre = base((s + Math.min(e, s + (b - a) / 2)) / 2);
    const next = zoomIdentity.translate(width / 2 - centre * t.k, 0).scale(t.k);
    api.set(next);
    // Only a new selection should pan, not every zoom step.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selected]);
}
