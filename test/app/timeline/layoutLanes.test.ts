import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layoutLanes } from '../../../src/app/timeline/layoutLanes.ts';
import type { LaneLayout } from '../../../src/app/timeline/layoutLanes.ts';
import { visibleSlice } from '../../../src/app/timeline/visibleSlice.ts';

const DAY = 86_400_000;
const WIDTH = 800;

/** Bars from day a to day b; `window` in days (null: the fitted view of all of them). */
function lay(spans: [number, number][], opts: { window?: [number, number] | null; lanes?: number; label?: number | number[] } = {}) {
  const start = Float64Array.from(spans.map((s) => s[0] * DAY));
  const drawEnd = Float64Array.from(spans.map((s) => s[1] * DAY));
  const order = Int32Array.from(spans.map((_, i) => i)).sort((a, b) => start[a]! - start[b]! || a - b);
  const first = Math.min(...spans.map((s) => s[0]));
  const last = Math.max(...spans.map((s) => s[1]));
  const window = opts.window ?? null;
  const [d0, d1] = (window ?? [first, last]).map((d) => d * DAY) as [number, number];
  const x = (ms: number) => ((ms - d0) / (d1 - d0)) * WIDTH;
  const box = (i: number) => {
    const x0 = x(start[i]!);
    const x1 = Math.max(x(drawEnd[i]!), x0 + 4);
    return { x0, xs: x1, x1, labelX: x1 + 6 };
  };
  const label = opts.label ?? 100;
  const labelWidth = (i: number) => (typeof label === 'number' ? label : label[i]!);
  const layout = layoutLanes({
    order,
    start,
    drawEnd,
    eventCount: spans.length,
    view: {
      window: window && [d0, d1],
      margin: window ? d1 - d0 : 0,
      box,
      invert: (px) => d0 + (px / WIDTH) * (d1 - d0),
      labelWidth,
      labelGuess: labelWidth,
      width: WIDTH,
      bounds: [x(first * DAY), x(last * DAY)],
      lanes: opts.lanes ?? 12,
    },
  });
  return { layout, box, start, drawEnd };
}

const laidOut = (layout: LaneLayout) => layout.lanes.reduce((n, lane) => n + lane.length, 0);

describe('layoutLanes', () => {
  it('never lets two marks of one lane overlap, in time or on screen, in any view', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 60 }))
      .map(([a, d]): [number, number] => [a, a + 1 + d]);
    const window = fc.option(
      fc.integer({ min: 0, max: 480 }).chain((a) => fc.integer({ min: a + 5, max: a + 200 }).map((b): [number, number] => [a, b])),
    );
    fc.assert(
      fc.property(fc.array(span, { minLength: 1, maxLength: 200 }), window, fc.integer({ min: 2, max: 20 }), (spans, win, lanes) => {
        const { layout, box } = lay(spans, { window: win, lanes });
        for (const lane of layout.lanes)
          for (let k = 1; k < lane.length; k++) {
            const [a, b] = [lane[k - 1]!, lane[k]!];
            expect(spans[b]![0]).toBeGreaterThanOrEqual(spans[a]![1]);
            if (!layout.dense) expect(box(b).x0).toBeGreaterThanOrEqual(box(a).x1);
          }
        if (!layout.dense) expect(layout.rows).toBeLessThanOrEqual(lanes);
        // Nothing is lost: every event is in a lane, counted in a "+N more" hint, or out of range.
        const hinted = layout.hints.reduce((n, h) => n + h.count, 0);
        expect(hinted).toBe(layout.hidden.length);
        if (!win) expect(laidOut(layout)).toBe(spans.length);
      }),
      { numRuns: 150 },
    );
  });

  it('puts overlapping items in different lanes and keeps each lane in time order', () => {
    const { layout } = lay([
      [0, 10],
      [5, 8],
      [20, 30],
    ]);
    expect(layout.laneOf[0]).not.toBe(layout.laneOf[1]);
    for (const lane of layout.lanes) expect([...lane]).toEqual([...lane].sort((a, b) => a - b));
  });

  it('gives a sparse timeline room for every label in full', () => {
    // 100 px labels; the first two marks are 80 px apart, so the second goes to its own lane.
    const { layout, box } = lay([
      [0, 1],
      [100, 101],
      [400, 401],
      [1000, 1001],
    ]);
    expect(layout.lanes).toHaveLength(2);
    for (const lane of layout.lanes)
      for (let k = 1; k < lane.length; k++) expect(box(lane[k]!).x0 - box(lane[k - 1]!).labelX).toBeGreaterThanOrEqual(100);
  });

  it('flips the label of a mark near the right end to its left, so that it stays in the plot', () => {
    const { layout, box } = lay(
      [
        [0, 1],
        [500, 501],
        [995, 1000],
      ],
      { label: 150 },
    );
    expect(layout.labelLeft[2]).toBe(1);
    expect(box(2).labelX + 150).toBeGreaterThan(WIDTH);
    expect(box(2).x0 - 150).toBeGreaterThan(0);
    expect(layout.labelLeft[0]).toBe(0);
  });

  it('zoomed into a dense stretch: no more lanes than fit, labelled, and the rest counted in "+N more" hints', () => {
    const spans = Array.from({ length: 400 }, (_, k): [number, number] => [100 + (k % 40), 101 + (k % 40) + (k % 3) * 10]);
    const { layout } = lay(spans, { window: [100, 140], lanes: 10 });
    expect(layout.dense).toBe(false);
    expect(layout.lanes.length).toBeLessThanOrEqual(9);
    expect(layout.hidden.length).toBeGreaterThan(0);
    expect(layout.hiddenInView).toBeGreaterThan(0);
    for (const i of layout.hidden) expect(layout.laneOf[i]).toBe(layout.lanes.length);
    expect(layout.hints.reduce((n, h) => n + h.count, 0)).toBe(layout.hidden.length);
    // Each hint covers a stretch of the window, in time order.
    for (let k = 1; k < layout.hints.length; k++) expect(layout.hints[k]!.from).toBeGreaterThanOrEqual(layout.hints[k - 1]!.to);
  });

  it('gives every laid-out event its row and each lane its running maximum of ends, losing none', () => {
    const spans = Array.from({ length: 600 }, (_, k): [number, number] => [100 + (k % 50), 101 + (k % 50) + (k % 7) * 4]);
    for (const window of [null, [110, 130]] as const) {
      const { layout, drawEnd } = lay(spans, { window: window && [...window], lanes: 8 });
      const seen = new Set<number>();
      layout.lanes.forEach((lane, l) => {
        expect(lane.length).toBeGreaterThan(0);
        let running = -Infinity;
        lane.forEach((i, k) => {
          expect(layout.laneOf[i]).toBe(l);
          expect(layout.maxEnd[l]![k]).toBe((running = Math.max(running, drawEnd[i]!)));
          seen.add(i);
        });
      });
      for (const i of layout.hidden) expect(seen.has(i)).toBe(false);
      // Every event is in a lane, hidden, or outside the laid-out range: none is lost or doubled.
      const outside = spans.filter((_, i) => layout.laneOf[i] === -1).length;
      expect(seen.size + layout.hidden.length + outside).toBe(spans.length);
    }
  });

  it('lays out only the events around a zoomed window', () => {
    const { layout } = lay(
      [
        [0, 1],
        [25, 26],
        [50, 51],
        [100, 101],
      ],
      { window: [40, 60] },
    );
    expect(layout.laneOf[2]).toBeGreaterThanOrEqual(0);
    expect(layout.laneOf[1]).toBeGreaterThanOrEqual(0); // within one window of margin
    expect(layout.laneOf[0]).toBe(-1);
    expect(layout.laneOf[3]).toBe(-1);
    expect(layout.range).toEqual([20 * DAY, 80 * DAY]);
  });

  it('shows the fitted view of thousands of events as a density picture, hiding none', () => {
    const spans = Array.from({ length: 3000 }, (_, k): [number, number] => [(k * 7) % 700, ((k * 7) % 700) + 1 + (k % 20)]);
    const { layout } = lay(spans);
    expect(layout.dense).toBe(true);
    expect(layout.hidden).toHaveLength(0);
    expect(laidOut(layout)).toBe(3000);
  });

  it('finds the visible slice of a lane with binary searches', () => {
    const { layout, start } = lay(
      [
        [0, 1],
        [100, 101],
        [200, 201],
        [300, 301],
      ],
      { label: 0 },
    );
    const lane = layout.lanes.findIndex((l) => l.length > 1);
    const [a, b] = visibleSlice(layout.lanes[lane]!, layout.maxEnd[lane]!, start, 150 * DAY, 250 * DAY);
    expect(b - a).toBe(1);
    expect(laidOut(layout)).toBe(4);
  });
});
