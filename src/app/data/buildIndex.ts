// Everything the views need from a validated dataset, computed once per load: numeric times and
// other per-event numbers in typed arrays (a million events must stay cheap to draw and filter),
// time order, and lookups by id. The typed arrays (eventColumns.ts) are made where the dataset is
// read, in a worker, and handed over without a copy; the lookups are made here.
import type { Actor, Dataset, DocumentMeta, TimelineEvent } from '../../model/dataset.ts';
import type { Problem } from '../../model/validate.ts';
import { actorMembers } from '../actors/actorMembers.ts';
import { buildColumns } from './eventColumns.ts';
import type { DatasetColumns } from './eventColumns.ts';
import { eventIds } from './eventIds.ts';
import type { EventLookup } from './eventIds.ts';

export type { DatasetColumns } from './eventColumns.ts';

export interface DatasetIndex extends DatasetColumns {
  dataset: Dataset;
  problems: Problem[];
  /** Read on demand from a large file (lazyEvents.ts): loop over the columns, not over these. */
  events: readonly TimelineEvent[];
  eventIndex: EventLookup;
  actorById: Map<string, Actor>;
  /** Actor id → itself and every actor below it (a country includes its members). */
  members: Map<string, Set<string>>;
  docById: Map<string, DocumentMeta>;
  /** The events read so far of a dataset still loading (data/partialRead.ts): counts say "so far", search and links wait. */
  partial: boolean;
}

export function buildIndex(
  dataset: Dataset,
  problems: Problem[],
  columns: DatasetColumns = buildColumns(dataset.events, dataset.actors, dataset.documents),
  partial = false,
): DatasetIndex {
  const { events } = dataset;
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  return {
    dataset,
    problems,
    events,
    eventIndex: eventIds(columns.idHash, columns.idOrder, (i) => events[i]!.id),
    ...columns,
    actorById,
    members: actorMembers(dataset.actors),
    docById: new Map(dataset.documents.map((d) => [d.id, d])),
    partial,
  };
}
