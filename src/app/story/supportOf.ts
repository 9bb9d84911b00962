// How well supported each event is: its salience when the dataset gives one, else the number of
// distinct documents among its passages (duplicates counted once) plus the number of distinct
// sources. Computed once per dataset.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { reportsOf as countReports } from '../../model/reportsOf.ts';

const cache = new WeakMap<DatasetIndex, Float64Array>();

export function supportOf(index: DatasetIndex): Float64Array {
  let out = cache.get(index);
  if (out) return out;
  out = new Float64Array(index.events.length);
  index.events.forEach((event, i) => {
    if (event.salience !== undefined) out![i] = event.salience;
    else if (event.reports) out![i] = event.reports.documents + event.reports.sources;
    // One passage is one document from one source: the common case, without building sets.
    else if (event.evidence.length === 1) out![i] = 2;
    else {
      const r = reportsOf(index, i);
      out![i] = r.documents + r.sources;
    }
  });
  cache.set(index, out);
  return out;
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
  return event.reports ?? countReports(event.evidence, index.docById);
}
