// The day a holiday falls on in a given year.
import type { Holiday } from './lexicon.ts';
import { dayNumber, easter, nthWeekday } from '../../model/calendar.ts';

export function holidayDay(h: Holiday, year: number): number {
  if ('easter' in h) return easter(year) + h.easter;
  if ('day' in h) return dayNumber(year, h.month, h.day);
  return nthWeekday(year, h.month, h.weekday, h.nth) + (h.offset ?? 0);
}
