// Search over event titles and the text of their supporting passages (searchText.ts). Matching
// events are emphasized, not filtered: the rest of the story stays in view, dimmed.
import type { DatasetIndex } from '../data/buildIndex.ts';

export interface SearchResult {
  /** 1 for each matching event index. */
  matches: Uint8Array;
  count: number;
}

/** Every whitespace-separated term must occur; null when the query is blank. */
export function matchEvents(index: DatasetIndex, query: string): SearchResult | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  const matches = new Uint8Array(index.events.length);
  let count = 0;
  // The first term is looked for through the whole text at once (fast, native); only the events
  // where it occurs are checked for the others.
  const [lead, ...others] = terms.sort((a, b) => b.length - a.length) as [string, ...string[]];
  for (const { text, first, ends } of index.searchText) {
    let k = 0;
    for (let at = text.indexOf(lead); at >= 0 && k < ends.length;) {
      while (k < ends.length && ends[k]! <= at) k++;
      if (k === ends.length) break;
      const from = k === 0 ? 0 : ends[k - 1]! + 1;
      const own = text.slice(from, ends[k]);
      if (at + lead.length <= ends[k]! && others.every((t) => own.includes(t))) {
        matches[first + k] = 1;
        count++;
      }
      at = text.indexOf(lead, ends[k]! + 1);
      k++;
    }
  }
  return { matches, count };
}
