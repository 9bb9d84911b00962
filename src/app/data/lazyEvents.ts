// The events of a large dataset kept as the bytes they were read from: a million events as objects
// would take most of a gigabyte of the page's memory and seconds to hand over from the worker.
// Each event is parsed when a view asks for it (a few microseconds), and the last few thousand
// are kept, so that drawing a frame or opening the details parses nothing twice. Views that read
// every event at once use the typed columns (eventColumns.ts) instead.
//
// The result is an ordinary read-only array to its readers (index, length, map, forEach…), so the
// views read `index.events[i]` whatever way the dataset came in.
import type { TimelineEvent } from '../../model/dataset.ts';

/** Validated events, event i being the JSON at bytes [spans[2i], spans[2i + 1]). */
export interface EventBytes {
  bytes: Uint8Array;
  spans: Float64Array;
}

const KEEP = 20_000;

/**
 * `revive` turns the parsed JSON into the event the schema gives (fields left out at their default
 * filled in): the bytes are the file's, as written.
 */
export function lazyEvents({ bytes, spans }: EventBytes, revive: (raw: unknown) => TimelineEvent = (raw) => raw as TimelineEvent): readonly TimelineEvent[] {
  const length = spans.length / 2;
  const decoder = new TextDecoder();
  let cache = new Map<number, TimelineEvent>();
  let older = new Map<number, TimelineEvent>();
  const at = (i: number): TimelineEvent => {
    let event = cache.get(i) ?? older.get(i);
    if (event) return event;
    event = revive(JSON.parse(decoder.decode(bytes.subarray(spans[2 * i]!, spans[2 * i + 1]!))));
    // Two generations: the recent ones survive a turnover, the rest are forgotten at once.
    if (cache.size >= KEEP) {
      older = cache;
      cache = new Map();
    }
    cache.set(i, event);
    return event;
  };
  const indexOf = (key: string | symbol): number => {
    if (typeof key !== 'string') return -1;
    const c = key.charCodeAt(0);
    if (c < 48 || c > 57) return -1;
    const i = Number(key);
    return Number.isInteger(i) && i >= 0 && i < length && String(i) === key ? i : -1;
  };
  // The target gives the proxy the shape of an array (Array.isArray, its methods); its own
  // elements are never stored.
  const target: TimelineEvent[] = [];
  return new Proxy(target, {
    get(t, key, receiver) {
      if (key === 'length') return length;
      const i = indexOf(key);
      if (i >= 0) return at(i);
      return Reflect.get(t, key, receiver) as unknown;
    },
    has: (t, key) => indexOf(key) >= 0 || Reflect.has(t, key),
    set: () => false,
    deleteProperty: () => false,
    getOwnPropertyDescriptor(t, key) {
      const i = indexOf(key);
      if (i >= 0) return { value: at(i), writable: false, enumerable: true, configurable: true };
      if (key === 'length') return { value: length, writable: true, enumerable: false, configurable: false };
      return Reflect.getOwnPropertyDescriptor(t, key);
    },
    ownKeys: () => [...Array.from({ length }, (_, i) => String(i)), 'length'],
  });
}
