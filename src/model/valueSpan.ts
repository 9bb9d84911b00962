// The calendar span a TIMEX3 value names on its own: "2024-06" is June 2024, [2024-06-01, 2024-07-01),
// at month granularity. The dataset writes a time's start, end and granularity only where they
// differ from this (lean.ts), and the reader fills them in from it (compact.ts). Values whose span
// is not plain from the value alone give null, and their fields are then always written.
import type { Granularity } from './dataset.ts';
import { dayNumber, fromDayNumber, isoDate, isoWeekStart, parseIsoDate } from './calendar.ts';

export interface ValueSpan {
  start: string;
  /** Exclusive. */
  end: string;
  granularity: Granularity;
}

/**
 * A ValueSpan with a hidden class of its own. V8 gives every object literal with three keys the
 * same first shape; `{ start, end, granularity }` with dates in it, made while the dataset is
 * written, would turn that shape's `start` from a number (the offsets of text spans) into any
 * value and throw away the compiled code of every function that reads such spans.
 */
class DateSpan implements ValueSpan {
  constructor(
    readonly start: string,
    readonly end: string,
    readonly granularity: Granularity,
  ) {}
}

const SEASON_START: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** ISO text of a day number, or '' outside the years 0000–9999 a date field can hold. */
function iso(day: number): string {
  const { y } = fromDayNumber(day);
  return y < 0 || y > 9999 ? '' : isoDate(day);
}

function days(date: string): [number, number] | null {
  const start = parseIsoDate(date);
  // 2023-02-30 is no day.
  return start === null ? null : [start, start + 1];
}

/** The first day of a month (months past 12 roll into the next year). */
const monthStart = (year: number, month: number) => dayNumber(year, month, 1);

function range(value: string): [number, number, Granularity] | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4}-\d\d-\d\d)(T.+)?$/.exec(value))) {
    const d = days(m[1]!);
    return d && [d[0], d[1], m[2] ? 'time' : 'day'];
  }
  if ((m = /^(\d{4})-(\d\d)$/.exec(value))) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? [monthStart(Number(m[1]), month), monthStart(Number(m[1]), month + 1), 'month'] : null;
  }
  if ((m = /^(\d{4})$/.exec(value))) return [monthStart(Number(m[1]), 1), monthStart(Number(m[1]) + 1, 1), 'year'];
  if ((m = /^(\d{3})$/.exec(value))) return [monthStart(Number(m[1]) * 10, 1), monthStart(Number(m[1]) * 10 + 10, 1), 'decade'];
  if ((m = /^(\d{2})$/.exec(value))) return [monthStart(Number(m[1]) * 100, 1), monthStart(Number(m[1]) * 100 + 100, 1), 'century'];
  if ((m = /^(\d{4})-W(\d\d)(-WE)?$/.exec(value))) {
    const monday = isoWeekStart(Number(m[1]), Number(m[2]));
    return m[3] ? [monday + 5, monday + 7, 'week'] : [monday, monday + 7, 'week'];
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const first = (Number(m[2]) - 1) * 3 + 1;
    return [monthStart(Number(m[1]), first), monthStart(Number(m[1]), first + 3), 'quarter'];
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const first = m[2] === '1' ? 1 : 7;
    return [monthStart(Number(m[1]), first), monthStart(Number(m[1]), first + 6), 'half'];
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const first = SEASON_START[m[2]!]!;
    return [monthStart(Number(m[1]), first), monthStart(Number(m[1]), first + 3), 'season'];
  }
  return null;
}

/** The span and granularity `value` names, or null when the value alone does not say. */
export function valueSpan(value: string): ValueSpan | null {
  const r = range(value);
  if (!r) return null;
  const start = iso(r[0]);
  const end = iso(r[1]);
  return start && end ? new DateSpan(start, end, r[2]) : null;
}
