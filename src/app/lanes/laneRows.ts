// The rows of the lanes view: one per chosen actor (members and claims included, as the actor
// filter counts them), or per document, or per source (its documents together). Each row holds the
// shown dated events that belong to it, in time order. Without chosen actors, the busiest ones.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneKind } from '../url/viewState.ts';
import { countActorEvents } from '../actors/countActorEvents.ts';
import { actorMask, citesAny, documentMask, involvesAny } from '../data/eventRefs.ts';

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
      const members = actorMask(index, index.members.get(id) ?? new Set([id]));
      groups.set(id, { name: index.actorById.get(id)!.name, test: (i) => involvesAny(index, i, members) });
    }
  } else {
    const keyOf = (docId: string) => (by === 'document' ? docId : (index.docById.get(docId)?.source ?? 'No source given'));
    for (const doc of index.dataset.documents) {
      const key = keyOf(doc.id);
      if (groups.has(key)) continue;
      const docs = documentMask(index, new Set(index.dataset.documents.filter((d) => keyOf(d.id) === key).map((d) => d.id)));
      groups.set(key, { name: by === 'document' ? doc.title || doc.id : key, test: (i) => citesAny(index, i, docs) });
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
