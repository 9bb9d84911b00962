// Where a label can go beside its mark, and how much room it has: inside a wide mark when it fits
// there (kept at the plot's left edge while the mark runs past it), else right of the mark up to
// the next mark in the lane, or left of the mark back to whatever the lane drew before it. Never
// past the plot's edges. Shared by the layout (which reserves the room) and the drawing.
import type { MarkBox } from './markGeometry.ts';

export const LABEL_GAP = 8;
/** Between a mark's left edge and the end of a label placed before it. */
export const LEFT_LABEL_GAP = 6;
const EDGE = 4;

export interface LabelSlot {
  /** Where the text starts (left-aligned) or ends (right-aligned, `left`). */
  x: number;
  room: number;
  left: boolean;
}

// A wide mark holds its label when it has room for all of it, or for this much of it (cut short).
const INSIDE_MIN = 140;

/** Where a label `want` px wide starts inside its mark, or null when it goes outside. */
export function insideStart(box: MarkBox, want: number, floor = EDGE): number | null {
  if (box.labelX >= box.x1) return null;
  const at = box.x1 > floor ? Math.max(box.labelX, floor) : box.labelX;
  return at + Math.min(want, INSIDE_MIN) <= box.x1 - EDGE ? at : null;
}

/** Where a label outside its mark, on the right, starts. */
export function rightStart(box: MarkBox): number {
  return box.labelX < box.x1 ? box.x1 + 6 : box.labelX;
}

/** `prevEnd`: right edge of what the lane drew before; `nextX0`: left edge of the next mark. */
export function labelSlot(box: MarkBox, want: number, left: boolean, prevEnd: number, nextX0: number, width: number): LabelSlot {
  const floor = Math.max(prevEnd + LABEL_GAP, EDGE);
  const limit = Math.min(nextX0 - LABEL_GAP, width - EDGE);
  if (left) {
    const x = Math.min(box.x0 - LEFT_LABEL_GAP, width - EDGE);
    return { x, room: x - floor, left: true };
  }
  // (A mark that ends before what came before it has no inside left to label.)
  const inside = box.x1 > floor ? insideStart(box, want, floor) : null;
  if (inside !== null) return { x: inside, room: Math.min(limit, box.x1 - EDGE) - inside, left: false };
  // A label that would start over what came before is not drawn: moved away from its mark, it
  // would name the wrong one.
  const x = rightStart(box);
  return { x, room: x < floor ? 0 : limit - x, left: false };
}

/** The most room any slot could give a label here, without measuring it: a quick way to skip. */
export function maxLabelRoom(box: MarkBox, prevEnd: number, nextX0: number, width: number): number {
  const floor = Math.max(prevEnd + LABEL_GAP, EDGE);
  const limit = Math.min(nextX0 - LABEL_GAP, width - EDGE);
  const right = rightStart(box) < floor ? 0 : limit - rightStart(box);
  const inside = box.labelX < box.x1 ? Math.min(limit, box.x1 - EDGE) - Math.max(box.labelX, floor) : 0;
  const left = Math.min(box.x0 - LEFT_LABEL_GAP, width - EDGE) - floor;
  return Math.max(right, inside, left);
}
