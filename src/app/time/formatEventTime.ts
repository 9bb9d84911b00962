// Human wording of an event's time that never claims more precision than the text gives.
import type { EventTime, Granularity, TimeBound } from '../../model/dataset.ts';
import { dayMs, DAY } from './dayMs.ts';
import { ordinal } from './ordinal.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(iso: string): { y: number; m: number; d: number } {
  const date = new Date(dayMs(iso));
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

/** "10 June 2024", "June 2024", "2024", "2020s"… at the bound's own granularity. */
export function formatBound(bound: Pick<TimeBound, 'start' | 'end' | 'granularity' | 'approximate'>): string {
  const { y, m, d } = parts(bound.start);
  const text = byGranularity(bound.granularity, y, m, d, bound);
  return bound.approximate ? `c. ${text}` : text;
}

function byGranularity(g: Granularity, y: number, m: number, d: number, bound: Pick<TimeBound, 'start' | 'end'>): string {
  switch (g) {
    // TIMEX3 writes the 1900s as "19" and the 1990s as "199"; the bound starts in 1900 or 1990.
    // Read as people say them, 1900–1999 is the 20th century.
    case 'century':
      return `${ordinal(Math.floor(y / 100) + 1)} century`;
    case 'decade':
      return `${Math.floor(y / 10) * 10}s`;
    case 'year':
      return `${y}`;
    case 'half':
      return `${m < 6 ? 'first' : 'second'} half of ${y}`;
    case 'quarter':
      return `Q${Math.floor(m / 3) + 1} ${y}`;
    case 'season':
      return `${MONTHS[m]}–${formatEnd(bound.end)}`;
    case 'month':
      return `${MONTHS[m]} ${y}`;
    case 'week':
      return `week of ${d} ${MONTHS[m]} ${y}`;
    default:
      return `${d} ${MONTHS[m]} ${y}`;
  }
}

function formatEnd(endIso: string): string {
  const last = new Date(dayMs(endIso) - DAY);
  return `${MONTHS[last.getUTCMonth()]} ${last.getUTCFullYear()}`;
}

/**
 * The whole time of an event: a single date, or "2021 – c. 2022", or "since May 2024"; an event
 * known only by the publication date of its document, or by the day a source said it, is "by 11
 * February 2011", never a day.
 */
export function formatEventTime(time: EventTime): string {
  const interval = time.interval;
  // A bound: the publication date, or the day a source said it ("…, the minister said Tuesday").
  if ((time.anchor === 'document' || time.mod === 'ON_OR_BEFORE') && !interval) return `by ${formatBound({ ...time, approximate: false })}`;
  if (!interval) return formatBound(time);
  const { from, to } = interval;
  if (from && to) return `${formatBound(from)} – ${formatBound(to)}`;
  if (from) return `since ${formatBound(from)}`;
  if (to) return `until ${formatBound(to)}`;
  return formatBound(time);
}
