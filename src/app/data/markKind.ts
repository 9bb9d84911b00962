// How an event's time is drawn. A day is a point; a week, month, year… is a band over the whole
// period (never a fake day); a period with a start and an end is a bar.
import type { EventTime } from '../../model/dataset.ts';

export const POINT = 0;
export const BAND = 1;
export const BAR = 2;
export type MarkKind = typeof POINT | typeof BAND | typeof BAR;

export function markKind(time: EventTime): MarkKind {
  if (time.interval) return BAR;
  return time.granularity === 'day' || time.granularity === 'time' ? POINT : BAND;
}
