// How many events each document supports (an event counts once per document however many of its
// passages come from it). Computed once per dataset.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventsByDocument } from '../data/eventRefs.ts';

const cache = new WeakMap<DatasetIndex, Map<string, number>>();

export function eventsPerDocument(index: DatasetIndex): Map<string, number> {
  let counts = cache.get(index);
  if (counts) return counts;
  const { start } = eventsByDocument(index);
  counts = new Map();
  index.dataset.documents.forEach((d, k) => start[k + 1]! > start[k]! && counts!.set(d.id, start[k + 1]! - start[k]!));
  cache.set(index, counts);
  return counts;
}
