// The dataset query: key and fetcher together. Validation happens here, once per load, so that a
// broken record is left out (and counted) before any view sees it.
import { queryOptions } from '@tanstack/react-query';
import { DatasetError, validateDataset } from '../../model/validate.ts';
import { buildIndex } from './buildIndex.ts';
import { fetchJson } from './fetchJson.ts';
import { LoadError } from './LoadError.ts';

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    // No abort signal: React Query cancels a query whose signal was read when its last observer
    // unmounts, which StrictMode does once on mount, and the refetch downloaded the dataset a
    // second time. One dataset per page is never worth cancelling.
    queryFn: async () => {
      const raw = await fetchJson(url, 'dataset');
      try {
        const { dataset, problems } = validateDataset(raw);
        return buildIndex(dataset, problems);
      } catch (error) {
        if (error instanceof DatasetError) throw new LoadError('schema', url, error.message);
        throw new LoadError('invalid', url, `The dataset at ${url} could not be read: ${(error as Error).message}`);
      }
    },
    staleTime: Infinity,
    retry: false,
    // 100k events: comparing old and new data deeply would cost more than it saves.
    structuralSharing: false,
  });
}
