// The dataset query: key and fetcher together. The file is downloaded (with its progress) and read
// as it arrives (parsed, validated once, its timeline columns computed) in a Web Worker
// (fetchDataset.ts), so that a broken record is left out (and counted) before any view sees it and
// a large dataset never freezes the page; the query then indexes what the worker gives.
import { queryOptions } from '@tanstack/react-query';
import { buildIndex } from './buildIndex.ts';
import { LoadError } from './LoadError.ts';
import { loadProgress } from './loadProgress.ts';
import { datasetOf } from './datasetOf.ts';
import { fetchDataset } from './fetchDataset.ts';
import { takeEarlyFetch } from './earlyFetch.ts';

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    // No abort signal: React Query cancels a query whose signal was read when its last observer
    // unmounts, which StrictMode does once on mount, and the refetch downloaded the dataset a
    // second time. One dataset per page is never worth cancelling.
    queryFn: async () => {
      try {
        // Started by the entry module (boot.ts) when the page opened on this dataset.
        const outcome = await (takeEarlyFetch(url) ?? fetchDataset(url));
        if (!outcome.ok) throw new LoadError(outcome.kind, url, outcome.message);
        const { problems, columns } = outcome.read;
        const index = buildIndex(datasetOf(outcome.read), problems, columns);
        performance.mark?.('dataset-indexed');
        return index;
      } finally {
        loadProgress.set(null);
      }
    },
    staleTime: Infinity,
    retry: false,
    // 100k events: comparing old and new data deeply would cost more than it saves.
    structuralSharing: false,
  });
}
