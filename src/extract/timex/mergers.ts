// Neighbours read together, after the overlap rule: named mergers join a candidate with the next
// when the words between say the two name one time ("10 p.m. Wednesday", "July last year");
// pair rules lend one what the other states ("from May to July 2019", "from c. 1550 to 1069 BC");
// then single passes add what a neighbour implies ("3-5 June", "1990-95", "9-11am") and the
// modifiers before a candidate ("the end of May", "the day before Christmas").
import type { Candidate, DateSpec, Meaning } from './spec.ts';
import { pointMod } from './mods.ts';
import { changed } from '../objects.ts';

interface Merger {
  name: string;
  /** What may stand between the two candidates. */
  gap: RegExp;
  merge(left: DateSpec, right: DateSpec): DateSpec | null;
}

/** "the same month", "that same quarter": the unit of the date under discussion, when finer than a year. */
const sameUnit = (s: DateSpec): 'month' | 'quarter' | 'week' | 'half' | null => {
  const unit = s.anaphor ?? (s.shift?.n === 0 && s.base === 'ref' ? s.shift.unit : undefined);
  return unit === 'month' || unit === 'quarter' || unit === 'week' || unit === 'half' ? unit : null;
};
const bareWeekday = (s: DateSpec): boolean =>
  s.weekday !== undefined && s.month === undefined && s.dir === undefined && s.hour === undefined;
const hasDay = (s: DateSpec): boolean =>
  s.day !== undefined || s.weekday !== undefined || s.holiday !== undefined || (s.shift?.unit === 'day' && s.pod === undefined);
const isClock = (s: DateSpec): boolean => s.hour !== undefined && !hasDay(s) && s.month === undefined && !s.shift;
const isPodOnly = (s: DateSpec): boolean => s.pod !== undefined && s.anaphor === 'day' && s.hour === undefined;
const yearOnly = (s: DateSpec): boolean =>
  s.month === undefined &&
  s.quarter === undefined &&
  s.half === undefined &&
  s.season === undefined &&
  s.day === undefined &&
  s.weekday === undefined &&
  s.hour === undefined &&
  s.pod === undefined &&
  s.weekend === undefined &&
  (s.year !== undefined || s.shift?.unit === 'year' || s.anaphor === 'year') &&
  !(s.shift && s.shift.n === null);
const partOfYear = (s: DateSpec): boolean =>
  s.year === undefined &&
  !s.shift &&
  !s.anaphor &&
  s.decade === undefined &&
  (s.month !== undefined || s.quarter !== undefined || s.half !== undefined || s.season !== undefined || s.holiday !== undefined);
const yearPart = (s: DateSpec): DateSpec => ({ year: s.year, shift: s.shift, base: s.base, anaphor: s.anaphor, fiscal: s.fiscal });

/** "ended", "ending in", "closed on" between a period and the day it ends on. */
const ENDED_GAP = /^\s+(?:that\s+)?(?:ended|ending|ends|closed|closing)(?:\s+(?:in|on))?\s+$/i;

export const MERGERS: readonly Merger[] = [
  // "11:59 p.m., Eastern Time, on March 1", "10 a.m. (local time) on Thursday".
  {
    name: 'timeWithDate',
    gap: /^,?\s+(?:\(?(?:local|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+[Tt]ime\)?,?\s+)?(?:on\s+)?$/,
    merge: (l, r) => (isClock(l) && hasDay(r) ? changed(r, { hour: l.hour, minute: l.minute, second: l.second }) : null),
  },
  // "mid-afternoon yesterday" is a time of that day; "the morning of April 15, 2013", "dawn on
  // June 6" are the day, as "Friday night" is (see matchers/named.ts): annotated news gives a
  // named day with a part of it as the day.
  {
    name: 'partOfDayWithDate',
    gap: /^\s+(?:of\s+|on\s+)?$/,
    merge: (l, r) => (isPodOnly(l) && hasDay(r) && !r.pod ? (r.shift?.unit === 'day' ? changed(r, { pod: l.pod }) : { ...r }) : null),
  },
  {
    name: 'weekdayWithDate',
    gap: /^\.?,?\s+(?:the\s+)?$/,
    // "5 p.m. Friday, June 14": the time of day stays with the date.
    merge: (l, r) =>
      l.weekday !== undefined && l.month === undefined && r.month !== undefined && r.day !== undefined
        ? {
            ...r,
            weekday: l.weekday,
            hour: l.hour ?? r.hour,
            minute: l.minute ?? r.minute,
            second: l.second ?? r.second,
            pod: l.pod ?? r.pod,
          }
        : null,
  },
  // "the same month last year", "the same quarter a year earlier": the period a year before the one under discussion.
  {
    name: 'sameUnitYearBefore',
    gap: /^,?\s+$/,
    merge: (l, r) =>
      sameUnit(l) && r.shift?.unit === 'year' && r.shift.n === -1
        ? { shift: { unit: 'year', n: -1 }, base: 'ref', keepGran: true, comparative: true, gran: sameUnit(l)! }
        : null,
  },
  // "Tuesday last week", "Friday next week": that weekday of the week named.
  {
    name: 'weekdayOfWeek',
    gap: /^\s+(?:of\s+)?$/,
    merge: (l, r) =>
      bareWeekday(l) && r.shift?.unit === 'week' && r.shift.n !== null && r.base === 'dct' && !r.pod
        ? { weekday: l.weekday, weekOf: r.shift.n, base: 'dct' }
        : null,
  },
  // "the month of May": the month named.
  {
    name: 'monthOfMonth',
    gap: /^\s+of\s+$/,
    merge: (l, r) => (l.anaphor === 'month' && r.month !== undefined && r.day === undefined ? { ...r } : null),
  },
  // "the week ended Friday": the week of that day.
  { name: 'weekEnded', gap: ENDED_GAP, merge: (l, r) => (l.anaphor === 'week' && hasDay(r) ? changed(r, { gran: 'week' }) : null) },
  // "the weekend of May 4": the weekend that holds (or is nearest to) the date.
  {
    name: 'weekendOfDate',
    gap: /^\s+of\s+$/,
    merge: (l, r) =>
      l.weekend && r.month !== undefined && r.day !== undefined && r.hour === undefined ? changed(r, { gran: 'weekend' }) : null,
  },
  // "the week of March 6": the ISO week that holds the date.
  {
    name: 'weekOfDate',
    gap: /^\s+of\s+$/,
    merge: (l, r) => (l.anaphor === 'week' && !l.pod && r.month !== undefined && r.day !== undefined ? changed(r, { gran: 'week' }) : null),
  },
  {
    name: 'partWithYear',
    gap: /^(?:\s+of|,)?\s+$/,
    merge: (l, r) => (partOfYear(l) && yearOnly(r) ? { ...l, ...yearPart(r), dir: undefined } : null),
  },
  {
    name: 'yearWithPart',
    gap: /^['’]s\s+$/,
    merge: (l, r) => (yearOnly(l) && partOfYear(r) ? { ...r, ...yearPart(l), dir: undefined } : null),
  },
];

/** Ranges lend the stated year to a partner without one: "from May to July 2019". */
const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till|and|or)\s+$|^\s*[-–—]\s*$/;

const dateSpec = (c: Candidate): DateSpec | null => (c.meaning.kind === 'date' ? c.meaning.spec : null);

function joined(l: Candidate, r: Candidate, spec: DateSpec, name: string): Candidate {
  const type = spec.hour !== undefined || spec.pod !== undefined ? 'TIME' : 'DATE';
  return {
    start: l.start,
    end: r.end,
    type,
    meaning: { kind: 'date', spec },
    mod: l.mod ?? r.mod,
    rule: name,
    priority: Math.min(l.priority, r.priority),
  };
}

/** A place between a time of day and its date: "(local time) in Florida, on". */
const PLACE_GAP = /^,?\s+(?:\(?(?:local|[A-Z][a-z]+)\s+[Tt]ime\)?,?\s+)?(?:in|at)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2},?\s+(?:on\s+)?$/;

/** The most characters that may stand between two candidates read together. */
const MAX_GAP = 32;

/** What joining a candidate to the one before it gives: the two changed, or one merged candidate. */
interface Step {
  l?: Candidate;
  r?: Candidate;
  merged?: Candidate;
}

const NOTHING: Step = Object.freeze({});

/** One pair of neighbours, left to right: the rules that read two candidates together. */
function pairStep(l: Candidate, r: Candidate, text: string): Step {
  if (r.start - l.end > MAX_GAP) return NOTHING; // every rule below joins near neighbours
  const gap = text.slice(l.end, r.start);
  const rs = dateSpec(r);
  // "every Saturday and Sunday": the second day recurs too.
  if (
    l.meaning.kind === 'set' &&
    /^XXXX-WXX-\d$/.test(l.meaning.value) &&
    rs &&
    bareWeekday(rs) &&
    /^\s*(?:,|and|or|,\s*and)\s*$/.test(gap)
  ) {
    return { r: changed(r, { type: 'SET', meaning: { kind: 'set', value: `XXXX-WXX-${rs.weekday}` }, mod: l.mod }) };
  }
  const ls = dateSpec(l);
  if (!ls || !rs) return NOTHING;
  // "from c. 1550 to 1069 BC": the era stated at the end holds for the start.
  if (rs.era === 'BC' && ls.year !== undefined && yearOnly(ls) && !ls.era && RANGE_GAP.test(gap)) {
    return { l: { ...l, meaning: { kind: 'date', spec: changed(ls, { era: 'BC' }) } } };
  }
  // "the first half of the 19th century", "the last half of the '80s", "the first half of June":
  // that part of the century, decade or month.
  const partOf = rs.century !== undefined || rs.decade !== undefined || (rs.month !== undefined && rs.day === undefined);
  if (ls.half !== undefined && ls.year === undefined && !ls.shift && partOf && /^\s+of\s+$/.test(gap)) {
    return {
      merged: {
        ...r,
        start: l.start,
        mod: ls.half === 1 ? 'START' : 'END',
        rule: 'halfOfPeriod',
        priority: Math.min(l.priority, r.priority),
      },
    };
  }
  // "the quarter ended Sept. 30", "the quarter ending in June": the calendar quarter that ends
  // then (a quarter ending in another month is a fiscal one, whose number the text does not give).
  if (ls.anaphor === 'quarter' && ENDED_GAP.test(gap) && rs.month !== undefined && rs.month % 3 === 0 && !rs.shift) {
    return { l: changed(l, { meaning: { kind: 'date', spec: { quarter: rs.month / 3, year: rs.year } } }) };
  }
  // "on June 4 (Tuesday)": the weekday in brackets is the date's own.
  if (ls.month !== undefined && ls.day !== undefined && bareWeekday(rs) && /^\s*\(\s*$/.test(gap)) {
    return { r: changed(r, { meaning: { kind: 'date', spec: { month: ls.month, day: ls.day, year: ls.year, weekday: rs.weekday } } }) };
  }
  // "from Monday to Wednesday": the end is the first such day after the start, and a range
  // already over ("lasted from Monday to Thursday") ends before the document date.
  if (bareWeekday(ls) && bareWeekday(rs) && /^\s*(?:-|–|to|through|thru|until|till)\s*$/.test(gap)) {
    const span = (rs.weekday! - ls.weekday! + 7) % 7 || 7;
    return {
      l: { ...l, meaning: { kind: 'date', spec: changed(ls, { spanDays: span }) } },
      r: { ...r, meaning: { kind: 'date', spec: changed(rs, { base: 'ref', dir: 1 }) } },
    };
  }
  // "3:51 p.m. local time in Florida, on July 13": a place stands between them; the time of day
  // is on that date all the same, each expression keeping its own words.
  if (isClock(ls) && hasDay(rs) && PLACE_GAP.test(gap)) {
    return { l: { ...l, meaning: { kind: 'date', spec: changed(rs, { hour: ls.hour, minute: ls.minute, second: ls.second }) } } };
  }
  const merger = MERGERS.find((mg) => mg.merge(ls, rs) && mg.gap.test(gap));
  if (merger) return { merged: joined(l, r, merger.merge(ls, rs)!, merger.name) };
  if (RANGE_GAP.test(gap) && partOfYear(ls) && rs.year !== undefined && !rs.shift) {
    return { l: { ...l, meaning: { kind: 'date', spec: changed(ls, { year: rs.year, yearFromNeighbour: true }) } } };
  }
  return NOTHING;
}

export function applyMergers(cands: Candidate[], text: string): Candidate[] {
  // Left to right, each candidate against the one before it (or what that became by a merge).
  const joinedList: Candidate[] = [];
  for (const c of cands) {
    const l = joinedList[joinedList.length - 1];
    const step = l ? pairStep(l, c, text) : NOTHING;
    if (step.merged) {
      joinedList[joinedList.length - 1] = step.merged;
      continue;
    }
    if (step.l) joinedList[joinedList.length - 1] = step.l;
    joinedList.push(step.r ?? c);
  }
  withBracketedTimes(joinedList, text);
  withAlternativeTimes(joinedList, text);
  withClockRanges(joinedList, text);
  // Each of these adds the candidates a neighbour implies ("3-5 June" gives the 3rd), in one pass.
  const out = withPartsOfYear(
    withYearSuffixes(withSiblingDecades(withDaysBefore(withSiblingDays(withHoursBefore(joinedList, text), text), text), text), text),
    text,
  );
  let prevEnd = 0;
  return out.map((c) => {
    const withMod = withPointModifier(withDayOffset(c, text, prevEnd), text, prevEnd);
    prevEnd = withMod.end;
    return withMod;
  });
}

/** "between 2 and 4 p.m.", "9-11am": an hour before a clock time shares its half of the day. */
const HOUR_BEFORE = /(?:^|[^\d:.,])(1[0-2]|0?[1-9])(?::([0-5]\d))?(\s*(?:-|–)\s*|\s+(?:and|to|until|till)\s+)$/;

function withHoursBefore(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const s = dateSpec(c);
    const m =
      s && s.hour !== undefined && /^\d/.test(text.slice(c.start, c.start + 1)) && /[ap]\.?\s?m/i.test(text.slice(c.start, c.end))
        ? HOUR_BEFORE.exec(text.slice(Math.max(out[out.length - 1]?.end ?? 0, c.start - 12), c.start))
        : null;
    if (s && m) {
      const h12 = Number(m[1]) % 12;
      const pm = s.hour! >= 12;
      // "11-1pm" starts in the morning: an earlier hour on the clock face than the end's is the other half.
      const hour = h12 <= s.hour! % 12 ? h12 + (pm ? 12 : 0) : h12 + (pm ? 0 : 12);
      const end = c.start - m[3]!.length;
      const start = end - m[1]!.length - (m[2] ? m[2].length + 1 : 0);
      const spec: DateSpec = changed(s, { hour, minute: m[2] ? Number(m[2]) : 0, second: undefined });
      out.push({ start, end, type: 'TIME', meaning: { kind: 'date', spec }, mod: null, rule: 'hourBefore', priority: c.priority });
    }
    out.push(c);
  }
  return out;
}

/** "from 7 a.m. to 8 p.m. on Thursday": the start falls on the day named with the end. */
function withClockRanges(cands: Candidate[], text: string): void {
  for (let i = cands.length - 2; i >= 0; i--) {
    const ls = dateSpec(cands[i]!),
      rs = dateSpec(cands[i + 1]!);
    if (!ls || !rs || !isClock(ls) || rs.hour === undefined || !hasDay(rs)) continue;
    if (!/^\s*(?:-|–|to|until|till|and)\s*$/.test(text.slice(cands[i]!.end, cands[i + 1]!.start))) continue;
    cands[i] = { ...cands[i]!, meaning: { kind: 'date', spec: changed(rs, { hour: ls.hour, minute: ls.minute, second: ls.second }) } };
  }
}

/** "9 a.m. (1300 GMT) on Monday": both clock times fall on the day named after them. */
function withBracketedTimes(cands: Candidate[], text: string): void {
  for (let i = 0; i + 2 < cands.length; i++) {
    const a = cands[i]!;
    const b = cands[i + 1]!;
    const d = cands[i + 2]!;
    const as = dateSpec(a),
      bs = dateSpec(b),
      ds = dateSpec(d);
    if (!as || !bs || !ds || !isClock(as) || !isClock(bs) || !hasDay(ds) || ds.hour !== undefined) continue;
    if (!/^\s*\(\s*$/.test(text.slice(a.end, b.start)) || !/^\s*\)\s*,?\s*(?:on\s+)?$/.test(text.slice(b.end, d.start))) continue;
    const day = (c: DateSpec): DateSpec => changed(ds, { hour: c.hour, minute: c.minute, second: c.second });
    cands[i] = changed(a, { meaning: { kind: 'date', spec: day(as) } });
    cands[i + 1] = changed(b, { meaning: { kind: 'date', spec: day(bs) } });
  }
}

/** The first of two clocks told in universal time ("at 2351 GMT, or …"). */
const UNIVERSAL_CLOCK = /^[^,]*?\b(?:GMT|UTC)\b/;

/**
 * "at 1951 UTC, or 3:51 p.m. local time, on July 13": the same moment told on two clocks, the
 * first one falls on the day named with the second, unless the two clocks sit on either side of
 * midnight ("0200 GMT, or 10 p.m. local time on Saturday" is Sunday in GMT: left as it was).
 */
function withAlternativeTimes(cands: Candidate[], text: string): void {
  for (let i = 0; i + 1 < cands.length; i++) {
    const [a, b] = [cands[i]!, cands[i + 1]!];
    const as = dateSpec(a),
      bs = dateSpec(b);
    if (!as || !bs || !isClock(as) || bs.hour === undefined || !hasDay(bs)) continue;
    if (!/^\s*,?\s*or\s+$/.test(text.slice(a.end, b.start))) continue;
    // The offset between the clocks, within half a day either way, must keep the same day. Told
    // from GMT, a clock 11 hours behind is more likely 13 ahead (New Zealand's summer, Tonga,
    // Samoa) than 11 behind; without GMT first, an offset of 10 hours or more has no sure sign.
    const folded = ((((as.hour! - bs.hour) % 24) + 36) % 24) - 12;
    const fromGmt = UNIVERSAL_CLOCK.test(text.slice(a.start, b.start));
    if (!fromGmt && Math.abs(folded) >= 10) continue;
    const offset = fromGmt && folded === 11 ? -13 : folded;
    const there = bs.hour + offset + ((as.minute ?? 0) - (bs.minute ?? 0)) / 60;
    if (there < 0 || there >= 24) continue;
    cands[i] = changed(a, { meaning: { kind: 'date', spec: changed(bs, { hour: as.hour, minute: as.minute, second: as.second }) } });
  }
}

/** "April 24 and 25", "May 5-9, 2019": a bare day after a date is a day of the same month. */
const SIBLING_DAY =
  /^(\s*(?:and|or|to|through|-|–)\s*)([0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(1\d{3}|20\d\d)\b)?(?![\d:.,]\d|\s*(?:%|percent|(?!(?:and|or|in|at|to|on|of|with|for|before|after|but|when|while|as)\b)[a-z]))/i;

function withSiblingDays(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    const s = dateSpec(c);
    const m =
      s && s.month !== undefined && s.day !== undefined && s.hour === undefined ? SIBLING_DAY.exec(text.slice(c.end, c.end + 24)) : null;
    const day = m ? Number(m[2]) : 0;
    const end = m ? c.end + m[0].length : 0;
    // The day may absorb the year that closes the range ("9, 2019"), never anything else.
    const next = cands[i + 1];
    const absorbed = m && next && next.start < end ? next : null;
    if (
      !s ||
      !m ||
      day < 1 ||
      day > 31 ||
      day === s.day ||
      (absorbed && !(m[3] && absorbed.end <= end && dateSpec(absorbed)?.year !== undefined))
    ) {
      out.push(c);
      continue;
    }
    const year = m[3] ? Number(m[3]) : s.year;
    out.push(m[3] && s.year === undefined ? { ...c, meaning: { kind: 'date', spec: changed(s, { year, yearFromNeighbour: true }) } } : c);
    const spec: DateSpec = { month: s.month, day, year, yearFromNeighbour: m[3] ? undefined : s.yearFromNeighbour };
    out.push({
      start: c.end + m[1]!.length,
      end,
      type: 'DATE',
      meaning: { kind: 'date', spec },
      mod: null,
      rule: 'siblingDay',
      priority: c.priority,
    });
    if (absorbed) i++;
  }
  return out;
}

/**
 * "2022-23", "the 1998–99 season", "1990-95": a span of years, the second written with two digits;
 * "2019-07": a year and month (ISO 8601). A two-digit suffix that is neither stays out.
 */
const YEAR_SUFFIX = /^([-–/])(\d\d)(?![\d\w]|[-–/.,]\d)/;

function withYearSuffixes(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  cands.forEach((c, i) => {
    const s = dateSpec(c);
    const m =
      s && s.year !== undefined && yearOnly(s) && !s.shift && c.end - c.start === 4 ? YEAR_SUFFIX.exec(text.slice(c.end, c.end + 4)) : null;
    if (!s || !m || (cands[i + 1] && cands[i + 1]!.start < c.end + 3)) {
      out.push(c);
      return;
    }
    const yy = Number(m[2]);
    const sibling = (year: number): Candidate => ({
      start: c.end + 1,
      end: c.end + 3,
      type: 'DATE',
      meaning: { kind: 'date', spec: { year, yearFromNeighbour: true } },
      mod: null,
      rule: 'yearSuffix',
      priority: c.priority,
    });
    if (yy === (s.year! + 1) % 100) out.push(c, sibling(s.year! + 1));
    else if (m[1] === '-' && yy >= 1 && yy <= 12)
      out.push({ ...c, end: c.end + 3, meaning: { kind: 'date', spec: changed(s, { month: yy }) }, rule: `${c.rule}+month` });
    else if (m[1] !== '/' && yy > s.year! % 100)
      out.push(c, sibling(s.year! - (s.year! % 100) + yy)); // "1990-95"
    else out.push(c);
  });
  return out;
}

/** "the first six months of 2023" is 2023-H1, "the last three months of 2019" 2019-Q4. */
const PART_OF_YEAR = /^the\s+(first|last|final)\s+(six\s+months|6\s+months|two\s+quarters|three\s+months|3\s+months)$/i;

function withPartsOfYear(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const l = cands[i]!,
      r = cands[i + 1];
    const m = l.meaning.kind === 'duration' ? PART_OF_YEAR.exec(text.slice(l.start, l.end)) : null;
    const rs = r ? dateSpec(r) : null;
    if (!m || !r || !rs || rs.year === undefined || !yearOnly(rs) || rs.shift || !/^\s+of\s+$/.test(text.slice(l.end, r.start))) {
      out.push(l);
      continue;
    }
    const first = /^first$/i.test(m[1]!);
    const part: DateSpec = /^(?:three|3)/i.test(m[2]!) ? { quarter: first ? 1 : 4 } : { half: first ? 1 : 2 };
    out.push({
      start: l.start,
      end: r.end,
      type: 'DATE',
      meaning: { kind: 'date', spec: changed(part, { year: rs.year }) },
      mod: null,
      rule: 'partOfYear',
      priority: Math.min(l.priority, r.priority),
    });
    i++;
  }
  return out;
}

/** "3-5 June", "from 3 to 5 July", "14, 15 and 16 May": days before a date written day first. */
const DAY_BEFORE = /(?:^|[^\d,.])([0-3]?\d)((?:st|nd|rd|th)?)(\s*,\s*|\s+and\s+|\s+to\s+|\s*[-–]\s*)$/;

function withDaysBefore(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const s = dateSpec(c);
    if (s && s.month !== undefined && s.day !== undefined && s.hour === undefined && /^\d/.test(text.slice(c.start, c.start + 1))) {
      const prevEnd = out[out.length - 1]?.end ?? 0;
      const found: Candidate[] = [];
      let at = c.start;
      let after = s.day;
      for (let k = 0; k < 5; k++) {
        const m = DAY_BEFORE.exec(text.slice(Math.max(prevEnd, at - 16), at));
        const day = m ? Number(m[1]) : 0;
        if (!m || day < 1 || day >= after) break;
        const end = at - m[3]!.length;
        const start = end - m[2]!.length - m[1]!.length;
        const spec: DateSpec = { month: s.month, day, year: s.year, yearFromNeighbour: s.year === undefined ? undefined : true };
        found.unshift({ start, end, type: 'DATE', meaning: { kind: 'date', spec }, mod: null, rule: 'dayBefore', priority: c.priority });
        at = start;
        after = day;
      }
      out.push(...found);
    }
    out.push(c);
  }
  return out;
}

/** "the 1930s and 40s", "the 1850s or '60s": a second decade of the same century. */
const DECADE_AFTER = /^(\s*(?:and|or|to|through|-|–)\s*(?:the\s+)?['’]?)(\d)0['’]?s\b/i;

function withSiblingDecades(cands: readonly Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  cands.forEach((c, i) => {
    out.push(c);
    const s = dateSpec(c);
    const m = s && s.decade !== undefined ? DECADE_AFTER.exec(text.slice(c.end, c.end + 16)) : null;
    const next = cands[i + 1];
    if (!s || !m || (next && next.start < c.end + m[0].length)) return;
    const decade = Math.floor(s.decade! / 10) * 10 + Number(m[2]);
    if (decade > s.decade!)
      out.push({
        start: c.end + m[1]!.length,
        end: c.end + m[0].length,
        type: 'DATE',
        meaning: { kind: 'date', spec: { decade } },
        mod: null,
        rule: 'siblingDecade',
        priority: c.priority,
      });
  });
  return out;
}

/**
 * The candidate started earlier, written out whole: made from `c` with its start changed, the
 * start of every object of the candidates' shape would turn mutable and throw away the compiled
 * code that reads tokens and spans.
 */
function moved(c: Candidate, start: number, meaning: Meaning, mod: string | null, rule: string): Candidate {
  return { start, end: c.end, type: c.type, meaning, mod, rule, priority: c.priority };
}

/** "the day before last Tuesday's hearing", "the day after Christmas": one day off a named day. */
function withDayOffset(c: Candidate, text: string, prevEnd: number): Candidate {
  const s = dateSpec(c);
  if (!s || !(s.day !== undefined || s.weekday !== undefined || s.holiday) || s.hour !== undefined) return c;
  const last = text.charCodeAt(c.start - 2) | 32; // cheap test before the pattern: "before " or "after "
  if (last !== 101 && last !== 114) return c;
  const m = /\bthe\s+day\s+(before|after)\s+$/i.exec(text.slice(Math.max(0, c.start - 20), c.start));
  if (!m || c.start - m[0].length < prevEnd) return c;
  const spec: DateSpec = changed(s, { offsetDays: /before/i.test(m[1]!) ? -1 : 1 });
  const meaning: Meaning = { kind: 'date', spec };
  return moved(c, c.start - m[0].length, meaning, c.mod, `${c.rule}+dayOffset`);
}

/** "early 2020", "the end of May", "mid-November", "end-June", "late yesterday", "around Nov. 1". */
const MODIFIER =
  /(?:^|[^\w-])((?:the\s+)?(?:very\s+)?(?:early|late|mid|middle|earlier|later)(?:\s*-\s*|\s+)|(?:start|end)-|the\s+(?:start|beginning|middle|end)\s+of\s+|around\s+|circa\s+)$/i;

function withPointModifier(c: Candidate, text: string, prevEnd: number): Candidate {
  if (c.meaning.kind !== 'date' || /^(?:early|late|mid|the\s+(?:early|mid|late))/i.test(text.slice(c.start, c.end))) return c;
  const m = MODIFIER.exec(text.slice(Math.max(0, c.start - 24), c.start));
  if (!m) return c;
  const words = m[1]!;
  if (c.start - words.length < prevEnd) return c;
  if (/^the\s/i.test(words) && /^the\s/i.test(text.slice(c.start, c.end)) && !/\sof\s+$/i.test(words)) return c;
  const approx = /^(?:around|circa)/i.test(words);
  // "ways to get around Wednesday's ruling": before a possessive, "around" goes with the noun it owns.
  if (approx && /^['’]s\b/.test(text.slice(c.end, c.end + 3))) return c;
  const mod = approx
    ? 'APPROX'
    : pointMod(
        words
          .trim()
          .replace(/^the\s+(?:very\s+)?/i, '')
          .replace(/\s+of$/i, ''),
      );
  return moved(c, c.start - words.length, c.meaning, mod ?? c.mod, `${c.rule}+modifier`);
}
