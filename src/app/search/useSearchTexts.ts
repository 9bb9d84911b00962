// The document texts a search reads passages in. The dataset keeps a passage as offsets only, so
// searching passages means fetching the documents: all of them, once, when a search starts (a
// collection of news articles is a few megabytes). Beyond TEXT_LIMIT the search keeps to titles,
// and says so.
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { useDocumentTexts } from '../data/useDocumentTexts.ts';
import type { LoadedTexts } from '../data/useDocumentTexts.ts';

/** Characters of document text fetched at most for a search. */
export const TEXT_LIMIT = 32_000_000;

export interface SearchTexts extends LoadedTexts {
  /** False when the documents are too large to fetch for a search: titles only. */
  complete: boolean;
}

function allDocuments(index: DatasetIndex): string[] | null {
  let total = 0;
  for (const d of index.dataset.documents) total += d.length;
  return total <= TEXT_LIMIT ? index.dataset.documents.map((d) => d.id) : null;
}

export function useSearchTexts(index: DatasetIndex, datasetHref: string, active: boolean): SearchTexts {
  const all = useMemo(() => allDocuments(index), [index]);
  const loaded = useDocumentTexts(index, datasetHref, active && all ? all : []);
  return { ...loaded, complete: all !== null };
}
