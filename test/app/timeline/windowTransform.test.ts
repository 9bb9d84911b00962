import { describe, expect, it } from 'vitest';
import { scaleUtc, zoomIdentity } from 'd3';
import { sameWindow, transformForWindow, windowOf } from '../../../src/app/timeline/windowTransform.ts';
import { fitDomain } from '../../../src/app/timeline/fitDomain.ts';
import { densityBins } from '../../../src/app/timeline/densityBins.ts';
import { fitLabel } from '../../../src/app/timeline/fitLabel.ts';

const DAY = 86_400_000;
const base = scaleUtc()
  .domain([Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)])
  .range([0, 1200]);

describe('windows and zoom transforms', () => {
  it('round-trips a window through a transform', () => {
    const window: [number, number] = [Date.UTC(2024, 4, 1), Date.UTC(2024, 6, 1)];
    const [a, b] = windowOf(base, transformForWindow(base, window));
    expect(Math.abs(a - window[0])).toBeLessThan(1000);
    expect(Math.abs(b - window[1])).toBeLessThan(1000);
  });

  it('maps no window to the overview, and windows a day apart to the same view', () => {
    expect(transformForWindow(base, null)).toBe(zoomIdentity);
    expect(sameWindow([0, 10 * DAY], [DAY / 2, 10 * DAY])).toBe(true);
    expect(sameWindow([0, 10 * DAY], [3 * DAY, 10 * DAY])).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
  });
});

describe('fitDomain', () => {
  it('fits the events with a few pixels to spare: the axis starts and ends at the first and last event', () => {
    const start = Float64Array.from([Date.UTC(2017, 0, 1), Date.UTC(2024, 5, 10)]);
    const end = Float64Array.from([Date.UTC(2018, 0, 1), Date.UTC(2024, 5, 11)]);
    const [a, b] = fitDomain([0, 1], start, end, 1000)!;
    const x = scaleUtc().domain([a, b]).range([0, 1000]);
    expect(x(start[0]!)).toBeCloseTo(18, 0);
    expect(1000 - x(end[1]!)).toBeCloseTo(18, 0);
    expect(fitDomain([], start, end, 1000)).toBeNull();
  });

  it('centres a single day in a window of about a month', () => {
    const start = Float64Array.from([Date.UTC(2024, 5, 10)]);
    const end = Float64Array.from([Date.UTC(2024, 5, 11)]);
    const [a, b] = fitDomain([0], start, end, 1000)!;
    expect((a + b) / 2).toBeCloseTo(Date.UTC(2024, 5, 10, 12), -5);
    expect(b - a).toBeGreaterThan(30 * DAY);
  });
});

describe('densityBins and fitLabel', () => {
  it('counts starts per bin and ignores those outside', () => {
    expect([...densityBins([0, 1, 2], Float64Array.from([0, 5, 99]), [0, 10], 2)]).toEqual([1, 1]);
  });

  it('counts every dated event the same without their order, leaving out the undated', () => {
    const start = Float64Array.from([7, NaN, 1, 3, 9, NaN, 3]);
    expect([...densityBins(null, start, [0, 10], 5)]).toEqual([...densityBins([2, 3, 6, 0, 4], start, [0, 10], 5)]);
    expect([...densityBins(null, start, [0, 10], 5)]).toEqual([1, 2, 0, 1, 1]);
  });

  it.each([
    ['Short title', 60, 200, 'Short title'],
    ['A much longer title that will not fit', 220, 110, 'A much longer tit…'],
    ['Anything', 60, 30, null],
  ])('fits "%s" (%d px) into %d px', (title, width, room, expected) => expect(fitLabel(title, width, room)).toBe(expected));
});
