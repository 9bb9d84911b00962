// Words for how precise a time is and how it was obtained, for tooltips, details and names.
import type { Anchor, EventTime } from '../../model/dataset.ts';
import { formatBound } from './formatEventTime.ts';

const ANCHOR_WORDS: Record<Anchor, string> = {
  explicit: 'stated in the text',
  inferred: 'inferred from context (the year, or a day the article gave earlier)',
  relative: 'resolved relative to another date',
  computed: 'computed from a duration',
  document: 'no date in the text: known by the publication date',
};

export function describeAnchor(anchor: Anchor): string {
  return ANCHOR_WORDS[anchor];
}

/**
 * True when the time is only a bound, not a day: the publication date of the event's document, or
 * the day a source said it (mod ON_OR_BEFORE).
 */
export function isReportedBy(time: EventTime | null): boolean {
  return !!time && (time.anchor === 'document' || time.mod === 'ON_OR_BEFORE') && !time.interval;
}

/** True when any part of the time was inferred rather than read: its year, or a day told earlier in the article. */
export function isInferred(time: EventTime): boolean {
  const { interval } = time;
  if (time.anchor === 'inferred') return true;
  return Boolean(interval && (interval.from?.anchor === 'inferred' || interval.to?.anchor === 'inferred'));
}

/** Short notes shown beside a time: precision, fuzziness and anchoring. */
export function precisionNotes(time: EventTime): string[] {
  const notes: string[] = [];
  const { interval } = time;
  if (time.anchor === 'document' && !interval)
    return ['no date in the text', `reported by ${formatBound({ ...time, approximate: false })}`];
  if (time.mod === 'ON_OR_BEFORE' && !interval)
    return ['no date of its own in the text', `said by ${formatBound({ ...time, approximate: false })}`];
  if (interval) {
    notes.push('period');
    if (interval.to === null) notes.push('open end');
    else if (interval.to.approximate || interval.to.anchor === 'computed') notes.push('approximate end');
    if (interval.duration) notes.push(`lasted ${formatDuration(interval.duration)}`);
  } else {
    notes.push(`precise to the ${time.granularity}`);
    if (time.approximate) notes.push('approximate');
  }
  if (isInferred(time)) notes.push('date inferred');
  return notes;
}

const UNITS: Record<string, string> = {
  L: 'millennium',
  C: 'century',
  E: 'decade',
  Y: 'year',
  Q: 'quarter',
  M: 'month',
  W: 'week',
  D: 'day',
};
const TIME_UNITS: Record<string, string> = { H: 'hour', M: 'minute', S: 'second' };
const PLURAL: Record<string, string> = { millennium: 'millennia', century: 'centuries' };

/** "P11M" → "11 months", "PT2H" → "2 hours", "PXE" → "some decades"; other shapes are shown as written. */
export function formatDuration(iso: string): string {
  const match = /^P(T?)(\d+(?:\.\d+)?|X)([LCEYQMWDHS])$/.exec(iso);
  if (!match) return iso;
  const [, t, n, unit] = match;
  const word = (t ? TIME_UNITS : UNITS)[unit!];
  if (!word) return iso;
  const plural = PLURAL[word] ?? `${word}s`;
  if (n === 'X') return `some ${plural}`;
  return `${n} ${n === '1' ? word : plural}`;
}
