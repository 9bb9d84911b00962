// Every filter, in the order the panel shows them. Adding one: a file beside this one that exports
// a defineFilter(…) object, and a line here.
import type { Filter, FilterValues } from './filterDef.ts';
import { actorFilter } from './actorFilter.tsx';
import { dateFilter } from './dateFilter.tsx';
import { certaintyFilter } from './certaintyFilter.tsx';
import { documentFilter } from './documentFilter.tsx';

export const FILTERS: readonly Filter[] = [actorFilter, dateFilter, certaintyFilter, documentFilter];

export const EMPTY_FILTERS: FilterValues = Object.fromEntries(FILTERS.map((f) => [f.key, f.empty]));

/** The value of one filter, its empty value when the view has none. */
export function valueOf(values: FilterValues, filter: Filter): unknown {
  return values[filter.key] ?? filter.empty;
}

/** How many choices all filters make together (0 when none is on). */
export function activeCount(values: FilterValues): number {
  return FILTERS.reduce((n, f) => n + f.active(valueOf(values, f)), 0);
}
