// Where an event's mark sits in plot pixels. Shared by drawing, hit-testing and the accessible
// overlay, so that what is clicked, focused and seen is the same rectangle.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { BAND, BAR, POINT } from '../data/markKind.ts';

export const POINT_RADIUS = 5;
// An open end fades over at least this many pixels, so it reads as "goes on" at any zoom.
export const OPEN_TAIL = 48;

export interface MarkBox {
  x0: number;
  /** Where the solid part ends (fuzzy or open ends fade from here to x1). */
  xs: number;
  x1: number;
  /** Where a label may start. */
  labelX: number;
}

export function markBox(i: number, index: DatasetIndex, drawEnd: Float64Array, x: (ms: number) => number): MarkBox {
  const kind = index.kind[i];
  const a = x(index.start[i]!);
  const b = x(index.end[i]!);
  if (kind === POINT) {
    const c = (a + b) / 2;
    return { x0: c - POINT_RADIUS, xs: c + POINT_RADIUS, x1: c + POINT_RADIUS, labelX: c + POINT_RADIUS + 5 };
  }
  const x1 = Math.max(b, a + 4);
  if (kind === BAND) return { x0: a, xs: x1, x1, labelX: x1 - a >= 90 ? a + 7 : x1 + 6 };
  const xs = Math.max(a + 2, x(index.solidEnd[i]!));
  const end = index.openEnd[i] ? Math.max(x(drawEnd[i]!), xs + OPEN_TAIL) : x1;
  return { x0: a, xs, x1: end, labelX: end - a >= 90 ? a + 7 : end + 6 };
}

export { BAND, BAR, POINT };
