import { describe, expect, it } from 'vitest';
import { storyWindow } from '../../../src/app/story/storyWindow.ts';
import { keyEvents } from '../../../src/app/story/keyEvents.ts';
import { supportOf, reportsOf } from '../../../src/app/story/supportOf.ts';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { drawEnds } from '../../../src/app/timeline/drawEnds.ts';
import { storyDataset } from '../fixtures/story.ts';
import { seedDataset } from '../fixtures/seed.ts';

const DAY = 86_400_000;
const year = (y: number) => Date.UTC(y, 0, 1);

function windowOf(spans: [number, number][]) {
  const start = Float64Array.from(spans.map((s) => s[0]));
  const end = Float64Array.from(spans.map((s) => s[1]));
  const order = Int32Array.from(spans.keys()).sort((a, b) => start[a]! - start[b]!);
  return storyWindow(order, start, end);
}

describe('storyWindow', () => {
  it('leaves a far background year out of a story told over a few years', () => {
    // "68 % of ceasefires since 2000" beside events of 2017–2024.
    const w = windowOf([
      [year(2000), year(2001)],
      [year(2017), year(2018)],
      [year(2021), Date.UTC(2022, 11, 1)],
      [Date.UTC(2021, 11, 1), Date.UTC(2022, 11, 1)],
      [Date.UTC(2024, 4, 1), Date.UTC(2024, 5, 1)],
      [Date.UTC(2024, 5, 10), Date.UTC(2024, 5, 11)],
    ])!;
    expect(w[0]).toBeGreaterThan(year(2015));
    expect(w[0]).toBeLessThanOrEqual(year(2017));
    expect(w[1]).toBeGreaterThanOrEqual(Date.UTC(2024, 5, 11));
    expect(w[1]).toBeLessThan(year(2026));
  });

  it('shows three weeks of protest, not the centuries of background around them', () => {
    const spans: [number, number][] = [
      [year(700), year(701)],
      [year(1952), year(1953)],
      [year(2041), year(2042)],
    ];
    for (let d = 0; d < 21; d++) for (let k = 0; k < 5; k++) spans.push([Date.UTC(2011, 0, 25 + d), Date.UTC(2011, 0, 26 + d)]);
    const w = windowOf(spans)!;
    expect(w[0]).toBeGreaterThan(Date.UTC(2011, 0, 1));
    expect(w[1]).toBeLessThan(Date.UTC(2011, 2, 1));
    expect(w[1] - w[0]).toBeGreaterThanOrEqual(21 * DAY);
  });

  it('keeps every event of a story spread evenly (nothing to leave out)', () => {
    const spans: [number, number][] = Array.from({ length: 100 }, (_, k) => [year(1900) + k * 30 * DAY, year(1900) + (k * 30 + 1) * DAY]);
    expect(windowOf(spans)).toBeNull();
  });

  it('never gives a window shorter than two weeks', () => {
    const spans: [number, number][] = [
      [year(1990), year(1991)],
      ...Array.from({ length: 9 }, (): [number, number] => [Date.UTC(2011, 1, 11), Date.UTC(2011, 1, 12)]),
    ];
    const w = windowOf(spans)!;
    expect(w[1] - w[0]).toBeGreaterThanOrEqual(14 * DAY);
    expect(w[0]).toBeLessThan(Date.UTC(2011, 1, 11));
    expect(w[1]).toBeGreaterThan(Date.UTC(2011, 1, 12));
  });
});

describe('support and key events', () => {
  it('reads the reports of a merged event, and counts them from its passages when absent', () => {
    const dataset = storyDataset();
    const index = buildIndex(dataset, []);
    const walkout = index.eventIndex.get('e-walkout')!;
    expect(reportsOf(index, walkout)).toEqual({ documents: 4, sources: 3, first: '2025-03-03', last: '2025-03-21' });
    for (const e of dataset.events) delete e.reports;
    const bare = buildIndex(dataset, []);
    // The syndicated copy counts once: five passages, four documents, three outlets.
    expect(reportsOf(bare, walkout)).toEqual({ documents: 4, sources: 3, first: '2025-03-03', last: '2025-03-21' });
  });

  it('picks the best supported events, not those with the least support, and none where all are alike', () => {
    const index = buildIndex(storyDataset(), []);
    const order = index.dated;
    const keys = [...keyEvents(order, supportOf(index), 3)].map((i) => index.events[i]!.id);
    // Only two events are told by more than one document.
    expect(keys.sort()).toEqual(['e-talks', 'e-walkout']);
    const seed = buildIndex(seedDataset(), []);
    expect(keyEvents(seed.dated, supportOf(seed), 2)).toHaveLength(0);
  });

  it('gives the story fixture a window around March 2025, leaving out 1871, 1998 and 2031', () => {
    const index = buildIndex(storyDataset(), []);
    const w = storyWindow(index.dated, index.start, drawEnds(index))!;
    expect(w[0]).toBeGreaterThan(Date.UTC(2025, 1, 1));
    expect(w[1]).toBeLessThan(Date.UTC(2025, 4, 1));
  });
});
