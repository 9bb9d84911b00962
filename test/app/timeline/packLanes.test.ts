import { describe, expect, it } from 'vitest';
import { packFirstFit, packMost } from '../../../src/app/timeline/packLanes.ts';

const spans = (list: [number, number][]) => [Float64Array.from(list, (s) => s[0]), Float64Array.from(list, (s) => s[1])] as const;

describe('packing spans into lanes', () => {
  it('first fit uses the fewest lanes, and gives up past the limit', () => {
    const [lo, hi] = spans([
      [0, 10],
      [2, 4],
      [5, 8],
      [11, 12],
    ]);
    const at = (k: number) => ({ lo: lo[k]!, hi: hi[k]!, left: false });
    expect([...packFirstFit(4, at, 4)!.lane]).toEqual([0, 1, 1, 0]);
    expect(packFirstFit(4, at, 1)).toBeNull();
    expect([...packFirstFit(4, at, 1, true)!.lane]).toEqual([0, 0, 0, 0]);
  });

  it('keeps the most spans a lane budget can hold: a long one gives way to two short ones', () => {
    const [lo, hi] = spans([
      [0, 10],
      [1, 2],
      [3, 4],
    ]);
    expect([...packMost(lo, hi, 1)]).toEqual([-1, 0, 0]);
    expect([...packMost(lo, hi, 2)]).toEqual([1, 0, 0]);
  });
});
