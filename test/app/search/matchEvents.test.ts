import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { matchEvents } from '../../../src/app/search/matchEvents.ts';
import { eventText, searchTextBuilder } from '../../../src/app/search/searchText.ts';
import { seedDataset } from '../fixtures/seed.ts';

describe('searching the text kept for search', () => {
  const dataset = seedDataset();
  // Many events over many short strings: matches at the edges of a string are found too.
  const events = Array.from({ length: 7 }, (_, r) => dataset.events.map((e) => ({ ...e, id: `${e.id}-${r}` }))).flat();
  const index = buildIndex({ ...dataset, events }, []);
  const builder = searchTextBuilder(5);
  for (const e of events) builder.add(e);
  const small = { ...index, searchText: builder.finish() };
  const reference = (query: string) => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    return events.map((e) => (terms.every((t) => eventText(e).includes(t)) ? 1 : 0));
  };

  it.each(['geneva UN', 'the', 'Hamas said', 'HOSTAGE', 'a', '2024', 'no such words here', 'e', 'ceasefire talks'])(
    'finds exactly the events holding every term of "%s"',
    (query) => {
      for (const ix of [index, small]) {
        const result = matchEvents(ix, query)!;
        expect([...result.matches]).toEqual(reference(query));
        expect(result.count).toBe(reference(query).reduce<number>((a, b) => a + b, 0));
      }
    },
  );

  it('never matches across two events', () => {
    const a = events[0]!;
    const b = events[1]!;
    const across = `${eventText(a).slice(-3)}\u0000${eventText(b).slice(0, 3)}`;
    expect(matchEvents(small, across)!.count).toBe(0);
  });
});
