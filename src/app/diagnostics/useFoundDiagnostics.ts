// Problems the app finds itself while it shows a dataset: a document whose text is not the one the
// events were extracted from (checkDocument.ts), or that could not be loaded. Every view loads
// documents through the query cache (documentQuery.ts), so the cache is where they are seen.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Diagnostic } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { CheckedDocument } from '../data/documentQuery.ts';

const NONE: Diagnostic[] = [];

export function useFoundDiagnostics(index: DatasetIndex | undefined, datasetHref: string | undefined): Diagnostic[] {
  const client = useQueryClient();
  const [found, setFound] = useState<{ key: string; list: Diagnostic[] }>({ key: '', list: NONE });
  useEffect(() => {
    if (!index || !datasetHref) return;
    const cache = client.getQueryCache();
    const look = () => {
      const list: Diagnostic[] = [];
      for (const query of cache.findAll({ queryKey: ['document', datasetHref] })) {
        const meta = index.docById.get(String(query.queryKey[2]));
        const { data, error } = query.state as { data?: CheckedDocument; error: Error | null };
        if (!meta) continue;
        if (data?.mismatch) list.push({ path: meta.path, severity: 'warning', message: data.mismatch });
        else if (error) list.push({ path: meta.path, severity: 'error', message: `could not be loaded: ${error.message}` });
      }
      const key = list.map((d) => `${d.path}\u0000${d.message}`).join('\u0001');
      setFound((old) => (old.key === key ? old : { key, list }));
    };
    look();
    // Only a query's end: other cache events come while components render.
    return cache.subscribe((event) => {
      if (event.type === 'removed' || (event.type === 'updated' && (event.action.type === 'success' || event.action.type === 'error')))
        look();
    });
  }, [client, index, datasetHref]);
  return index && datasetHref ? found.list : NONE;
}
