// A worker's result as it crosses to the main thread. Structured cloning copies every string and
// object one by one, and the main thread rebuilds each, alone, while the workers wait on nothing:
// so what crosses is kept small.
// - A time expression's and an actor mention's `text` is left out where it is the slice of the
//   document's text at its offsets (always, unless a stage has a bug): the main thread slices it back.
// - Equal times and attributions of a document's events are sent once: the document stages leave
//   them shared (core.ts), and a clone keeps one object that several places hold as one.
// - The fingerprint's minima are moved, not copied (transfer list).
// `unpack(pack(doc))` equals `doc`, field for field, so the output is the same for any number of workers.
import type { DocContext } from '../context.ts';

interface WithText {
  start: number;
  end: number;
  text?: string;
}

/** Leaves out each `text` that is the slice of `text` at the item's offsets. */
function withoutSlices<T extends WithText>(items: readonly T[], text: string): T[] {
  return items.map((item) => {
    if (item.text !== text.slice(item.start, item.end)) return item;
    const { text: _sliced, ...rest } = item;
    return rest as T;
  });
}

/** The items with their `text` back, in the place it had (after the offsets), so they serialize alike. */
function withSlices<T extends WithText>(items: readonly T[], text: string): T[] {
  return items.map((item) => {
    if (item.text !== undefined) return item;
    const { start, end, ...rest } = item;
    return { start, end, text: text.slice(start, end), ...rest } as T;
  });
}

/** The document as a worker sends it, and the buffers to move with it. */
export function pack(doc: DocContext): { doc: DocContext; transfer: ArrayBuffer[] } {
  const minima = doc.fingerprint?.minima;
  // A buffer shared with other arrays (a pool's) cannot be moved.
  const movable = minima && minima.byteOffset === 0 && minima.byteLength === minima.buffer.byteLength;
  return {
    doc: {
      ...doc,
      times: { ...doc.times, timexes: withoutSlices(doc.times.timexes, doc.text) },
      actorMentions: withoutSlices(doc.actorMentions, doc.text),
    },
    transfer: movable ? [minima.buffer as ArrayBuffer] : [],
  };
}

/** The document as the worker had it. */
export function unpack(doc: DocContext): DocContext {
  return {
    ...doc,
    times: { ...doc.times, timexes: withSlices(doc.times.timexes, doc.text) },
    actorMentions: withSlices(doc.actorMentions, doc.text),
  };
}
