// Attaches a duration to the dated event it measures: "The 2021 ceasefire lasted 11 months",
// "a six-month truce that began in May 2021". The end is computed from the start and the length;
// when the start is coarser than the length (a year and eleven months), the end is a range of
// possible dates and is marked approximate. An end must be plausible: a length in a comparison
// ("the coldest December for 100 years") measures no period; a length that belongs to another
// verb ("three decades of rule ended by protests that began January 25") is not this date's; and a
// period told as over ("lasted", "ran") cannot end after the document date.
import type { TimeBound } from '../../model/dataset.ts';
import type { FoundTimex, Span, TimeFinding } from './types.ts';
import type { Gran } from './spec.ts';
import { dayNumber, fromDayNumber, isoDate, addMonths } from '../../model/calendar.ts';
import { durationLength } from './durationValue.ts';
import { pointAt } from './point.ts';
import { timexValue } from './format.ts';
import { sentenceIndex } from './sentences.ts';
import { eventTime } from './findings.ts';

const LASTED = /\b(?:lasted|lasting|lasts|last|spanned|spanning|spans|ran|running|runs|continued|went\s+on|held|for)\b/i;
const STARTED = /\b(?:began|begun|begins|beginning|started|starting|starts|from|since|in|on)\b/i;
/** Told as over: a period that "lasted" ends before the document is written. */
const OVER = /\b(?:lasted|spanned|ran|continued|went\s+on|held)\b/i;
/** A comparison before the date: "the coldest December for 100 years", "the first time in decades". */
const COMPARISON = /\b(?:\p{L}{3,}est|first|last|most|least|only|record)\b(?:[^.;,!?]|\.(?=\S)){0,40}$/iu;
/**
 * A verb of its own between a length and the date: "[three decades] of rule ended by protests that
 * began", "[within two weeks], their commander said on Tuesday"; not an attribution set off by
 * commas, which leaves the length its own ("[two weeks], officials said, starting on Tuesday").
 */
const OTHER_VERB = /\b(?:\p{L}{3,}ed|was|were|is|are|has|had|did|(?:said|says|say|told|tells)(?![^,]*,\s*$))\b/iu;
/** Words of order between a length and the date: the length is a distance from it. */
const ORDER = /\b(?:after|before|following|prior\s+to|ago)\b/i;
const GRAN_OF: Readonly<Record<string, Gran>> = {
  year: 'year',
  month: 'month',
  day: 'day',
  quarter: 'quarter',
  half: 'half',
  week: 'week',
  season: 'season',
  decade: 'decade',
  century: 'century',
  time: 'day',
};

const LAST_DAY = dayNumber(10000, 1, 1);

function parseIso(s: string): number {
  return dayNumber(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10)));
}

function plus(day: number, len: { months: number; days: number }): number {
  const d = addMonths(fromDayNumber(day), len.months);
  return dayNumber(d.y, d.m, d.d) + len.days;
}

/** The end of a period that starts within `from` and lasts `duration`. */
export function computedEnd(from: TimeBound, duration: string, vague: boolean): TimeBound | null {
  const len = durationLength(duration);
  if (!len || (len.months === 0 && len.days === 0)) return null;
  const start = plus(parseIso(from.start), len);
  const end = plus(parseIso(from.end), len);
  // Past 9999-12-31 there is no ISO date to give ("lasted 8000 years from June 2021").
  if (end >= LAST_DAY) return null;
  const gran = GRAN_OF[from.granularity] ?? 'day';
  // The value names the period of the start's granularity nearest the middle of the range.
  const value = timexValue(pointAt(Math.floor((start + end) / 2), gran));
  const exact =
    end - start === parseIso(from.end) - parseIso(from.start) &&
    pointAt(start, gran).year !== undefined &&
    timexValue(pointAt(start, gran)) === timexValue(pointAt(end - 1, gran));
  return {
    value,
    start: isoDate(start),
    end: isoDate(end),
    granularity: from.granularity,
    anchor: 'computed',
    approximate: vague || from.approximate || !exact,
  };
}

/** `dct`: the document date (day number), or null. */
export function attachDuration(
  text: string,
  timexes: readonly FoundTimex[],
  i: number,
  sentences: readonly Span[],
  dct: number | null = null,
): TimeFinding | null {
  const t = timexes[i]!;
  if (!t.bound) return null;
  const si = sentenceIndex(sentences, t.start);
  const sentenceStart = sentences[si]?.start ?? 0;
  const candidates: [number, RegExp][] = [
    [i + 1, LASTED],
    [i - 1, STARTED],
  ];
  for (const [j, cue] of candidates) {
    const d = timexes[j];
    if (!d || d.type !== 'DURATION' || sentenceIndex(sentences, d.start) !== si) continue;
    const [a, b] = j > i ? [t, d] : [d, t];
    const gap = text.slice(a.end, b.start);
    if (gap.length > 80 || !cue.test(gap) || /[;:]/.test(gap)) continue;
    if (j > i && COMPARISON.test(text.slice(Math.max(sentenceStart, t.start - 40), t.start))) continue;
    if (j < i && OTHER_VERB.test(gap.slice(0, STARTED.exec(gap)!.index))) continue;
    // "two days after the blasts on July 7": a distance from the date, no period from it.
    if (j < i && ORDER.test(gap)) continue;
    const to = computedEnd(t.bound, d.value, d.mod !== null);
    if (!to) continue;
    if (dct !== null && OVER.test(gap) && parseIso(to.start) > dct) continue;
    const time = eventTime(t.bound, t.mod, { from: t.bound, to, duration: d.value });
    return { start: a.start, end: b.end, timexes: [Math.min(i, j), Math.max(i, j)], time };
  }
  return null;
}
