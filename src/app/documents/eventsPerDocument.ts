// How many events each document supports (an event counts once per document however many of its
// passages come from it). Computed once per dataset, in one pass over the events' documents: the
// filter panel shows these counts with the first picture, and listing every document's events
// (eventsByDocument) for them took two passes and a list of a million places.
import type { DatasetIndex } from '../data/buildIndex.ts';

const cache = new WeakMap<DatasetIndex, Map<string, number>>();

export function eventsPerDocument(index: DatasetIndex): Map<string, number> {
  let counts = cache.get(index);
  if (counts) return counts;
  const documents = index.dataset.documents;
  const { docStart, docRefs } = index;
  const per = new Int32Array(documents.length);
  // The last event each document was counted for: a document counts once per event.
  const last = new Int32Array(documents.length).fill(-1);
  const n = index.events.length;
  for (let i = 0; i < n; i++)
    for (let k = docStart[i]!; k < docStart[i + 1]!; k++) {
      const d = docRefs[k]!;
      if (d >= 0 && last[d] !== i) {
        last[d] = i;
        per[d]!++;
      }
    }
  counts = new Map();
  documents.forEach((d, k) => per[k]! > 0 && counts!.set(d.id, per[k]!));
  cache.set(index, counts);
  return counts;
}
