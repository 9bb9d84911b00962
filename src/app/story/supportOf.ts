// How well supported each event is: its salience when the dataset gives one, else the number of
// distinct documents among its passages (duplicates counted once) plus the number of distinct
// sources. Computed once per dataset, where it is read (data/eventColumns.ts).
import type { DatasetIndex } from '../data/buildIndex.ts';
import { reportingDocuments, reportsOf as countReports } from '../../model/reportsOf.ts';

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
  return (
    event.reports ??
    countReports(
      event.evidence,
      reportingDocuments((id) => index.docById.get(id)),
    )
  );
}
