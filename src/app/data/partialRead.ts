// The events read so far of a large dataset, for a first picture while the rest is read: a tiny
// store the reader writes (fetchDataset.ts) and the app reads (useSyncExternalStore), emptied once
// the whole dataset is shown (App.tsx). Only the whole read is the dataset: what is drawn
// from this one says "so far", and waits for the rest before it answers a search or a link.
// The reading of the rest waits for that first picture (`drawn`), for a moment at most, so that
// the page's thread does not share the machine with both reading threads while it draws it.
import type { DatasetRead } from './readDataset.ts';

let current: { url: string; read: DatasetRead } | null = null;
const listeners = new Set<() => void>();
let pictured = false;
const onPicture: (() => void)[] = [];

/** The longest the reading of the rest waits for the first picture (a page that never draws one, say another view). */
export const PICTURE_WAIT_MS = 1_500;

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
  /** The timeline has drawn its first picture (of the events so far, or of the whole). */
  pictured() {
    pictured = true;
    for (const resolve of onPicture.splice(0)) resolve();
  },
  /** Settles once the first picture is drawn, or after `PICTURE_WAIT_MS` at most. */
  drawn(): Promise<void> {
    if (pictured) return Promise.resolve();
    return new Promise((resolve) => {
      onPicture.push(resolve);
      setTimeout(resolve, PICTURE_WAIT_MS);
    });
  },
};
