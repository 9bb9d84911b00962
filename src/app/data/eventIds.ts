// Finding an event by its id (a link's `?event=`) without a map of a million strings: each id's
// 32-bit hash is kept in a typed array, with the events in order of their hashes (sorted where the
// dataset is read); a look-up finds the events with the same hash by binary search and compares
// the ids of those few.
import { packedOrder } from './packedOrder.ts';

/** FNV-1a over the UTF-16 code units. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < id.length; k++) {
    h ^= id.charCodeAt(k);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface EventLookup {
  get(id: string): number | undefined;
}

/** Event indices in order of their ids' hashes (then of index). */
export function hashOrder(hashes: Uint32Array): Int32Array {
  const n = hashes.length;
  // The hash is the key's high word, the index its low word (packedOrder.ts).
  const order = packedOrder(n, 32, (words) => {
      for (let i = 0; i < n; i++) {
        words[2 * i + 1] = hashes[i]!;
        words[2 * i] = i;
      }
      return true;
    });
  if (order) return order;
  const byComparator = new Int32Array(n);
  for (let i = 0; i < n; i++) byComparator[i] = i;
  return byComparator.sort((a, b) => hashes[a]! - hashes[b]! || a - b);
}

export function eventIds(hashes: Uint32Array, order: Int32Array, idOf: (i: number) => string): EventLookup {
  return {
    get(id) {
      const h = hashId(id);
      let lo = 0;
      let hi = order.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (hashes[order[mid]!]! < h) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < order.length && hashes[order[k]!] === h; k++) if (idOf(order[k]!) === id) return order[k];
      return undefined;
    },
  };
}
