// An occasion the article dates once by its verb is the same occasion when a noun of its family
// names it again: "The council voted on Tuesday to close the school. … The vote went smoothly",
// "… voting ended …", "the polls closed": those take the vote's day. Conservative, as a wrong day is
// worse than the publication bound:
// - only an occasion the text dated to a day or a time of day of its own (not a bound, not a day
//   carried itself), not after the document; a family dated to two days names none;
// - only up to the next time expression of another day in the text (a new time may tell another
//   such occasion), in a sentence with no time of its own and no word that moves it off the
//   story's time ("earlier", "once");
// - only what the document knew by its publication (an event bounded by that date: no plan, no
//   background), whose trigger is a noun of the family ("the vote", "during voting") or whose
//   subject, right before a verb of the occasion's course, is one ("the polls closed", "voting
//   ended"; not "the vote was postponed", another act).
// The day carried is marked as such (anchor `inferred`, its time expression the one that stated it).
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { TimeFinding } from '../timex/types.ts';
import type { NarrativeTime } from './narrative.ts';
import { parseIsoDate } from '../../model/calendar.ts';
import { carriedTime, ownDay } from './carried.ts';
import { extend } from '../objects.ts';
import lists from './families.json' with { type: 'json' };
import words from './words.json' with { type: 'json' };

/** The family of each verb lemma and each noun. */
const BY_VERB = new Map<string, string>();
const BY_NOUN = new Map<string, string>();
for (const [family, { verbs, nouns }] of Object.entries(lists.families)) {
  for (const v of verbs) BY_VERB.set(v, family);
  for (const n of nouns) BY_NOUN.set(n, family);
}
const COURSE = new Set(lists.course);
const LIGHT = new Set(lists.light);
/** The noun a light verb tells its occasion by: "cast [ballots]", "went to the [polls]", "held a closed [meeting]". */
const OBJECT = /^\s+(?:to\s+)?(?:(?:the|a|an|their|his|her|its)\s+)?(?:\p{Ll}+\s+)?([\p{L}-]+)/u;
const OTHERS = new Set(lists.others);
const MEET_WITH = new Set(lists.meetWith);
/** What "meet" takes to name a meeting: "met with", "met Berg", "met in Paris", "met the governor" (the noun in group 1). */
const MET = /^\s+(?:with\b|\p{Lu}|(?:in|at)\s+\p{Lu}|(?:the|his|her|their|its)\s+([\p{L}-]+))/u;
/** A noun named again as the same occasion: "the vote", "that meeting"; no word between them ("the cabinet meeting": another). */
const DEFINITE = /\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+$/u;
/** The noun right before a verb, as its subject: "the polls closed", "Voting ended". */
const SUBJECT = /(?:^|[,;]\s*|\b(?:and|but|as|when|after|before)\s+|\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+)([\p{L}-]+)\s+$/u;
/** Any noun of a family in a sentence, with the two words before it. */
const MENTION = new RegExp(String.raw`(?:([\p{L}-]+)\s+)?(?:([\p{L}-]+)\s+)?\b((?:${[...BY_NOUN.keys()].join('|')})s?)\b`, 'giu');
const SAME = new Set(['the', 'that', 'this']);
/** The words that may follow a verb of the occasion's course with no object: "ended without agreement", "went smoothly". */
const NO_OBJECT = new Set([
  ...words.prepositions,
  'and',
  'but',
  'as',
  'when',
  'while',
  'early',
  'late',
  'again',
  'up',
  'off',
  'on',
  'ahead',
]);

/** A dated occasion of a family, or null when two days were told for it; `open`: no other day told since. */
interface Dated {
  at: NarrativeTime;
  open: boolean;
}

/** The occasions a document dated by their verb, read in text order. */
export class Families {
  private readonly dated = new Map<string, Dated | null>();
  private readonly doc: number | null;

  constructor(docDate: string | null) {
    this.doc = parseIsoDate(docDate);
  }

  /**
   * Notes the occasions a sentence dates ("The council voted on Tuesday", "the Tuesday meeting"), and
   * closes the others at a time expression of another day.
   */
  record(
    text: string,
    sentence: Span,
    events: readonly EventDraft[],
    findings: readonly TimeFinding[],
    lemmaAt: (at: number) => string | undefined,
  ): void {
    // "In 2010, …", "On Thursday, …": any other time may tell another such occasion.
    for (const f of findings) {
      const day = f.time.granularity === 'day' || f.time.granularity === 'time';
      for (const d of this.dated.values()) if (d && (!day || !sameDay(d.at.time, f.time))) d.open = false;
    }
    // "an earlier vote", "the cabinet meeting", "the meetings": another occasion of the family
    // (read only while one is open: the search runs over every sentence of every document).
    if (this.anyOpen())
      for (const m of text.slice(sentence.start, sentence.end).matchAll(MENTION)) {
        const [, far, near, noun] = m;
        const other =
          !BY_NOUN.has(noun!.toLowerCase()) ||
          OTHERS.has((near ?? '').toLowerCase()) ||
          (near !== undefined && !SAME.has(near.toLowerCase()) && [...SAME, 'a', 'an'].includes((far ?? '').toLowerCase()));
        const d = this.dated.get(nounFamily(noun!.toLowerCase()) ?? '');
        if (other && d) d.open = false;
      }
    for (const e of events) {
      if (!e.timex || !ownDay(e.time, this.doc)) continue;
      const word = text.slice(e.trigger.start, e.trigger.end).split(/\s+/).at(-1)!.toLowerCase();
      const lemma = lemmaAt(e.trigger.start) ?? '';
      const object = LIGHT.has(lemma) ? OBJECT.exec(text.slice(e.trigger.end, e.trigger.end + 40))?.[1]?.toLowerCase() : undefined;
      const family = this.verbFamily(text, e, lemma) ?? nounFamily(word) ?? nounFamily(object ?? '');
      if (!family) continue;
      const had = this.dated.get(family);
      if (had === undefined || (had && sameDay(had.at.time, e.time)))
        this.dated.set(family, { at: { time: e.time, timex: e.timex }, open: true });
      else this.dated.set(family, null);
    }
  }

  /**
   * Gives the day of a dated occasion to its later mentions in a sentence with no time of its own
   * (`goesOn`: no word moves it off the story's time): events bounded by the publication date whose
   * trigger or subject is a noun of its family. `lengths`: the sentence's lengths of time ("two
   * hours"), which name no other time.
   */
  date(
    text: string,
    events: readonly EventDraft[],
    goesOn: boolean,
    lemmaAt: (at: number) => string | undefined,
    lengths: readonly Span[] = [],
  ): EventDraft[] {
    if (!goesOn || !this.anyOpen()) return [...events];
    return events.map((e) => {
      if (e.time?.anchor !== 'document') return e;
      const d = this.dated.get(this.familyOf(text, e, lemmaAt, lengths) ?? '');
      return d?.open ? extend(e, { time: carriedTime(d.at.time), timex: d.at.timex }) : e;
    });
  }

  /** Whether an occasion dated so far may still be named again. */
  private anyOpen(): boolean {
    for (const d of this.dated.values()) if (d?.open) return true;
    return false;
  }

  /** The family a verb names: "voted"; "met" only with someone ("met the governor", not "met fierce resistance"). */
  private verbFamily(text: string, e: EventDraft, lemma: string): string | undefined {
    const family = BY_VERB.get(lemma);
    if (family !== 'meet') return family;
    const m = MET.exec(text.slice(e.trigger.end, e.trigger.end + 40));
    return m && (!m[1] || MEET_WITH.has(m[1].toLowerCase())) ? family : undefined;
  }

  /** The family an event names: by its trigger ("the vote"), or by its subject before a verb of the occasion's course ("the polls closed"). */
  private familyOf(text: string, e: EventDraft, lemmaAt: (at: number) => string | undefined, lengths: readonly Span[]): string | undefined {
    const word = text.slice(e.trigger.start, e.trigger.end).split(/\s+/).at(-1)!.toLowerCase();
    const before = text.slice(Math.max(e.quote.start, e.trigger.start - 40), e.trigger.start);
    // The noun as it stands, singular: "the meetings" are more than the one.
    const own = BY_NOUN.get(word);
    if (own) {
      // "the vote", "that meeting"; not "a meeting", "the previous meeting", nor "were meeting" (a verb).
      // "during voting", "after polling": the occasion's own noun in -ing, alone after a preposition of time.
      const alone = word.endsWith('ing') && /\b(?:during|after|before|since|throughout)\s+$/i.test(before);
      return DEFINITE.test(before) || alone ? own : undefined;
    }
    if (!COURSE.has(lemmaAt(e.trigger.start) ?? '')) return undefined;
    // "the vote went smoothly", "the meeting ended without agreement"; not "the vote drew sharp criticism".
    const after = /^\s+([\p{L}-]+)/u.exec(text.slice(e.trigger.end, e.trigger.end + 30));
    const next = after?.[1];
    // "the meeting lasted two hours": a length of time is no object.
    const at = e.trigger.end + (after ? after[0].length - next!.length : 0);
    const length = lengths.some((l) => l.start <= at && at < l.end);
    if (next && !length && next === next.toLowerCase() && !NO_OBJECT.has(next) && !next.endsWith('ly')) return undefined;
    const subject = SUBJECT.exec(before);
    return subject ? BY_NOUN.get(subject[1]!.toLowerCase()) : undefined;
  }
}

/** Whether a word is a noun of a family, as it stands ("docking", "voting"). */
export function isFamilyNoun(word: string): boolean {
  return BY_NOUN.has(word);
}

/** The family of a noun, singular or plural ("ballots"). */
function nounFamily(word: string): string | undefined {
  return BY_NOUN.get(word) ?? BY_NOUN.get(word.replace(/(?<=[^s])s$/, ''));
}

/** Whether two times fall on the same day. */
function sameDay(a: EventTime, b: EventTime): boolean {
  return a.start.slice(0, 10) === b.start.slice(0, 10);
}
