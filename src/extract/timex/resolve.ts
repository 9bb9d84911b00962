// Resolves what a matcher understood (a DateSpec) into a calendar Point, against the document
// date (deictic expressions), the date under discussion (anaphoric ones), or, for a month or day
// without a year, the year the context gives. Says how: explicit, relative or inferred.
import type { Anchor } from '../../model/dataset.ts';
import type { DateSpec, Gran, Point } from './spec.ts';
import type { Tense } from './tense.ts';
import { fromDayNumber, weekday as weekdayOf } from '../../model/calendar.ts';
import { endOf, finer, granOfUnit, pointAt, shiftDay, startOf } from './point.ts';
import { chooseYear, monthIndex, overlay, yearsAround } from './year.ts';
import { extend } from '../objects.ts';

export interface DateReferences {
  /** Document date as a day number. */
  dct: number | null;
  /** The date under discussion: the last resolved date before this one. */
  ref: Point | null;
  /** The reporting period under discussion (last quarter or half named in the last sentences). */
  period: Point | null;
  /** A year stated later in the text, for an undated text that names a year only after a month. */
  nextYear: number | null;
  /** Tense around the expression; asked only when needed, as most expressions never need it. */
  tense(): Tense;
  /** The same, without a "by" or "until" right before the expression ("until morning" looks ahead by itself). */
  clauseTense(): Tense;
  /**
   * The text tells a story of its own time: the date under discussion was named in the last
   * sentences and lies far from the document date (or there is none). A bare month or weekday
   * then counts from it, forward as stories go ("On Sunday, May 12, 2002… On Monday…").
   */
  narrative: boolean;
  /** A speech verb stands right before the expression: the day of a report, not of the story. */
  reportedOn(): boolean;
  /** A preposition places an event in the expression ("will visit in April"), rather than naming a period in passing. */
  placed(): boolean;
  /** The sentence opens with a year ("2011: the last troops leave on Dec. 18"): what it names is of that year, whatever the tense. */
  headed: boolean;
  /** How many sentences back the date under discussion was named (0: this one). */
  refDistance: number;
  /** The expression opens with "later" ("later this week"): it lies after the document date. */
  later(): boolean;
  /** "tonight" stands before the expression in its sentence: its small hours are the next day's. */
  afterTonight(): boolean;
}

export interface Resolved {
  point: Point;
  anchor: Anchor;
}

const dayPoint = (n: number): Point => pointAt(n, 'day');
const isDayLevel = (p: Point | null): p is Point => !!p && (p.gran === 'day' || p.gran === 'pod' || p.gran === 'time');
const relative = (p: Point | null): Resolved | null => (p ? { point: p, anchor: 'relative' } : null);

/** A weekday counted from a base day: dir -1 the last one before, +1 the next one after, 0 by tense. */
function weekdayFrom(base: number, wd: number, dir: number, tense: Tense): number {
  const back = (weekdayOf(base) - wd + 7) % 7;
  const fwd = (wd - weekdayOf(base) + 7) % 7;
  if (dir === -1) return base - (back || 7);
  if (dir === 1) return base + (fwd || 7);
  return tense === 'future' ? base + fwd : base - back;
}

/** The weekend (as its Saturday) meant from a base day. */
function weekendFrom(base: number, dir: number, tense: Tense): number {
  const wd = weekdayOf(base);
  const thisSat = base - wd + 6; // Saturday of the base day's ISO week
  if (wd >= 6) return dir === -1 ? thisSat - 7 : dir === 1 ? thisSat + 7 : thisSat;
  if (dir === -1) return thisSat - 7;
  if (dir === 1) return thisSat;
  return tense === 'future' ? thisSat : thisSat - 7;
}

/**
 * "that fall", "the following March", "the previous spring": the month or season of, after or
 * before the date under discussion ("In 2008 the bank collapsed. That fall…" is 2008's fall).
 */
function nearRef(s: DateSpec, ref: Point): Point | null {
  const around = yearsAround(s, ref.year!);
  const options = around.filter((p): p is Point => p !== null);
  if (s.dir === 1) return options.find((p) => startOf(p) >= endOf(ref)) ?? null;
  if (s.dir === -1) return [...options].reverse().find((p) => endOf(p) <= startOf(ref)) ?? null;
  return around[1] ?? null;
}

/**
 * Whether the expression follows the story told from the date under discussion. With a document
 * date, only a clause in the past does; one that looks ahead ("will join NATO on March 12")
 * counts from the document date, and so does the day of a report ("he said Tuesday").
 */
function storyTime(a: DateReferences): boolean {
  if (!a.narrative || a.reportedOn()) return false;
  if (a.headed || a.dct === null) return true;
  const t = a.tense();
  return t === 'done' || t === 'past';
}

/**
 * A month, season, holiday or day named without a year in a story: the first occurrence from the
 * month of the date under discussion on, as stories go forward ("the strike began on Dec. 28,
 * 2019, and ended in February" is February 2020), or the same year when that date is a year.
 */
function inStory(s: DateSpec, ref: Point): Point | null {
  const around = yearsAround(s, ref.year!);
  if (!finer(ref.gran, 'year')) return around[1] ?? null;
  const at = monthIndex(startOf(ref));
  return (
    around.find((p) => {
      const delta = p ? monthIndex(startOf(p)) - at : NaN;
      return delta >= 0 && delta <= 11;
    }) ?? null
  );
}

/**
 * "later this week" said on a Sunday, the last day of its ISO week, is the coming week; so is
 * "this week" in a clause that looks ahead ("will meet this week").
 */
function sundayAhead(s: DateSpec, a: DateReferences): boolean {
  const { unit, n } = s.shift!;
  if (unit !== 'week' || n !== 0 || s.base !== 'dct' || a.dct === null || weekdayOf(a.dct) !== 7) return false;
  return a.later() || a.tense() === 'future';
}

/** "two days later", "the following year", "a year ago": a base moved by a number of units. */
function resolveShift(s: DateSpec, a: DateReferences): Resolved | null {
  const { unit, n } = s.shift!;
  if (n === null) return null;
  if (sundayAhead(s, a)) return relative(overlay(pointAt(shiftDay(a.dct!, 'week', 1), 'week'), s));
  const comparison = s.comparative && unit === 'year' && a.period;
  // A comparison looks back from a period with results: a forecast ("the third quarter of 1990")
  // is no base for "the year-ago period"; the fallback (the last reported period) is.
  const future = s.comparative && a.ref && a.dct !== null && a.ref.year !== undefined && startOf(a.ref) > a.dct;
  if (!comparison && future && s.fallback) return resolveDate(s.fallback, a);
  const fromRef = s.base === 'ref' && a.ref && a.ref.year !== undefined && !future;
  const base = comparison ? a.period! : fromRef ? a.ref! : a.dct !== null ? dayPoint(a.dct) : null;
  if (!base) return null;
  let gran: Gran = s.gran ?? granOfUnit(unit);
  if (comparison || (fromRef && s.keepGran && finer(base.gran, gran))) gran = finer(base.gran, 'day') ? 'day' : base.gran;
  if (fromRef && finer(gran, base.gran) && !s.gran) gran = base.gran;
  if (s.gran && fromRef && finer(s.gran, base.gran) && s.fallback) return resolveDate(s.fallback, a);
  return relative(overlay(pointAt(shiftDay(startOf(base), unit, n), gran), s));
}

/**
 * A bare weekday that names again the day just spoken of, in a clause whose tense says nothing:
 * "ahead of a vote Wednesday, … Wednesday's vote has developed into a contest" is that Wednesday,
 * ahead of the document date as the first was. Only the same weekday within a week of the
 * document date, named in this sentence or the one before.
 */
function sameWeekday(s: DateSpec, a: DateReferences, refDay: number | null): number | null {
  if (s.dir !== undefined || s.base === 'ref' || s.spanDays || refDay === null || a.dct === null) return null;
  if (a.refDistance > 1 || weekdayOf(refDay) !== s.weekday || Math.abs(refDay - a.dct) > 6) return null;
  return a.tense() === null ? refDay : null;
}

/**
 * Resolves what a matcher understood; then a day offset applies ("the day before last Tuesday"),
 * and a date stated finer than it is reported ("the week of March 6") is widened to its gran.
 */
export function resolveDate(s: DateSpec, a: DateReferences): Resolved | null {
  const r = resolveSpec(s, a);
  if (r && s.offsetDays && r.point.gran === 'day') return extend(r, { point: dayPoint(startOf(r.point) + s.offsetDays) });
  if (!r || !s.gran || s.shift || s.anaphor || !finer(r.point.gran, s.gran)) return r;
  return extend(r, { point: pointAt(startOf(r.point), s.gran) });
}

function resolveSpec(s: DateSpec, a: DateReferences): Resolved | null {
  // "For the full year" after "fourth-quarter profit": the year of the period reported on.
  if (s.periodYear && a.period?.year !== undefined) return relative({ gran: 'year', year: a.period.year });
  // Without one, a full year reported on early in the next is the year just ended.
  if (s.periodYear && a.dct !== null && fromDayNumber(a.dct).m <= 3 && a.tense() !== 'future')
    return relative({ gran: 'year', year: fromDayNumber(a.dct).y - 1 });
  if (s.century !== undefined) return { point: { gran: 'century', century: s.century }, anchor: 'explicit' };
  if (s.decade !== undefined) return { point: { gran: 'decade', decade: s.decade }, anchor: 'explicit' };
  if (s.year !== undefined) {
    let p = overlay({ gran: 'year', year: s.year }, s);
    if (p && s.likeRef && a.period) p = extend(a.period, { year: s.year });
    return p ? { point: p, anchor: s.yearFromNeighbour ? 'inferred' : 'explicit' } : null;
  }
  if (s.anaphor) {
    const unitGran = s.anaphor === 'day' ? 'day' : granOfUnit(s.anaphor);
    // Quarters and years must be named as such; days, weeks and months may be read off a finer date.
    // A decade or century under discussion ("the early 1980s") has no year of its own.
    const placed = a.ref && (a.ref.year !== undefined || (unitGran === 'decade' && a.ref.decade !== undefined));
    const fits =
      a.ref &&
      placed &&
      (a.ref.gran === unitGran || ((s.anyRef || !['quarter', 'year'].includes(unitGran)) && finer(a.ref.gran, unitGran)));
    // "Most shops close by evening" (no past act), "searched until morning" with no day told: no day of its own.
    if (s.toldDay && (!fits || a.refDistance > 1 || !['past', 'done'].includes(a.clauseTense() ?? ''))) return null;
    if (fits) return relative(overlay(pointAt(startOf(a.ref!), unitGran), s));
    if (s.fallback) return resolveDate(s.fallback, a);
    return a.dct === null ? null : relative(overlay(pointAt(a.dct, unitGran), s));
  }
  if (s.shift) return resolveShift(s, a);
  const refDay = isDayLevel(a.ref) ? startOf(a.ref) : null;
  const story = refDay !== null && (s.dir === undefined || (s.weekend && s.dir === 0)) && storyTime(a);
  if (s.weekend) {
    const base = (s.base === 'ref' || story) && refDay !== null ? refDay : a.dct;
    // "this weekend" with no past verb is the coming one ("the festival is this weekend").
    const t = story ? 'future' : a.tense();
    return base === null
      ? null
      : relative(pointAt(weekendFrom(base, s.dir ?? (story ? 1 : 0), t === 'past' || t === 'done' ? t : 'future'), 'weekend'));
  }
  // "Tuesday last week": that weekday of the week named.
  if (s.weekday !== undefined && s.weekOf !== undefined && a.dct !== null) {
    return relative(overlay(dayPoint(a.dct - weekdayOf(a.dct) + 7 * s.weekOf + s.weekday), s));
  }
  if (s.weekday !== undefined && s.month === undefined) {
    const same = sameWeekday(s, a, refDay);
    if (same !== null) return relative(overlay(dayPoint(same), s));
    const base = (s.base === 'ref' || a.dct === null || story) && refDay !== null ? refDay : a.dct;
    // In a story the days follow one another: "On Monday" after Sunday, May 12 is May 13.
    // "That Friday" in a story, and "this Friday" with no past verb, lie ahead of their base.
    const said = story || (s.base === 'ref' && s.dir === 0) ? 'future' : a.tense();
    const tense = s.dir === 0 && s.base === 'dct' && said !== 'past' && said !== 'done' ? 'future' : said;
    if (base === null) return null;
    // "lasted from Monday to Thursday": a range already over has its last day by the base day.
    const from = s.spanDays && (tense === 'past' || tense === 'done') ? base - s.spanDays : base;
    return relative(overlay(dayPoint(weekdayFrom(from, s.weekday, s.dir ?? 0, tense)), s));
  }
  if (s.month !== undefined || s.quarter !== undefined || s.half !== undefined || s.season !== undefined || s.holiday) {
    if (s.base === 'ref' && a.ref && a.ref.year !== undefined) return relative(nearRef(s, a.ref));
    if (s.dir === undefined && s.quarter === undefined && s.half === undefined && a.ref && storyTime(a)) {
      const p = inStory(s, a.ref);
      if (p) return { point: p, anchor: 'inferred' };
    }
    return chooseYear(s, a.dct, a.ref?.year ?? a.nextYear, a);
  }
  if (s.hour !== undefined || s.pod !== undefined) {
    // "open tonight, closing between 2 and 5 a.m.": the small hours after the night just named are the next day's.
    const small = s.pod === undefined && s.hour !== undefined && s.hour < 6;
    const night = small && refDay !== null && a.refDistance === 0 && a.ref?.pod === 'NI';
    const tonight = small && !night && a.dct !== null && a.afterTonight();
    const base = night ? refDay + 1 : tonight ? a.dct! + 1 : (refDay ?? a.dct);
    return base === null ? null : relative(overlay(dayPoint(base), s));
  }
  return null;
}
