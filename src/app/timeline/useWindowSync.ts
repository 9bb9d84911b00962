// Keeps the zoom transform and the visible window in step with the rest of the app:
// - a window from the URL (a shared link, back/forward) is applied when it differs from the view;
//   no window means the story's own view (`home`);
// - new filters show the story of the events they keep; a new width keeps the window;
// - the rest of a dataset drawn while it loaded (DatasetIndex.partial) keeps a window the user has
//   chosen meanwhile; a view left untouched opens on the whole dataset's story instead;
// - a selected event outside the window is brought into view, also when a link opens on it.
// New scales (the first render, new filters, a new width, the rest of a dataset) and a new window
// in the URL (Back and Forward, the filters the same) are given their window by the render that
// brings them, not by an effect after it: no render shows the old transform over the new scales
// or URL (another window, for a frame or more on a busy machine), and the events are laid out
// once, for the window shown. That window is kept in this hook's own state and shown until the
// pan and zoom state moves after it (usePanZoom.ts).
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';
import type { ScaleTime, ZoomTransform } from 'd3';
import { zoomIdentity } from 'd3';
import type { PanZoomState } from './usePanZoom.ts';
import { sameTransform } from './usePanZoom.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { boundTransform } from './panZoom.ts';
import type { PanZoom } from './panZoom.ts';
import { sameWindow, transformForWindow, windowOf } from './windowTransform.ts';

export interface WindowSyncInput {
  zoom: RefObject<PanZoom | null>;
  /** The pan and zoom state (usePanZoom). */
  panZoom: PanZoomState;
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

/** What the view's scales are made from. */
interface ScalesOf {
  order: Int32Array;
  width: number;
  index: DatasetIndex;
}

/** The scales a transform was given for (by new scales or the URL), and how often the pan and zoom state had moved then. */
interface Scales extends ScalesOf {
  transform: ZoomTransform;
  moves: number;
}

/** The windows new scales choose from. */
export interface WindowsAsked {
  /** The URL's window (null: none), and whether it is new in this render (Back and Forward). */
  requested: [number, number] | null;
  newRequest: boolean;
  /**
   * Whether the URL was read again in this render (a new array for its window, perhaps the same
   * window): Back and Forward to other filters with the same window bring that window, not the story.
   */
  reread: boolean;
  /** The window the view last came to rest on (null: the story's or none). */
  settled: [number, number] | null;
  home: [number, number] | null;
  /** The selected event (-1: none), and whether it is new in this render (a link's, Back and Forward). */
  selected: number;
  newSelection: boolean;
}

/** The window new scales open on, `before` being the scales of the view so far (null: none yet). */
export function windowForScales(before: ScalesOf | null, now: ScalesOf, asked: WindowsAsked): [number, number] | null {
  const window = scalesWindow(before, now, asked);
  return !before || asked.newSelection ? withSelected(window, now.index, asked.selected) : window;
}

function scalesWindow(
  before: ScalesOf | null,
  now: ScalesOf,
  { requested, newRequest, reread, settled, home }: WindowsAsked,
): [number, number] | null {
  // The first render: the linked window, else the story. A window the URL brings with new scales
  // (Back and Forward to other filters, the window another or the same): that window.
  if (!before || newRequest || reread) return requested ?? home;
  // The rest of the dataset: the window chosen meanwhile (a link's, the user's), else the story.
  if (before.index !== now.index && before.index.partial) return settled ?? home;
  // Filters changed the fitted span: the story they keep.
  if (before.order !== now.order) return home;
  // Width changed: the window.
  return settled ?? home;
}

/** The transform `given`, until the pan and zoom state moves after it (the behaviour has taken it). */
function shownOf(given: Scales, panZoom: PanZoomState): ZoomTransform {
  return given.moves === panZoom.moves || sameTransform(given.transform, panZoom.transform) ? given.transform : panZoom.transform;
}

/** `window`, moved to take in the selected event when it lies outside, its length kept. */
function withSelected(window: [number, number] | null, index: DatasetIndex, i: number): [number, number] | null {
  if (!window || i < 0) return window;
  const s = index.start[i]!;
  const e = index.end[i]!;
  const [a, b] = window;
  if (Number.isNaN(s) || (e > a && s < b)) return window;
  const half = (b - a) / 2;
  const centre = (s + Math.min(e, s + half)) / 2;
  return [centre - half, centre + half];
}

/** Returns the transform to render: the pan and zoom state, or the one new scales open on. */
export function useWindowSync(input: WindowSyncInput): ZoomTransform {
  const { zoom, panZoom, base, maxScale, order, width, requested, settled, home, selected, index } = input;
  const [scales, setScales] = useState<Scales | null>(null);
  // A window requested through the URL (or none: the story).
  const [from, to] = requested ?? [NaN, NaN];
  // The URL's window (by value: a new array may bring the same window) and the selected event as
  // of the render before, and the window's array itself: the app hands on the same array until the
  // URL is read again or the view settles on another window.
  const [asked, setAsked] = useState<[number, number, number, [number, number] | null]>([from, to, selected, requested]);
  const newRequest = !Object.is(asked[0], from) || !Object.is(asked[1], to);
  const newSelection = asked[2] !== selected;
  const reread = asked[3] !== requested;
  if (newRequest || newSelection || reread) setAsked([from, to, selected, requested]);
  let given = scales;
  if (!given || given.order !== order || given.width !== width || given.index !== index) {
    // The latest window the view came to rest on, as of this render (a ref written by gestures).
    const window = windowForScales(
      given,
      { order, width, index },
      { requested, newRequest, reread, settled: settled.current, home, selected, newSelection },
    );
    const transform = boundTransform(transformForWindow(base, window), width, maxScale);
    given = { order, width, index, transform, moves: panZoom.moves };
    setScales(given);
  } else if (newRequest || newSelection) {
    // The same scales, another window in the URL: shown unless the view is already there (the
    // URL then took the window the user came to rest on). Another event selected (Back or
    // Forward to it, or a pick from a list) outside the view is brought into it in this render too.
    const now = zoom.current?.get() ?? shownOf(given, panZoom);
    const current = windowOf(base, now);
    const wanted = newRequest
      ? withSelected(requested ?? home, index, newSelection ? selected : -1)
      : withSelected(current, index, selected);
    if ((newRequest || wanted !== current) && !sameWindow(wanted, now.k < 1.0001 ? null : current)) {
      given = { order, width, index, transform: boundTransform(transformForWindow(base, wanted), width, maxScale), moves: panZoom.moves };
      setScales(given);
    }
  }
  // The window given, until the pan and zoom state moves after it (the behaviour has taken it).
  const shown = shownOf(given, panZoom);
  // The behaviour takes the transform the render showed (the state then moves to the same transform).
  useLayoutEffect(() => {
    if (scales) zoom.current?.set(scales.transform);
  }, [zoom, scales]);

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
