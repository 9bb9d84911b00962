// The filters, as listed in the registry, each saying how many events it hides.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { FilterResult } from './filterEvents.ts';
import type { FilterValues } from './filterDef.ts';
import { FILTERS, valueOf } from './registry.ts';

export interface FilterPanelProps {
  index: DatasetIndex;
  filters: FilterValues;
  result: FilterResult;
  onChange: (filters: FilterValues) => void;
}

export function FilterPanel({ index, filters, result, onChange }: FilterPanelProps) {
  return (
    <div className="filter-panel">
      <h2 className="visually-hidden">Filters</h2>
      {FILTERS.map((f) => (
        <f.Panel
          key={f.key}
          index={index}
          value={valueOf(filters, f)}
          hidden={result.hiddenBy[f.key] ?? 0}
          onChange={(value) => onChange({ ...filters, [f.key]: value })}
        />
      ))}
    </div>
  );
}
