// How many events each actor is involved in, counting its members' events too, so that the count
// next to "United States" is what selecting it shows.
import type { DatasetIndex } from '../data/buildIndex.ts';

export function countActorEvents(index: DatasetIndex): Map<string, number> {
  const actors = index.dataset.actors;
  const actorIndex = new Map(actors.map((a, k) => [a.id, k]));
  // Each actor and those above it, as actor indices.
  const chains = actors.map((a) => {
    const list: number[] = [];
    const seen = new Set<string>();
    for (let at: string | null = a.id; at !== null && !seen.has(at); at = index.actorById.get(at)?.parentId ?? null) {
      seen.add(at);
      const k = actorIndex.get(at);
      if (k !== undefined) list.push(k);
    }
    return list;
  });
  const counts = new Int32Array(actors.length);
  // The last event each actor was counted for: an actor counts once per event.
  const last = new Int32Array(actors.length).fill(-1);
  const { actorStart, actorRefs, claimant } = index;
  const add = (i: number, a: number) => {
    if (a < 0) return;
    for (const k of chains[a]!)
      if (last[k] !== i) {
        last[k] = i;
        counts[k]!++;
      }
  };
  for (let i = 0; i < index.certainty.length; i++) {
    for (let k = actorStart[i]!; k < actorStart[i + 1]!; k++) add(i, actorRefs[k]!);
    // Whoever claims an event is part of it too (Axios, for what Axios reports).
    add(i, claimant[i]!);
  }
  const out = new Map<string, number>();
  actors.forEach((a, k) => counts[k] && out.set(a.id, counts[k]));
  return out;
}
