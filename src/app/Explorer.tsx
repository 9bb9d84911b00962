// The explorer once a dataset is loaded: filters, timeline, undated events and the details of the
// selected event, all driven by the view state in the URL.
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetIndex } from './data/buildIndex.ts';
import type { UpdateView } from './url/useViewState.ts';
import type { ViewState } from './url/viewState.ts';
import { filterEvents } from './filters/filterEvents.ts';
import { activeCount, EMPTY_FILTERS, valueOf } from './filters/registry.ts';
import { matchEvents } from './search/matchEvents.ts';
import { useSearchTexts } from './search/useSearchTexts.ts';
import { useSearchTextReady } from './search/useSearchTextReady.ts';
import { useTimelineLayout } from './timeline/useTimelineLayout.ts';
import { Timeline } from './timeline/Timeline.tsx';
import { FilterPanel } from './filters/FilterPanel.tsx';
import { FilterSummary } from './filters/FilterSummary.tsx';
import { UndatedList } from './undated/UndatedList.tsx';
import { EventDetails } from './details/EventDetails.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { LazyProblemsBanner as ProblemsBanner } from './status/LazyProblemsBanner.tsx';
import { AppHeader } from './AppHeader.tsx';
import { ViewSwitch } from './views/ViewSwitch.tsx';
import { KeyEventsControl } from './story/KeyEventsControl.tsx';
import { DEFAULT_KEYS, keyEvents } from './story/keyEvents.ts';
import { supportOf } from './story/supportOf.ts';
import { actorFilter } from './filters/actorFilter.tsx';
import type { ActorChoice } from './filters/actorFilter.tsx';
import { ExportMenu } from './export/ExportMenu.tsx';
import { LoadProgressBar, PanelSkeleton } from './status/LoadingShell.tsx';
import { useFirstFrameDone } from './status/useFirstFrameDone.ts';

// The other views load when first opened: the timeline's page starts with less JavaScript.
const LanesView = lazy(() => import('./lanes/LanesView.tsx').then((m) => ({ default: m.LanesView })));
const DocumentsView = lazy(() => import('./documents/DocumentsView.tsx').then((m) => ({ default: m.DocumentsView })));
const viewLoading = <p className="muted">Loading the view…</p>;

export interface ExplorerProps {
  index: DatasetIndex;
  datasetHref: string;
  view: ViewState;
  update: UpdateView;
}

export function Explorer({ index, datasetHref, view, update }: ExplorerProps) {
  const filters = view.filters;
  const result = useMemo(() => filterEvents(index, filters), [index, filters]);
  // Passages are searched in their documents' texts, fetched when a search starts; titles alone
  // until every document is in (each new set of texts means reading every passage again).
  const searchTexts = useSearchTexts(index, datasetHref, view.q.trim() !== '');
  const passageTexts = searchTexts.pending === 0 ? searchTexts.texts : undefined;
  // The titles' text may come a moment after the timeline (lateSearchText.ts): till then no search
  // is answered, rather than answered with nothing found.
  // The events read so far of a dataset still loading are not searched: the search waits for all of them.
  const searchReady = useSearchTextReady(index.searchText) && !index.partial;
  const search = useMemo(() => (searchReady ? matchEvents(index, view.q, passageTexts) : null), [index, view.q, passageTexts, searchReady]);
  // The count beside the search box is of the events the filters show, the ones one can see.
  const shownMatches = useMemo(
    () => (search ? result.visible.reduce((n, v, i) => n + (v & search.matches[i]!), 0) : null),
    [search, result],
  );
  const { order, drawEnd } = useTimelineLayout(index, result.visible);
  const keyCount = view.keys ?? DEFAULT_KEYS;
  const keys = useMemo(() => keyEvents(order, supportOf(index), keyCount), [order, index, keyCount]);
  // Search results among the events shown: dated ones in time order, then undated ones.
  const searchResults = useMemo(() => {
    if (!search) return [];
    const out: number[] = [];
    for (const i of order) if (search.matches[i]) out.push(i);
    for (const i of index.undated) if (search.matches[i] && result.visible[i]) out.push(i);
    return out;
  }, [search, order, index, result]);
  const selected = view.event ? (index.eventIndex.get(view.event) ?? -1) : -1;
  // An event linked to that is not among those read so far is waited for, not said to be missing.
  const awaited = index.partial && view.event !== null && selected < 0;
  // The filters and the undated events come a frame after the timeline's first picture.
  const panels = useFirstFrameDone();
  const [filtersOpen, setFiltersOpen] = useState(() => window.matchMedia?.('(min-width: 1100px)').matches ?? true);
  const returnFocus = useRef<HTMLElement | null>(null);

  const select = useCallback(
    (i: number) => {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      update({ event: index.events[i]!.id });
    },
    [index, update],
  );
  const close = useCallback(() => {
    update({ event: null });
    returnFocus.current?.focus();
  }, [update]);
  const onWindowChange = useCallback((window: [number, number] | null) => update({ window }, 'replace'), [update]);

  useEffect(() => {
    if (selected < 0 && !awaited) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !(e.target instanceof HTMLInputElement)) close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [selected, awaited, close]);

  const filterCount = activeCount(filters);
  return (
    <div className={`app${filtersOpen ? ' filters-open' : ''}${selected >= 0 || awaited ? ' has-details' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to the events
      </a>
      <AppHeader
        index={index}
        datasetHref={datasetHref}
        view={view}
        update={update}
        filtersOpen={filtersOpen}
        onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        filterCount={filterCount}
      >
        <SearchBox
          value={view.q}
          count={shownMatches}
          onChange={(q) => update({ q }, 'replace')}
          index={index}
          results={searchResults}
          texts={searchTexts}
          waiting={index.partial}
          selected={selected}
          onPick={select}
        />
        <ExportMenu index={index} visible={result.visible} datasetHref={datasetHref} window={view.window} />
      </AppHeader>
      <ProblemsBanner problems={index.problems} partial={index.partial} />
      <div className="workspace">
        <aside className="sidebar" id="filters" aria-label="Filters" hidden={!filtersOpen}>
          {index.partial && <p className="muted small">Counts of the events read so far: the dataset is still loading.</p>}
          {panels ? (
            <FilterPanel index={index} filters={filters} result={result} onChange={(next) => update({ filters: next })} />
          ) : (
            <PanelSkeleton />
          )}
        </aside>
        <main className="main" id="main" tabIndex={-1}>
          <FilterSummary
            shown={result.shown}
            total={index.events.length}
            active={filterCount > 0}
            onClear={() => update({ filters: EMPTY_FILTERS })}
            soFar={index.partial}
          />
          {/* The events read so far are drawn; the bar stays until the rest is in. */}
          {index.partial && <LoadProgressBar read={false} rest />}
          <div className="view-bar">
            <ViewSwitch mode={view.mode} onChange={(mode) => update({ mode })} />
            {view.mode === 'timeline' && (
              <KeyEventsControl
                value={keyCount}
                available={keys.length}
                onChange={(n) => update({ keys: n === DEFAULT_KEYS ? null : n }, 'replace')}
              />
            )}
          </div>
          {view.mode === 'timeline' && (
            <div className="main-grid">
              <Timeline
                index={index}
                order={order}
                drawEnd={drawEnd}
                matches={search ? search.matches : null}
                selected={selected}
                onSelect={select}
                window={view.window}
                onWindowChange={onWindowChange}
                keys={keys}
              />
              {panels ? (
                <UndatedList
                  index={index}
                  visible={result.visible}
                  matches={search ? search.matches : null}
                  selected={selected}
                  onSelect={select}
                />
              ) : (
                <section className="undated" aria-busy="true" />
              )}
            </div>
          )}
          {view.mode === 'lanes' && (
            <Suspense fallback={viewLoading}>
              <LanesView
                index={index}
                order={order}
                drawEnd={drawEnd}
                by={view.by}
                actorIds={(valueOf(filters, actorFilter) as ActorChoice).ids}
                selected={selected}
                window={view.window}
                onBy={(by) => update({ by })}
                onSelect={select}
                onWindowChange={onWindowChange}
              />
            </Suspense>
          )}
          {view.mode === 'documents' && (
            <Suspense fallback={viewLoading}>
              <DocumentsView
                index={index}
                datasetHref={datasetHref}
                visible={result.visible}
                open={view.read}
                selected={selected}
                onOpen={(read) => update({ read })}
                onSelect={select}
              />
            </Suspense>
          )}
        </main>
        {awaited && (
          <aside className="details-pane" aria-label="Event details" aria-busy="true">
            <div className="details-head">
              <p className="muted">Finding the event: the dataset is still loading…</p>
              <button type="button" className="icon-button close" aria-label="Close details" title="Close (Esc)" onClick={close}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
          </aside>
        )}
        {selected >= 0 && (
          <aside className="details-pane" aria-label="Event details">
            <EventDetails
              index={index}
              datasetHref={datasetHref}
              i={selected}
              visible={result.visible}
              onSelect={select}
              onClose={close}
              passage={view.passage ?? 0}
              onPassage={(passage) => update({ passage }, 'replace')}
            />
          </aside>
        )}
      </div>
      <p className="visually-hidden" aria-live="polite">
        {selected >= 0 ? `Opened: ${index.events[selected]!.title}` : ''}
      </p>
    </div>
  );
}
