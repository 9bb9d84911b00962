// Whether a dataset's search text is there (lateSearchText.ts), rendering again once it comes.
import { useEffect, useState } from 'react';
import { searchTextArrival } from './lateSearchText.ts';
import type { SearchChunk } from './searchText.ts';

export function useSearchTextReady(chunks: readonly SearchChunk[]): boolean {
  const pending = searchTextArrival(chunks);
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
