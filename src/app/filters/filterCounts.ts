// Counts shown beside the certainty and document choices, computed once per dataset.
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Certainty } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';

export interface FilterCounts {
  certainty: Record<Certainty, number>;
  docs: Map<string, number>;
}

export function filterCounts(index: DatasetIndex): FilterCounts {
  const certainty = Object.fromEntries(CERTAINTIES.map((c) => [c, 0])) as Record<Certainty, number>;
  const docs = new Map<string, number>();
  for (const event of index.events) {
    certainty[event.attribution.certainty]++;
    for (const id of new Set(event.evidence.map((e) => e.docId))) docs.set(id, (docs.get(id) ?? 0) + 1);
  }
  return { certainty, docs };
}
