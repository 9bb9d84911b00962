// A clause dated by its distance from an event the text dates: "arrived the day after the Oct. 8
// quake" (Oct. 9), "resigned less than a week before the May 3 vote" (between April 26 and May
// 3), "before this month's earthquake" (before that month). The date names the event noun it
// stands before (its own event, at the date); the words before the phrase ("the day after", "two
// weeks before", "after") give the clause its time from it. Only a number of days, weeks, months
// or years the text states moves the date; "a few days after" says no more than "after". A
// distance in days is exact from a day; in weeks, months or years it is approximate (said loosely)
// unless the date is no finer than the unit ("a year after the 2003 disaster": 2004).
import type { EventTime, TimeBound } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import type { TimeFinding } from '../timex/types.ts';
import type { VerbClause } from './verbClauses.ts';
import { isEventNoun } from './occurrence.ts';
import {
  AFTER_CONJUNCTION,
  AFTER_CONJUNCTION_IN,
  AFTER_CONJUNCTION_PREPOSITION,
  DETERMINER_OPENING,
  determinerBefore,
} from './patterns.ts';
import { addMonths, dayNumber, fromDayNumber, isoDate, pad, parseIsoDate } from '../../model/calendar.ts';
import { NUMBER_WORDS } from '../timex/lexicon.ts';
import { extend } from '../objects.ts';

/** A time a clause takes from its distance to a dated event, and the words that give it. */
export interface Shift {
  /** From the distance to the event noun: "the day after the Oct. 8 quake". */
  span: Span;
  time: EventTime;
  timex: Span;
}

/** "the day after", "a week before", "two days after": the article counts one. */
const NUMBER: Readonly<Record<string, number>> = { the: 1, a: 1, an: 1, ...NUMBER_WORDS };

/** Numbers a distance is counted in: the words up to ninety-nine that NUMBER knows, or digits. */
const COUNT = Object.keys(NUMBER)
  .filter((w) => NUMBER[w]! < 100)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DISTANCE = new RegExp(
  String.raw`(?<by>\bby\s+)?(?:\b(?<q>less\s+than|fewer\s+than|under|within|more\s+than|over|nearly|almost|about|around|some|roughly|just|only)\s+)?\b(?<n>${COUNT}|\d{1,2})(?<half>[\s-]+and[\s-]+a[\s-]+half|\.5)?[\s-]+(?:(?:full|whole)\s+)?(?<unit>hours?|days?|weeks?|months?|years?)(?<andHalf>\s+and\s+a\s+half)?\s+(?<dir>after|before|following)\s+$`,
  'i',
);
/** A distance shorter than a day, told without a number ("shortly after", "hours after"; not "72 hours after"). */
const SAME_DAY = /\b(?:shortly|soon|just|moments|minutes|hours)\s+(?:after|following)\s+$/i;
const BARE = /\b(?<dir>after|before|following)\s+$/i;
/** What may end the words before an event's name, first match wins: a distance, or "after"/"before" alone. */
const DISTANCES: readonly RegExp[] = [DISTANCE, BARE];
export const distanceBefore = (words: string): RegExpExecArray | null => {
  for (const re of DISTANCES) {
    const m = re.exec(words);
    if (m) return m;
  }
  return null;
};
/** A determiner that opens the phrase naming the event, an adjective after it: "the Oct. 8 quake", "the early March 3 vote". */
const DETERMINER = determinerBefore(undefined, true);
/** Opened by "before", "after" or "since" inside the phrase the time stage found: "before this month['s earthquake]". */
const OPENER = /^(?<dir>before|after|since)\s+/i;
/** Parts of a day a date may name ("early March 3"): a distance counts from the day. */
const PARTS = new Set(['START', 'MID', 'END']);
const LOOSE = new Set(['nearly', 'almost', 'about', 'around', 'some', 'roughly']);
const WITHIN = new Set(['less than', 'fewer than', 'under', 'within']);
const BEYOND = new Set(['more than', 'over']);

type Unit = 'day' | 'month' | 'year';

function bound(first: number, gran: Unit, anchor: TimeBound['anchor'], approximate: boolean): TimeBound {
  const d = fromDayNumber(first);
  if (gran === 'day')
    return { value: isoDate(first), start: isoDate(first), end: isoDate(first + 1), granularity: 'day', anchor, approximate };
  const months = gran === 'month' ? 1 : 12;
  const next = addMonths({ y: d.y, m: d.m, d: 1 }, months);
  const value = gran === 'month' ? `${pad(d.y, 4)}-${pad(d.m, 2)}` : pad(d.y, 4);
  return { value, start: isoDate(first), end: isoDate(dayNumber(next.y, next.m, 1)), granularity: gran, anchor, approximate };
}

/** The first day of the period a point of the base's granularity moved by a distance. */
function moved(base: EventTime, days: number, months: number): number {
  const start = parseIsoDate(base.start)!;
  if (!months) return start + days;
  const d = addMonths(fromDayNumber(start), months);
  return dayNumber(d.y, d.m, d.d) + days;
}

function time(b: TimeBound, mod: string | null, interval: EventTime['interval']): EventTime {
  if (!interval) return extend(b, { mod, interval: null });
  const first = interval.from ?? interval.to!;
  const last = interval.to ?? interval.from!;
  // Written out whole: a literal of the changed fields alone ({ start: '2024-05-01', end, … }) shares
  // its hidden class with every literal of as many keys that starts with `start` (text spans, whose
  // start is a number), and turning that field from numbers to strings partway through a run made
  // V8 throw away the compiled code of every function reading such spans (the actor stage's).
  return {
    value: b.value,
    start: first.start,
    end: last.end,
    granularity: b.granularity,
    anchor: b.anchor,
    approximate: b.approximate,
    mod,
    interval,
  };
}

/** The time a distance gives from a dated point (a day, a month or a year), or null when it cannot be told. */
export function distanceFrom(base: EventTime, words: string): EventTime | null {
  if (base.interval || base.mod || !['day', 'month', 'year'].includes(base.granularity)) return null;
  const gran = base.granularity as Unit;
  // "shortly after the Thursday docking", "hours after Monday's vote": that same day, as a rule.
  if (gran === 'day' && SAME_DAY.test(words) && !DISTANCE.test(words))
    return time(bound(parseIsoDate(base.start)!, gran, 'computed', base.approximate), null, null);
  const m = DISTANCE.exec(words);
  const bare = m ? null : BARE.exec(words);
  const dir = (m ?? bare)?.groups!.dir!.toLowerCase();
  if (!dir) return null;
  const sign = dir === 'before' ? -1 : 1;
  const at = extend(base, { mod: null, interval: null }) satisfies EventTime;
  if (bare)
    return sign < 0
      ? time(at, 'BEFORE', { from: null, to: at, duration: null })
      : time(at, 'AFTER', { from: at, to: null, duration: null });
  const word = m!.groups!.n!.toLowerCase();
  const n = NUMBER[word] ?? Number(word);
  const units = m!.groups!.unit!.toLowerCase();
  const unit = units.replace(/s$/, '');
  // "two-and-a-half years", "a year and a half", "1.5 years": half a month or a year more, said loosely.
  const half = m!.groups!.half !== undefined || m!.groups!.andHalf !== undefined;
  if (half && unit !== 'month' && unit !== 'year') return distanceFrom(base, `${m!.groups!.dir} `);
  // "in the weeks after the quake": no number, no distance; after it all the same.
  if (!half && (n === 1) !== (unit === units)) return distanceFrom(base, `${m!.groups!.dir} `);
  const q = m!.groups!.q?.toLowerCase().replace(/\s+/g, ' ');
  // A distance finer than the date moves it by nothing one can tell: "a day after the 2003 disaster" is after it.
  const rank: Record<string, number> = { hour: 0, day: 0, week: 0, month: 1, year: 2 };
  const granRank = { day: 0, month: 1, year: 2 }[gran];
  if (rank[unit]! < granRank) return distanceFrom(base, `${m!.groups!.dir} `);
  // "less than 72 hours after the quake": hours count in whole days, loosely (the hour of the quake is not known).
  const days = unit === 'hour' ? Math.ceil(n / 24) : unit === 'day' ? n : unit === 'week' ? 7 * n : unit === 'month' && half ? 15 : 0;
  const months = unit === 'month' ? n : unit === 'year' ? 12 * n + (half ? 6 : 0) : 0;
  const loose =
    half ||
    unit === 'hour' ||
    (unit !== 'day' && rank[unit]! > granRank) ||
    (unit === 'week' && gran === 'day') ||
    (q !== undefined && LOOSE.has(q));
  const point = (k: number) => bound(moved(base, k * days, k * months), gran, 'computed', base.approximate || loose);
  const far = point(sign);
  if (q && WITHIN.has(q)) {
    const near = bound(parseIsoDate(base.start)!, gran, base.anchor, base.approximate);
    const [from, to] = sign < 0 ? [far, near] : [near, far];
    return time(extend(from, { approximate: true }), null, { from, to, duration: null });
  }
  // "by the day after the flood": on or before it.
  if (m!.groups!.by && !q && sign > 0) return time(extend(far, { approximate: true }), 'ON_OR_BEFORE', null);
  if (q && BEYOND.has(q))
    return sign < 0
      ? time(far, 'BEFORE', { from: null, to: far, duration: null })
      : time(far, 'AFTER', { from: far, to: null, duration: null });
  return time(far, null, null);
}

/**
 * When a temporal phrase names an event noun after a distance ("the day after the Oct. 8 quake",
 * "before this month's earthquake"): the event's own time, the start of the phrase naming it, and
 * the clause's time from it. `head`: the event noun the date stands before; `from`: where the
 * clause starts.
 */
export function shiftOf(
  text: string,
  finding: TimeFinding,
  head: Span,
  from: number,
): { named: EventTime; npStart: number; shift: Shift } | null {
  if (head.start < finding.end) return null;
  const opener = OPENER.exec(text.slice(finding.start, finding.end));
  let dateStart = finding.start;
  let named: EventTime = finding.time;
  const since = opener?.groups!.dir!.toLowerCase() === 'since';
  if (opener) {
    const b = since ? finding.time.interval?.from : (finding.time.interval?.to ?? finding.time.interval?.from);
    if (!b || !['BEFORE', 'AFTER', 'ON_OR_AFTER'].includes(finding.time.mod ?? '') || since !== (finding.time.mod === 'ON_OR_AFTER'))
      return null;
    dateStart += opener[0].length;
    named = extend(b, { mod: null, interval: null });
  } else if (finding.time.interval || (finding.time.mod && !(PARTS.has(finding.time.mod) && finding.time.granularity === 'day')))
    return null;
  const possessive = /^['’]s\b/.test(text.slice(finding.end, finding.end + 3));
  // "after [the early March 3] vote": the phrase found may hold the determiner after its opener.
  const inside = opener ? DETERMINER_OPENING.exec(text.slice(dateStart, finding.end)) : null;
  if (inside) dateStart += inside[0].length;
  const det = possessive ? null : DETERMINER.exec(text.slice(Math.max(from, dateStart - 24), dateStart));
  if (!possessive && !det) return null;
  // Nothing but words of the phrase between the date and its noun: "the Oct. 8 [Kashmir] quake".
  if (/[,;:()"“”]/.test(text.slice(finding.end, head.start))) return null;
  const npStart = det ? dateStart - det[0].length : dateStart;
  // "since Monday's vote": the clause runs from that day, as the phrase found says.
  if (since)
    return {
      named,
      npStart,
      shift: { span: { start: finding.start, end: head.end }, time: finding.time, timex: { start: finding.start, end: finding.end } },
    };
  const words = opener ? text.slice(from, finding.start) + opener[0] : text.slice(from, npStart);
  // "the early March 3 vote": a part of a day counts from that day.
  const shifted = distanceFrom(extend(named, { mod: null }), words);
  if (!shifted) return null;
  const m = distanceBefore(words)!;
  const start = from + m.index;
  return { named, npStart, shift: { span: { start, end: head.end }, time: shifted, timex: { start: finding.start, end: finding.end } } };
}

/** "after the bombings on [the morning of July 7]": a word of order, the event's phrase, and the preposition before its date. */
const NOUN_THEN_DATE =
  /\b(?<dir>after|before|following)\s+(?<np>(?:(?:the|a|an|this|last|its|their|his|her)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?<noun>\p{L}[\p{L}-]*))\s+(?:on|in|of|at)\s+$/iu;

/**
 * "After the bombings on the morning of July 7, police arrested …": a date after the event noun
 * that "after" or "before" opens dates the noun; the clause is after (or before) it, with the
 * distance the words give ("two days after the blasts on July 7"). `from`: where the clause starts.
 */
export function shiftAfterNoun(
  text: string,
  finding: TimeFinding,
  from: number,
  isEvent: (word: string) => boolean,
): { named: EventTime; np: Span; head: Span; shift: Shift } | null {
  const t = finding.time;
  // A day, or a part of one: "before the election in May" may be in May.
  if (t.interval || (t.mod && !PARTS.has(t.mod)) || (t.granularity !== 'day' && t.granularity !== 'time')) return null;
  const before = text.slice(from, finding.start);
  const m = NOUN_THEN_DATE.exec(before);
  if (!m || !isEvent(m.groups!.noun!.toLowerCase())) return null;
  const npStart = from + m.index + m[0].indexOf(m.groups!.np!, m.groups!.dir!.length);
  const headEnd = npStart + m.groups!.np!.length;
  const head = { start: headEnd - m.groups!.noun!.length, end: headEnd };
  // A part of a day ("the morning of July 7") counts from that day.
  const day = t.granularity === 'time' ? { ...t, value: t.value.slice(0, 10), granularity: 'day' as const } : t;
  const words = text.slice(from, from + m.index) + m.groups!.dir! + ' ';
  const shifted = distanceFrom({ ...day, mod: null }, words);
  const at = distanceBefore(words);
  if (!shifted || !at) return null;
  const shift = { span: { start: from + at.index, end: finding.end }, time: shifted, timex: { start: finding.start, end: finding.end } };
  return { named: t, np: { start: npStart, end: finding.end }, head, shift };
}

/**
 * The clause a phrase of time belongs to: its own, unless it opens the next one, set off by a
 * comma after a conjunction or at the clause's start ("…, and before this month's earthquake,
 * their armies exchanged fire": the exchanges', not the first clause's); not an aside set off by
 * commas alone ("That was the sound, Monday, at …").
 */
export function ownerClause(text: string, clauses: readonly VerbClause[], span: Span): VerbClause | undefined {
  const k = clauses.findIndex((c) => span.start >= c.start && span.start < c.end);
  const own = clauses[k];
  // "…, and in 1984 the first Macintosh was released": a phrase across two clauses is its date's.
  const inner = own && span.end > own.end ? clauses.find((c) => span.end - 1 >= c.start && span.end - 1 < c.end) : undefined;
  if (inner) return inner;
  const next = clauses.find((c) => c.head && c.head.start >= span.end);
  if (own && (!next || next === own)) return closedAfter(text, clauses, k, span) ?? own;
  if (!next || next === own) return own;
  if (!own) return next;
  const prefix = text.slice(own.start, span.start);
  const opens = prefix.trim() === '' || AFTER_CONJUNCTION_PREPOSITION.test(prefix);
  // Set off by a comma, or running right into the next clause's subject ("…, and in 1984 the first Macintosh was released").
  const setOff =
    /^[^,;.]*,/.test(text.slice(span.end, next.head!.start)) || (next.start >= span.end && /^\s*$/.test(text.slice(span.end, next.start)));
  return opens && setOff ? next : own;
}

/** Openers of a clause that describes a noun, or names what a verb aims at. */
const HANGING = /^(?:who|whom|whose|which|that|to)$/i;

/** Words of a verb group that put its clause ahead or make it only possible: "who will take over". */
const AHEAD = /^(?:will|would|shall|could|might|may|can|should|must|'ll|’ll|wo|ca)$/i;

/**
 * "… was chosen to lead the office that oversees doctrine, in 1981.": a phrase of time set off by
 * a comma at the end of the sentence, after a clause that describes a noun (or after "to"), dates
 * the clause those hang on, not the last one. Not a clause told ahead ("named a chief who will
 * take over, in January": the taking over's), nor one that hangs on an occurrence's noun after
 * the verb ("planned another attack on the town, which lies …, on Monday": the attack's time).
 */
function closedAfter(text: string, clauses: readonly VerbClause[], k: number, span: Span): VerbClause | undefined {
  const own = clauses[k]!;
  if (k === 0 || !HANGING.test(own.opener?.text ?? '') || !own.head || own.head.end > span.start) return undefined;
  if (!/,\s*(?:in|on|at|during)?\s*$/i.test(text.slice(own.head.end, span.start)) || !/^\s*[.;!?]?\s*$/.test(text.slice(span.end, own.end)))
    return undefined;
  let j = k;
  while (j > 0 && HANGING.test(clauses[j]!.opener?.text ?? '')) j--;
  const main = clauses[j]!;
  if (HANGING.test(main.opener?.text ?? '') || !main.head) return undefined;
  const between = clauses.slice(j + 1, k + 1);
  if (between.some((c) => c.group.some((t) => AHEAD.test(t.text)))) return undefined;
  const noun = clauses.slice(j, k).some((c) => !!c.head && c.tokens.slice(c.tokens.indexOf(c.head) + 1).some(isEventNoun));
  return noun ? undefined : main;
}

/**
 * A phrase of time after a conjunction, opening a clause of its own: "…, and earlier this month,
 * the mayor resigned", "…, and on Sunday they marched". Its time is that clause's only, not the
 * clauses before.
 */
export function opensLaterClause(text: string, span: Span): boolean {
  const before = text.slice(Math.max(0, span.start - 24), span.start);
  if (AFTER_CONJUNCTION.test(before)) return /^\s*,/.test(text.slice(span.end)) || /^\s+\p{L}/u.test(text.slice(span.end));
  return AFTER_CONJUNCTION_IN.test(before);
}

/**
 * Whether a distance phrase tells the time of a clause: before its verb, or after it with no
 * comma between ("killed 100 rebels, despite a truce declared after the tsunami" dates the truce).
 */
export function tellsTimeOf(text: string, clause: VerbClause, span: Span): boolean {
  const head = clause.head;
  if (!head || span.end <= head.start) return true;
  return !/[,;:–—()]/.test(text.slice(head.end, span.start));
}
