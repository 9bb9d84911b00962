// How many events each document supports (an event counts once per document however many of its
// passages come from it). Computed once per dataset.
import type { DatasetIndex } from '../data/buildIndex.ts';

const cache = new WeakMap<DatasetIndex, Map<string, number>>();

export function eventsPerDocument(index: DatasetIndex): Map<string, number> {
  let counts = cache.get(index);
  if (counts) return counts;
  counts = new Map();
  for (const event of index.events) for (const id of new Set(event.evidence.map((e) => e.docId))) counts.set(id, (counts.get(id) ?? 0) + 1);
  cache.set(index, counts);
  return counts;
}
