// The events read so far of a large dataset, for a first picture while the rest is read: a tiny
// store the reader writes (fetchDataset.ts) and the app reads (useSyncExternalStore), emptied once
// the whole dataset is shown (App.tsx). Only the whole read is the dataset: what is drawn
// from this one says "so far", and waits for the rest before it answers a search or a link.
import type { DatasetRead } from './readDataset.ts';

let current: { url: string; read: DatasetRead } | null = null;
const listeners = new Set<() => void>();

export const partialRead = {
  /** The events read so far of the dataset at `url`, or null. */
  get: (url: string): DatasetRead | null => (current && current.url === url ? current.read : null),
  set(url: string, read: DatasetRead | null) {
    if (read === null && current?.url !== url) return;
    current = read && { url, read };
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
