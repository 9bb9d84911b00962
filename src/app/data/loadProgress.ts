// How far the dataset has loaded, for the loading screen: a tiny store the loader writes and
// React reads (useSyncExternalStore), so progress never re-renders anything but the indicator.
export interface LoadProgress {
  phase: 'download' | 'read';
  /** 0–1, or null when the total is unknown (no Content-Length). */
  fraction: number | null;
}

let current: LoadProgress | null = null;
const listeners = new Set<() => void>();

export const loadProgress = {
  get: () => current,
  set(next: LoadProgress | null) {
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
