// How many independent reports tell of an event, counted from its passages: distinct documents (a
// copy counted as its original), distinct sources among them (a document without a source is its
// own), and the first and last publication dates. The extractor counts them as it merges (it knows
// each document's original); the file keeps `reports` only when they say more than this (passages
// left out of a large event), and readers count them here otherwise.
import type { DocumentMeta, Evidence, Reports } from './dataset.ts';

/** What counting reports needs of a document. */
export interface ReportingDocument {
  date: string | null;
  source: string | null;
  /** The original this document copies, else its own id. */
  original: string;
}

export function reportsOf(evidence: readonly Evidence[], doc: (id: string) => ReportingDocument): Reports {
  if (evidence.length === 1) {
    // Most events have one passage: one document, one source.
    const date = doc(evidence[0]!.docId).date;
    return { documents: 1, sources: 1, first: date, last: date };
  }
  const originals = [...new Set(evidence.map((e) => doc(e.docId).original))];
  const dates = [...new Set(evidence.map((e) => doc(e.docId).date).filter((d): d is string => d !== null))].sort();
  return {
    documents: originals.length,
    sources: new Set(originals.map((id) => doc(id).source ?? `\u0000${id}`)).size,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/** A dataset's documents as `reportsOf` reads them; an id not among them is a document of its own. */
export const reportingDocuments =
  (metaOf: (id: string) => DocumentMeta | undefined) =>
  (id: string): ReportingDocument => {
    const meta = metaOf(id);
    return { date: meta?.date ?? null, source: meta?.source ?? null, original: meta?.duplicateOf ?? id };
  };

export const sameReports = (a: Reports, b: Reports) =>
  a.documents === b.documents && a.sources === b.sources && a.first === b.first && a.last === b.last;
