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
    // A large download arrives in thousands of pieces: a step under half a percent is not told
    // (each would render the indicator on the page's thread while it is needed elsewhere).
    if (next && current && next.phase === current.phase && next.fraction !== 1) {
      if (next.fraction === null && current.fraction === null) return;
      if (next.fraction !== null && current.fraction !== null && Math.abs(next.fraction - current.fraction) < 0.005) return;
    }
    current = next;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
};
