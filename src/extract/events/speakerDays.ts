// The day a source spoke on, carried to what the article goes on quoting of it. A report tells
// the occasion once ("Casey spoke to reporters December 16 and said …", "In an interview January
// 26, Rice said …") and then quotes the same source without repeating the day ("He said the vote
// …", "“…,” Rice said."): those statements were made on that day. Conservative, as a wrong day is
// worse than the publication bound:
// - only a person (a country or a ministry speaks through many mouths, on many days), named as
//   the source of the later statement (its attribution, pronouns resolved); or any source of the
//   sentence just before, in the same paragraph, taken up by a pronoun ("Late Friday, officials
//   said … But they stressed …");
// - only a day or a time of day the text gave that source's act of saying (not a bound, not a
//   day carried itself), not after the document;
// - only a statement in the simple past ("said", "told", "added"; not "says", "has said", "will
//   say"), in a sentence with no time expression of its own (a time in the words quoted is theirs), no word that moves it off the story's
//   time ("earlier", "previously") and no occasion of its own ("in an interview", "at a news
//   conference", "in a statement": another occasion than the one dated);
// - the latest day recorded for that source: a new dated statement replaces it.
// The day carried is marked as such (anchor `inferred`, its time expression the one that stated it).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Claim, EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import { SPEAKER_ELSEWHEN, newParagraph, type NarrativeTime } from './narrative.ts';
import { parseIsoDate } from '../../model/calendar.ts';
import { SAYING } from '../attribution/cueVerbs.ts';
import { carriedTime, ownDay } from './carried.ts';
import { subjectBefore } from './retold.ts';
import lists from './speakerDays.json' with { type: 'json' };
import occasions from './occasions.json' with { type: 'json' };

/** Verbs of saying that are no cue of a claim but tell a statement again: "She stressed that …". */
export const RESTATING: ReadonlySet<string> = new Set(lists.restating);
/** Words of speaking that are no cue of a claim but date the act of speaking: "Casey spoke to reporters December 16". */
const SPEAKING = new Set(lists.speaking);
/** An occasion of its own, brought in by an indefinite article: "in an interview", "at a news conference". */
const OWN_OCCASION = new RegExp(
  String.raw`\b(?:in|at|during|on|after|before)\s+(?:a|an|another)\s+(?:[\p{L}.'’-]+\s+){0,3}?(?:${[...occasions.occasions, ...lists.occasions].join('|')})s?\b`,
  'iu',
);
/** What a verb of saying tells a statement by: a that-clause, a quotation, or a clause opened by a pronoun ("stressed no decision had been made"). */
const STATEMENT_AFTER = /^\s*(?:(?:that|it|he|she|they|we|I|there|no|nothing|this|these|those)\s|[,:]?\s*["“])/u;
/** What may stand before the subject of a sentence it opens: "But", a title ("Mayor Anna Berg"). */
const OPENS = /^\s*(?:(?:But|And|Yet|Still|However|Meanwhile)[\s,]+)?(?:\p{Lu}[\p{L}.'’-]*\s+)*$/u;
/** A relative pronoun before the subject: the name found may belong to the relative clause. */
const RELATIVE_BEFORE = /\b(?:who|whom|whose|which|that)\b/i;
/** Auxiliaries that take a cue out of the simple past: "has said", "will tell", "is saying". */
const NOT_PAST =
  /\b(?:has|have|had|will|would|shall|is|are|am|was|were|do|does|did|can|could|may|might|must|should)\b|['’](?:s|ve|ll|d|re)\b/i;
/** A cue verb in the simple past: "said", "told", "added", "stressed". */
const PAST_CUE = /^(?:said|told|\p{L}+ed)$/iu;
/** A source named by a pronoun, which stands for the one named before: "he" or "she" for a person, "they" for others. */
const ONE_PERSON = /^(?:he|she)$/i;
/** A pronoun right before a verb, at most one word between: "But they stressed", "she also reiterated". */
const PRONOUN_BEFORE = /\b(he|she|they)\s+(?:\p{Ll}+\s+)?$/iu;
const OTHERS = /^they$/i;

/** The days the sources of a document were said to speak on, read in text order. */
export class SpeakerDays {
  private readonly days = new Map<string, NarrativeTime>();
  /** The day of saying the sentence just before gave, and where that sentence ended. */
  private last: { at: NarrativeTime; end: number; person: boolean } | null = null;
  private readonly doc: number | null;

  constructor(
    docDate: string | null,
    private readonly kindOf: (actorId: string) => ActorKind | undefined,
  ) {
    this.doc = parseIsoDate(docDate);
  }

  /**
   * Notes the day a sentence dates its source's act of saying: the act of the claim ("Rice said
   * Thursday"), or a verb of speaking right after the person who spoke ("Casey spoke to reporters
   * December 16").
   */
  record(text: string, sentence: Span, claim: Claim, events: readonly EventDraft[], mentions: readonly ActorMention[]): void {
    this.last = null;
    for (const e of events) {
      if (!e.timex || !ownDay(e.time, this.doc)) continue;
      const word = text.slice(e.trigger.start, e.trigger.end).toLowerCase();
      const inCue = claim.span !== null && e.trigger.start >= claim.span.start && e.trigger.end <= claim.span.end;
      const speaker =
        inCue && SAYING.has(word)
          ? claim.attribution.actorId
          : SPEAKING.has(word) || RESTATING.has(word)
            ? subjectBefore(text, e.trigger, mentions)
            : null;
      if (speaker && this.kindOf(speaker) === 'person') this.days.set(speaker, { time: e.time, timex: e.timex });
      if (SAYING.has(word)) {
        const source = claim.attribution.actorId;
        this.last = {
          at: { time: e.time, timex: e.timex },
          end: sentence.end,
          person: source !== null && this.kindOf(source) === 'person',
        };
      }
    }
  }

  /** The day the sentence's source spoke on, when the sentence quotes it again with no time of its own. */
  carried(text: string, claim: Claim, sentence: Span, timexes: readonly Span[]): NarrativeTime | null {
    const at = this.dayOf(text, claim.attribution.actorId, claim.attribution.source ?? '', sentence);
    if (!at || !claim.span || ownTime(claim.quote, timexes)) return null;
    const cue = text.slice(claim.span.start, claim.span.end);
    const verb = cue.match(/\p{L}+/gu)?.findLast((w) => w === w.toLowerCase()) ?? '';
    if (!PAST_CUE.test(verb) || NOT_PAST.test(cue) || elsewhen(text, sentence)) return null;
    return { time: carriedTime(at.time), timex: at.timex };
  }

  /**
   * The day a source told before spoke on, when the sentence tells it saying something again by a
   * verb that is no cue of a claim ("She stressed that …", "Berg also reiterated …"), right after it
   * as its subject; with the verb, the act of saying it dates.
   */
  restated(
    text: string,
    sentence: Span,
    words: readonly Token[],
    mentions: readonly ActorMention[],
    timexes: readonly Span[],
  ): (NarrativeTime & { trigger: Span }) | null {
    const verb = words.find((t) => RESTATING.has(t.lower) && t.start >= sentence.start && t.end <= sentence.end);
    if (!verb || ownTime(null, timexes) || elsewhen(text, sentence)) return null;
    // A statement follows: "stressed that …", "replied: “…”"; not "conceded defeat", another sense.
    if (!STATEMENT_AFTER.test(text.slice(verb.end, Math.min(sentence.end, verb.end + 20)))) return null;
    // The source named right before, or a pronoun no actor was found for ("But they stressed …").
    const speaker = subjectBefore(text, verb, mentions);
    const subject = speaker ? mentions.findLast((m) => m.end <= verb.start)! : PRONOUN_BEFORE.exec(text.slice(sentence.start, verb.start));
    if (!subject) return null;
    const [from, to] =
      'index' in subject
        ? [sentence.start + subject.index, sentence.start + subject.index + subject[1]!.length]
        : [subject.start, subject.end];
    if (NOT_PAST.test(text.slice(to, verb.start))) return null;
    // "The reporter who interviewed Berg stressed …": the name is the object of a relative clause, not the subject.
    // "The bridge collapsed and Berg stressed …": the day would reach the clause before; only a sentence the source opens.
    const opening = text.slice(sentence.start, from);
    if (RELATIVE_BEFORE.test(opening) || !OPENS.test(opening)) return null;
    const at = this.dayOf(text, speaker, text.slice(from, to), sentence);
    return at ? { time: carriedTime(at.time), timex: at.timex, trigger: { start: verb.start, end: verb.end } } : null;
  }

  /**
   * The day a source spoke on: the latest the document gave that person, or the day of saying of
   * the sentence just before, in the same paragraph, when a pronoun stands for its source ("Late
   * Friday, officials said … But they stressed …"; "he" not for "officials").
   */
  private dayOf(text: string, speaker: string | null, pronoun: string, sentence: Span): NarrativeTime | undefined {
    const before =
      this.last &&
      (this.last.person ? ONE_PERSON.test(pronoun) : OTHERS.test(pronoun)) &&
      /^\s*$/.test(text.slice(this.last.end, sentence.start)) &&
      !newParagraph(text, this.last.end, sentence.start);
    return (speaker ? this.days.get(speaker) : undefined) ?? (before ? this.last!.at : undefined);
  }
}

/** A time of the sentence's own: one outside the quoted words ("“We will rebuild it within a year,” Berg said" is theirs, not the saying's). */
function ownTime(quote: Span | null, timexes: readonly Span[]): boolean {
  return timexes.some((t) => !quote || t.start < quote.start || t.end > quote.end);
}

/** A word that moves the sentence off the story's time, or an occasion of its own. */
function elsewhen(text: string, sentence: Span): boolean {
  const said = text.slice(sentence.start, sentence.end);
  return SPEAKER_ELSEWHEN.test(said) || OWN_OCCASION.test(said);
}
