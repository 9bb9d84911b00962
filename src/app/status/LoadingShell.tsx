// While the dataset loads, the layout is already in place: header, filters, timeline frame, and
// how far the download and the reading have gone (a large dataset takes seconds).
import { useSyncExternalStore } from 'react';
import { AppHeader } from '../AppHeader.tsx';
import { loadProgress } from '../data/loadProgress.ts';

const LAYING_OUT = 'Laying out the timeline';
const LOADING_REST = 'Loading the rest of the dataset';

/** `read`: the whole dataset is read and being laid out; `rest`: its first part is shown and the rest is on its way. */
export function LoadProgressBar({ read, rest = false }: { read: boolean; rest?: boolean }) {
  const progress = useSyncExternalStore(loadProgress.subscribe, loadProgress.get);
  if (!progress && rest)
    return (
      <div className="load-progress">
        <progress aria-label={LOADING_REST} />
        <span className="muted small">{LOADING_REST}</span>
      </div>
    );
  // Read whole: the explorer is being laid out (with a million events, a second or more).
  if (!progress && read)
    return (
      <div className="load-progress">
        <progress aria-label={LAYING_OUT} />
        <span className="muted small">{LAYING_OUT}</span>
      </div>
    );
  if (!progress) return null;
  const label = progress.phase === 'download' ? 'Downloading the dataset' : 'Reading the dataset';
  return (
    <div className="load-progress">
      {progress.fraction === null ? <progress aria-label={label} /> : <progress aria-label={label} max={1} value={progress.fraction} />}
      <span className="muted small">{`${label}${progress.fraction === null ? '' : ` (${Math.round(progress.fraction * 100)}%)`}`}</span>
    </div>
  );
}

/** The filters' place while they are not there yet. */
export function PanelSkeleton() {
  return (
    <>
      <div className="skeleton-block" />
      <div className="skeleton-line" />
      <div className="skeleton-line" />
      <div className="skeleton-line short" />
    </>
  );
}

/** `read`: the dataset has been read, and the explorer is being laid out. */
export function LoadingShell({ read = false }: { read?: boolean }) {
  return (
    <div className="app filters-open loading" aria-busy="true">
      <AppHeader />
      <div className="workspace">
        <aside className="sidebar" aria-label="Filters">
          <PanelSkeleton />
        </aside>
        <main className="main">
          <p className="filter-summary muted" role="status">
            Loading the dataset…
          </p>
          <LoadProgressBar read={read} />
          <div className="timeline skeleton-timeline" />
        </main>
      </div>
    </div>
  );
}
