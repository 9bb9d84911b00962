// Calendar semantics of a resolved Point: where it starts and ends (as day numbers), which point
// of a granularity contains a day, and how a point moves by a number of units.
import type { Gran, Point } from './spec.ts';
import type { Season, Unit } from './lexicon.ts';
import { addMonths, dayNumber, fromDayNumber, isoWeek, isoWeekStart } from '../../model/calendar.ts';

const GRAN_ORDER: readonly Gran[] = [
  'century',
  'decade',
  'year',
  'half',
  'quarter',
  'season',
  'month',
  'week',
  'weekend',
  'day',
  'pod',
  'time',
];
export const finer = (a: Gran, b: Gran): boolean => GRAN_ORDER.indexOf(a) > GRAN_ORDER.indexOf(b);

const SEASON_START: Readonly<Record<Season, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const SEASON_OF_MONTH: readonly Season[] = ['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'];

/** First day (day number) of a point. */
export function startOf(p: Point): number {
  const y = p.year ?? 0;
  switch (p.gran) {
    case 'century':
      return dayNumber((p.century ?? 0) * 100, 1, 1);
    case 'decade':
      return dayNumber((p.decade ?? 0) * 10, 1, 1);
    case 'year':
      return dayNumber(y, 1, 1);
    case 'half':
      return dayNumber(y, (p.half ?? 1) === 1 ? 1 : 7, 1);
    case 'quarter':
      return dayNumber(y, ((p.quarter ?? 1) - 1) * 3 + 1, 1);
    case 'season':
      return dayNumber(y, SEASON_START[p.season ?? 'SP'], 1);
    case 'month':
      return dayNumber(y, p.month ?? 1, 1);
    case 'week':
      return isoWeekStart(y, p.week ?? 1);
    case 'weekend':
      return isoWeekStart(y, p.week ?? 1) + 5;
    default:
      return dayNumber(y, p.month ?? 1, p.day ?? 1);
  }
}

/** Day after the last day of a point (exclusive end). */
export function endOf(p: Point): number {
  const y = p.year ?? 0;
  switch (p.gran) {
    case 'century':
      return dayNumber((p.century ?? 0) * 100 + 100, 1, 1);
    case 'decade':
      return dayNumber((p.decade ?? 0) * 10 + 10, 1, 1);
    case 'year':
      return dayNumber(y + 1, 1, 1);
    case 'half':
      return dayNumber(y, (p.half ?? 1) === 1 ? 7 : 13, 1);
    case 'quarter':
      return dayNumber(y, (p.quarter ?? 1) * 3 + 1, 1);
    case 'season':
      return dayNumber(y, SEASON_START[p.season ?? 'SP'] + 3, 1);
    case 'month':
      return dayNumber(y, (p.month ?? 1) + 1, 1);
    case 'week':
      return isoWeekStart(y, p.week ?? 1) + 7;
    case 'weekend':
      return isoWeekStart(y, p.week ?? 1) + 7;
    default:
      return startOf(p) + 1;
  }
}

/** The point of a granularity that contains day n. */
export function pointAt(n: number, gran: Gran): Point {
  const { y, m, d } = fromDayNumber(n);
  switch (gran) {
    case 'century':
      return { gran, century: Math.floor(y / 100) };
    case 'decade':
      return { gran, decade: Math.floor(y / 10) };
    case 'year':
      return { gran, year: y };
    case 'half':
      return { gran, year: y, half: m <= 6 ? 1 : 2 };
    case 'quarter':
      return { gran, year: y, quarter: Math.floor((m - 1) / 3) + 1 };
    case 'season':
      return { gran, year: m <= 2 ? y - 1 : y, season: SEASON_OF_MONTH[m - 1]! };
    case 'month':
      return { gran, year: y, month: m };
    case 'week':
    case 'weekend': {
      const w = isoWeek(n);
      return { gran, year: w.y, week: w.w, weekend: gran === 'weekend' || undefined };
    }
    default:
      return { gran, year: y, month: m, day: d };
  }
}

/** Granularity a unit of measure gives a date: "two weeks ago" is a week. */
export function granOfUnit(unit: Unit): Gran {
  if (unit === 'second' || unit === 'minute' || unit === 'hour') return 'day';
  if (unit === 'millennium') return 'century';
  return unit;
}

/** Day n moved by n units (months clamp to the end of a shorter month). */
export function shiftDay(n: number, unit: Unit, count: number): number {
  const months: Partial<Record<Unit, number>> = {
    month: 1,
    quarter: 3,
    half: 6,
    season: 3,
    year: 12,
    decade: 120,
    century: 1200,
    millennium: 12000,
  };
  if (months[unit] !== undefined) {
    const shifted = addMonths(fromDayNumber(n), months[unit]! * count);
    return dayNumber(shifted.y, shifted.m, shifted.d);
  }
  const days: Partial<Record<Unit, number>> = { day: 1, week: 7, weekend: 7, hour: 1 / 24, minute: 1 / 1440, second: 1 / 86400 };
  return n + Math.trunc((days[unit] ?? 1) * count);
}
