// The top bar: product name, what the dataset holds, search, and the filters toggle.
import type { ReactNode } from 'react';
import type { DatasetIndex } from './data/buildIndex.ts';
import { CollectionsButton } from './collections/CollectionsButton.tsx';

export interface AppHeaderProps {
  index?: DatasetIndex;
  filtersOpen?: boolean;
  filterCount?: number;
  onToggleFilters?: () => void;
  children?: ReactNode;
}

export function AppHeader({ index, filtersOpen, filterCount = 0, onToggleFilters, children }: AppHeaderProps) {
  const docs = index?.dataset.documents.length ?? 0;
  return (
    <header className="app-header">
      <div className="brand">
        <h1 className="brand-name">Timeline Explorer</h1>
        {index && (
          <p className="brand-meta">
            {index.events.length.toLocaleString('en')} events from {docs.toLocaleString('en')} {docs === 1 ? 'document' : 'documents'}
          </p>
        )}
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
