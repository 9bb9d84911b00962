// Stage 7: event assembly. A sentence yields one event per clause that names an occurrence: one
// per temporal phrase in its claimed content (dated), then one per other clause that tells of
// something happening (clauseEvents.ts), or, for a content with no verb (a headline), one event
// for its noun phrase. Page noise, datelines, bylines, questions and repeated lines yield none,
// nor do opinions, habits, conditions and background states (events/occurrence.ts). Each event
// carries its clause as title, its trigger, its actors and the sentence's attribution.
import type { ActorMention, EventTime, TimeBound } from '../model/dataset.ts';
import type { Claim, DocContext, EventDraft, Sentence, Span } from './context.ts';
import type { AnalyzedSentence, Token as AnalyzedToken } from './language/analyze.ts';
import type { FoundTimex, TimeFinding } from './timex/types.ts';
import { bySentence, startingAt, within } from './spans.ts';
import { splitClauses } from './events/clauses.ts';
import type { Clause } from './events/clauses.ts';
import { titleOf } from './events/titles.ts';
import { statementAct, statementEvent } from './events/statements.ts';
import type { Base } from './events/statements.ts';
import { deniedUpTo } from './events/contents.ts';
import { hasVerb, phraseHead, phraseHeadBefore, predicate } from './events/triggers.ts';
import { isParticiple, isPreposition, isVerb, OPENING_TIME, TEMPORAL, tokenize } from './events/words.ts';
import { assignParticipants, countriesOf, kindsOf } from './events/participants.ts';
import { sentenceClauses, verbClauses } from './events/verbClauses.ts';
import { lasting } from './events/states.ts';
import type { VerbClause } from './events/verbClauses.ts';
import { hedged, heldByBe, isEventNoun, isEventWord, isMentalState, nonEvent, pending } from './events/occurrence.ts';
import type { Report } from './events/occurrence.ts';
import { clauseEvents, clauseTrigger, DURING, toldAhead, toldAsDone, toldSoFar } from './events/clauseEvents.ts';
import { nominalEvents } from './events/nominalEvents.ts';
import { afterDateline, lineKind } from './events/lines.ts';
import { quoteSpans } from './timex/quotes.ts';
import { documentTime, knownBy } from './events/documentTime.ts';
import { finestPerClause } from './events/nestedTimes.ts';
import { mayGoOn, narrativeAfter, newParagraph, type NarrativeTime } from './events/narrative.ts';
import { RESTATING, SpeakerDays } from './events/speakerDays.ts';
import { RetoldActs } from './events/retold.ts';
import { boundOnPublicationDay } from './events/carried.ts';
import { Families, isFamilyNoun } from './events/families.ts';
import type { Token } from './events/words.ts';
import { opensLaterClause, ownerClause, shiftAfterNoun, shiftOf, type Shift } from './events/relativeTo.ts';
import { NamedDates } from './events/namedDates.ts';
import { AFTER_CONJUNCTION_PREPOSITION, DETERMINER, determinerBefore } from './events/patterns.ts';
import { Occasions, type SetIn } from './events/occasions.ts';
import { isSpeakingOccasion } from './events/speakingOccasions.ts';
import { participleAfterNoun } from './events/describing.ts';
import { indicatedAt, indicating, isIndicator } from './events/ongoing.ts';
import { atPlace } from './events/placeWords.ts';
import { affectedBy } from './timex/findings.ts';
import { SAYING, verbCertainty } from './attribution/cueVerbs.ts';
import { flatMapOf, mapOf } from './lists.ts';
import { changed, extend } from './objects.ts';

/** "the first direct U.S.-Hamas contact since 2017": an earlier occurrence, dated by the range's start. */
const FIRST_SINCE = /(?:^|\s)(?:the\s+)?first\s+(?<np>(?:[^\s,;]+\s+){0,6}?[^\s,;]+)\s*$/iu;
/** "lasted 11 months before collapsing": the end of the period is an event of its own. */
const ENDED_BY = /^\s+(?:before|until)\s+(?<rest>\p{Ll}+ing\b.*)$/su;
/** A word of order right before a dated noun's phrase: "following [Thursday's docking]", "after the [Thursday killing]". */
const ORDERED = /\b(?:after|before|following|since)\s+(?:the\s+)?$/i;
/**
 * A word after a noun that opens what the dated noun is about, up to two words before the date: "a
 * forum on [the] 2012 Olympics", "an event marking [the] 2008 crash" (not "said on Monday's show").
 */
const TOPIC_BEFORE = /\S\s+(?:on|about|over|regarding|concerning|marking|commemorating)\s+(?:[^\s,;]+\s+){0,2}$/i;
/** A word that opens a clause of its own about a noun: "a briefing that focused on …". */
const RELATIVE_WORD = /\b(?:that|which|who|whose|whom|where)\b/i;
const RELATIVE_WORDS = new RegExp(RELATIVE_WORD.source, 'gi');
/** A conjunction after a comma, right before a clause: "…, and in 1984 …". */
const CONJUNCTION = /^(?:and|but|yet)$/i;
/** "as of" right before a time: "As of 6 p.m., 40 people had been rescued" (by then), "apply as of Monday" (from then). */
const AS_OF = /\bas\s+of\s+$/i;

/** What one sentence holds: its mentions, time expressions, temporal phrases and words. */
interface Local {
  mentions: ActorMention[];
  timexes: FoundTimex[];
  times: TimeFinding[];
  analysis: AnalyzedSentence | undefined;
  /** The publication date as the bound of an event with no time of its own (null: no date). */
  documentTime: EventTime | null;
  /** The sentence is one of the article's first: its events are the news being reported. */
  lead: boolean;
  /** The time the sentence before left its narrative at, in the same paragraph (events/narrative.ts). */
  narrative: NarrativeTime | null;
  /** Where the news starts in the sentence, after a dateline. */
  news: number;
  /** The event nouns the document dated in the sentences before (events/namedDates.ts). */
  named: NamedDates;
  /** The occasion the document dated before that this sentence sets its events in ("During the event, …"; events/occasions.ts). */
  occasion: SetIn | null;
  /** The day the sentence's source spoke on, told before and carried here (events/speakerDays.ts). */
  spoke: NarrativeTime | null;
  /** The acts the document dated before, by subject and verb (events/retold.ts). */
  retold: RetoldActs;
}

/** How many sentences (headline and dateline included) make the lead of an article. */
const LEAD = 4;

/** What the event stage reads: everything the earlier stages found in the document. */
export type EventInput = Pick<
  DocContext,
  'path' | 'text' | 'meta' | 'sentences' | 'analysis' | 'noise' | 'times' | 'actors' | 'actorMentions' | 'claims'
>;
export type EventOutput = Pick<DocContext, 'events' | 'diagnostics'>;

export function assembleEvents(ctx: EventInput): EventOutput {
  const mentions = bySentence(ctx.sentences, ctx.actorMentions);
  const timexes = bySentence(ctx.sentences, ctx.times.timexes);
  const times = bySentence(ctx.sentences, ctx.times.times);
  const noisy = insideSpans(ctx.sentences, ctx.noise.spans);
  const docTime = documentTime(ctx.meta.date);
  const seen = new Set<string>();
  const named = new NamedDates();
  const occasions = new Occasions();
  const kindOf = kindsOf(ctx);
  const speakers = new SpeakerDays(ctx.meta.date, kindOf);
  const retold = new RetoldActs(ctx.meta.date, kindOf);
  const families = new Families(ctx.meta.date);
  /** Where the narrative stands: the time the last sentence left it at, and where that sentence ended. */
  let story: { time: NarrativeTime | null; end: number } = { time: null, end: 0 };
  const found = flatMapOf(ctx.sentences, (sentence, i) => {
    if (noisy[i] || lineKind(ctx.text, sentence, timexes[i]!, seen)) {
      story = { time: null, end: sentence.end };
      return [];
    }
    // A dateline that opens the sentence dates the report: the news starts after it.
    const lead = i < LEAD;
    const news = afterDateline(ctx.text, sentence, timexes[i]!, lead);
    if (news >= sentence.end) return [];
    // A sentence with a time expression of its own is told from it, not from the one before.
    const goesOn =
      story.time && timexes[i]!.length === 0 && !newParagraph(ctx.text, story.end, sentence.start) && mayGoOn(ctx.text, sentence);
    const claim = ctx.claims[sentence.index]!;
    // "She stressed that …": a verb of saying that is no cue, whose source spoke on a day told before.
    const restated = claim.span
      ? null
      : speakers.restated(ctx.text, sentence, ctx.analysis.sentences[i]?.tokens ?? [], mentions[i]!, timexes[i]!);
    const local = {
      mentions: mentions[i]!,
      timexes: timexes[i]!.filter((t) => t.start >= news),
      times: times[i]!.filter((t) => t.start >= news),
      analysis: ctx.analysis.sentences[i],
      documentTime: docTime,
      lead,
      narrative: goesOn ? story.time : null,
      news,
      named,
      occasion: occasions.setIn(ctx.text, { start: news, end: sentence.end }),
      spoke: speakers.carried(ctx.text, claim, sentence, timexes[i]!) ?? restated,
      retold,
    };
    const content = { start: Math.max(claim.content.start, news), end: claim.content.end };
    const told = sentenceEvents(ctx, sentence, content.start < content.end ? extend(claim, { content }) : claim, local);
    const lemmaAt = (at: number) => (local.analysis ? startingAt(local.analysis.tokens, at)?.lemma : undefined);
    const own = named.date(ctx.text, restated ? restatedOn(restated, told) : told);
    // A length of time ("The meeting lasted two hours") tells no other day.
    const lengths = timexes[i]!.filter((t) => t.type === 'DURATION');
    const alone = timexes[i]!.length === lengths.length && mayGoOn(ctx.text, sentence);
    const set = occasions.date(local.occasion, own);
    const events = families.date(ctx.text, set, alone, lemmaAt, lengths);
    named.record(ctx.text, times[i]!);
    named.recordStruck(ctx.text, events, lemmaAt);
    families.record(ctx.text, sentence, events, times[i]!, lemmaAt);
    occasions.record(ctx.text, events);
    speakers.record(ctx.text, sentence, claim, events, mentions[i]!);
    retold.record(ctx.text, events, mentions[i]!, lemmaAt);
    const tokens = ctx.analysis.sentences[i]?.tokens ?? [];
    story = {
      // A day a noun of an occasion's family took ("The vote went smoothly") tells no time of the story.
      time: narrativeAfter(ctx.text, set, sentence, timexes[i]!, tokens, ctx.claims[sentence.index]!.span, ctx.meta.date),
      end: sentence.end,
    };
    return events;
  });
  const sentences = { analysis: ctx.analysis.sentences, claims: ctx.claims };
  // "Ibrahim said Thursday … Ibrahim said Koussa asked for leave", told that Thursday: an act of
  // saying keeps the day its source spoke on; what it tells is only known by the publication.
  const bounded = mapOf(found, (e) => (spokenAct(ctx.text, e) ? e : boundOnPublicationDay(e, docTime)));
  const events = assignParticipants(ctx.text, bounded, ctx.actorMentions, kindOf, sentences, countriesOf(ctx));
  if (ctx.noise.blocks === 0) return { events, diagnostics: [] };
  const message = `${ctx.noise.blocks} block(s) of page noise (reader comments, share buttons, navigation) left out of events`;
  return { events, diagnostics: [{ path: ctx.path, severity: 'info', message }] };
}

/** An event that is an act of saying ("said", "told", "reiterated"). */
function spokenAct(text: string, e: EventDraft): boolean {
  const word = text.slice(e.trigger.start, e.trigger.end).toLowerCase();
  return SAYING.has(word) || RESTATING.has(word);
}

/** The act of saying a restating verb tells ("She stressed that …") on the day its source spoke on, carried, over a bound. */
function restatedOn(restated: NarrativeTime & { trigger: Span }, events: readonly EventDraft[]): EventDraft[] {
  return events.map((e) =>
    e.trigger.start === restated.trigger.start && (!e.time || e.time.mod === 'ON_OR_BEFORE')
      ? extend(e, { time: restated.time, timex: restated.timex })
      : e,
  );
}

/** For each sentence, whether it starts inside one of the spans (both sorted: one sweep). */
function insideSpans(sentences: readonly Span[], spans: readonly Span[]): boolean[] {
  let k = 0;
  return mapOf(sentences, (s) => {
    while (k < spans.length && spans[k]!.end <= s.start) k++;
    return k < spans.length && spans[k]!.start <= s.start;
  });
}

/** What the rules for one temporal phrase need to know of its sentence. */
interface Scope {
  text: string;
  clause: Clause;
  finding: TimeFinding;
  /** The other temporal phrases of the clause. */
  others: TimeFinding[];
  base: Pick<EventDraft, 'attribution' | 'quote'>;
  tokensOf: (span: Span) => Token[];
  actorsIn: (spans: Span[]) => string[];
  /** Where a title over this clause starts: before it when the source must be named (a denial). */
  titleStart: number;
  /** The verb clauses of the claimed content (verbClauses.ts). */
  verbs: VerbClause[];
  /** Where events that a date names aside from the clause's verb go ("steaming toward the area hit by the December 26 tsunami"). */
  asides: EventDraft[];
  /** The quotations of the sentence. */
  quotes: readonly Span[];
  /** Where clauses take their time from a distance to a dated event ("the day after the Oct. 8 quake"). */
  shifts: Shift[];
  /** The publication date as a bound, or null when the document has no date. */
  doc: EventTime | null;
}

/** The day of saying as the bound of what is said, with the phrase that names it. */
function saidBound(said: TimeFinding | undefined): NarrativeTime | null {
  const time = said ? knownBy(said.time) : null;
  return time ? { time, timex: { start: said!.start, end: said!.end } } : null;
}

/** The day a source spoke on, carried from before, as the bound of what it says. */
function spokeBound(spoke: NarrativeTime | null): NarrativeTime | null {
  const time = spoke ? knownBy(spoke.time) : null;
  return time ? { time, timex: spoke!.timex } : null;
}

/** A temporal phrase that stands right after the speech verb, before what is said ("said Tuesday the army …"). */
function saidBefore(text: string, claim: Claim, times: readonly TimeFinding[]): TimeFinding | undefined {
  const span = claim.span!;
  if (span.end > claim.content.start) return undefined;
  const f = times.find(
    (t) => t.start >= span.end && /^\s*(?:(?:on|in|at|early|late|earlier|later)\s+)?$/i.test(text.slice(span.end, t.start)),
  );
  // Something must be said after it ("said on Monday." is the whole statement), and "says
  // Tuesday's raids …" names the raids' day, not the day of saying.
  if (!f || f.time.interval || /^['’]s\b/.test(text.slice(f.end, f.end + 3))) return undefined;
  // "says December 15 was a great day": a verb right after the date makes it the subject of what is
  // said. In lower case only: "said Monday May exports rose" names the month.
  if (/^\s+(?:was|were|is|are|will|would|had|has|have|can|could|may|might|must|should)\b/.test(text.slice(f.end, f.end + 10)))
    return undefined;
  return /\p{L}/u.test(text.slice(f.end, claim.content.end)) ? f : undefined;
}

/**
 * "Saleh reiterated on Monday that the army had withdrawn": a verb of saying that is no cue of a
 * claim, opening the sentence after its subject, with a day right after it and a that-clause
 * after the day: the day of saying, which bounds what is said as a cue's day does.
 */
function restatedBefore(
  text: string,
  sentence: Span,
  tokens: readonly AnalyzedToken[],
  times: readonly TimeFinding[],
): TimeFinding | undefined {
  const verb = tokens.find((t) => t.start >= sentence.start && t.end <= sentence.end && (t.pos === 'VERB' || t.pos === 'AUX'));
  if (!verb || !RESTATING.has(verb.lower)) return undefined;
  // "The general, who stressed on Monday that …, resigned": a verb in a relative clause or after
  // a comma does not open the sentence.
  if (/,|\b(?:who|whom|whose|which|that)\b/i.test(text.slice(sentence.start, verb.start))) return undefined;
  const f = times.find(
    (t) => t.start >= verb.end && /^\s*(?:(?:on|in|at|early|late|earlier|later)\s+)?$/i.test(text.slice(verb.end, t.start)),
  );
  if (!f || f.time.interval || f.time.mod) return undefined;
  return /^\s*,?\s*that\s/i.test(text.slice(f.end, sentence.end)) ? f : undefined;
}

/**
 * "Powell said after flying over the coast Wednesday that …", in a document of that Wednesday:
 * the saying came after the day's flight and by the publication day, so on that day. A day before
 * the publication leaves the saying as it was (when after it is not told).
 */
function saidAfterOn(text: string, claim: Claim, times: readonly TimeFinding[], doc: EventTime | null): TimeFinding | undefined {
  const span = claim.span!;
  if (!doc || span.end > claim.content.start) return undefined;
  const f = times.find((t) => t.start >= claim.content.start && t.start - claim.content.start < 80);
  if (!f || f.time.interval || f.time.mod || f.time.granularity !== 'day' || f.time.start !== doc.start) return undefined;
  if (!/^\s*(?:after|following|upon)\s+[^,;:"“”()]*$/i.test(text.slice(claim.content.start, f.start))) return undefined;
  return /^\s*(?:,\s*)?(?:that\b|,)/i.test(text.slice(f.end, claim.content.end)) ? f : undefined;
}

/**
 * A time in the phrase that opens the sentence before its source, "In his keynote address
 * Wednesday, the chief executive announced …", "On Monday, the minister said …": the day of
 * saying. Only a phrase opened by "in", "on", "at" or "during" (not "after the attack on Monday,
 * police said": that is the attack's day), with one time and no comma before the one that closes
 * it right before the source.
 */
function saidInOpening(text: string, from: number, claim: Claim, times: readonly TimeFinding[]): TimeFinding | undefined {
  const span = claim.span!;
  if (span.start > claim.content.start) return undefined;
  if (!OPENING_TIME.test(text.slice(from, span.start))) return undefined;
  const inside = times.filter((t) => t.start >= from && t.end <= span.start);
  return inside.length === 1 && !inside[0]!.time.interval && !inside[0]!.time.mod ? inside[0] : undefined;
}

/** Where the content starts after the day of saying: past spaces, a comma and "that". */
function contentAfter(text: string, from: number, end: number): number {
  const m = /^[\s,]*(?:that\s+)?/i.exec(text.slice(from, end));
  return Math.min(end, from + (m?.[0].length ?? 0));
}

/** A quotation's statement, made on a date of its sentence outside the quotation or by the time the document reports it. */
function quotedStatement(
  ctx: EventInput,
  sentence: Sentence,
  claim: Claim,
  local: Local,
  words: Token[],
  base: Base,
  actorIds: string[],
): EventDraft {
  const { text } = ctx;
  // '"…," Gates said at a briefing on the fiscal 2011 budget': a date that names a thing or
  // another occasion ("the January 30 elections"), or one in a clause of its own after the cue
  // ("a briefing that focused on …"), is not the day of saying.
  // An interview, a statement, a briefing dated so ("a Sunday interview") is the occasion of saying
  // itself; a relative clause closed by a comma before the time ("said Reyes, who heads the
  // union, on Monday") leaves the time to the saying. With no cue, only the words after the quote count.
  const quote = claim.quote!;
  const cueEnd = claim.span?.end ?? sentence.start;
  const otherOccasion = (f: TimeFinding) => {
    const head = datedNoun(words, f);
    return !!head && !isSpeakingOccasion(text, head);
  };
  const relative = (f: Span) => {
    const from = f.start >= quote.end ? Math.max(cueEnd, quote.end) : cueEnd;
    if (f.start <= from) return false;
    const between = text.slice(from, f.start);
    const m = [...between.matchAll(RELATIVE_WORDS)].at(-1);
    return !!m && !/,\s*(?:on|in|at|during)\s+$/.test(between.slice(m.index));
  };
  // A period that runs past the publication ("costs over the next three weeks") is no time a statement was made at.
  const ahead = (f: TimeFinding) =>
    !!f.time.interval?.to && !!local.documentTime && f.time.start >= local.documentTime.start && f.time.end > local.documentTime.end;
  const finding =
    local.times.find((f) => within(sentence)(f) && !within(quote)(f) && !otherOccasion(f) && !relative(f) && !ahead(f)) ?? null;
  // A statement with no date of its own was made by the time the document reports it, wherever
  // the document reports it: a source quoted is a source of this report.
  const time = finding?.time ?? local.spoke?.time ?? local.documentTime;
  const timex = finding ?? local.spoke?.timex ?? null;
  return statementEvent(ctx, sentence, claim, base, actorIds, time, timex);
}

function sentenceEvents(ctx: EventInput, sentence: Sentence, claim: Claim, local: Local): EventDraft[] {
  const { text } = ctx;
  const base = { attribution: claim.attribution, quote: { start: sentence.start, end: sentence.end } };
  const actorsIn = (spans: Span[], keepSource = false) => {
    const ids: string[] = [];
    const source = keepSource ? null : claim.span;
    for (const m of local.mentions) {
      if (!spans.some((s) => m.start >= s.start && m.end <= s.end)) continue;
      if (source && m.start >= source.start && m.end <= source.end) continue;
      if (!ids.includes(m.actorId)) ids.push(m.actorId);
    }
    return ids;
  };
  const tokensOf = clauseTokens(text, local.timexes);
  /**
   * The trigger of a statement is a word of saying ("warned", "announced"), not of a view held
   * ("expect"); `verbOnly`: not a noun either ("according to the company website").
   */
  // "Some reports suggest …", "figures show …": reports or figures that suggest something say nothing.
  const saying = (e: EventDraft, verbOnly = false) => {
    const tokens = local.analysis?.tokens;
    const t = tokens ? startingAt(tokens, e.trigger.start) : undefined;
    return !t || ((t.pos === 'VERB' || !verbOnly) && !isMentalState(t.lemma) && !indicatedAt(tokens!, tokens!.indexOf(t)));
  };

  if (claim.quote) return [quotedStatement(ctx, sentence, claim, local, tokensOf(sentence), base, actorsIn([sentence], true))];

  // "The minister said on Monday the tariffs would take effect on Tuesday": a time right after the
  // speech verb is the day of saying; the content starts after it.
  const saidFirst = claim.span ? saidBefore(text, claim, local.times) : undefined;
  if (saidFirst)
    claim = extend(claim, { content: { start: contentAfter(text, saidFirst.end, claim.content.end), end: claim.content.end } });
  const words = (local.analysis?.tokens ?? []).filter((t) => t.start >= claim.content.start && t.end <= claim.content.end);
  if (isFragment(words)) return [];
  const inTime = (t: Span) => local.timexes.some((x) => x.start <= t.start && t.end <= x.end);
  // The whole sentence with no time in it reads as the participants read it: split once for both.
  const all = local.analysis?.tokens;
  const verbs = all && words.length === all.length && !words.some(inTime) ? sentenceClauses(all) : verbClauses(words, inTime);
  // "The ministry denied that troops had entered the town": what is denied did not happen as told;
  // the denial is the event (the act of saying below), told up to where what it denies ends.
  const deniedSpan = claim.denial && claim.span ? { start: claim.content.start, end: deniedUpTo(verbs, claim.content.end) } : null;
  const clauses = splitClauses(text, claim.content);
  // A statement made at a time of its own is an event too: "…, Apple announced this morning".
  // "…, the mayor said at a briefing on the fiscal 2011 budget": a date that names a thing or
  // another occasion after the cue is not the day of saying.
  // A date in the source itself ("a 2008 report noted", "Karon's July 20 post noted") is its day.
  const sentenceWords = claim.span ? tokensOf(sentence) : [];
  const cueWord = claim.attribution.cues[0]?.split(' ').at(-1) ?? '';
  const cueAt = claim.span && cueWord ? text.indexOf(cueWord, claim.span.start) : -1;
  const sayingDay = (f: TimeFinding) => {
    if (!within(claim.span!)(f)) return false;
    if (cueAt < 0 || f.start < cueAt) return true;
    // "said in a June 3 letter", "at the May 28 council meeting", "during Monday's debate": where
    // the source spoke or wrote is dated by the day of saying; "at a forum on the 2012 Olympics",
    // "at an event marking the 2008 crash": a topic is not.
    const head = datedNoun(sentenceWords, f);
    return !head || !TOPIC_BEFORE.test(text.slice(cueAt + cueWord.length, f.start));
  };
  const said =
    saidFirst ??
    (claim.span ? saidAfterOn(text, claim, local.times, local.documentTime) : undefined) ??
    (claim.span
      ? (local.times.find(sayingDay) ?? saidInOpening(text, Math.max(sentence.start, local.news), claim, local.times))
      : undefined);
  const stated = clauses.filter((c) => !c.label);
  const usable = stated.length ? stated : clauses;
  const events: EventDraft[] = [];
  /** Phrases that describe an earlier occurrence but also the sentence's own event. */
  const shared: Span[] = [];
  const asides: EventDraft[] = [];
  const shifts: Shift[] = [];
  const findings = local.times.filter(within(claim.content));
  const quotes = /["“]/.test(text.slice(sentence.start, sentence.end))
    ? quoteSpans(text.slice(sentence.start, sentence.end)).map((q) => ({ start: q.start + sentence.start, end: q.end + sentence.start }))
    : [];
  for (const finding of findings) {
    const clause = usable.find((c) => finding.start >= c.start && finding.start < c.end);
    if (!clause || notAnEvent(verbs, finding, reportOf(claim))) continue;
    const titleStart = clause.start;
    const others = findings.filter((f) => f !== finding && within(clause)(f));
    const doc = local.documentTime;
    const scope: Scope = { text, clause, finding, others, base, tokensOf, actorsIn, titleStart, verbs, asides, quotes, shifts, doc };
    const earlier = earlierOccurrence(scope);
    if (earlier) {
      shared.push(earlier.np);
      events.push(earlier.event);
    } else events.push(...datedEvents(scope));
  }
  shifts.push(...local.named.shifts(text, claim.content, [...mapOf(shifts, (s) => s.span), ...findings]));
  const kept = finestPerClause(events, text);
  events.splice(0, events.length, ...kept);
  const primary = events.find((e) => !shared.some((s) => within(s)(e.trigger)));
  if (primary) {
    // Clauses without a date of their own describe the sentence's main event ("…, marking the first contact").
    const dated = new Set(events.map((e) => usable.find((c) => within(c)(e.trigger))));
    for (const id of actorsIn([...usable.filter((c) => !dated.has(c)), ...shared]))
      if (!primary.actorIds.includes(id)) primary.actorIds.push(id);
  }
  events.push(
    ...clauseEvents({
      text,
      clauses: verbs,
      existing: events,
      asides,
      shifts,
      base,
      actorsIn: (spans) => actorsIn(spans),
      documentTime: local.documentTime,
      lead: local.lead,
      narrative: local.narrative,
      retold:
        local.timexes.length === 0 && mayGoOn(text, sentence)
          ? (trigger) => local.retold.find(text, trigger, trigger.lemma, local.mentions)
          : undefined,
      occasion: local.occasion,
      said:
        saidBound(said ?? (claim.span ? undefined : restatedBefore(text, sentence, local.analysis?.tokens ?? [], local.times))) ??
        spokeBound(local.spoke),
      // What follows a denial ("…, which was put out in an hour", "… and in turn accused") is told in its own words.
      titleStart: null,
      reported: reportOf(claim),
      believed: believedBy(claim),
      forecast: forecastBy(claim),
      figures: figuresBy(claim),
    }),
  );
  const asTold = deniedSpan ? events.filter((e) => !within(deniedSpan)(e.trigger)) : events;
  events.splice(0, events.length, ...asTold);
  const leadTime = local.lead ? local.documentTime : null;
  const told = local.lead || statesIt(claim) || events.every((e) => !e.timex);
  // The act of saying, unless a dated phrase already made it an event ("On Monday, the minister said …").
  if (said)
    events.push(
      ...mapOf(
        statementAct(ctx, deniedSpan ? changed(claim, { content: deniedSpan }) : claim, base, actorsIn([claim.span!]), said.time).filter(
          (e) => !events.some((o) => o.trigger.start === e.trigger.start),
        ),
        (e) => extend(e, { timex: said }),
      ),
    );
  // In the lead, saying it is the news as much as what is said ("Apple announced that it has
  // settled the dispute"): the statement was made by the publication date. Deeper in the article
  // too when the source states it ("Jobs announced that the system ships in 2007": an act of the
  // source's own) or what is said has no date from the text ("sources indicate that the store has
  // sold a million songs": the saying is what places it); what a source only indicates, reports or
  // claims with a date of its own is the news there. A denial already names who denies in the
  // title of what is denied.
  else if (claim.span && (deniedSpan || (events.length && claim.attribution.actorId && told))) {
    // "During the event, Jobs said …": said at the occasion the document dated (events/occasions.ts).
    const at = local.lead ? local.spoke : (local.occasion ?? local.spoke);
    // "The mayor denied he had taken a bribe": the denial's title says what it denies.
    const act = deniedSpan ? changed(claim, { content: deniedSpan }) : claim;
    const acts = statementAct(ctx, act, base, actorsIn([claim.span]), at?.time ?? local.documentTime)
      .filter((e) => saying(e, true))
      .filter((e) => !events.some((o) => o.trigger.start === e.trigger.start));
    events.push(...mapOf(acts, (e) => extend(e, { timex: at?.timex ?? null })));
  }
  // "Five years after its launch, …": an event noun after a preposition of time is an event of its own,
  // in a state that lasts too ("The road remained closed after the landslide": the state is no event, the landslide is).
  const held = !events.length && verbs.some((c) => lasting(c));
  const nominal =
    events.length || held
      ? nominalEvents({ text, tokens: words, existing: events, base, actorsIn: (spans) => actorsIn(spans), knownAt: local.documentTime })
      : [];
  if (events.length || nominal.length) return [...events, ...nominal];
  // What the source says names no event, but saying it is one, by the publication date: "The union
  // warned of a strike if …"; not a view held ("officials expect the river to rise").
  // "Some reports suggest …": reports that suggest something made no statement.
  const figures = figuresBy(claim);
  if (claim.span && verbs.length && !(figures && indicating(verbs[0]!)))
    return mapOf(
      statementAct(ctx, claim, base, actorsIn([claim.content]), local.spoke?.time ?? local.documentTime).filter((e) => saying(e)),
      (e) => extend(e, { timex: local.spoke?.timex ?? null }),
    );
  if (verbs.length) return [];
  // No verb: a headline or a noun phrase ("[Mediators report] 42% drop in border violence"), but
  // not a name alone ("Mustafa Barghouti", a caption or a list of candidates): it names no occurrence.
  // "[Apple announces] Mac OS X Lion, iOS 5 and iCloud": what is said names things, not an
  // occurrence; the announcement is the event.
  const act = claim.span ? statementAct(ctx, claim, base, actorsIn([claim.span, claim.content]), leadTime).filter((e) => saying(e)) : [];
  if (local.analysis && !words.some((t) => t.pos === 'NOUN')) return act;
  // "Adm. Jane Roe, commander of the carrier group." (a caption), "Country dead missing total" (a
  // table's heading): with no verb, only a word that names an occurrence makes one.
  // "Officials expect a second flood": an occurrence expected has not happened.
  if (local.analysis && (!words.some((t) => isEventNoun(t)) || forecastBy(claim))) return act;
  const event = { ...undatedEvent(ctx, claim, usable, tokensOf, actorsIn([claim.content]), base), time: leadTime };
  if (act.length && !isEventWord(text.slice(event.trigger.start, event.trigger.end).split(/\s+/).at(-1)!)) return act;
  return [event];
}

const PAST_CUE = /(?:ed|said|told|wrote|thought|felt|knew|spoke|gave|made|held|took|swore|saw|heard)$/i;

/** The source states what it says ("said", "announced", "told"), not indicates, reports or claims it: the certainty its cue's verb gives. */
const statesIt = (claim: Claim): boolean =>
  claim.attribution.cues.some((c) => verbCertainty.get(c.split(' ').at(-1)?.toLowerCase() ?? '') === 'stated');

/**
 * "He believes the economy has recovered": a view held, its content no occurrence. Only a source's
 * own verb in the present, before what it holds ("is believed to", "people believed dead" hedge
 * or describe; a content before the cue is the cue's only by a misreading).
 */
const BELIEF_CUE = /^(?:believes?|thinks?|feels?)$/i;
const believedBy = (claim: Claim): boolean =>
  claim.span !== null &&
  claim.span.end <= claim.content.start &&
  claim.attribution.cues.some((c) => BELIEF_CUE.test(c.split(' ').at(-1) ?? ''));

/** "Police expect …", "forecasters predict …": the source's verb expects, predicts or estimates what it tells. */
const forecastBy = (claim: Claim): boolean =>
  claim.span !== null && claim.attribution.cues.some((c) => verbCertainty.get(c.split(' ').at(-1)?.toLowerCase() ?? '') === 'estimated');

/** "Some reports suggest …", "figures show …": the source is reports or figures, not a person. */
const figuresBy = (claim: Claim): boolean => claim.attribution.cues.some((c) => isIndicator(c.split(' ').at(-1) ?? ''));

/** Whether the claimed content is what a source says, after a cue in the past or the present tense. */
function reportOf(claim: Claim): Report {
  if (!claim.span) return null;
  const cue = claim.attribution.cues
    .find((c) => /^\p{Ll}+$/u.test(c.split(' ').at(-1) ?? ''))
    ?.split(' ')
    .at(-1);
  return cue && PAST_CUE.test(cue) ? 'past' : 'present';
}

/** A few words that stop short ("Leading to", "Hopes of"): a piece of a title or a caption, no statement. */
function isFragment(words: readonly AnalyzedToken[]): boolean {
  const content = words.filter((t) => t.pos !== 'PUNCT');
  const last = content.at(-1);
  return !!last && content.length <= 6 && ['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART'].includes(last.pos);
}

/**
 * A temporal phrase inside a clause that names no event: a condition ("if the vote is held on
 * Monday, …"), a habit ("they usually meet before dawn"), an opinion. A dated state ("has been
 * president since 1981") and what is awaited at a date ("when it convenes Saturday") stay: they
 * have a time a timeline can show.
 */
function notAnEvent(verbs: VerbClause[], finding: Span, reported: Report): boolean {
  const clause = verbs.find((c) => finding.start >= c.start && finding.start < c.end);
  const why = clause ? nonEvent(clause, verbs, reported) : null;
  // "… when the new leader is chosen on Monday": what is awaited, with a date of its own, is scheduled.
  if (why === 'conditional' && pending(clause!)) return false;
  return why !== null && why !== 'background' && why !== 'purpose' && why !== 'negated' && why !== 'belief' && why !== 'link';
}

/**
 * The words of a span with the time expressions left out (those are not event words), memoized
 * per span: a sentence with many dates asks for the same clause once per date.
 */
function clauseTokens(text: string, timexes: readonly Span[]): (span: Span) => Token[] {
  const cache = new Map<string, Token[]>();
  return (span) => {
    const key = `${span.start}:${span.end}`;
    let tokens = cache.get(key);
    if (!tokens) {
      tokens = [];
      let x = 0; // timexes are sorted by start: one sweep
      for (const t of tokenize(text, span.start, span.end)) {
        while (x < timexes.length && timexes[x]!.end <= t.start) x++;
        const inTimex = x < timexes.length && timexes[x]!.start <= t.start && t.end <= timexes[x]!.end;
        if (!inTimex) tokens.push(t);
      }
      cache.set(key, tokens);
    }
    return tokens;
  };
}

/** "the first direct U.S.-Hamas contact since 2017": an earlier contact, in 2017. */
function earlierOccurrence({ text, clause, finding, base, tokensOf, actorsIn }: Scope): { np: Span; event: EventDraft } | null {
  // The phrase may hold its "since" or leave it just before.
  // Few leads end with "since": the pattern, which tries each of the lead's positions, runs only on those.
  const lead = text.slice(clause.start, finding.start);
  const sinceBefore = lead.trimEnd().slice(-5).toLowerCase() === 'since' ? /\s*\bsince\s*$/i.exec(lead) : null;
  const sinceInside = /^since\b/i.test(text.slice(finding.start, finding.end));
  if (!sinceBefore && !sinceInside) return null;
  const leadEnd = sinceBefore ? finding.start - sinceBefore[0].length : finding.start;
  const first = FIRST_SINCE.exec(text.slice(clause.start, leadEnd));
  const from = finding.time.interval ? finding.time.interval.from : finding.time;
  if (!first || !from) return null;
  const npStart = leadEnd - first[0].length + first[0].indexOf(first.groups!.np!);
  const np = { start: npStart, end: npStart + first.groups!.np!.length };
  const npTokens = tokensOf(np);
  const trigger = phraseHeadBefore(npTokens, npTokens.length) ?? np;
  return {
    np,
    event: extend(base, { title: titleOf(text, np), time: pointTime(from), actorIds: actorsIn([np]), trigger, timex: finding }),
  };
}

/** The event a temporal phrase dates, and the end of its period when the text names it ("… before collapsing"). */
function datedEvents(scope: Scope): EventDraft[] {
  const { text, clause, finding, others, base, tokensOf, actorsIn, titleStart, verbs, asides, quotes } = scope;
  const verb = ownerClause(text, verbs, finding);
  // "…, and has been on medical leave since January": a state of its own clause, not the clause before's verb.
  const word = verb
    ? (clauseTrigger(verb, verbs[verbs.indexOf(verb) + 1]) ?? (verb.opener && CONJUNCTION.test(verb.opener.text) ? verb.head : null))
    : null;
  const verbTrigger = word ? { start: word.start, end: word.end } : null;
  const tokens = tokensOf(clause);
  const shifted = verbTrigger ? shiftedEvent(scope, tokens) : null;
  if (shifted) return [shifted];
  // "released the 2009 version on Monday": the verb's date is the other one.
  if (verbTrigger && datesAThing(tokens, finding, text) && others.some((f) => !datesAThing(tokens, f, text))) return [];
  // "flew 80 sorties on Monday, up from 60 on Sunday": the other date is the figure's it is compared with.
  const compared = (f: TimeFinding) => comparedWith(text, clause, f);
  if (verbTrigger && compared(finding) && others.some((f) => !compared(f))) return [];
  const object = verbTrigger
    ? (temporalObject(tokens, finding, text, verbTrigger) ?? nounDatedAfter(scope, tokens, verbTrigger) ?? laterNoun(scope, tokens, verb!))
    : null;
  // "thanked Clinton for the effort launched by Obama January 16": the date is the launch's.
  const described = verbTrigger && !object && !datedNoun(tokens, finding) ? participleBetween(text, tokens, verbTrigger, finding) : null;
  let trigger = object?.head ?? described ?? triggerFor(tokens, finding, text, verbTrigger) ?? { start: finding.start, end: finding.end };
  if (verb && !verbTrigger && !object && !described && stateOfBe(verb, finding, text) && fallsOnNoun(verb, trigger, text)) {
    // "The talks were in their third day on Tuesday": the occurrence the clause's noun names.
    const held = heldByBe(verb);
    if (held) trigger = { start: held.start, end: held.end };
    // "The ministers were on vacation last week", "the weather is fine today": a state told with "be"
    // and no event word is no occurrence, whatever noun the date would fall back on; what "will be"
    // somewhere on a day may be a visit ("The minister will be in Paris on Monday").
    // "Costa will be in the squad on Saturday": a group one belongs to, no place visited.
    else if (!toldAhead(verb) || hedged(verb) || !atPlace(verb)) return [];
  }
  // '"We will be here tomorrow," she added': a date in quoted words is theirs, not the day of saying.
  const quote = quotes.find((q) => q.start <= finding.start && finding.end <= q.end);
  if (quote && (trigger.start < quote.start || trigger.end > quote.end)) return [];
  const { interval } = finding.time;
  const ended = interval?.to && interval.duration ? ENDED_BY.exec(text.slice(finding.end, clause.end)) : null;
  // "ships are steaming toward the area devastated by the December 26 tsunamis": a date that names
  // a thing after the verb dates that thing, not the clause; the event is told by its phrase.
  const named =
    object?.phrase ??
    (described ? { start: described.start, end: finding.end } : null) ??
    (verbTrigger && verbTrigger.end <= finding.start && trigger.start >= finding.end ? namedPhrase(text, finding, trigger) : null) ??
    (verbTrigger ? inSubject(text, clause, finding, trigger, verbTrigger) : null);
  if (!ended) {
    // "…, and earlier this month, the mayor resigned": the phrase opens the clause it dates.
    // "…, and in 1984 the first Macintosh was released" alike.
    const before = verb && verb.start > titleStart ? text.slice(titleStart, Math.min(finding.start, verb.start)) : '';
    const and = AFTER_CONJUNCTION_PREPOSITION.exec(before);
    const opens = before !== '' && (opensLaterClause(text, finding) || and !== null);
    const from = !opens ? titleStart : and?.groups?.prep ? finding.start - and.groups.prep.length : Math.min(finding.start, verb!.start);
    // What had been done "as of" a time was done by then; what is or will be so "as of" it is so from then on.
    const soFar = verb && AS_OF.test(text.slice(Math.max(0, finding.start - 8), finding.start)) && toldSoFar(verb);
    const event = extend(base, {
      title: titleOf(text, named ?? { start: from, end: clause.end }),
      time: (soFar ? knownBy(finding.time) : null) ?? finding.time,
      actorIds: actorsIn([clause]),
      trigger,
      timex: finding,
    });
    // The clause's verb still names an event of its own.
    if (named) asides.push(event);
    return [event];
  }
  const rest = { start: clause.end - ended.groups!.rest!.length, end: clause.end };
  const [endWord] = tokensOf(rest);
  const subject = titleOf(text, { start: titleStart, end: trigger.end });
  const actorIds = actorsIn([clause]);
  return [
    extend(base, { title: titleOf(text, { start: titleStart, end: finding.end }), time: finding.time, actorIds, trigger, timex: finding }),
    extend(base, {
      title: `${subject} … ${titleOf(text, rest).replace(/^./, (c) => c.toLowerCase())}`,
      time: pointTime(interval!.to!),
      actorIds: [...actorIds],
      trigger: endWord ? { start: endWord.start, end: endWord.end } : rest,
      timex: finding,
    }),
  ];
}

/**
 * "arrived the day after the Oct. 8 quake": the date names the quake, its own event (aside from the
 * clause's verb); the clause takes its time from the distance (events/relativeTo.ts).
 */
function shiftedEvent(scope: Scope, tokens: Token[]): EventDraft | null {
  const { text, clause, finding, base, actorsIn, asides, shifts, verbs } = scope;
  const k = tokens.findIndex((t) => t.end > finding.end);
  // "this month's earthquake": the noun after the date's possessive.
  const first = k < 0 ? -1 : tokens[k]!.start < finding.end ? k + 1 : k;
  // "following Thursday's docking", "after last month's killing": a dated noun in -ing after a word
  // of order is an occurrence, though read as a participle; not a noun that only ends so
  // ("last year's spring", "Monday's evening").
  const ordered =
    ORDERED.test(text.slice(clause.start, finding.start)) || /^(?:after|before|since)\s/i.test(text.slice(finding.start, finding.end));
  const next = tokens[first + 1];
  const word = tokens[first];
  const alone = ordered && word && gerund(word, verbs) && (!next || !/^\p{L}/u.test(next.text) || isPreposition(next)) ? word : undefined;
  const phrase = first < 0 ? null : phraseHead(tokens, first);
  const head = phrase ?? (alone ? { start: alone.start, end: alone.end } : null);
  if (!head || (phrase && !isEventWord(text.slice(head.start, head.end).split(/\s+/).at(-1)!))) return nounThenDate(scope, tokens);
  const found = shiftOf(text, finding, head, clause.start);
  if (!found) return nounThenDate(scope, tokens);
  const np = { start: found.npStart, end: head.end };
  const event = extend(base, { title: titleOf(text, np), time: found.named, actorIds: actorsIn([np]), trigger: head, timex: finding });
  asides.push(event);
  shifts.push(found.shift);
  return event;
}

/** A word in -ing that tells an occurrence: an event noun ("killing"), a family's ("docking"), or a verb's gerund to the tagger. */
function gerund(word: Token, verbs: readonly VerbClause[]): boolean {
  if (!word.lower.endsWith('ing')) return false;
  if (isEventWord(word.lower) || isFamilyNoun(word.lower)) return true;
  for (const v of verbs) for (const t of v.tokens) if (t.start === word.start) return t.pos === 'VERB';
  return false;
}

/**
 * "After the bombings on the morning of July 7, police arrested …": the date names the bombings,
 * an event of their own; the clause is after them (events/relativeTo.ts).
 */
function nounThenDate({ text, clause, finding, base, actorsIn, asides, shifts }: Scope, tokens: Token[]): EventDraft | null {
  const found = shiftAfterNoun(text, finding, clause.start, isEventWord);
  const trigger = found && tokens.find((t) => t.start === found.head.start && t.end === found.head.end);
  if (!found || !trigger) return null;
  const event = {
    ...base,
    title: titleOf(text, found.np),
    time: found.named,
    actorIds: actorsIn([found.np]),
    trigger: found.head,
    timex: finding,
  };
  asides.push(event);
  shifts.push(found.shift);
  return event;
}

function undatedEvent(
  ctx: EventInput,
  claim: Claim,
  clauses: Clause[],
  tokensOf: (span: Span) => Token[],
  actorIds: string[],
  base: Pick<EventDraft, 'attribution' | 'quote'>,
): EventDraft {
  // The first clause that makes a statement; a subject cut off by an aside ("Bush, commenting
  // on the crisis, said …") is no title, so then the whole content is.
  const stating = clauses.find((c) => hasVerb(tokensOf(c)));
  const main = stating ? { start: clauses[0]!.start, end: stating.end } : clauses.length === 1 ? clauses[0]! : claim.content;
  const tokens = tokensOf(main);
  const trigger =
    predicate(tokens, claim.span !== null && claim.quote === null) ?? (tokens[0] ? { start: tokens[0].start, end: tokens[0].end } : main);
  // Content that opens with a preposition reads as a title only with its source ("Turkish
  // intelligence officials warn of potential Hezbollah intervention"), and a denial must say who
  // denies ("Israel denied that it struck the hospital").
  const withSource = claim.span && ((tokens[0] && isPreposition(tokens[0])) || claim.denial);
  const titleSpan = withSource ? { start: claim.span!.start, end: main.end } : main;
  return extend(base, { title: titleOf(ctx.text, titleSpan), time: null, actorIds, trigger, timex: null });
}

/** The last word of a span: "third day" → "day". */
const lastWord = (text: string, span: Span): string => text.slice(span.start, span.end).split(/\s+/).at(-1)!;

/**
 * A clause of "be" and no other verb, at a time that is not where a state begins ("has been in
 * power since 1969", "chairman from April 2006" tell when it began): not "rebels had retaken the
 * town overnight", "there was little opposition when he married in 2005" nor "… on the table but,
 * on Monday, it gave …", which the tags may read as "be" alone.
 */
function stateOfBe(clause: VerbClause, finding: Span, text: string): boolean {
  const head = clause.head;
  if (!clause.copula || head?.lemma !== 'be') return false;
  const opensClause = (t: AnalyzedToken) =>
    ['VERB', 'AUX', 'SCONJ', 'CCONJ'].includes(t.pos) || t.lower === 'when' || TEMPORAL.has(t.lower);
  if (clause.tokens.some((t) => t.start > head.start && opensClause(t))) return false;
  return (
    !/\b(?:since|from)\s*$/i.test(text.slice(Math.max(0, finding.start - 8), finding.start)) &&
    !/^(?:since|from)\b/i.test(text.slice(finding.start, finding.end))
  );
}

/** Whether a trigger is a noun or a name of the clause that names no event ("the ministers", "third day"), not a verb the tags missed. */
function fallsOnNoun(clause: VerbClause, trigger: Span, text: string): boolean {
  const word = clause.tokens.findLast((t) => t.start >= trigger.start && t.end <= trigger.end);
  // "the 1995 assassination attempt": any word of the phrase may name the event.
  const words = text.slice(trigger.start, trigger.end).split(/\s+/);
  return !!word && ['NOUN', 'PROPN', 'PRON', 'NUM'].includes(word.pos) && !words.some(isEventWord);
}

/** `verb`: the trigger of the verb clause holding the date, when the clause has a verb. */
function triggerFor(tokens: Token[], finding: TimeFinding, text: string, verb: Span | null): Span | null {
  const before = tokens.filter((t) => t.end <= finding.start);
  const previous = before.at(-1);
  const head = datedNoun(tokens, finding);
  if (head) return head;
  // A date modifies the noun before it through a preposition ("rounds since May 2024", "the attack
  // on Monday"); a bare date after a noun is an adverb of the clause ("read on television Thursday").
  const inside = /^(?:since|from|until|till|between|after|before|in|on|during|by|through)\b/i.test(text.slice(finding.start, finding.end));
  // Only an event noun, though, when the clause has a verb: "approved the budget on Tuesday".
  if (inside || (previous && isPreposition(previous))) {
    const end = inside ? before.length : before.length - 1;
    const head = phraseHeadBefore(tokens, end);
    if (head && (!verb || isEventWord(lastWord(text, head)))) return head;
  }
  return verb ?? predicate(tokens);
}

/**
 * "going to the polls … after the death of Yasser Arafat last year": a date right after the event
 * noun that "after", "before", "since" or "following" opens, past the verb, dates that event, not
 * the verb; the phrase from the noun to the date is the event's.
 */
function temporalObject(tokens: Token[], finding: TimeFinding, text: string, verb: Span): { head: Span; phrase: Span } | null {
  const before = tokens.filter((t) => t.end <= finding.start && t.start >= verb.end);
  const k = before.findLastIndex((t) => TEMPORAL.has(t.lower));
  if (k < 0 || before.length - k > 8 || /[,;:()]/.test(text.slice(before[k]!.end, finding.start))) return null;
  if (before.slice(k + 1).some((t) => isVerb(t) || (isPreposition(t) && !/^(?:of|in)$/.test(t.lower)))) return null;
  const from = DETERMINER.test(before[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  const head = phraseHead(before, from);
  if (!head || !isEventWord(text.slice(head.start, head.end).split(/\s+/).at(-1)!)) return null;
  return { head, phrase: { start: before[k + 1]!.start, end: finding.end } };
}

/** The last participle describing a noun ("the fund launched by the bank") between the verb and the date, with no comma after it. */
function participleBetween(text: string, tokens: Token[], verb: Span, finding: Span): Span | null {
  const t = tokens.findLast((t) => t.start >= verb.end && t.end <= finding.start && participleAfterNoun(text, t));
  return t && !/[,;:()]/.test(text.slice(t.end, finding.start)) ? { start: t.start, end: t.end } : null;
}

/**
 * "NASA managers have scheduled the shuttle for a launch attempt on July 13", told on July 2: what
 * the clause tells as done is over by the publication, so a date after it is not the verb's but
 * the event noun's between them; the phrase from its determiner to the date names it.
 */
function laterNoun({ finding, others, doc }: Scope, tokens: Token[], verb: VerbClause): { head: Span; phrase: Span } | null {
  const head = verb.head;
  if (!doc || !head || finding.time.start < doc.end || !toldAsDone(verb) || datedNoun(tokens, finding)) return null;
  const between = tokens.filter((t) => t.start >= head.end && t.end <= finding.start);
  // "a launch attempt": the event word after a determiner or an adjective, not a verb after "to".
  const k = between.findLastIndex((t, i) => isEventWord(t.lower) && i > 0 && !isVerb(between[i - 1]!) && between[i - 1]!.lower !== 'to');
  if (k < 0) return null;
  const det = between.findLastIndex((t, i) => i < k && i >= k - 3 && DETERMINER.test(t.lower));
  const from = det >= 0 && between.slice(det + 1, k).every((t) => !isVerb(t) && !isPreposition(t)) ? between[det]! : between[k]!;
  // "at 1951 UTC or 3:51 p.m. local time, on July 13": one phrase for all the dates after the noun.
  const end = Math.max(finding.end, ...mapOf(others, (f) => (f.start >= between[k]!.end ? f.end : 0)));
  return { head: { start: between[k]!.start, end: between[k]!.end }, phrase: { start: from.start, end } };
}

/**
 * "wrapped up campaigning Monday, ahead of a crucial vote Wednesday": when another date of the
 * clause stands nearer the verb, a bare date right after an event noun is the noun's; the phrase
 * from its determiner to the date names it.
 */
function nounDatedAfter({ text, finding, others }: Scope, tokens: Token[], verb: Span): { head: Span; phrase: Span } | null {
  if (!others.some((f) => f.start >= verb.end && f.end <= finding.start)) return null;
  const before = tokens.filter((t) => t.end <= finding.start);
  const noun = before.at(-1);
  if (!noun || noun.start < verb.end || !isEventWord(noun.lower) || /[,;:()]/.test(text.slice(noun.end, finding.start))) return null;
  const det = before.findLastIndex((t, i) => i >= before.length - 4 && DETERMINER.test(t.lower));
  const from = det >= 0 && before.slice(det + 1, -1).every((t) => !isVerb(t) && !isPreposition(t)) ? before[det]! : noun;
  return { head: { start: noun.start, end: noun.end }, phrase: { start: from.start, end: finding.end } };
}

/**
 * "devastated by the December 26 Asian tsunamis": the phrase a date opens after its determiner, up
 * to the noun it dates, when a preposition puts it aside from the verb ("facilitated a June 10
 * emergency session", its object, is the clause's own event).
 */
/** A preposition that sets a phrase aside from the verb, then a determiner and maybe an adjective: "devastated [by the ]December 26 tsunamis". */
const ASIDE_DETERMINER = determinerBefore('by|of|from|after|before|since|to|toward|towards|in|during|at|over|for', true);

function namedPhrase(text: string, finding: Span, head: Span): Span | null {
  if (/^['’]s\b/.test(text.slice(finding.end, finding.end + 3))) return { start: finding.start, end: head.end };
  const before = text.slice(Math.max(0, finding.start - 24), finding.start);
  const det = ASIDE_DETERMINER.exec(before);
  return det ? { start: finding.start - det[1]!.length, end: head.end } : null;
}

/** A preposition and a determiner before a date inside the subject: "The results [of the] Jan. 30 vote were announced". */
const OF_THE = determinerBefore('of|from|for|over|about|in|on|at');

/**
 * "The results of the Jan. 30 vote were announced": a date naming an event noun inside the
 * subject, after a preposition, dates that event, not the verb after it (the announcement has a
 * time of its own). The event noun heading the subject ("The Oct. 8 quake destroyed the town")
 * is the verb's own.
 */
function inSubject(text: string, clause: Span, finding: Span, head: Span, verb: Span): Span | null {
  if (head.start < finding.end || verb.start < head.end || /[,;:()]/.test(text.slice(head.end, verb.start))) return null;
  const det = OF_THE.exec(text.slice(Math.max(clause.start, finding.start - 24), finding.start));
  return det ? { start: finding.start - det[0].length + det[0].search(/\s\S+\s+$/) + 1, end: head.end } : null;
}

/**
 * The noun a date modifies from before it: a determiner or possessive opens the phrase ("a June 10
 * emergency session", "Monday's vote"), or the date opens the clause before a lower-case noun.
 * Time-expression tokens are already left out, so the first token inside the phrase comes right
 * after its date: "2021 [Egypt-brokered ceasefire] lasted 11 months".
 */
function datedNoun(tokens: Token[], finding: TimeFinding): Span | null {
  const afterIndex = tokens.findIndex((t) => t.start >= finding.start);
  const after = tokens[afterIndex];
  const previous = tokens.filter((t) => t.end <= finding.start).at(-1);
  // "criticized Saturday's court decision": the date's own possessive opens the object it dates,
  // which happened before the verb's act ("today's attacks", condemned that same day, still date it).
  const own = after?.possessive && after.start <= finding.start && after.end > finding.end;
  if (own && previous && (isVerb(previous) || isParticiple(previous)) && !/^(?:today|tonight|this)\b/i.test(after.text))
    return phraseHead(tokens, afterIndex);
  // "cleared the way for Sunday's re-run": after a preposition, the event the possessive names
  // ("voted in Sunday's election" is the verb's: what is done in the event is at its date, and so is
  // what it did: "homes damaged by Tuesday's flood").
  const agent = previous?.lower === 'by' && affectedBy(tokens[tokens.indexOf(previous) - 1]?.lower);
  if (
    own &&
    previous &&
    isPreposition(previous) &&
    !DURING.has(previous.lower) &&
    !agent &&
    !/^(?:today|tonight|this)\b/i.test(after.text)
  ) {
    const head = phraseHead(tokens, afterIndex);
    const word = head ? tokens.filter((t) => t.start >= head.start && t.end <= head.end).at(-1) : undefined;
    if (head && word && isEventWord(word.lower)) return head;
  }
  // "the devastating Oct. 8 earthquake": a lower-case adjective may stand between the determiner and the date.
  const before = tokens.filter((t) => t.end <= finding.start).at(-2);
  const adjective =
    !!previous &&
    previous.text === previous.lower &&
    !isVerb(previous) &&
    !isPreposition(previous) &&
    !!before &&
    DETERMINER.test(before.lower);
  const premodifier =
    after &&
    !after.breakBefore &&
    (previous
      ? DETERMINER.test(previous.lower) || previous.possessive || (adjective && after.text === after.lower)
      : after.text === after.lower);
  return premodifier ? phraseHead(tokens, afterIndex) : null;
}

/** Words that open the figure a clause's own is compared with: "up from 60 on Sunday", "compared with 2010". */
const COMPARED = /(?:\b(?:up|down|rising|falling|higher|lower)\s+from|\bcompared\s+(?:with|to)|\bthan)\b[^,;:]*$/i;

/** Whether a time stands in the figure a clause's own is compared with, after a comma: "…, up from 60 on Sunday". */
function comparedWith(text: string, clause: Span, finding: TimeFinding): boolean {
  const before = text.slice(clause.start, finding.start);
  const comma = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  return comma >= 0 && COMPARED.test(before.slice(comma + 1));
}

/** "the 2009 version": a date that modifies a noun naming no occurrence. */
function datesAThing(tokens: Token[], finding: TimeFinding, text: string): boolean {
  const head = datedNoun(tokens, finding);
  return head !== null && !isEventWord(text.slice(head.start, head.end).split(/\s+/).at(-1)!);
}

/** A bound of a range, as the time of an event of its own. */
function pointTime(bound: TimeBound): EventTime {
  const { value, start, end, granularity, anchor, approximate } = bound;
  return { value, start, end, granularity, anchor, approximate, mod: null, interval: null };
}
