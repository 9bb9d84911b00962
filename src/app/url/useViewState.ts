// The view state lives in the URL: choices that a reader would want to step back from (selecting an
// event, changing a filter) push a history entry; the time window and typing replace the entry.
// Back and forward re-read the URL; filters the same as before stay the same object, so the events
// they keep are not laid out again (the timeline then only moves to the URL's window).
import { useCallback, useEffect, useRef, useState } from 'react';
import { parseView, sameFilters, serializeView } from './viewState.ts';
import type { ViewState } from './viewState.ts';

export type HistoryMode = 'push' | 'replace';
export type UpdateView = (patch: Partial<ViewState>, mode?: HistoryMode) => void;

export function useViewState(): [ViewState, UpdateView] {
  const [view, setView] = useState(() => parseView(window.location.search));
  const current = useRef(view);

  useEffect(() => {
    const onPop = () => {
      const next = parseView(window.location.search);
      const { filters } = current.current;
      current.current = sameFilters(next.filters, filters) ? { ...next, filters } : next;
      setView(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback<UpdateView>((patch, mode = 'push') => {
    const next = { ...current.current, ...patch };
    // Another event opens at its first passage unless the patch names one.
    if (patch.event !== undefined && patch.passage === undefined) next.passage = undefined;
    const search = serializeView(next, window.location.search);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    current.current = next;
    setView(next);
  }, []);

  return [view, update];
}
