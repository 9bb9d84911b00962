// A time carried from where the text stated it to an event told further on (the narrative's day,
// the day a source spoke on): the dataset marks it as inferred from the story, its time expression
// the one that stated it, outside the event's own passage.
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft } from '../context.ts';
import { extend } from '../objects.ts';

/** A time carried from an earlier passage: marked as inferred. */
export function carriedTime(time: EventTime): EventTime {
  return time.anchor === 'inferred' ? time : extend(time, { anchor: 'inferred' as const });
}

/** Whether an event's time was carried from another passage (a time of its own, or a noun's, comes first). */
export function isCarried(e: Pick<EventDraft, 'time' | 'timex' | 'quote'>): boolean {
  return e.time?.anchor === 'inferred' && e.timex !== null && (e.timex.end <= e.quote.start || e.timex.start >= e.quote.end);
}
