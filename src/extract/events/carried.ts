// A time carried from where the text stated it to an event told further on (the narrative's day,
// the day a source spoke on): the dataset marks it as inferred from the story, its time expression
// the one that stated it, outside the event's own passage.
import type { EventTime } from '../../model/dataset.ts';
import { isoDate } from '../../model/calendar.ts';
import type { EventDraft } from '../context.ts';
import { changed, extend } from '../objects.ts';

/** A time carried from an earlier passage: marked as inferred. */
export function carriedTime(time: EventTime): EventTime {
  return time.anchor === 'inferred' ? time : extend(time, { anchor: 'inferred' as const });
}

/** Whether an event's time was carried from another passage (a time of its own, or a noun's, comes first). */
export function isCarried(e: Pick<EventDraft, 'time' | 'timex' | 'quote'>): boolean {
  return e.time?.anchor === 'inferred' && e.timex !== null && (e.timex.end <= e.quote.start || e.timex.start >= e.quote.end);
}

const PARTS = new Set(['START', 'MID', 'END']);

/**
 * A time the text gave an act on a day: a day or a time of day, or a part of one ("late Friday"),
 * stated (not itself carried or a bound) and not after the document's day (`doc`, days since the epoch).
 */
export function ownDay(time: EventTime | null, doc: number | null): time is EventTime {
  if (!time || time.anchor === 'document' || time.anchor === 'inferred' || time.interval) return false;
  if (time.mod !== null && !PARTS.has(time.mod)) return false;
  if (time.granularity !== 'day' && time.granularity !== 'time') return false;
  return doc === null || time.end <= isoDate(doc + 1);
}

/**
 * "Troops moved in on Monday. They set up checkpoints.", told on that Monday: a day
 * carried to an event whose passage gives none, when it is the publication day, is shown as the
 * publication bound (`doc`, documentTime.ts): what the passage tells was done by that day, not
 * necessarily on it. The caller keeps the day for an act of saying, which a source's day does date.
 */
export function boundOnPublicationDay<E extends Pick<EventDraft, 'time' | 'timex' | 'quote'>>(e: E, doc: EventTime | null): E {
  const t = e.time;
  if (!doc || !t || !isCarried(e) || t.interval || t.start < doc.start || t.end > doc.end) return e;
  return changed<E>(e, { time: doc, timex: null } as Partial<E>);
}
