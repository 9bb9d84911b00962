// Filter by date range: the events whose time overlaps the chosen days (both ends included). A
// month or a year overlaps a range that touches any of its days. Events without a date are hidden
// while a range is set: nothing says they fall within it.
import { useId } from 'react';
import { defineFilter } from './filterDef.ts';
import type { FilterPanelProps } from './filterDef.ts';
import { FilterGroup } from './FilterGroup.tsx';
import { DAY, dayMs } from '../time/dayMs.ts';

export interface DateRange {
  /** First day kept (ISO), or null for no lower bound. */
  since: string | null;
  /** Last day kept (ISO), or null for no upper bound. */
  until: string | null;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const day = (raw: string | null) => (raw && ISO.test(raw) && !Number.isNaN(dayMs(raw)) ? raw : null);

function DatePanel({ value, hidden, onChange }: FilterPanelProps<DateRange>) {
  const id = useId();
  return (
    <FilterGroup title="Dates" hidden={hidden}>
      <div className="date-range">
        <label htmlFor={`${id}-since`}>From</label>
        <input
          id={`${id}-since`}
          className="input"
          type="date"
          value={value.since ?? ''}
          max={value.until ?? undefined}
          onChange={(e) => onChange({ ...value, since: day(e.target.value) })}
        />
        <label htmlFor={`${id}-until`}>To</label>
        <input
          id={`${id}-until`}
          className="input"
          type="date"
          value={value.until ?? ''}
          min={value.since ?? undefined}
          onChange={(e) => onChange({ ...value, until: day(e.target.value) })}
        />
      </div>
    </FilterGroup>
  );
}

export const dateFilter = defineFilter<DateRange>({
  key: 'dates',
  empty: { since: null, until: null },
  params: ['since', 'until'],
  parse: (params) => ({ since: day(params.get('since')), until: day(params.get('until')) }),
  write(value, params) {
    if (value.since) params.set('since', value.since);
    if (value.until) params.set('until', value.until);
  },
  active: (value) => (value.since ? 1 : 0) + (value.until ? 1 : 0),
  test(index, { since, until }) {
    const lo = since ? dayMs(since) : -Infinity;
    const hi = until ? dayMs(until) + DAY : Infinity;
    // An undated event has NaN times: every comparison is false, so it is hidden.
    return (i) => index.end[i]! > lo && index.start[i]! < hi;
  },
  Panel: DatePanel,
});
