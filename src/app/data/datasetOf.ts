// The dataset of a read (readDataset.ts), on the page: in a module of its own, so that the page's
// code does not hold the reader's, which runs in the reading workers.
import type { Dataset } from '../../model/dataset.ts';
import { lazyEvents } from './lazyEvents.ts';
import type { DatasetRead } from './readDataset.ts';
import { reviveEvent } from './reviveEvent.ts';

/** The dataset of a read, its events parsed from the bytes when asked for. */
export function datasetOf(read: DatasetRead): Dataset {
  // The columns' fields were checked as the file was read; the rest of an event is checked here,
  // when a view shows it, and the fields the file leaves at their default are filled in.
  const { schemaVersion: version, shared } = read.head;
  return {
    ...read.head,
    events: lazyEvents(read.events, read.events.checked ? undefined : (raw) => reviveEvent(raw, version, shared)) as Dataset['events'],
  };
}
