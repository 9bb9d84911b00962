// The room an event takes in its lane at one scale, in pixels: its mark, its label (up to `cap`
// pixels; none with cap 0) and a gap. A label goes inside a wide mark or right of its mark; near
// the right end it flips to the left of the mark, so that it stays inside the plot.
import type { MarkBox } from './markGeometry.ts';
import { insideStart, LABEL_GAP, LEFT_LABEL_GAP, rightStart } from './labelSlot.ts';
import { MIN_ROOM } from './fitLabel.ts';

export interface SpanGeometry {
  box: (i: number) => MarkBox;
  labelWidth: (i: number) => number;
  /** Visible plot width (px); labels keep inside [0, width] for marks in view. */
  width: number;
  /** Pixels of the first and last events' edges: past them there is nothing to pan to. */
  bounds: [number, number];
}

/** [lo, hi) in pixels, and whether the label goes left of the mark. */
export interface Span {
  lo: number;
  hi: number;
  left: boolean;
}

export function laneSpan(i: number, g: SpanGeometry, cap: number, out: Span): Span {
  const b = g.box(i);
  out.lo = b.x0;
  out.hi = b.x1 + LABEL_GAP;
  out.left = false;
  if (cap <= 0) return out;
  const want = Math.min(g.labelWidth(i), cap);
  if (insideStart(b, want) !== null) return out;
  // Marks in view keep their labels in view; marks beyond it, within the data's ends.
  const right = (b.x0 < g.width ? g.width : g.bounds[1]) - 4;
  const left = (b.x1 > 0 ? 0 : g.bounds[0]) + 4;
  const from = rightStart(b);
  const roomRight = right - from;
  const roomLeft = b.x0 - LEFT_LABEL_GAP - left;
  if (want <= roomRight || roomRight >= roomLeft) {
    const w = Math.min(want, roomRight);
    if (w >= MIN_ROOM) out.hi = Math.max(b.x1, from + w) + LABEL_GAP;
  } else {
    const w = Math.min(want, roomLeft);
    if (w < MIN_ROOM) return out;
    out.lo = b.x0 - LEFT_LABEL_GAP - w;
    out.left = true;
  }
  return out;
}
