// The rows of the lanes view: one per chosen actor (members and claims included, as the actor
// filter counts them), or per document, or per source (its documents together). Each row holds the
// shown dated events that belong to it, in time order. Without chosen actors, the busiest ones.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneKind } from '../url/viewState.ts';
import { countActorEvents } from '../actors/countActorEvents.ts';

export interface LaneRow {
  key: string;
  name: string;
  items: Int32Array;
}

export const DEFAULT_ROWS = 8;
const MAX_ROWS = 40;

export function laneRows(index: DatasetIndex, order: Int32Array, by: LaneKind, actorIds: readonly string[]): LaneRow[] {
  const groups = new Map<string, { name: string; test: (i: number) => boolean }>();
  if (by === 'actor') {
    const counts = countActorEvents(index);
    const ids = actorIds.length
      ? actorIds.filter((id) => index.actorById.has(id))
      : [...index.actorById.keys()]
          .sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b))
          .slice(0, DEFAULT_ROWS);
    for (const id of ids) {
      const members = index.members.get(id) ?? new Set([id]);
      groups.set(id, {
        name: index.actorById.get(id)!.name,
        test: (i) => {
          const e = index.events[i]!;
          return e.actorIds.some((a) => members.has(a)) || (e.attribution.actorId !== null && members.has(e.attribution.actorId));
        },
      });
    }
  } else {
    const keyOf = (docId: string) => (by === 'document' ? docId : (index.docById.get(docId)?.source ?? 'No source given'));
    for (const doc of index.dataset.documents) {
      const key = keyOf(doc.id);
      if (!groups.has(key))
        groups.set(key, {
          name: by === 'document' ? doc.title || doc.id : key,
          test: (i) => index.events[i]!.evidence.some((e) => keyOf(e.docId) === key),
        });
    }
  }
  const rows: LaneRow[] = [];
  for (const [key, { name, test }] of groups) {
    const items: number[] = [];
    for (const i of order) if (test(i)) items.push(i);
    rows.push({ key, name, items: Int32Array.from(items) });
  }
  // Chosen actors keep the order they were chosen in; documents and sources, the busiest first.
  if (by !== 'actor') rows.sort((a, b) => b.items.length - a.items.length || a.name.localeCompare(b.name));
  return rows.slice(0, MAX_ROWS);
}
