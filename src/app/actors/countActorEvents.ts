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
  // The chains in one list (actor a's is chain[chainStart[a] .. chainStart[a + 1])), read in a
  // plain loop: a million events with a call per actor each took a tenth of a second before the
  // first picture.
  const chainStart = new Int32Array(actors.length + 1);
  chains.forEach((list, a) => (chainStart[a + 1] = chainStart[a]! + list.length));
  const chain = new Int32Array(chainStart[actors.length]!);
  chains.forEach((list, a) => chain.set(list, chainStart[a]!));
  const counts = new Int32Array(actors.length);
  // The last event each actor was counted for: an actor counts once per event.
  const last = new Int32Array(actors.length).fill(-1);
  const { actorStart, actorRefs, claimant } = index;
  for (let i = 0; i < index.certainty.length; i++) {
    // Whoever claims an event is part of it too (Axios, for what Axios reports): the claimant is
    // read as one more actor after the event's own.
    const to = actorStart[i + 1]!;
    for (let k = actorStart[i]!; k <= to; k++) {
      const a = k < to ? actorRefs[k]! : claimant[i]!;
      if (a < 0) continue;
      for (let c = chainStart[a]!; c < chainStart[a + 1]!; c++) {
        const up = chain[c]!;
        if (last[up] !== i) {
          last[up] = i;
          counts[up]!++;
        }
      }
    }
  }
  const out = new Map<string, number>();
  actors.forEach((a, k) => counts[k] && out.set(a.id, counts[k]));
  return out;
}
