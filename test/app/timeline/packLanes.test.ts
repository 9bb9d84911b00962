import { describe, expect, it } from 'vitest';
import { packFirstFit, packMost, packShared } from '../../../src/app/timeline/packLanes.ts';

/** The plain first fit, lane by lane: what packFirstFit must give, however it finds the lane. */
function firstFitReference(lo: Float64Array, hi: Float64Array, limit: number, share: boolean): number[] | null {
  const free: number[] = [];
  const lane: number[] = [];
  for (let k = 0; k < lo.length; k++) {
    let l = free.findIndex((f) => f <= lo[k]!);
    if (l < 0) {
      if (free.length < limit) l = free.push(-Infinity) - 1;
      else if (!share) return null;
      else l = free.indexOf(Math.min(...free));
    }
    free[l] = Math.max(free[l]!, hi[k]!);
    lane.push(l);
  }
  return lane;
}

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

  it('first fit gives the plain lane-by-lane answer on many random spans, shared or not', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 60; run++) {
      const n = 1 + Math.floor(random() * 300);
      const list = Array.from({ length: n }, () => Math.floor(random() * 1000)).sort((a, b) => a - b);
      const lo = Float64Array.from(list);
      const hi = Float64Array.from(list, (s) => s + 1 + Math.floor(random() * (run % 2 ? 400 : 20)));
      const limit = 1 + Math.floor(random() * 40);
      const at = (k: number) => ({ lo: lo[k]!, hi: hi[k]!, left: false });
      for (const share of [false, true]) {
        const packed = packFirstFit(n, at, limit, share);
        expect(packed && [...packed.lane]).toEqual(firstFitReference(lo, hi, limit, share));
      }
    }
  });

  it('the shared packing of events by their times gives the plain lane-by-lane answer, events picked out of the arrays', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    for (let run = 0; run < 60; run++) {
      const n = 1 + Math.floor(random() * 300);
      // Events stored in any order; `items` lists some of them in time order, as a filtered view does.
      const lo = Float64Array.from({ length: n }, () => Math.floor(random() * 1000));
      const hi = Float64Array.from(lo, (s) => s + 1 + Math.floor(random() * (run % 2 ? 400 : 20)));
      const items = Int32Array.from(Array.from({ length: n }, (_, i) => i).filter(() => random() < 0.7)).sort(
        (a, b) => lo[a]! - lo[b]! || a - b,
      );
      const limit = 1 + Math.floor(random() * 40);
      const expected = firstFitReference(
        Float64Array.from(items, (i) => lo[i]!),
        Float64Array.from(items, (i) => hi[i]!),
        limit,
        true,
      );
      expect([...packShared(items, lo, hi, limit)]).toEqual(expected);
    }
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
