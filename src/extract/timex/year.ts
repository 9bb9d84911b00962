// The year of a month, season, quarter or day the text names without one ("Dec. 14", "last April",
// "the third quarter"), and the overlay of stated fields on a base point.
import type { Anchor } from '../../model/dataset.ts';
import type { DateSpec, Point } from './spec.ts';
import type { Tense } from './tense.ts';
import { daysInMonth, fromDayNumber, weekday as weekdayOf } from '../../model/calendar.ts';
import { endOf, pointAt, startOf } from './point.ts';
import { holidayDay } from './holidays.ts';

/** Lays the fields the text states over a base point: "July" over last year, "morning" over yesterday. */
export function overlay(base: Point, s: DateSpec): Point | null {
  const p: Point = { ...base };
  const y = base.year;
  const needsYear = s.quarter ?? s.half ?? s.season ?? s.month ?? s.holiday;
  if (needsYear !== undefined && y === undefined) return null;
  // Plain assignments, in the order the fields are laid (no object per field): a point is made
  // three times for each date the text names without a year.
  if (s.quarter !== undefined) {
    p.gran = 'quarter';
    p.quarter = s.quarter;
  }
  if (s.half !== undefined) {
    p.gran = 'half';
    p.half = s.half;
  }
  if (s.season !== undefined) {
    p.gran = 'season';
    p.season = s.season;
  }
  if (s.month !== undefined) {
    p.gran = 'month';
    p.month = s.month;
  }
  if (s.day !== undefined && p.month !== undefined) {
    p.gran = 'day';
    p.day = s.day;
  }
  if (s.lastDay && p.month !== undefined && y !== undefined) {
    p.gran = 'day';
    p.day = daysInMonth(y, p.month);
  }
  if (s.holiday && y !== undefined) Object.assign(p, pointAt(holidayDay(s.holiday, y), 'day'));
  if (s.pod !== undefined && p.day !== undefined) {
    p.gran = 'pod';
    p.pod = s.pod;
  }
  if (s.hour !== undefined && p.day !== undefined) {
    p.gran = 'time';
    p.hour = s.hour;
    p.minute = s.minute ?? 0;
    p.second = s.second;
    p.pod = undefined;
  }
  return p;
}

/** The spec laid over the years around y: [y - 1, y, y + 1], null where it does not fit. */
export function yearsAround(s: DateSpec, y: number): (Point | null)[] {
  return [y - 1, y, y + 1].map((year) => overlay({ gran: 'year', year }, s));
}

/** Months since year 0 of day n, to compare months across years. */
export const monthIndex = (n: number): number => {
  const { y, m } = fromDayNumber(n);
  return y * 12 + m - 1;
};

/**
 * Months from the document date a month named without a year may lie, by tense. News looks back
 * more often than ahead, so the plain window reaches seven months back and four ahead; a past
 * verb moves it back, a future one ahead, where only a report of the last two months still looks
 * back ("will report its September sales" in October). Each window spans twelve months.
 */
const WINDOW: Readonly<Record<'past' | 'done' | 'future' | 'none' | 'placed', [number, number]>> = {
  // A past verb that may report what lies ahead ("joined calls for troops to leave before the
  // election in May", said in February): the month three ahead is nearer than the one nine back.
  past: [-8, 3],
  done: [-11, 0],
  none: [-7, 4],
  future: [-2, 9],
  // "will visit Japan in April", said in June: an event placed in a month ahead is next April's.
  placed: [0, 11],
};

/**
 * Without a document date, the year of the surrounding dates (anchor "inferred"). With one, the
 * year around it that the determiner ("last April") or, failing that, the tense asks for, compared
 * month by month ("Jan. 14" in a January article stays in that year); quarters and halves, which
 * business news reports on, stay in the document's year unless a determiner moves them.
 */
export function chooseYear(
  s: DateSpec,
  dct: number | null,
  contextYear: number | null | undefined,
  tense: { tense(): Tense; placed?(): boolean },
): { point: Point; anchor: Anchor } | null {
  if (dct === null) {
    const p = contextYear == null ? null : overlay({ gran: 'year', year: contextYear }, s);
    return p ? { point: p, anchor: 'inferred' } : null;
  }
  const y0 = fromDayNumber(dct).y;
  const around = yearsAround(s, y0);
  const options = around.filter((p): p is Point => p !== null);
  const now = monthIndex(dct);
  let pick: Point | undefined;
  if (s.weekday !== undefined && s.day !== undefined) {
    pick = options
      .filter((p) => weekdayOf(startOf(p)) === s.weekday)
      .sort((p, q) => Math.abs(startOf(p) - dct) - Math.abs(startOf(q) - dct))[0];
  }
  // "last February" said in March is not the month just ended ("last month") but the year before's.
  if (!pick && s.dir === -1) {
    const ended = [...options].reverse().filter((p) => endOf(p) <= dct);
    pick = ended.find((p) => !(p.gran === 'month' && monthIndex(startOf(p)) === now - 1)) ?? ended[0];
  }
  if (!pick && s.dir === 1) pick = options.find((p) => startOf(p) > dct);
  // "That September" with no date before it to refer to: the tense decides, as for a bare month.
  const free = s.dir === undefined || (s.dir === 0 && s.base === 'ref');
  if (!pick && free && s.quarter === undefined && s.half === undefined) {
    const t = tense.tense();
    const [lo, hi] = WINDOW[t === 'future' && tense.placed?.() ? 'placed' : (t ?? 'none')];
    pick = options.find((p) => {
      const delta = monthIndex(startOf(p)) - now;
      return delta >= lo && delta <= hi;
    });
  }
  // A reporting period of the document's year that has not begun is last year's, unless the clause
  // looks ahead: "profits for the fourth quarter" in January report the quarter just closed.
  const thisYear = around[1];
  if (!pick && (s.quarter !== undefined || s.half !== undefined) && s.dir === undefined && thisYear && startOf(thisYear) > dct) {
    const t = tense.tense();
    if (s.results || t === 'past' || t === 'done' || (t !== 'future' && monthIndex(startOf(thisYear)) - now > 6))
      pick = around[0] ?? undefined;
  }
  pick ??= thisYear ?? undefined;
  return pick ? { point: pick, anchor: 'relative' } : null;
}
