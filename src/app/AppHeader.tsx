// The top bar: product name, what the dataset holds (and what went wrong reading its files), search,
// and the filters toggle.
import type { ReactNode } from 'react';
import type { DatasetIndex } from './data/buildIndex.ts';
import { CollectionsButton } from './collections/CollectionsButton.tsx';
import { Diagnostics } from './diagnostics/Diagnostics.tsx';
import type { UpdateView } from './url/useViewState.ts';
import type { ViewState } from './url/viewState.ts';

export interface AppHeaderProps {
  index?: DatasetIndex;
  /** The dataset's address: its documents are checked as they load. */
  datasetHref?: string;
  /** The view, where a document named by a diagnostic can be opened. */
  view?: ViewState;
  update?: UpdateView;
  filtersOpen?: boolean;
  filterCount?: number;
  onToggleFilters?: () => void;
  children?: ReactNode;
}

export function AppHeader({ index, datasetHref, view, update, filtersOpen, filterCount = 0, onToggleFilters, children }: AppHeaderProps) {
  const docs = index?.dataset.documents.length ?? 0;
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">Timeline Explorer</h1>
        {index && (
          <p className="brand-meta">
            {index.events.length.toLocaleString('en')} events{index.partial ? ' read so far' : ''} from {docs.toLocaleString('en')}{' '}
            {docs === 1 ? 'document' : 'documents'}
          </p>
        )}
        {index && <Diagnostics index={index} datasetHref={datasetHref} view={view} update={update} />}
      </div>
      {children}
      <CollectionsButton />
      {onToggleFilters && (
        <button
          type="button"
          className="button filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="filters"
          onClick={onToggleFilters}
        >
          Filters{filterCount > 0 ? ` (${filterCount})` : ''}
        </button>
      )}
    </header>
  );
}
