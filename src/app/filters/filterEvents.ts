// Which events the filters keep, and how many each filter hides on its own (shown beside it).
// Filters combine with AND; what a choice within one filter means is the filter's own business.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { Filter, FilterValues } from './filterDef.ts';
import { FILTERS, valueOf } from './registry.ts';

export interface FilterResult {
  /** 1 for each event index the filters keep. */
  visible: Uint8Array;
  shown: number;
  /** Filter key → how many events it hides on its own. */
  hiddenBy: Record<string, number>;
}

export function filterEvents(index: DatasetIndex, values: FilterValues, filters: readonly Filter[] = FILTERS): FilterResult {
  const on = filters.filter((f) => f.active(valueOf(values, f)) > 0);
  const tests = on.map((f) => f.test(index, valueOf(values, f)));
  const hidden = new Array<number>(on.length).fill(0);
  const n = index.events.length;
  const visible = new Uint8Array(n);
  let shown = 0;
  for (let i = 0; i < n; i++) {
    let keep = true;
    for (let f = 0; f < tests.length; f++) {
      if (tests[f]!(i)) continue;
      hidden[f]!++;
      keep = false;
    }
    if (keep) {
      visible[i] = 1;
      shown++;
    }
  }
  const hiddenBy: Record<string, number> = Object.fromEntries(filters.map((f) => [f.key, 0]));
  on.forEach((f, k) => (hiddenBy[f.key] = hidden[k]!));
  return { visible, shown, hiddenBy };
}
