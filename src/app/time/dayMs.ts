// Dates in the dataset are calendar days (ISO YYYY-MM-DD). The app works in UTC milliseconds so
// that no local time zone can move a day: a date-only ISO string is parsed as UTC by the spec.
import { isoDayNumber } from './isoDayNumber.ts';

export const DAY = 86_400_000;

/** Milliseconds since the epoch at 00:00 UTC of an ISO date (YYYY-MM-DD). */
export function dayMs(iso: string): number {
  // A plain calendar day (nearly every date) by its digits; anything else as the engine reads it.
  const day = isoDayNumber(iso);
  return day === day ? day * DAY : Date.parse(iso);
}

/** ISO date (YYYY-MM-DD) of a UTC instant, for URLs. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
