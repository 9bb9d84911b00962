// The search's text of a dataset read in a worker comes a moment after the dataset itself
// (datasetWorker.ts packs it once the timeline's columns have gone): the first picture does not
// wait for a search that may never come. Until it is there, a search waits for it rather than
// find nothing (useSearchTextReady.ts). Without React: the loader, in the page's entry, marks it.
import type { SearchChunk } from './searchText.ts';

const waiting = new WeakMap<readonly SearchChunk[], Promise<void>>();

/**
 * Marks the (empty) list `into` as coming later, and gives the function that fills it: the list
 * itself is filled, so that every index that holds it sees the text.
 */
export function searchTextLater(into: SearchChunk[]): (chunks: readonly SearchChunk[]) => void {
  let arrived = () => undefined as void;
  waiting.set(into, new Promise<void>((resolve) => (arrived = resolve)));
  return (chunks) => {
    if (!waiting.has(into)) return;
    into.push(...chunks);
    waiting.delete(into);
    arrived();
  };
}

/** Settles once the search text `chunks` is there; null when it is there already. */
export function searchTextArrival(chunks: readonly SearchChunk[]): Promise<void> | null {
  return waiting.get(chunks) ?? null;
}
