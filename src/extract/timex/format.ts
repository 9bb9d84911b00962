// Writes a resolved Point as a TIMEX3 value (1998-10-23, 1998-Q3, 199, 1998-W12-WE, 1998-10-23TMO)
// and as a calendar bound [start, end) for the timeline.
import type { Anchor, Granularity, TimeBound } from '../../model/dataset.ts';
import type { DateSpec, Point } from './spec.ts';
import { isoDate, pad } from '../../model/calendar.ts';
import { endOf, startOf } from './point.ts';

const yyyy = (p: Point): string => (p.year === undefined ? 'XXXX' : pad(p.year, 4));

function ymd(p: Point): string {
  return `${yyyy(p)}-${p.month ? pad(p.month, 2) : 'XX'}-${p.day ? pad(p.day, 2) : 'XX'}`;
}

export function timexValue(p: Point): string {
  switch (p.gran) {
    // Centuries and decades are the year with its last digits left off, as TIDES (whose values
    // TimeML 1.2.1 adopts) writes them: "19" the 1900s, "199" the 1990s.
    case 'century':
      return pad(p.century ?? 0, 2);
    case 'decade':
      return pad(p.decade ?? 0, 3);
    case 'year':
      return yyyy(p);
    case 'half':
      return `${yyyy(p)}-H${p.half}`;
    case 'quarter':
      return `${yyyy(p)}-Q${p.quarter}`;
    case 'season':
      return `${yyyy(p)}-${p.season}`;
    case 'month':
      return `${yyyy(p)}-${pad(p.month ?? 0, 2)}`;
    case 'week':
      return `${yyyy(p)}-W${pad(p.week ?? 0, 2)}`;
    case 'weekend':
      return `${yyyy(p)}-W${pad(p.week ?? 0, 2)}-WE`;
    case 'day':
      return ymd(p);
    case 'pod':
      return `${ymd(p)}T${p.pod}`;
    case 'time':
      return `${ymd(p)}T${pad(p.hour ?? 0, 2)}:${pad(p.minute ?? 0, 2)}${p.second !== undefined ? `:${pad(p.second, 2)}` : ''}`;
  }
}

/** A value for what could not be resolved: the stated fields, X for the rest ("XXXX-06-10"). */
export function partialValue(s: DateSpec): string {
  if (s.weekday !== undefined && s.month === undefined) return `XXXX-WXX-${s.weekday}${s.pod ? `T${s.pod}` : ''}`;
  if (s.quarter !== undefined) return `XXXX-Q${s.quarter}`;
  if (s.half !== undefined) return `XXXX-H${s.half}`;
  if (s.season !== undefined) return `XXXX-${s.season}`;
  if (s.month !== undefined && s.day === undefined) return `XXXX-${pad(s.month, 2)}`;
  const day = `XXXX-${s.month ? pad(s.month, 2) : 'XX'}-${s.day ? pad(s.day, 2) : 'XX'}`;
  if (s.hour !== undefined) return `${day}T${pad(s.hour, 2)}:${pad(s.minute ?? 0, 2)}`;
  if (s.pod) return `${day}T${s.pod}`;
  if (s.shift && ['year', 'decade', 'century'].includes(s.shift.unit)) return 'XXXX';
  if (s.shift && (s.shift.unit === 'month' || s.shift.unit === 'quarter')) return 'XXXX-XX';
  if (s.shift?.unit === 'week' || s.weekend) return 'XXXX-WXX';
  return day;
}

const GRANULARITY: Readonly<Record<Point['gran'], Granularity>> = {
  century: 'century',
  decade: 'decade',
  year: 'year',
  half: 'half',
  quarter: 'quarter',
  season: 'season',
  month: 'month',
  week: 'week',
  weekend: 'week',
  day: 'day',
  pod: 'time',
  time: 'time',
};

/**
 * The calendar span of a point. Start/middle/end modifiers narrow it to the first, middle or last
 * third ("early 2020" → January to April): the timeline then places the event in the right part of
 * the period, and `approximate` says the edges are soft. APPROX, BEFORE/AFTER and fiscal years
 * (which need not follow the calendar) keep the span but mark it approximate.
 */
export function boundOf(p: Point, anchor: Anchor, mod: string | null, fiscal = false): TimeBound {
  let start = startOf(p);
  let end = endOf(p);
  let approximate = fiscal || p.gran === 'season';
  if ((mod === 'START' || mod === 'MID' || mod === 'END') && end - start >= 3) {
    const third = Math.round((end - start) / 3);
    if (mod === 'START') end = start + third;
    else if (mod === 'MID') [start, end] = [start + third, end - third];
    else start = end - third;
    approximate = true;
  } else if (mod) approximate = true;
  return { value: timexValue(p), start: isoDate(start), end: isoDate(end), granularity: GRANULARITY[p.gran], anchor, approximate };
}
