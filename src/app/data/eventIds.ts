// Finding an event by its id (a link's `?event=`) without a map of a million strings: each id's
// 32-bit hash is kept in a typed array, sorted once; a look-up finds the events with the same hash
// by binary search and compares the ids of those few.

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

export function eventIds(hashes: Uint32Array, idOf: (i: number) => string): EventLookup {
  let order: Int32Array | null = null;
  let sorted: Uint32Array | null = null;
  return {
    get(id) {
      if (!order || !sorted) {
        const o = new Int32Array(hashes.length);
        for (let i = 0; i < o.length; i++) o[i] = i;
        o.sort((a, b) => hashes[a]! - hashes[b]! || a - b);
        order = o;
        sorted = new Uint32Array(o.length);
        for (let k = 0; k < o.length; k++) sorted[k] = hashes[o[k]!]!;
      }
      const h = hashId(id);
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid]! < h) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < sorted.length && sorted[k] === h; k++) if (idOf(order[k]!) === id) return order[k];
      return undefined;
    },
  };
}
