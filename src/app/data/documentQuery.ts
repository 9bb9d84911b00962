// One document's text and mentions, fetched on demand when an event from it is opened.
import { queryOptions } from '@tanstack/react-query';
import type { DocumentMeta, DocumentText } from '../../model/dataset.ts';
import { DatasetError, validateDocumentText } from '../../model/validate.ts';
import { documentUrl } from './datasetUrl.ts';
import { fetchJson } from './fetchJson.ts';
import { LoadError } from './LoadError.ts';
import { checkDocument } from './checkDocument.ts';

/** A document as the source panel gets it: `mismatch` says why its offsets cannot be trusted. */
export type CheckedDocument = DocumentText & { mismatch: string | null };

/** Why one document could not be loaded, and which one it was. */
export class DocumentError extends Error {
  readonly docId: string;

  constructor(docId: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = 'DocumentError';
    this.docId = docId;
  }
}

async function loadDocument(url: string, meta: DocumentMeta, signal: AbortSignal): Promise<CheckedDocument> {
  const raw = await fetchJson(url, 'document file', signal);
  let doc: DocumentText;
  try {
    doc = validateDocumentText(raw, meta);
  } catch (error) {
    if (error instanceof DatasetError) throw new LoadError('invalid', url, error.message);
    throw error;
  }
  const mismatch = await checkDocument(doc, meta);
  // Offsets into another text would mark the wrong words: the text is shown bare.
  return mismatch ? { ...doc, timexes: [], actorMentions: [], mismatch } : { ...doc, mismatch };
}

export function documentQuery(datasetHref: string, meta: DocumentMeta) {
  const url = documentUrl(datasetHref, meta.id);
  return queryOptions({
    queryKey: ['document', datasetHref, meta.id],
    queryFn: ({ signal }): Promise<CheckedDocument> =>
      loadDocument(url, meta, signal).catch((error: unknown) => {
        throw new DocumentError(meta.id, error);
      }),
    staleTime: Infinity,
    retry: false,
  });
}
