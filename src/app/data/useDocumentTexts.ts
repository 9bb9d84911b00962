// The texts of some documents, fetched through the query cache (each once per dataset), for the
// places that show a passage's words: details, search results, exports. A document whose text
// differs from the one the dataset was made from is reported in `mismatched`, one that could not be
// fetched or read in `failed`; neither is ever in `texts`.
import { useQueries } from '@tanstack/react-query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { DatasetIndex } from './buildIndex.ts';
import { DocumentError, documentQuery } from './documentQuery.ts';
import type { CheckedDocument } from './documentQuery.ts';

export interface LoadedTexts {
  texts: Map<string, string>;
  /** Document id → why its text cannot be trusted. */
  mismatched: Map<string, string>;
  /** Document id → why it could not be loaded (network, missing file, invalid JSON). */
  failed: Map<string, string>;
  /** Documents still arriving. */
  pending: number;
}

function combine(results: UseQueryResult<CheckedDocument>[]): LoadedTexts {
  const texts = new Map<string, string>();
  const mismatched = new Map<string, string>();
  const failed = new Map<string, string>();
  let pending = 0;
  for (const r of results) {
    if (r.data?.mismatch) mismatched.set(r.data.id, r.data.mismatch);
    else if (r.data) texts.set(r.data.id, r.data.text);
    else if (r.error instanceof DocumentError) failed.set(r.error.docId, r.error.message);
    else if (r.isPending && r.fetchStatus !== 'idle') pending++;
  }
  return { texts, mismatched, failed, pending };
}

export function useDocumentTexts(index: DatasetIndex, datasetHref: string, ids: readonly string[], enabled = true): LoadedTexts {
  const metas = ids.flatMap((id) => index.docById.get(id) ?? []);
  return useQueries({ queries: metas.map((meta) => ({ ...documentQuery(datasetHref, meta), enabled })), combine });
}

/** The distinct documents of some passages, in order of first appearance. */
export const docIdsOf = (evidence: readonly { docId: string }[]) => [...new Set(evidence.map((e) => e.docId))];
