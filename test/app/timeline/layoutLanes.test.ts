import { describe, expect, it } from 'vitest';
import { layoutLanes } from '../../../src/app/timeline/layoutLanes.ts';
import { visibleSlice } from '../../../src/app/timeline/visibleSlice.ts';

const DAY = 86_400_000;

function input(spans: [number, number][]) {
  const start = Float64Array.from(spans.map((s) => s[0] * DAY));
  const drawEnd = Float64Array.from(spans.map((s) => s[1] * DAY));
  const order = Int32Array.from(spans.map((_, i) => i)).sort((a, b) => start[a]! - start[b]!);
  return { order, start, drawEnd, eventCount: spans.length };
}

describe('layoutLanes', () => {
  it('never lets two items of one lane overlap in time', () => {
    const spans: [number, number][] = Array.from({ length: 300 }, (_, k) => [(k * 37) % 500, ((k * 37) % 500) + 1 + (k % 40)]);
    const { lanes } = layoutLanes(input(spans));
    for (const lane of lanes)
      for (let k = 1; k < lane.length; k++) expect(spans[lane[k]!]![0]).toBeGreaterThanOrEqual(spans[lane[k - 1]!]![1]);
  });

  it('puts overlapping items in different lanes and keeps each lane in time order', () => {
    const { lanes, laneOf } = layoutLanes(input([[0, 10], [5, 8], [20, 30]]));
    expect(laneOf[0]).not.toBe(laneOf[1]);
    for (const lane of lanes) expect([...lane].map((i) => i)).toEqual([...lane].sort((a, b) => a - b));
  });

  it('pads items so that a sparse timeline keeps room for labels', () => {
    // Two short items close together: in one lane they would touch, so they are stacked.
    const { lanes } = layoutLanes(input([[0, 1], [2, 3], [1000, 1001]]));
    expect(lanes.length).toBe(2);
  });

  it('finds the visible slice of a lane with binary searches', () => {
    const { lanes, maxEnd } = layoutLanes(input([[0, 1], [100, 101], [200, 201], [300, 301]]));
    const all = lanes.flatMap((l) => [...l]);
    const lane = lanes.findIndex((l) => l.length > 1);
    const [a, b] = visibleSlice(lanes[lane]!, maxEnd[lane]!, input([[0, 1], [100, 101], [200, 201], [300, 301]]).start, 150 * DAY, 250 * DAY);
    expect(b - a).toBeLessThanOrEqual(1);
    expect(all).toHaveLength(4);
  });
});
