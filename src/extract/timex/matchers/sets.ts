// Recurring times (TIMEX3 SET): "daily", "every week", "each July", "every other year",
// "twice a week", "$5 million a year", "on Mondays", "Tuesday nights".
import type { Matcher, Parsed } from '../spec.ts';
import { MONTH, NUMBER, SEASON, UNIT, WEEKDAY, before, rx } from '../patterns.ts';
import { monthNumber, parseAmount, podOf, seasonOf, unitOf, weekdayNumber } from '../lookup.ts';
import { durationValue } from '../durationValue.ts';
import { pad } from '../../../model/calendar.ts';
import { rawWordAfter, wordBefore } from '../context.ts';

const ADVERBS: Readonly<Record<string, string>> = {
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  fortnightly: 'P2W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  hourly: 'PT1H',
  'bi-weekly': 'P2W',
  'bi-monthly': 'P2M',
  biannually: 'P6M',
  quarterly: 'P3M',
  semiannually: 'P6M',
  'semi-annually': 'P6M',
};
/** Words after "quarterly" that leave it an adverb ("paid quarterly in arrears"). */
const ADVERB_NEXT = /^(?:and|or|in|on|at|by|for|to|from|since|until|with|through|over|after|before|but|instead|rather)$/;
const set = (value: string, quant: string | null = null): Parsed => ({ type: 'SET', meaning: { kind: 'set', value }, mod: quant });

/** Recurring named times: "XXXX-07" for each July, "XXXX-WXX-4" for every Thursday. */
function namedValue(word: string, pod: string | undefined): string | undefined {
  const month = monthNumber(word);
  if (month && word.length > 3) return `XXXX-${pad(month, 2)}`;
  const wd = weekdayNumber(word.replace(/s$/i, ''));
  if (wd) return `XXXX-WXX-${wd}${pod ? `T${podOf(pod)}` : ''}`;
  const season = seasonOf(word);
  if (season) return `XXXX-${season}`;
  const p = podOf(word);
  return p ? `XXXX-XX-XXT${p}` : undefined;
}

/** "four flights a week", "hundreds of interviews a day": a counted plural noun makes "a day" a rate. */
function countedNoun(text: string, index: number): boolean {
  const words =
    text
      .slice(Math.max(0, index - 48), index)
      .toLowerCase()
      .match(/[\d,.]+|[a-z]+/g) ?? [];
  const noun = words[words.length - 1] ?? '';
  if (!/^[a-z]+s$/.test(noun) || /^(?:years|months|weeks|days|hours|minutes)$/.test(noun)) return false;
  return words
    .slice(-4, -1)
    .some((w) => /^\d/.test(w) || parseAmount(w) !== undefined || /^(?:hundreds|thousands|millions|dozens|several|many)$/.test(w));
}

/**
 * "$5 million a year", "3% a month": a rate after an amount or a counted noun, where `before` is
 * the word before "a"; a comma parts the number from "a year" ("in 2019, a year after").
 */
function isRate(text: string, index: number, before: string): boolean {
  return (
    !/[,;:)]\s*$/.test(text.slice(Math.max(0, index - 3), index)) &&
    (/^(?:\d[\d,.]*|million|billion|trillion|thousand|hundred|percent|%|cents?|dollars?|each|apiece)$/.test(before) ||
      countedNoun(text, index))
  );
}

export const setMatchers: Matcher[] = [
  {
    name: 'setAdverb',
    atAnchor: true,
    anchors: ['set'],
    pattern: rx(
      `(?<w>daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-monthly|annually|yearly|hourly|biannually|quarterly|semi-?annually)(?![a-z-])`,
    ),
    extract(m, text) {
      const w = m.groups!.w!.toLowerCase();
      // TimeML annotates the adjective too: "his weekly radio address" recurs every week. But
      // "quarterly" before a noun names a report ("quarterly earnings"), not when anything happens.
      if (
        w === 'quarterly' &&
        /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)) &&
        !ADVERB_NEXT.test(rawWordAfter(text, m.index + m[0].length))
      )
        return null;
      return set(ADVERBS[w]!);
    },
  },
  {
    name: 'everyUnit',
    atAnchor: true,
    startWords: ['every', 'each'],
    anchors: ['set'],
    pattern: rx(
      `(?<q>every|each)\\s+(?:(?<other>other)\\s+|(?<num>${NUMBER})\\s+)?(?:(?<unit>${UNIT})|(?<name>${MONTH}|${WEEKDAY}|${SEASON}|morning|afternoon|evening|night))`,
    ),
    extract(m) {
      const g = m.groups!;
      if (g.name) {
        const value = namedValue(g.name, undefined);
        return value ? set(value, 'EVERY') : null;
      }
      const unit = unitOf(g.unit!);
      const n = g.other ? 2 : g.num ? parseAmount(g.num) : 1;
      if (!unit || n === undefined || n === null) return null;
      return set(durationValue(n, unit), 'EVERY');
    },
  },
  {
    name: 'timesPerUnit',
    atAnchor: true,
    startWords: ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'],
    anchors: ['unit'],
    pattern: rx(`(?<unit>second|minute|hour|day|week|month|quarter|year)(?![a-z-])`),
    before: before(`(?:(?<freq>once|twice|thrice|(?:${NUMBER})\\s+times)\\s+)?(?<per>a|an|per|each)\\s+`),
    after: /^(?:a|an|per|each)$/,
    extract(m, text) {
      const g = m.groups!;
      if (!g.per) return null;
      const before = wordBefore(text, m.index);
      // "$5 million a year", "3% a month": a rate; "a year ago" is not (that matcher is longer).
      // "in 2019, a year after": a comma parts the number from "a year", which is then no rate.
      if (!g.freq && !/^per$/i.test(g.per!) && !isRate(text, m.index, before)) return null;
      return set(durationValue(1, unitOf(g.unit!)!), null);
    },
  },
  {
    name: 'pluralWeekday',
    atAnchor: true,
    anchors: ['weekday'],
    pattern: rx(
      `(?<wd>mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+(?<pod>mornings|afternoons|evenings|nights))(?![a-z])`,
    ),
    extract(m) {
      const g = m.groups!;
      const value = namedValue(g.wd!.split(/\s+/)[0]!, g.pod?.replace(/s$/i, ''));
      return value ? set(value, null) : null;
    },
  },
];
