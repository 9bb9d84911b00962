// How many independent reports tell of an event, counted from its passages: distinct documents (a
// copy counted as its original), distinct sources among them (a document without a source is its
// own), and the first and last publication dates. The extractor writes `reports` only when they
// say more than this (passages left out of a large event); readers count them here otherwise.
import type { DocumentMeta, Evidence, Reports } from './dataset.ts';

export function reportsOf(evidence: readonly Evidence[], docById: ReadonlyMap<string, DocumentMeta>): Reports {
  const originals = new Set(evidence.map((e) => docById.get(e.docId)?.duplicateOf ?? e.docId));
  const sources = new Set([...originals].map((id) => docById.get(id)?.source ?? `\u0000${id}`));
  const dates = [...new Set(evidence.map((e) => docById.get(e.docId)?.date ?? null).filter((d): d is string => d !== null))].sort();
  return { documents: originals.size, sources: sources.size, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}

export const sameReports = (a: Reports, b: Reports) =>
  a.documents === b.documents && a.sources === b.sources && a.first === b.first && a.last === b.last;
