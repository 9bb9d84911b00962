import type { TimeBound } from '../../src/model/dataset.ts';

/** A time bound read from the text itself (anchor explicit, not approximate) unless `more` says otherwise. */
export const timeBound = (
  value: string,
  start: string,
  end: string,
  granularity: TimeBound['granularity'],
  more: Partial<TimeBound> = {},
): TimeBound => ({
  value,
  start,
  end,
  granularity,
  anchor: 'explicit',
  approximate: false,
  ...more,
});
