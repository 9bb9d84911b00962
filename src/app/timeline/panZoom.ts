// Pan and zoom along the time axis, framework-free around d3-zoom: create it on an element, update
// its bounds when the size changes, destroy it on unmount. Only x moves; y is pinned to 0. The
// transform applies to a base scale that fits every event, so k = 1 is the overview.
import { select, zoom, zoomIdentity } from 'd3';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3';

export interface PanZoomOptions {
  onTransform: (transform: ZoomTransform) => void;
  /** After a gesture (or a programmatic change) settles. */
  onEnd?: (transform: ZoomTransform) => void;
}

export interface PanZoomBounds {
  width: number;
  height: number;
  maxScale: number;
}

export interface PanZoom {
  update: (bounds: PanZoomBounds) => void;
  set: (transform: ZoomTransform, duration?: number) => void;
  /** Zooms around a point of the plot (px), the middle when none is given. */
  scaleBy: (factor: number, duration?: number, at?: number) => void;
  get: () => ZoomTransform;
  destroy: () => void;
}

/**
 * `transform` within the bounds the behaviour keeps: its scale between 1 and `maxScale` (about the
 * middle of the plot), never panned past the first or last event. What `set` applies, so that a
 * render can show a transform before the behaviour has taken it.
 */
export function boundTransform(transform: ZoomTransform, width: number, maxScale: number): ZoomTransform {
  const w = Math.max(1, width);
  const k = Math.max(1, Math.min(Math.max(1, maxScale), transform.k));
  const mid = (w / 2 - transform.x) / transform.k;
  const x = boundPan(k === transform.k ? transform.x : w / 2 - mid * k, k, w);
  return x === transform.x && k === transform.k && transform.y === 0 ? transform : zoomIdentity.translate(x, 0).scale(k);
}

/** A pan `x` at scale `k` kept so that the overview's edges stay in view: never past the first or last event. */
function boundPan(x: number, k: number, width: number): number {
  return Math.min(0, Math.max(width - width * k, x));
}

export function createPanZoom(element: HTMLElement, { onTransform, onEnd }: PanZoomOptions): PanZoom {
  const selection = select<HTMLElement, unknown>(element);
  let width = 1;
  let maxScale = 1;
  // While new bounds are applied, the transform still belongs to the old width: not a view to keep.
  let updating = false;
  // A gesture (drag, wheel, pinch) in progress, and a transform set in code while one is (Back and
  // Forward bring another window): that transform holds until the gesture ends, which would
  // otherwise carry on from where it was and undo it.
  let gesturing = false;
  let pinned: ZoomTransform | null = null;
  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .scaleExtent([1, 1])
    // Buttons inside the plot (event marks) still get their clicks; only the primary button pans.
    // d3's default filter: wheel (with or without ctrl, which is how trackpads pinch), primary button.
    // A mouse event without a view cannot be dragged (d3-drag needs event.view): ignore it.
    .filter((event: MouseEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button && (event.type === 'wheel' || !!event.view))
    .constrain((t) => {
      if (pinned) return pinned;
      const x = boundPan(t.x, t.k, width);
      return x === t.x && t.y === 0 ? t : zoomIdentity.translate(x, 0).scale(t.k);
    })
    // A wheel notch zooms by about 10 % (d3's default is 18 %): the view opens on the story, already
    // close, and finer steps keep the place under the cursor easy to follow.
    .wheelDelta(
      (event: WheelEvent) => -event.deltaY * (event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.0011) * (event.ctrlKey ? 10 : 1),
    )
    .on('start', () => {
      gesturing = true;
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => onTransform(event.transform))
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      gesturing = false;
      pinned = null;
      if (!updating) onEnd?.(event.transform);
    });
  selection.call(behavior).on('dblclick.zoom', null);

  const animate = (duration: number) =>
    duration > 0 && !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
      ? selection.transition().duration(duration)
      : selection;

  return {
    update(bounds) {
      width = Math.max(1, bounds.width);
      maxScale = Math.max(1, bounds.maxScale);
      behavior
        .extent([
          [0, 0],
          [width, Math.max(1, bounds.height)],
        ])
        .scaleExtent([1, Math.max(1, bounds.maxScale)]);
      // A no-op move re-applies the constraint, so the current transform obeys the new bounds.
      updating = true;
      behavior.translateBy(selection, 0, 0);
      updating = false;
    },
    set(transform, duration = 0) {
      // d3 keeps gestures within the scale extent but not a transform set in code: a window asked
      // for (a "+N more" click, a link) keeps its middle and is widened to the deepest zoom, so
      // the view never shrinks below it, let alone to nothing.
      const bounded = boundTransform(transform, width, maxScale);
      // Within a gesture, d3 applies the transform as a step of that gesture (no start, no end).
      if (gesturing) pinned = null;
      behavior.transform(animate(duration), bounded);
      if (gesturing) pinned = bounded;
    },
    scaleBy(factor, duration = 0, at = width / 2) {
      behavior.scaleBy(animate(duration), factor, [Math.max(0, Math.min(width, at)), 0]);
    },
    get: () => selection.property('__zoom') as ZoomTransform,
    destroy() {
      selection.interrupt().on('.zoom', null);
    },
  };
}
