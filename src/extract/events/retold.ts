// An act the article tells again without its day: "Clinton flew to the capital January 16 …" and,
// further on, "Clinton flew in on a Coast Guard plane …" is the same flight, on that day. Only the
// same verb (its lemma) with the same person or craft right before it as its subject, in the
// simple past with no time of its own (clauseEvents.ts asks), from an act the text dated to a day
// or a time of day, not after the document; the latest such act of that subject and verb. Verbs of
// saying have their own carrying (speakerDays.ts), and light verbs ("held", "made", "took") or
// "be", "have", "do" name too many acts to be one.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { NarrativeTime } from './narrative.ts';
import { parseIsoDate } from '../../model/calendar.ts';
import { SAYING } from '../attribution/cueVerbs.ts';
import { carriedTime, ownDay } from './carried.ts';
import occurrence from './occurrence.json' with { type: 'json' };

/** Verbs that name too many acts to tell one again. */
const TOO_MANY = new Set([...occurrence.light, 'be', 'have', 'do', 'get', 'go', 'come', 'say', 'tell']);
/** Subjects that do one act at a time: a person, a ship or a craft (a country acts through many). */
const ONE_AT_A_TIME = new Set<ActorKind>(['person', 'craft']);

/**
 * Before a name that is the object of a preposition, maybe behind its title: "The aide to |John
 * Okafor resigned", "a letter to Gen. |Paul Okafor"; not the "of" of a title ("Secretary of State
 * |Colin Powell"), nor across the end of a sentence ("… on Monday.|Berg said"): a word ending in a
 * period is an abbreviation or an initial ("Gen.", "J."), and a name holds no line break.
 */
const AFTER_PREPOSITION =
  /(?<!\p{Lu}[\p{L}.'’-]*\s+)\b(?:to|of|for|with|by|from|at|in|on|about|against|under|over|into|than|like|near|behind)[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}(?:[\p{L}'’-]*|\p{L}{0,3}\.)[^\S\n]+){0,3}$/u;

/** The subject right before a verb, at most one word between: "Hillary Rodham Clinton flew", "Clinton then flew"; not a preposition's object. */
export function subjectBefore(text: string, trigger: Span, mentions: readonly ActorMention[]): string | null {
  const m = mentions.findLast((m) => m.end <= trigger.start);
  if (!m || !/^\s+(?:\p{Ll}+\s+)?$/u.test(text.slice(m.end, trigger.start))) return null;
  return AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 64), m.start)) ? null : m.actorId;
}

/** The acts a document dated, by subject and verb, read in text order. */
export class RetoldActs {
  private readonly acts = new Map<string, NarrativeTime>();
  private readonly doc: number | null;

  constructor(
    docDate: string | null,
    private readonly kindOf: (actorId: string) => ActorKind | undefined,
  ) {
    this.doc = parseIsoDate(docDate);
  }

  private key(lemma: string | undefined, subject: string | null): string | null {
    if (!lemma || !subject || TOO_MANY.has(lemma) || SAYING.has(lemma) || !ONE_AT_A_TIME.has(this.kindOf(subject)!)) return null;
    return `${subject} ${lemma}`;
  }

  /** Notes the acts a sentence dates by a time of its own, with the subject right before their verb. */
  record(
    text: string,
    events: readonly EventDraft[],
    mentions: readonly ActorMention[],
    lemmaAt: (at: number) => string | undefined,
  ): void {
    for (const e of events) {
      if (!e.timex || e.timex.start < e.quote.start || e.timex.end > e.quote.end || !ownDay(e.time, this.doc)) continue;
      const key = this.key(lemmaAt(e.trigger.start), subjectBefore(text, e.trigger, mentions));
      if (key) this.acts.set(key, { time: e.time, timex: e.timex });
    }
  }

  /** The day of the act a verb with its subject tells again, when the document dated it before. */
  find(text: string, trigger: Span, lemma: string, mentions: readonly ActorMention[]): NarrativeTime | null {
    const key = this.key(lemma, subjectBefore(text, trigger, mentions));
    const act = key ? this.acts.get(key) : undefined;
    return act ? { time: carriedTime(act.time), timex: act.timex } : null;
  }
}
