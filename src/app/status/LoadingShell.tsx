// While the dataset loads, the layout is already in place: header, filters, timeline frame.
import { AppHeader } from '../AppHeader.tsx';

export function LoadingShell() {
  return (
    <div className="app filters-open loading" aria-busy="true">
      <AppHeader />
      <div className="workspace">
        <aside className="sidebar" aria-label="Filters">
          <div className="skeleton-block" />
          <div className="skeleton-line" />
          <div className="skeleton-line" />
          <div className="skeleton-line short" />
        </aside>
        <main className="main">
          <p className="filter-summary muted" role="status">
            Loading the dataset…
          </p>
          <div className="timeline skeleton-timeline" />
        </main>
      </div>
    </div>
  );
}
