// Keeps the zoom transform and the visible window in step with the rest of the app:
// - a window from the URL (a shared link, back/forward) is applied when it differs from the view;
//   no window means the story's own view (`home`);
// - new filters show the story of the events they keep; a new width keeps the window;
// - the rest of a dataset drawn while it loaded (DatasetIndex.partial) keeps a window the user has
//   chosen meanwhile; a view left untouched opens on the whole dataset's story instead;
// - a selected event outside the window is brought into view, also when a link opens on it.
// New scales (the first render, new filters, a new width, the rest of a dataset) are given their
// window by the render that brings them, not by an effect after it: no render shows the old
// transform over the new scales (another window, for a frame or more on a busy machine), and the
// events are laid out once, for the window shown.
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ScaleTime, ZoomTransform } from 'd3';
import { zoomIdentity } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { boundTransform } from './panZoom.ts';
import type { PanZoom } from './panZoom.ts';
import { sameWindow, transformForWindow, windowOf } from './windowTransform.ts';

export interface WindowSyncInput {
  zoom: RefObject<PanZoom | null>;
  /** The pan and zoom state, and how a render sets it (usePanZoom). */
  transform: ZoomTransform;
  show: (transform: ZoomTransform) => void;
  base: ScaleTime<number, number>;
  maxScale: number;
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

/** The scales a transform was given for. */
interface Scales {
  order: Int32Array;
  width: number;
  index: DatasetIndex;
  transform: ZoomTransform;
}

/** The window new scales open on, `before` being the scales of the view so far (null: none yet). */
export function windowForScales(
  before: Omit<Scales, 'transform'> | null,
  now: Omit<Scales, 'transform'>,
  { requested, settled, home }: { requested: [number, number] | null; settled: [number, number] | null; home: [number, number] | null },
): [number, number] | null {
  // The first render: the linked window, else the story.
  if (!before) return requested ?? home;
  // The rest of the dataset: the window chosen meanwhile (a link's, the user's), else the story.
  if (before.index !== now.index && before.index.partial) return settled ?? home;
  // Filters changed the fitted span: the story they keep.
  if (before.order !== now.order) return home;
  // Width changed: the window.
  return settled ?? home;
}

/** Returns the transform to render: the pan and zoom state, or the one new scales open on. */
export function useWindowSync(input: WindowSyncInput): ZoomTransform {
  const { zoom, transform, show, base, maxScale, order, width, requested, settled, home, selected, index } = input;
  const [scales, setScales] = useState<Scales | null>(null);
  let shown = transform;
  if (!scales || scales.order !== order || scales.width !== width || scales.index !== index) {
    // The latest window the view came to rest on, as of this render (a ref written by gestures).
    const window = windowForScales(scales, { order, width, index }, { requested, settled: settled.current, home });
    shown = boundTransform(transformForWindow(base, window), width, maxScale);
    setScales({ order, width, index, transform: shown });
    show(shown);
  }
  // The behaviour takes the transform the render showed (it fires no new state: the same transform).
  useLayoutEffect(() => {
    if (scales) zoom.current?.set(scales.transform);
  }, [zoom, scales]);

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

  return shown;
}
