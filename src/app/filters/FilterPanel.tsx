// The filters: actors, certainty and documents, each saying how many events it hides.
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { FilterResult, Filters } from './filterEvents.ts';
import type { UpdateView } from '../url/useViewState.ts';
import { ActorFilter } from '../actors/ActorFilter.tsx';
import { countActorEvents } from '../actors/countActorEvents.ts';
import { CertaintyFilter } from './CertaintyFilter.tsx';
import { DocumentFilter } from './DocumentFilter.tsx';
import { filterCounts } from './filterCounts.ts';

export interface FilterPanelProps {
  index: DatasetIndex;
  filters: Filters;
  result: FilterResult;
  update: UpdateView;
}

export function FilterPanel({ index, filters, result, update }: FilterPanelProps) {
  const actorCounts = useMemo(() => countActorEvents(index), [index]);
  const counts = useMemo(() => filterCounts(index), [index]);
  return (
    <div className="filter-panel">
      <h2 className="visually-hidden">Filters</h2>
      <ActorFilter index={index} counts={actorCounts} selected={filters.actors} hidden={result.hiddenBy.actors} onChange={(actors) => update({ actors })} />
      <CertaintyFilter counts={counts.certainty} selected={filters.certainty} hidden={result.hiddenBy.certainty} onChange={(certainty) => update({ certainty })} />
      <DocumentFilter documents={index.dataset.documents} counts={counts.docs} selected={filters.docs} hidden={result.hiddenBy.docs} onChange={(docs) => update({ docs })} />
    </div>
  );
}
