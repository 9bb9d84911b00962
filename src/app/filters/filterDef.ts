// What a filter is: one plain object, listed once in registry.ts. The view state, the URL, the
// filtering and the filter panel all iterate over the registry, so a new filter is one new file
// and one line there .
import type { ComponentType } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';

export interface FilterPanelProps<V> {
  index: DatasetIndex;
  value: V;
  /** How many events this filter hides on its own. */
  hidden: number;
  onChange: (value: V) => void;
}

export interface FilterDef<V> {
  /** Key in the view state (and in the counts of what each filter hides). */
  key: string;
  /** The value that keeps every event. */
  empty: V;
  /** Reads the value from the URL's parameters; lenient: what it cannot read is ignored. */
  parse: (params: URLSearchParams) => V;
  /** Writes the value into the URL's parameters (nothing when it is empty). */
  write: (value: V, params: URLSearchParams) => void;
  /** The parameter names it owns, removed before writing. */
  params: readonly string[];
  /** How many choices are made: 0 means the filter is off and keeps every event. */
  active: (value: V) => number;
  /** A test of one event (by index), prepared once per value. */
  test: (index: DatasetIndex, value: V) => (i: number) => boolean;
  Panel: ComponentType<FilterPanelProps<V>>;
}

/** A filter with its value type erased, as the registry holds it. */
export type Filter = FilterDef<unknown>;
export type FilterValues = Readonly<Record<string, unknown>>;

export function defineFilter<V>(def: FilterDef<V>): Filter {
  return def as unknown as Filter;
}
