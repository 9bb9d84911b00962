// One clause, one event: "The 2020 election was held on Nov. 3" names its year twice, once as the
// election's and once inside "Nov. 3" (2020-11-03). A clause dated by two phrases where one time
// holds the other keeps the finer one; times apart ("from Monday to Friday", two different days)
// stay two events.
import type { EventDraft } from '../context.ts';

/** Whether time a holds time b and is coarser than it. */
function holds(a: EventDraft, b: EventDraft): boolean {
  const x = a.time;
  const y = b.time;
  if (!x || !y || x.interval || y.interval || x.mod || y.mod) return false;
  return x.start <= y.start && y.end <= x.end && (x.start !== y.start || x.end !== y.end);
}

/** The events of one sentence's temporal phrases, without those a finer date of the same clause holds. */
export function finestPerClause(events: readonly EventDraft[]): EventDraft[] {
  return events.filter((e) => !events.some((o) => o !== e && o.title === e.title && o.quote.start === e.quote.start && holds(e, o)));
}
