// Dates the text states in full or in part: "Oct. 23, 1998", "23 October", "October 1998",
// "October", "1998-10-23", "10/23/98". The year, when missing, is left to resolution.
import type { Matcher, Parsed } from '../spec.ts';
import { MONTH, ORDINAL_WORD, YEAR, before, rx } from '../patterns.ts';
import { dayNumber, monthNumber } from '../lookup.ts';
import { daysInMonth } from '../../../model/calendar.ts';
import { isCapitalized, rawWordAfter, wordBefore } from '../context.ts';
import { extend } from '../../objects.ts';

/** Day of the month in words ("March eighth", "the twenty-first of May"); never "last". */
const DAY_WORD = `(?:(?:twenty|thirty)-?)?(?!last|final)${ORDINAL_WORD}`;

/** Words after which a lone month name is a date ("in May", "since March", "early June"). */
const MONTH_CUES = new Set([
  'in',
  'of',
  'since',
  'until',
  'till',
  'til',
  'by',
  'from',
  'to',
  'through',
  'thru',
  'before',
  'after',
  'during',
  'early',
  'late',
  'mid',
  'mid-',
  'last',
  'next',
  'this',
  'and',
  'or',
  'between',
  'each',
  'every',
  'that',
  'for',
  'on',
  'around',
  'about',
  'into',
  'throughout',
  'end',
  'beginning',
  'start',
  'middle',
  'past',
  'coming',
  'previous',
  'following',
  'as',
  'in-',
  'late-',
  'early-',
  'mid-to-late',
  '-',
  '–',
]);

/** Determiners before a month used as a modifier ("the March election", "its May report"). */
const BEFORE_MONTH_NOUN = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'last', 'next']);
/** Words after "the March" that make it a name or a walk, not a month ("the March on Washington"). */
const NOT_NOUN_AFTER = new Set([
  'on',
  'of',
  'to',
  'for',
  'from',
  'in',
  'and',
  'or',
  'with',
  'by',
  'at',
  'is',
  'was',
  'will',
  'has',
  'had',
  'that',
  'which',
]);

/** Words after "September 11" that make it the name of the 2001 attacks. */
const NAMED_DAY_AFTER = /^\s+(?:attacks?|hijack|terror|commission|memorial|victims|era|generation)/i;
/** Month words that are also ordinary words, and abbreviations that need their period. */
const AMBIGUOUS = new Set(['may', 'march', 'august']);

function date(month: number, day: number | undefined, year: number | undefined): Parsed | null {
  if (day !== undefined && (day < 1 || day > daysInMonth(year ?? 2000, month))) return null;
  return { type: 'DATE', meaning: { kind: 'date', spec: { month, day, year } } };
}

/** A month word that only counts with its capital (or with a year or day beside it). */
function plausibleMonth(word: string, strong: boolean): boolean {
  if (strong) return true;
  return isCapitalized(word) || !AMBIGUOUS.has(word.toLowerCase());
}

export const explicitMatchers: Matcher[] = [
  {
    name: 'monthDayYear',
    atAnchor: true,
    anchors: ['month'],
    pattern: rx(
      `(?<month>${MONTH})\\s*(?:(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?!\\d|:\\d|,\\d{3}(?!\\d)|\\.\\d)|(?<dayw>${DAY_WORD})(?![a-z-]))` +
        `(?:(?:,\\s*|\\s+)(?<year>${YEAR}))?`,
    ),
    extract(m, text) {
      const g = m.groups!;
      if (g.dayw && !/^\s/.test(m[0].slice(g.month!.length))) return null;
      if (!plausibleMonth(g.month!, !!g.year)) return null;
      // "the September 11 attacks" names the attacks of 2001, a year the text does not state.
      if (
        !g.year &&
        /^sept/i.test(g.month!) &&
        g.day === '11' &&
        NAMED_DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 16))
      )
        return null;
      return date(monthNumber(g.month!)!, dayNumber(g.day ?? g.dayw!), g.year ? Number(g.year) : undefined);
    },
  },
  {
    name: 'dayMonthYear',
    anchors: ['month'],
    pattern: rx(
      `(?:the\\s+)?(?<day>[0-3]?\\d(?:st|nd|rd|th)?|${DAY_WORD})(?:\\s+day\\s+of|\\s+of)?\\s+(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?`,
    ),
    extract(m) {
      const g = m.groups!;
      if (!isCapitalized(g.month!) && !g.year) return null;
      if (/^[a-z]/i.test(g.day!) && !/^the\s/i.test(m[0])) return null; // "first May" is no date
      if (/^the\s/i.test(m[0]) && /^\d+$/.test(g.day!)) return null;
      return date(monthNumber(g.month!)!, dayNumber(g.day!), g.year ? Number(g.year) : undefined);
    },
  },
  {
    // "the last day of June", "the first week of May 2019", "the final days of March": a part of the month.
    name: 'partOfMonth',
    atAnchor: true,
    startWords: ['day', 'days', 'week', 'weeks'],
    anchors: ['unit'],
    pattern: rx(`(?:(?<day>day)|days|weeks?)\\s+of\\s+(?<month>${MONTH})(?:,?\\s+(?<year>${YEAR}))?`),
    before: before(`(?:the\\s+)?(?<ord>first|last|final|closing|opening)\\s+(?:few\\s+)?`),
    after: /^(?:first|last|final|closing|opening|few)$/,
    extract(m) {
      const g = m.groups!;
      if (!g.ord) return null;
      const month = monthNumber(g.month!)!;
      const year = g.year ? Number(g.year) : undefined;
      const first = /^(?:first|opening)$/i.test(g.ord!);
      if (g.day) return first ? date(month, 1, year) : { type: 'DATE', meaning: { kind: 'date', spec: { month, year, lastDay: true } } };
      return { type: 'DATE', meaning: { kind: 'date', spec: { month, year } }, mod: first ? 'START' : 'END' };
    },
  },
  {
    name: 'monthYear',
    atAnchor: true,
    anchors: ['month'],
    pattern: rx(`(?<month>${MONTH})(?:\\s+of|,)?\\s+(?:(?<year>${YEAR})|['’](?<yy>\\d\\d)(?![\\d'’]))`),
    extract(m) {
      const g = m.groups!;
      const year = g.year ? Number(g.year) : 1900 + Number(g.yy);
      return date(monthNumber(g.month!)!, undefined, g.yy && Number(g.yy) < 30 ? year + 100 : year);
    },
  },
  {
    name: 'month',
    atAnchor: true,
    anchors: ['month'],
    pattern: rx(`(?<month>january|february|march|april|may|june|july|august|september|october|november|december|sept\\.)(?![a-z])`),
    extract(m, text) {
      const word = m.groups!.month!;
      if (!isCapitalized(word)) return null;
      const before = wordBefore(text, m.index);
      if (MONTH_CUES.has(before) || before.endsWith('-')) return date(monthNumber(word)!, undefined, undefined);
      const after = rawWordAfter(text, m.index + word.length);
      if (/^[0-3]?\d$/.test(after)) return null; // a day the longer matcher declined ("the September 11 attacks")
      // "the December quarter": the quarter that ends in that month.
      const quarterAfter = /^\s+quarter\b/i.exec(text.slice(m.index + word.length, m.index + word.length + 10));
      if (quarterAfter && monthNumber(word)! % 3 === 0) {
        return {
          type: 'DATE',
          meaning: { kind: 'date', spec: { quarter: monthNumber(word)! / 3 } },
          end: m.index + word.length + quarterAfter[0].length,
        };
      }
      // "the March election", "after the May floods": a month before the noun it dates.
      if (BEFORE_MONTH_NOUN.has(before) && /^[a-z]{3,}$/.test(after) && !NOT_NOUN_AFTER.has(after))
        return date(monthNumber(word)!, undefined, undefined);
      if (AMBIGUOUS.has(word.toLowerCase())) return null;
      if (isCapitalized(after) && !/^(?:The|A|An|This|That|It)$/.test(after)) return null; // "April Smith"
      return date(monthNumber(word)!, undefined, undefined);
    },
  },
  {
    name: 'numericDate',
    atAnchor: true,
    startWords: ['#1', '#2', '#4'],
    anchors: ['digit'],
    pattern: rx(
      `(?<y>[12]\\d{3})-(?<m>[01]?\\d)-(?<d>[0-3]?\\d)(?:T(?<th>[01]\\d|2[0-3]):(?<tm>[0-5]\\d)(?::(?<ts>[0-5]\\d))?(?:Z|[+-]\\d\\d:?\\d\\d)?)?(?![\\d-])|(?<m2>[0-3]?\\d)/(?<d2>[0-3]?\\d)/(?<y2>\\d{4}|\\d{2})(?![\\d/])` +
        `|(?<d4>[0-3]?\\d)\\.(?<m4>[01]?\\d)\\.(?<y4>[12]\\d{3})(?![\\d.]\\d)` +
        `|(?<d5>[0-3]?\\d)-(?<m5>[01]?\\d)-(?<y5>[12]\\d{3})(?![\\d-])` +
        `|(?<y3>[12]\\d{3})/(?<m3>[01]?\\d)/(?<d3>[0-3]?\\d)(?![\\d/])`,
    ),
    extract(m, text) {
      const g = m.groups!;
      if (/[\d/.-]/.test(text[m.index - 1] ?? '')) return null;
      if (g.d4 && /^(?:version|ver|v|release|build|firmware)$/.test(wordBefore(text, m.index))) return null; // "version 1.2.2019"
      let month = Number(g.m ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5);
      let day = Number(g.d ?? g.d2 ?? g.d3 ?? g.d4 ?? g.d5);
      let year = Number(g.y ?? g.y2 ?? g.y3 ?? g.y4 ?? g.y5);
      // Month first with slashes, as in American usage ("11/08/2016"), unless the first number
      // cannot be a month ("13/05/2024"); dotted and hyphenated dates ("13.05.2024",
      // "12-05-2024") are day first.
      if (g.m2 && month > 12 && day <= 12) [month, day] = [day, month];
      // "12-05-2024" is day first, as where it is written that way, unless the second cannot be a month.
      if (g.m5 && month > 12 && day <= 12) [month, day] = [day, month];
      if (g.y2 && g.y2.length === 2) year += year < 50 ? 2000 : 1900;
      if (month < 1 || month > 12) return null;
      const parsed = date(month, day, year);
      // "2024-05-10T14:00Z": an ISO 8601 date and time (the zone is not kept).
      if (parsed && g.th && parsed.meaning.kind === 'date') {
        return {
          ...parsed,
          type: 'TIME',
          meaning: {
            kind: 'date',
            spec: extend(parsed.meaning.spec, { hour: Number(g.th), minute: Number(g.tm), second: g.ts ? Number(g.ts) : undefined }),
          },
        };
      }
      return parsed;
    },
  },
];
