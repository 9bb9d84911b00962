// Search over event titles and the text of their supporting passages. Matching events are
// emphasized, not filtered: the rest of the story stays in view, dimmed.
import type { DatasetIndex } from '../data/buildIndex.ts';

const haystacks = new WeakMap<DatasetIndex, string[]>();

function haystackOf(index: DatasetIndex): string[] {
  let list = haystacks.get(index);
  if (!list) {
    list = index.events.map((e) => [e.title, ...e.evidence.map((ev) => ev.quote)].join('\n').toLowerCase());
    haystacks.set(index, list);
  }
  return list;
}

export interface SearchResult {
  /** 1 for each matching event index. */
  matches: Uint8Array;
  count: number;
}

/** Every whitespace-separated term must occur; null when the query is blank. */
export function matchEvents(index: DatasetIndex, query: string): SearchResult | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  const list = haystackOf(index);
  const matches = new Uint8Array(list.length);
  let count = 0;
  list.forEach((text, i) => {
    if (terms.every((t) => text.includes(t))) {
      matches[i] = 1;
      count++;
    }
  });
  return { matches, count };
}
