// How many events each actor is involved in, counting its members' events too, so that the count
// next to "United States" is what selecting it shows.
import type { DatasetIndex } from '../data/buildIndex.ts';

export function countActorEvents(index: DatasetIndex): Map<string, number> {
  const counts = new Map<string, number>();
  const ancestors = new Map<string, string[]>();
  const chain = (id: string): string[] => {
    let list = ancestors.get(id);
    if (list) return list;
    list = [];
    const seen = new Set<string>();
    for (let at: string | null = id; at !== null && !seen.has(at); at = index.actorById.get(at)?.parentId ?? null) {
      seen.add(at);
      list.push(at);
    }
    ancestors.set(id, list);
    return list;
  };
  const involved = new Set<string>();
  for (const event of index.events) {
    involved.clear();
    for (const id of event.actorIds) for (const a of chain(id)) involved.add(a);
    // Whoever claims an event is part of it too (Axios, for what Axios reports).
    if (event.attribution.actorId) for (const a of chain(event.attribution.actorId)) involved.add(a);
    for (const a of involved) counts.set(a, (counts.get(a) ?? 0) + 1);
  }
  return counts;
}
