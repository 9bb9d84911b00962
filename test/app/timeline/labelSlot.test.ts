import { describe, expect, it } from 'vitest';
import { labelSlot, maxLabelRoom } from '../../../src/app/timeline/labelSlot.ts';

const point = (c: number) => ({ x0: c - 5, xs: c + 5, x1: c + 5, labelX: c + 10 });
const band = (a: number, b: number) => ({ x0: a, xs: b, x1: b, labelX: b - a >= 90 ? a + 7 : b + 6 });

describe('labelSlot', () => {
  it('gives a label on the right the room up to the next mark in its lane, or the plot edge', () => {
    expect(labelSlot(point(100), 80, false, -Infinity, 300, 800)).toEqual({ x: 110, room: 182, left: false });
    expect(labelSlot(point(700), 200, false, -Infinity, Infinity, 800)).toEqual({ x: 710, room: 86, left: false });
  });

  it('gives a label on the left the room back to what the lane drew before, or the plot edge', () => {
    expect(labelSlot(point(700), 200, true, 400, Infinity, 800)).toEqual({ x: 689, room: 281, left: true });
    expect(labelSlot(point(100), 200, true, -Infinity, Infinity, 800)).toEqual({ x: 89, room: 85, left: true });
  });

  it('keeps a label inside a wide mark, and inside the plot while the mark runs off to the left', () => {
    expect(labelSlot(band(100, 400), 120, false, -Infinity, 500, 800)).toEqual({ x: 107, room: 289, left: false });
    expect(labelSlot(band(-300, 400), 120, false, -Infinity, 500, 800).x).toBe(4);
  });

  it('puts the label after a mark too narrow to hold it', () => {
    expect(labelSlot(band(100, 200), 300, false, -Infinity, 700, 800).x).toBe(206);
  });

  it('leaves out a label that would start over what came before it', () => {
    expect(labelSlot(point(100), 80, false, 150, 300, 800).room).toBe(0);
  });

  it('bounds the room of every slot, so that crowded marks are skipped before any text is measured', () => {
    for (const [box, prev, next] of [
      [point(100), -Infinity, 300],
      [point(700), 400, Infinity],
      [band(100, 400), -Infinity, 500],
      [band(100, 200), 0, 700],
    ] as const)
      for (const left of [false, true])
        for (const want of [50, 130, 300])
          expect(labelSlot(box, want, left, prev, next, 800).room).toBeLessThanOrEqual(maxLabelRoom(box, prev, next, 800));
    expect(maxLabelRoom(point(100), 80, 120, 800)).toBeLessThan(40);
  });
});
