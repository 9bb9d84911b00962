// The ids seen so far, for telling a repeated event id as a file is read: an open-addressing table
// of the ids' 32-bit hashes (eventIds.ts) pointing into a list of the ids, instead of a Set of a
// million strings, whose growth and upkeep took over a second of reading a million events.
import { hashId } from './eventIds.ts';

export function idTable() {
  let slots = new Int32Array(1 << 12).fill(-1);
  let hashes = new Uint32Array(slots.length);
  const ids: string[] = [];
  const place = (h: number, k: number) => {
    const mask = slots.length - 1;
    let at = h & mask;
    while (slots[at] !== -1) at = (at + 1) & mask;
    slots[at] = k;
    hashes[at] = h;
  };
  return {
    /** Whether the id is there. */
    has(id: string, h = hashId(id)): boolean {
      const mask = slots.length - 1;
      for (let at = h & mask; slots[at] !== -1; at = (at + 1) & mask) if (hashes[at] === h && ids[slots[at]!] === id) return true;
      return false;
    },
    /** Adds an id: false when it was there already. */
    add(id: string, h = hashId(id)): boolean {
      const mask = slots.length - 1;
      for (let at = h & mask; slots[at] !== -1; at = (at + 1) & mask) if (hashes[at] === h && ids[slots[at]!] === id) return false;
      if (2 * (ids.length + 1) > slots.length) {
        const old = { slots, hashes };
        slots = new Int32Array(2 * slots.length).fill(-1);
        hashes = new Uint32Array(slots.length);
        for (let at = 0; at < old.slots.length; at++) if (old.slots[at] !== -1) place(old.hashes[at]!, old.slots[at]!);
      }
      place(h, ids.length);
      ids.push(id);
      return true;
    },
  };
}
