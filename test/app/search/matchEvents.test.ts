import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { matchEvents } from '../../../src/app/search/matchEvents.ts';
import { searchTextBuilder } from '../../../src/app/search/searchText.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

describe('searching titles and the passages of the documents loaded', () => {
  const dataset = seedDataset();
  // Many events over many short strings: matches at the edges of a string are found too.
  const events = Array.from({ length: 7 }, (_, r) => dataset.events.map((e) => ({ ...e, id: `${e.id}-${r}` }))).flat();
  const index = buildIndex({ ...dataset, events }, []);
  const builder = searchTextBuilder(5);
  for (const e of events) builder.add(e);
  const small = { ...index, searchText: builder.finish() };
  const loaded = new Map([[SEED_DOC_ID, seedDocument().text]]);
  // What the search must find: every event whose title and passages hold every term, whatever the case.
  const reference = (query: string, texts: ReadonlyMap<string, string>) => {
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const haystack = (e: (typeof events)[number]) =>
      [e.title, ...e.evidence.map((ev) => texts.get(ev.docId)?.slice(ev.start, ev.end) ?? '')].join('\n').toLowerCase();
    return events.map((e) => (terms.every((t) => haystack(e).includes(t)) ? 1 : 0));
  };

  it.each(['geneva UN', 'the', 'Hamas said', 'HOSTAGE', 'a', '2024', 'no such words here', 'e', 'ceasefire talks'])(
    'finds exactly the events holding every term of "%s", with and without the document',
    (query) => {
      for (const texts of [new Map<string, string>(), loaded])
        for (const ix of [index, small]) {
          const result = matchEvents(ix, query, texts)!;
          expect([...result.matches]).toEqual(reference(query, texts));
          expect(result.count).toBe(reference(query, texts).reduce<number>((a, b) => a + b, 0));
        }
    },
  );

  it('finds words of a passage only once its document is loaded', () => {
    expect(matchEvents(index, 'closed-door senate')!.count).toBe(0);
    expect(matchEvents(index, 'closed-door senate', loaded)!.count).toBeGreaterThan(0);
  });

  it('never matches across two titles', () => {
    const across = `${events[0]!.title.slice(-3)}\u0000${events[1]!.title.slice(0, 3)}`.toLowerCase();
    expect(matchEvents(small, across)!.count).toBe(0);
  });
});
