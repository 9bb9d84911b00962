// Problems the app finds itself while it shows a dataset: a document whose text is not the one the
// events were extracted from (checkDocument.ts), or that could not be loaded. Every view loads
// documents through the query cache (documentQuery.ts), so the cache is where they are seen: each
// query is looked at as it ends (a search loads every document: one look each, not one per pair).
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { Query } from '@tanstack/react-query';
import type { Diagnostic } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { CheckedDocument } from '../data/documentQuery.ts';

const NONE: Diagnostic[] = [];

export function useFoundDiagnostics(index: DatasetIndex | undefined, datasetHref: string | undefined): Diagnostic[] {
  const client = useQueryClient();
  const [found, setFound] = useState(NONE);
  useEffect(() => {
    if (!index || !datasetHref) return;
    const cache = client.getQueryCache();
    const byDoc = new Map<string, Diagnostic>();
    /** Whether the query changes what is found. */
    const see = (query: Query, removed = false): boolean => {
      const [kind, href, id] = query.queryKey;
      const meta = kind === 'document' && href === datasetHref ? index.docById.get(String(id)) : undefined;
      if (!meta) return false;
      const { data, error } = query.state as { data?: CheckedDocument; error: Error | null };
      const now: Diagnostic | undefined = removed
        ? undefined
        : data?.mismatch
          ? { path: meta.path, severity: 'warning', message: data.mismatch }
          : error
            ? { path: meta.path, severity: 'error', message: `could not be loaded: ${error.message}` }
            : undefined;
      const before = byDoc.get(meta.id);
      if (before?.message === now?.message) return false;
      if (now) byDoc.set(meta.id, now);
      else byDoc.delete(meta.id);
      return true;
    };
    const show = () => setFound(byDoc.size > 0 ? [...byDoc.values()] : NONE);
    for (const query of cache.findAll({ queryKey: ['document', datasetHref] })) see(query);
    show();
    // Only a query's end or removal: other cache events come while components render.
    return cache.subscribe((event) => {
      const ended = event.type === 'updated' && (event.action.type === 'success' || event.action.type === 'error');
      if ((ended || event.type === 'removed') && see(event.query, event.type === 'removed')) show();
    });
  }, [client, index, datasetHref]);
  return index && datasetHref ? found : NONE;
}
