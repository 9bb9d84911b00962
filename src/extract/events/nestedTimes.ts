// One clause, one event: "The 2020 election was held on Nov. 3" names its year twice, once as the
// election's and once inside "Nov. 3" (2020-11-03); "at 3:51 p.m. local time in Florida, on July 13"
// names its day twice. A clause dated by two phrases where one time holds the other keeps the finer
// one; times apart ("from Monday to Friday", two different days) stay two events, and so does a time
// of day set apart from the day ("(Update 1:40 a.m. in Cairo) Egyptians on Saturday cleared …"). A
// clock glossed in brackets on another clock is the same moment ("23:30 GMT on Friday (01:30 local
// time Saturday)"): the clock told first dates it.
import type { EventDraft, Span } from '../context.ts';

/** Words between a time of day and its day in one phrase: "3:51 p.m. | local time in Florida, on | July 13" (not "overnight, | a resident said | Wednesday"). */
const SAME_PHRASE = /^(?:[\s,]|\b(?:local|time|on|in|at|of|the)\b|\p{Lu}[\p{L}.'’-]*)*$/u;

/** Whether a time of day and a day are written as one phrase, the time of day first. */
function onePhrase(text: string, time: Span | null, day: Span | null): boolean {
  // A clock glossed in brackets between them stays in the phrase: "9 p.m. (1300 GMT) on Friday".
  const between = !!time && !!day ? text.slice(time.end, day.start).replace(/^\s*\([^()]{1,30}\)/, '') : '';
  return !!time && !!day && time.end <= day.start && day.start - time.end <= 40 && SAME_PHRASE.test(between);
}

/** Whether time a holds time b and is coarser than it. */
function holds(text: string, a: EventDraft, b: EventDraft): boolean {
  const x = a.time;
  const y = b.time;
  if (!x || !y || x.interval || y.interval || x.mod || y.mod) return false;
  // A time of day spans its whole day: "3:51 p.m. … on July 13" is finer than "July 13".
  const finer = x.granularity === 'day' && y.granularity === 'time' && onePhrase(text, b.timex, a.timex);
  return x.start <= y.start && y.end <= x.end && (x.start !== y.start || x.end !== y.end || finer);
}

/** A bracket that opens right after a time of day and closes right after the other: "23:30 GMT on Friday | (|01:30 local time Saturday|)". */
const OPENS_GLOSS = /^\s*,?\s*\(\s*(?:or\s+)?$/;
/** The bracket closes after the gloss's clock and maybe its place: "(3 a.m. Saturday| in Beijing)". */
const CLOSES_GLOSS = /^[^()]{0,30}\)/;

/**
 * Whether b's time of day glosses a's in brackets on another clock: "at 23:30 GMT on Friday (01:30
 * local time Saturday)" is one moment, whatever day each clock falls on; the clock told first dates it.
 */
function glosses(text: string, a: EventDraft, b: EventDraft): boolean {
  if (!a.timex || !b.timex || a.time?.granularity !== 'time' || b.time?.granularity !== 'time') return false;
  return (
    a.timex.end <= b.timex.start && OPENS_GLOSS.test(text.slice(a.timex.end, b.timex.start)) && CLOSES_GLOSS.test(text.slice(b.timex.end))
  );
}

/**
 * Whether a's time of day is written in one phrase with b's day but was put on another day: "at 9
 * a.m. (or 0600 GMT) on Friday" is on Friday, not on the day of publication; b's day dates it.
 */
function misplaced(text: string, a: EventDraft, b: EventDraft): boolean {
  const x = a.time;
  const y = b.time;
  if (!x || !y || x.interval || y.interval || x.mod || y.mod || x.granularity !== 'time' || y.granularity !== 'day') return false;
  return (x.start < y.start || x.start >= y.end) && onePhrase(text, a.timex, b.timex);
}

/** The events of one sentence's temporal phrases, without those a finer date of the same clause holds nor a clock's gloss. */
export function finestPerClause(events: readonly EventDraft[], text: string): EventDraft[] {
  return events.filter(
    (e) =>
      !events.some(
        (o) =>
          o !== e &&
          o.title === e.title &&
          o.quote.start === e.quote.start &&
          (holds(text, e, o) || glosses(text, o, e) || misplaced(text, e, o)),
      ),
  );
}
