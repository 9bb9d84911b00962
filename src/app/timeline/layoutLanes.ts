// Stacks events into lanes so that overlapping items never hide each other, for one view: the
// whole span (fitted) or a zoomed window. Computed when the data, filters or size change, and when
// a zoom or pan settles; never per frame. Spans are measured in pixels at the view's scale, with
// room for labels, and the layout takes the first of these that fits the lane budget:
//   1. every label in full;  2. labels cut short;  3. marks alone (labels only where room is left);
//   4. fitted: thin lanes for everything, a density picture (time overlap only, as at 100k events);
//      zoomed: readable lanes for as many events as they can hold, and a "+N more" row for the rest.
// A lane keeps its items in time order with a running maximum of their ends, so the visible slice
// of a lane is two binary searches away.
import type { MarkBox } from './markGeometry.ts';
import { laneSpan } from './laneSpans.ts';
import type { Span } from './laneSpans.ts';
import { packFirstFit, packMost, packShared } from './packLanes.ts';
import { overflowHints } from './overflowHints.ts';
import type { OverflowHint } from './overflowHints.ts';

export interface LaneLayout {
  /** Event indices per lane, in time order. */
  lanes: Int32Array[];
  /** Per lane, the largest drawn end among items 0..i (ms), for finding the first visible one. */
  maxEnd: Float64Array[];
  /** Row of each event: its lane, the "+N more" row (= lanes.length) when it found no lane, or -1
   * when not laid out (undated, filtered out, or outside the laid-out range). */
  laneOf: Int32Array;
  /** 1 where an event's label goes left of its mark. */
  labelLeft: Uint8Array;
  /** Events in range that found no lane (zoomed views only), in time order. */
  hidden: Int32Array;
  hints: OverflowHint[];
  /** How many of the hidden events intersect the window itself. */
  hiddenInView: number;
  /** Lanes plus the "+N more" row, if any. */
  rows: number;
  /** The time range laid out (ms), or null for every event. */
  range: [number, number] | null;
  /** Whether lanes were laid out for reading (labels where they fit) or as a density picture. */
  dense: boolean;
}

export interface LaneView {
  /** The visible window (ms), or null for the fitted view of every event. */
  window: [number, number] | null;
  /** Extra time laid out on each side of the window (ms), so that a short pan needs no new layout. */
  margin: number;
  /** Mark geometry at the view's scale, px ↔ ms. */
  box: (i: number) => MarkBox;
  invert: (px: number) => number;
  /** Exact label widths, and a quick guess for when thousands of events are laid out at once. */
  labelWidth: (i: number) => number;
  labelGuess: (i: number) => number;
  width: number;
  bounds: [number, number];
  /** How many readable lanes fit the plot. */
  lanes: number;
  /** The story's opening window: crowded, it becomes a density picture like the fitted view. */
  overview?: boolean;
}

export interface LaneInput {
  /** Event indices to lay out, in time order. */
  order: ArrayLike<number>;
  start: Float64Array;
  /** Where each item stops being drawn (including any fading tail), ms. */
  drawEnd: Float64Array;
  eventCount: number;
  view: LaneView;
  /** 1 for the key events (by event index): in a crowded view they get lanes before the others. */
  key?: Uint8Array;
}

const LABEL_FULL = 320;
const LABEL_SHORT = 140;
const MAX_LANES = 400;
const HINT_PX = 96;

export function layoutLanes(input: LaneInput): LaneLayout {
  const { view, start, drawEnd } = input;
  const range: [number, number] | null = view.window && [view.window[0] - view.margin, view.window[1] + view.margin];
  const items = inRange(input, range);
  const n = items.length;
  const budget = Math.max(1, view.lanes);
  const span: Span = { lo: 0, hi: 0, left: false };
  for (const cap of [LABEL_FULL, LABEL_SHORT, 0]) {
    const packed = packFirstFit(n, (k) => laneSpan(items[k]!, view, cap, span), budget);
    if (packed) return collect(input, items, packed.lane, packed.left, range, false);
  }
  if (!view.window || view.overview) {
    // Time overlap only: at the overview of thousands of events, pixels are shared anyway.
    return collect(input, items, packShared(items, start, drawEnd, MAX_LANES), new Uint8Array(n), range, true);
  }
  // Readable lanes for as many events as they hold; one row goes to the "+N more" hint. Every
  // event in range is measured here, so label widths are guessed.
  const guessed = { ...view, labelWidth: view.labelGuess };
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const left = new Uint8Array(n);
  const first = input.key && items.some((i) => input.key![i]) ? Uint8Array.from(items, (i) => input.key![i]!) : undefined;
  items.forEach((i, k) => {
    laneSpan(i, guessed, LABEL_SHORT, span);
    lo[k] = span.lo;
    hi[k] = span.hi;
    left[k] = span.left ? 1 : 0;
  });
  return collect(input, items, packMost(lo, hi, Math.max(1, budget - 1), first), left, range, false);
}

function inRange({ order, start, drawEnd }: LaneInput, range: [number, number] | null): Int32Array {
  if (!range) return Int32Array.from(order);
  const out: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (start[i]! >= range[1]) break;
    if (drawEnd[i]! > range[0]) out.push(i);
  }
  return Int32Array.from(out);
}

function collect(
  input: LaneInput,
  items: Int32Array,
  lane: Int32Array,
  left: Uint8Array,
  range: [number, number] | null,
  dense: boolean,
): LaneLayout {
  const { drawEnd, start, view } = input;
  const n = items.length;
  const laneOf = new Int32Array(input.eventCount).fill(-1);
  const labelLeft = new Uint8Array(input.eventCount);
  // Each lane's items, in time order, as one list cut in pieces (a million events at the
  // overview): how many each lane holds, where each lane begins, then the items in their places.
  let count: Int32Array<ArrayBuffer> = new Int32Array(64);
  let hiddenCount = 0;
  for (let k = 0; k < n; k++) {
    const l = lane[k]!;
    labelLeft[items[k]!] = left[k]!;
    if (l < 0) hiddenCount++;
    else {
      if (l >= count.length) count = grow(count, l + 1);
      count[l]!++;
    }
  }
  // Lanes in order of use, none empty (packMost may skip one).
  const row = new Int32Array(count.length).fill(-1);
  const at = new Int32Array(count.length);
  const sizes: number[] = [];
  let used = 0;
  for (let l = 0; l < count.length; l++)
    if (count[l]! > 0) {
      row[l] = sizes.length;
      at[l] = used;
      used += count[l]!;
      sizes.push(count[l]!);
    }
  const all = new Int32Array(used);
  const ends = new Float64Array(used);
  const hidden = new Int32Array(hiddenCount);
  hiddenCount = 0;
  for (let k = 0; k < n; k++) {
    const i = items[k]!;
    const l = lane[k]!;
    if (l < 0) {
      hidden[hiddenCount++] = i;
      continue;
    }
    all[at[l]!++] = i;
    laneOf[i] = row[l]!;
  }
  for (const i of hidden) laneOf[i] = sizes.length;
  const lanes: Int32Array[] = [];
  const maxEnd: Float64Array[] = [];
  let from = 0;
  for (const size of sizes) {
    let running = -Infinity;
    for (let k = from; k < from + size; k++) ends[k] = running = Math.max(running, drawEnd[all[k]!]!);
    lanes.push(all.subarray(from, from + size));
    maxEnd.push(ends.subarray(from, from + size));
    from += size;
  }
  const win = view.window;
  const hiddenInView = win ? hidden.filter((i) => start[i]! < win[1] && drawEnd[i]! > win[0]).length : 0;
  return {
    lanes,
    maxEnd,
    laneOf,
    labelLeft,
    hidden,
    hints: overflowHints(hidden, view.box, view.invert, HINT_PX),
    hiddenInView,
    rows: lanes.length + (hidden.length ? 1 : 0),
    range,
    dense,
  };
}

function grow(list: Int32Array, n: number): Int32Array<ArrayBuffer> {
  const grown = new Int32Array(Math.max(n, 2 * list.length));
  grown.set(list);
  return grown;
}

/** No lanes yet (before the font is known, the first frame has nothing to measure labels with). */
export function emptyLayout(eventCount: number): LaneLayout {
  const laneOf = new Int32Array(eventCount).fill(-1);
  return {
    lanes: [],
    maxEnd: [],
    laneOf,
    labelLeft: new Uint8Array(eventCount),
    hidden: new Int32Array(0),
    hints: [],
    hiddenInView: 0,
    rows: 0,
    range: null,
    dense: false,
  };
}
