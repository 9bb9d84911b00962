// How well supported each event is: its salience when the dataset gives one, else the number of
// distinct documents among its passages (duplicates counted once) plus the number of distinct
// sources. Computed once per dataset, where it is read (data/eventColumns.ts).
import type { DatasetIndex } from '../data/buildIndex.ts';

export function supportOf(index: DatasetIndex): Float64Array {
  return index.support;
}

export interface ReportCounts {
  documents: number;
  sources: number;
  first: string | null;
  last: string | null;
}

/** The event's reports as the dataset gives them, else counted from its passages. */
export function reportsOf(index: DatasetIndex, i: number): ReportCounts {
  const event = index.events[i]!;
  if (event.reports) return event.reports;
  const docs = new Set<string>();
  for (const e of event.evidence) docs.add(index.docById.get(e.docId)?.duplicateOf ?? e.docId);
  const sources = new Set([...docs].map((d) => index.docById.get(d)?.source ?? d));
  const dates = [...docs]
    .map((d) => index.docById.get(d)?.date ?? null)
    .filter((d): d is string => d !== null)
    .sort();
  return { documents: docs.size, sources: sources.size, first: dates[0] ?? null, last: dates.at(-1) ?? null };
}
