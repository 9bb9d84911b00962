// The honest bound for a news event whose text gives no time of its own: it was known by the
// document's publication date. Anchor `document`, mod ON_OR_BEFORE: never a day it happened on,
// and the app draws it apart from dated events.
import type { EventTime } from '../../model/dataset.ts';
import { isoDate, parseIsoDate } from '../../model/calendar.ts';
import { extend } from '../objects.ts';

export function documentTime(date: string | null): EventTime | null {
  const day = parseIsoDate(date);
  if (day === null) return null;
  const start = isoDate(day);
  return {
    value: start,
    start,
    end: isoDate(day + 1),
    granularity: 'day',
    anchor: 'document',
    approximate: true,
    mod: 'ON_OR_BEFORE',
    interval: null,
  };
}

/** A part of a period ("late Friday", "early March") is still within it: the period bounds alike. */
const PART_OF = new Set(['START', 'MID', 'END']);

/**
 * What a source said on a day of its own was known by that day: "The army withdrew, the minister
 * said Tuesday" bounds the withdrawal by that Tuesday (mod ON_OR_BEFORE), as the publication date
 * bounds the news. A period said over ("said last week", "late Friday") bounds it by its end alike.
 */
export function knownBy(said: EventTime): EventTime | null {
  if (said.interval || (said.mod && !PART_OF.has(said.mod))) return null;
  return extend(said, { approximate: true, mod: 'ON_OR_BEFORE' });
}
