import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3';
import { timeTicks } from '../../../src/app/timeline/timeTicks.ts';

const scale = (from: string, to: string) =>
  scaleUtc()
    .domain([new Date(from), new Date(to)])
    .range([0, 960]);

describe('timeTicks', () => {
  it.each([
    ['decades over a century', '1900-01-01', '2000-01-01', ['1910', '1920']],
    ['years over a decade', '2015-01-01', '2025-01-01', ['2016', '2017']],
    ['months over a year', '2024-01-01', '2025-01-01', ['Feb', 'Mar']],
    ['days over a month', '2024-06-01', '2024-07-01', ['2 Jun', '4', '6']],
  ])('labels %s', (_, from, to, expected) => {
    const labels = timeTicks(scale(from, to), 960).map((t) => t.label);
    for (const label of expected) expect(labels).toContain(label);
  });

  it('marks year boundaries as major and names the month on the first day tick', () => {
    const ticks = timeTicks(scale('2024-06-02', '2024-06-20'), 960);
    expect(ticks[0]!.label).toMatch(/Jun/);
    expect(timeTicks(scale('2015-01-01', '2025-01-01'), 960).every((t) => t.major)).toBe(true);
  });

  it('keeps labels at least 96 px apart', () => {
    const x = scale('2024-01-01', '2024-03-01');
    const ticks = timeTicks(x, 960);
    for (let k = 1; k < ticks.length; k++) expect(x(ticks[k]!.ms) - x(ticks[k - 1]!.ms)).toBeGreaterThan(60);
  });
});
