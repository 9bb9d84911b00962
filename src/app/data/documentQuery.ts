// One document's text and mentions, fetched on demand when an event from it is opened.
import { queryOptions } from '@tanstack/react-query';
import type { DocumentMeta } from '../../model/dataset.ts';
import { DatasetError, validateDocumentText } from '../../model/validate.ts';
import { documentUrl } from './datasetUrl.ts';
import { fetchJson } from './fetchJson.ts';
import { LoadError } from './LoadError.ts';

export function documentQuery(datasetHref: string, meta: DocumentMeta) {
  const url = documentUrl(datasetHref, meta.id);
  return queryOptions({
    queryKey: ['document', datasetHref, meta.id],
    queryFn: async ({ signal }) => {
      const raw = await fetchJson(url, 'document file', signal);
      try {
        return validateDocumentText(raw, meta);
      } catch (error) {
        if (error instanceof DatasetError) throw new LoadError('invalid', url, error.message);
        throw error;
      }
    },
    staleTime: Infinity,
    retry: false,
  });
}
