// Questions about an event's actors and documents answered from the typed columns (eventColumns.ts),
// so that a filter or a count over a million events never parses one of them.
import type { DatasetIndex } from './buildIndex.ts';

/** 1 for each actor index whose id is in `ids`. */
export function actorMask(index: DatasetIndex, ids: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(index.dataset.actors.length);
  index.dataset.actors.forEach((a, k) => (mask[k] = ids.has(a.id) ? 1 : 0));
  return mask;
}

/** 1 for each document index whose id is in `ids`. */
export function documentMask(index: DatasetIndex, ids: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(index.dataset.documents.length);
  index.dataset.documents.forEach((d, k) => (mask[k] = ids.has(d.id) ? 1 : 0));
  return mask;
}

/** Whether event i names an actor of the mask, or is claimed by one. */
export function involvesAny(index: DatasetIndex, i: number, mask: Uint8Array): boolean {
  const { actorStart, actorRefs, claimant } = index;
  for (let k = actorStart[i]!; k < actorStart[i + 1]!; k++) if (mask[actorRefs[k]!]) return true;
  return claimant[i]! >= 0 && mask[claimant[i]!] === 1;
}

/** Whether one of event i's passages is from a document of the mask. */
export function citesAny(index: DatasetIndex, i: number, mask: Uint8Array): boolean {
  const { docStart, docRefs } = index;
  for (let k = docStart[i]!; k < docStart[i + 1]!; k++) if (mask[docRefs[k]!]) return true;
  return false;
}

const byDocument = new WeakMap<DatasetIndex, { start: Int32Array; events: Int32Array }>();

/** The events with a passage from each document (each once, in index order): docs[k] → events[start[k] .. start[k + 1]). */
export function eventsByDocument(index: DatasetIndex): { start: Int32Array; events: Int32Array } {
  let found = byDocument.get(index);
  if (found) return found;
  const { docStart, docRefs } = index;
  const n = index.events.length;
  const start = new Int32Array(index.dataset.documents.length + 1);
  // An event counts once per document however many of its passages come from it.
  const each = (f: (doc: number, i: number) => void) => {
    for (let i = 0; i < n; i++)
      for (let k = docStart[i]!; k < docStart[i + 1]!; k++) {
        const d = docRefs[k]!;
        let repeat = false;
        for (let j = docStart[i]!; j < k && !repeat; j++) repeat = docRefs[j] === d;
        if (!repeat && d >= 0) f(d, i);
      }
  };
  each((d) => start[d + 1]!++);
  for (let d = 0; d < start.length - 1; d++) start[d + 1]! += start[d]!;
  const events = new Int32Array(start[start.length - 1]!);
  const at = start.slice(0, -1);
  each((d, i) => (events[at[d]!++] = i));
  found = { start, events };
  byDocument.set(index, found);
  return found;
}
