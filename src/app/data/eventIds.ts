// Finding an event by its id (a link's `?event=`) without a map of a million strings: each id's
// 32-bit hash is kept in a typed array, with the events in order of their hashes (sorted where the
// dataset is read); a look-up finds the events with the same hash by binary search and compares
// the ids of those few.

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
  const order = new Int32Array(n);
  // Up to 2^21 events, hash and index make one exact number (32 + 21 bits) that the engine's own
  // numeric sort orders many times faster than a comparator function.
  if (n <= 1 << 21) {
    const keys = new Float64Array(n);
    for (let i = 0; i < n; i++) keys[i] = hashes[i]! * 2097152 + i;
    keys.sort();
    for (let k = 0; k < n; k++) order[k] = keys[k]! % 2097152;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  return order.sort((a, b) => hashes[a]! - hashes[b]! || a - b);
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
