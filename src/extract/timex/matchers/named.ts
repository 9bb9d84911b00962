// Named days and periods without a year: weekdays ("Friday", "last Friday night"), months and
// seasons with a determiner ("last April", "this summer"), holidays ("Thanksgiving Day").
import type { DateSpec, Matcher, Parsed } from '../spec.ts';
import { HOLIDAYS } from '../lexicon.ts';
import { MONTH, SEASON, WEEKDAY, YEAR, alternation, before, rx } from '../patterns.ts';
import { holidayOf, monthNumber, ordinalNumber, seasonOf, weekdayNumber } from '../lookup.ts';
import { pointMod } from '../mods.ts';
import { determiner } from './relative.ts';
import { wordBefore } from '../context.ts';

const POD = '(?:\\s+(?<pod>morning|afternoon|evening|night))?(?![a-z])';
const DET = `(?<det>this\\s+past|this\\s+coming|last|this|next|past|coming|previous|the\\s+previous|the\\s+following|the\\s+next|that)`;
/** The words DET can end with (a cheap test before it is tried). */
const DET_LAST = /^(?:past|coming|last|this|next|previous|following|that)$/;
const HOLIDAY = `(?<holiday>${alternation(Object.keys(HOLIDAYS))})(?![a-z])`;

const date = (spec: DateSpec, mod: string | null = null): Parsed => ({
  type: spec.pod || spec.hour !== undefined ? 'TIME' : 'DATE',
  meaning: { kind: 'date', spec },
  mod,
});

/** -1, 0 or +1 from a determiner, and whether it counts from the date under discussion. */
function direction(det: string | undefined): Pick<DateSpec, 'dir' | 'base'> {
  if (!det) return { base: 'dct' }; // no determiner: the tense and the calendar decide
  if (/^that$/i.test(det)) return { dir: 0, base: 'ref' };
  const { n, base } = determiner(det);
  return { dir: n as -1 | 0 | 1, base };
}

/** Words after which a bare season name is a time ("in spring"), not a verb or an adjective. */
const SEASON_CUES = new Set([
  'in',
  'during',
  'since',
  'until',
  'by',
  'through',
  'early',
  'late',
  'mid',
  'mid-',
  'of',
  'for',
  'before',
  'after',
  'and',
  'or',
  'from',
  'to',
  'throughout',
  'each',
  'every',
]);

/** Capitalized words before a weekday that make a name of it: "Black Monday", "Super Tuesday". */
const NAME_BEFORE = /^(?:Black|Bloody|Super|Cyber|Giving|Manic|Blue|Fat)$/;
/** Capitalized words after a day that make a name of it: "the Sunday Times", "the Good Friday Agreement". */
const NAME_AFTER =
  /^(?:Times|Telegraph|Express|Mirror|Herald|Post|Independent|Tribune|Star|Mail|Observer|Sport|People|Agreement|Accord|Massacre|Night|Club|School|Service|Group|Movement)$/;

/** Whether the day named at [start, end) is part of a proper name. */
function inName(text: string, start: number, end: number): boolean {
  const before = /([A-Z][a-z]+)\s+$/.exec(text.slice(Math.max(0, start - 16), start));
  if (before && NAME_BEFORE.test(before[1]!)) return true;
  if (/\bMail\s+on\s+$/.test(text.slice(Math.max(0, start - 12), start))) return true; // "the Mail on Sunday"
  // "Monday Night Football", "Friday Night Lights": a capital part of the day, then a capital word.
  if (/^\s+(?:Night|Morning|Afternoon|Evening)\s+[A-Z]/.test(text.slice(start + text.slice(start, end).search(/\s|$/), end + 16)))
    return true;
  const after = /^\s+([A-Z][a-z]+)/.exec(text.slice(end, end + 16));
  return !!after && NAME_AFTER.test(after[1]!);
}

export const namedMatchers: Matcher[] = [
  {
    name: 'weekday',
    atAnchor: true,
    anchors: ['weekday'],
    pattern: rx(`(?<wd>${WEEKDAY})${POD}|(?<abbr>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\\.(?=,?\\s+(?:[A-Z]|\\d))`),
    before: before(`${DET}\\s+`),
    after: DET_LAST,
    extract(m, text) {
      const g = m.groups!;
      // "Wed., Sept. 18", "Tues. May 7": an abbreviation needs its capital, its period and a date or name after it.
      if (g.abbr) {
        const after = text.slice(m.index + m[0].length, m.index + m[0].length + 4);
        return /^[A-Z]/.test(g.abbr) && !g.det && /^,?\s+(?:[A-Z]|\d)/.test(after)
          ? date({ weekday: weekdayNumber(g.abbr)!, base: 'dct' })
          : null;
      }
      if (inName(text, m.index, m.index + m[0].length)) return null;
      // "Friday night" is read as the day (DATE, 1998-10-23), its part of the day dropped. TimeML
      // would allow TIME with TNI, but annotated news overwhelmingly gives the named day: in the
      // TimeBank/AQUAINT reference, 24 of 30 such phrases are DATE and 15 of 28 carry the bare day.
      // Parts of the day on their own ("this morning", "last night") stay TIME, as annotated there.
      return date({ weekday: weekdayNumber(g.wd!), ...direction(g.det) });
    },
  },
  {
    // "the third Monday of April", "the last Friday in May 2019": a weekday counted in its month.
    name: 'nthWeekdayOfMonth',
    atAnchor: true,
    anchors: ['weekday'],
    pattern: rx(`(?<wd>${WEEKDAY})\\s+(?:of|in)\\s+(?:(?<every>every|each)\\s+month|(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?)`),
    before: before(`(?:the\\s+)?(?<ord>first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+`),
    after: /^(?:first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)$/,
    extract(m) {
      const g = m.groups!;
      if (!g.ord) return null;
      // "the last Friday of every month" recurs: a set, not a date.
      if (g.every) return { type: 'SET', meaning: { kind: 'set', value: `XXXX-XX-WXX-${weekdayNumber(g.wd!)}` }, mod: 'EVERY' };
      const nth = ordinalNumber(g.ord!.toLowerCase());
      const month = monthNumber(g.month!);
      const weekday = weekdayNumber(g.wd!);
      if (nth === undefined || !month || !weekday) return null;
      return date({ holiday: { month, weekday, nth: nth < 0 ? -1 : nth }, year: g.year ? Number(g.year) : undefined });
    },
  },
  {
    name: 'namedMonth',
    atAnchor: true,
    anchors: ['month'],
    pattern: rx(`(?<month>${MONTH})(?:\\s*(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|:\\d|,\\d{3}))?`),
    before: before(`${DET}\\s+`),
    after: /^(?:this|past|coming|last|next|previous|following|that)$/,
    extract(m) {
      const g = m.groups!;
      if (!g.det) return null;
      const day = g.day ? Number(g.day) : undefined;
      if (day !== undefined && (day < 1 || day > 31)) return null;
      // "last Jan" wants its period; "that may" is a modal, "That March" a month of the year under discussion.
      if (/^that$/i.test(g.det!) && !/^[A-Z][a-z]{3,}$/.test(g.month!)) return null;
      if (/^\w{3}$/.test(g.month!) && !/^may$/i.test(g.month!)) return null;
      if (/^(?:may|march|august)$/.test(g.month!)) return null; // lower case: "this march" is no month
      return date({ month: monthNumber(g.month!), day, ...direction(g.det) });
    },
  },
  {
    name: 'season',
    atAnchor: true,
    anchors: ['season'],
    pattern: rx(`(?<season>${SEASON})(?:\\s+(?:of\\s+)?(?<year>${YEAR}))?`),
    before: before(`(?:(?<det2>the)\\s+)?(?:${DET}\\s+)?(?:(?<mod>early|late|mid|middle)[-\\s]+)?`),
    after: /^(?:the|past|coming|last|this|next|previous|following|that|early|late|mid|middle)$/,
    extract(m, text) {
      const g = m.groups!;
      const season = seasonOf(g.season!)!;
      const before = wordBefore(text, m.index);
      if (!g.det && !g.det2 && !g.year && !g.mod && !SEASON_CUES.has(before)) return null;
      // "to fall", "fall apart": the verb; a bare "fall" needs a stronger cue than other seasons.
      if (
        /^fall$/i.test(g.season!) &&
        !g.det &&
        !g.det2 &&
        !g.year &&
        !g.mod &&
        !/^(?:in|during|since|until|by|this|last|next)$/.test(before)
      )
        return null;
      // "the fall of communism", "the fall of Baghdad": a collapse, not a season ("the fall of 2005",
      // "the fall of '05" and "the fall of last year" are one).
      if (
        /^fall$/i.test(g.season!) &&
        !g.year &&
        /^\s+of\s+(?!\d|['’]\d|(?:last|this|next|that|the\s+same|the\s+following|the\s+previous)\s+year\b)/i.test(
          text.slice(m.index + m[0].length),
        )
      )
        return null;
      // "the previous autumn", "the following spring" count from the date under discussion.
      if (g.det2 && g.det && !/^(?:previous|following|next|same|preceding|prior)$/i.test(g.det)) return null;
      const det = g.det2 && g.det ? `the ${g.det}` : g.det;
      const spec: DateSpec = { season, ...direction(det), year: g.year ? Number(g.year) : undefined };
      return date(spec, pointMod(g.mod));
    },
  },
  {
    name: 'holiday',
    atAnchor: true,
    anchors: ['holiday'],
    pattern: rx(`${HOLIDAY}(?:,?\\s+(?<year>${YEAR}))?`),
    before: before(`${DET}\\s+`),
    after: DET_LAST,
    extract(m, text) {
      const g = m.groups!;
      if (/^(?:easter|christmas|thanksgiving|halloween|pentecost|may day)$/i.test(g.holiday!) && /^[a-z]/.test(g.holiday!)) return null;
      if (/^the$/i.test(wordBefore(text, m.index)) && /^christmas$/i.test(g.holiday!)) return null;
      if (inName(text, m.index, m.index + m[0].length)) return null; // "the Good Friday Agreement"
      return date({ holiday: holidayOf(g.holiday!), ...direction(g.det), year: g.year ? Number(g.year) : undefined });
    },
  },
];
