// The occasion a report is set in: "Apple held a press conference on Friday. During the event,
// Jobs announced …", "… at this year's developers conference yesterday. … at the annual
// conference, Jobs started by …". An occasion the document dated to a day (an event whose trigger
// is an occasion noun, dated by the text, not by the publication date) dates what a later sentence
// sets in it with "at the …" or "during the …": the same noun ("the annual conference"), or a
// noun that names any occasion ("the event") for the last one told. Only a day or a time of day,
// only an occasion told before, and the last of that noun: two conferences leave "the conference"
// to the later one, as the reader reads it.
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { NarrativeTime } from './narrative.ts';
import lists from './occasions.json' with { type: 'json' };
import { mapOf } from '../lists.ts';
import { extend } from '../objects.ts';
import { ownDay } from './carried.ts';

const OCCASIONS = new Set(lists.occasions);
const GENERIC = new Set(lists.generic);
/** "at the annual conference", "During the Cupertino, California event": up to four words before the noun, in lower case (a name is its own); a comma only after a name ("At the same time, the event …" sets nothing in an event). */
const SET_IN = new RegExp(
  String.raw`\b(?:[Aa]t|[Dd]uring)\s+the\s+(?:[\p{L}\p{N}.'’-]+\s+|\p{Lu}[\p{L}.'’-]*,\s+){0,4}?(?<noun>${[...OCCASIONS].join('|')})s?\b`,
  'gu',
);

/** An occasion a sentence is set in: its time, and the phrase that sets it there. */
export type SetIn = NarrativeTime & { phrase: Span };

interface Occasion {
  noun: string;
  time: EventTime;
  timex: Span | null;
}

/** The last word of an event's trigger, lower case and singular, when it names an occasion. */
function occasionNoun(text: string, e: EventDraft): string | null {
  const word = text.slice(e.trigger.start, e.trigger.end).split(/\s+/).at(-1)!.toLowerCase();
  const noun = word.replace(/(?<=[^s])s$/, '');
  return OCCASIONS.has(noun) ? noun : null;
}

/** The dated occasions of a document, read in text order. */
export class Occasions {
  private readonly told: Occasion[] = [];

  /** Notes the occasions a sentence dates. */
  record(text: string, events: readonly EventDraft[]): void {
    for (const e of events) {
      const noun = occasionNoun(text, e);
      if (noun && ownDay(e.time, null)) this.told.push({ noun, time: e.time, timex: e.timex });
    }
  }

  /** The occasion a span of text sets its events in ("During the event, …"), when one was told before. */
  setIn(text: string, span: Span): SetIn | null {
    for (const m of text.slice(span.start, span.end).matchAll(SET_IN)) {
      const noun = m.groups!.noun!;
      const found = this.told.findLast((o) => o.noun === noun || GENERIC.has(noun));
      if (!found) continue;
      const start = span.start + m.index;
      return { time: found.time, timex: found.timex, phrase: { start, end: start + m[0].length } };
    }
    return null;
  }

  /** The mention of the occasion itself in a sentence set in it (`at`: "at the annual conference") has its time. */
  date(at: SetIn | null, events: readonly EventDraft[]): EventDraft[] {
    if (!at) return [...events];
    return mapOf(events, (e) =>
      (!e.time || e.time.anchor === 'document') && e.trigger.start >= at.phrase.start && e.trigger.end <= at.phrase.end
        ? extend(e, { time: at.time, timex: at.timex })
        : e,
    );
  }
}
