// The search text of a read made on the page from its events: only when the reading worker failed
// to send it (readOffThread.ts), loaded then.
import { datasetOf } from '../data/datasetOf.ts';
import type { DatasetRead } from '../data/readDataset.ts';
import { searchTextBuilder } from './searchText.ts';
import type { SearchChunk } from './searchText.ts';

export function searchTextOf(read: DatasetRead): SearchChunk[] {
  const builder = searchTextBuilder();
  for (const event of datasetOf(read).events) builder.add(event);
  return builder.finish();
}
