// The dataset query: key and fetcher together. The file is downloaded here (with its progress),
// then read (parsed, validated once, its timeline columns computed) in a Web Worker, so that a
// broken record is left out (and counted) before any view sees it and a large dataset never
// freezes the page.
import { queryOptions } from '@tanstack/react-query';
import { buildIndex } from './buildIndex.ts';
import { fetchChecked } from './fetchJson.ts';
import { LoadError } from './LoadError.ts';
import { loadProgress } from './loadProgress.ts';
import { readOffThread } from './readOffThread.ts';
import { datasetOf } from './readDataset.ts';
import { isCollectionUrl } from '../collections/collectionUrl.ts';
import { readCollectionJson } from '../collections/readCollectionJson.ts';

/**
 * The body of a response as the pieces it arrived in, with the fraction downloaded reported as
 * they come. The pieces are joined in the worker: copying half a gigabyte here would hold the page.
 */
async function download(response: Response, progress: (fraction: number | null) => void): Promise<Uint8Array[]> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body) return [new Uint8Array(await response.arrayBuffer())];
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    received += value.length;
    progress(total ? Math.min(1, received / total) : null);
  }
  return chunks;
}

export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: ['dataset', url],
    // No abort signal: React Query cancels a query whose signal was read when its last observer
    // unmounts, which StrictMode does once on mount, and the refetch downloaded the dataset a
    // second time. One dataset per page is never worth cancelling.
    queryFn: async () => {
      try {
        // A collection kept in this browser is read from its storage, never from the network.
        const bytes = isCollectionUrl(url)
          ? [new TextEncoder().encode(JSON.stringify(await readCollectionJson(url)))]
          : await download(await fetchChecked(url, 'dataset'), (fraction) => loadProgress.set({ phase: 'download', fraction }));
        loadProgress.set({ phase: 'read', fraction: 0 });
        const outcome = await readOffThread(bytes, url, (fraction) => loadProgress.set({ phase: 'read', fraction }));
        if (!outcome.ok) throw new LoadError(outcome.kind, url, outcome.message);
        const { problems, columns } = outcome.read;
        return buildIndex(datasetOf(outcome.read), problems, columns);
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
