// The search's text of a dataset read in a worker comes a moment after the dataset itself
// (datasetWorker.ts packs it once the timeline's columns have gone): the first picture does not
// wait for a search that may never come. Until it is there, a search waits for it rather than
// find nothing.
import { useEffect, useState } from 'react';
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

/** Whether the search text is there, rendering again once it comes. */
export function useSearchTextReady(chunks: readonly SearchChunk[]): boolean {
  const pending = waiting.get(chunks) ?? null;
  const [, setArrived] = useState<readonly SearchChunk[] | null>(null);
  useEffect(() => {
    if (!pending) return;
    let live = true;
    void pending.then(() => live && setArrived(chunks));
    return () => {
      live = false;
    };
  }, [pending, chunks]);
  return pending === null;
}
