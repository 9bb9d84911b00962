// One event per clause that names an occurrence: the clauses of a sentence's claimed content that
// no dated event already covers (see verbClauses.ts for the split, occurrence.ts for what is not
// an event). The trigger is the clause's verb, or the event noun a light verb or "be" carries
// ("faces collapse", "there was an explosion"). Time: the clause's own comes first (those clauses
// are dated events already); then the sentence's, from the nearest dated clause, for a clause that
// is not a plan or a hypothesis; a clause opened by "when", "which" or "where" right after a date
// or a dated event is that date's ("a vote Wednesday, when Palestinians will go to the polls"); then the narrative's, for a clause in
// the simple past (narrative.ts); then, for what a source said on a day of its own, that day as a
// bound ("…, the minister said Tuesday"); then the publication date as an honest bound (mod
// ON_OR_BEFORE, never a day) for what was done by then: anything in the lead of a dated article (its
// first sentences, which tell the news), a statement ("…, the mayor said"), a vow, and what the text
// tells in the past, the present perfect or as going on ("the army fired on protesters", "have
// praised", "are arriving"), even when it is background: it happened by then all the same. What is
// planned, possible or habitual, or told in the simple present, stays undated.
import type { EventTime, TimeBound } from '../../model/dataset.ts';
import { NUMBER_WORDS } from '../timex/lexicon.ts';
import { computedEnd } from '../timex/attach.ts';
import { boundWithin, eventTime } from '../timex/findings.ts';
import type { EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { indicating } from './ongoing.ts';
import { evaluatedSubject, eventNounIn, foreseenSubject, isEventNoun, isMentalState, nonEvent, possible } from './occurrence.ts';
import type { Report } from './occurrence.ts';
import { attempt, failure, linkedSubject, linking } from './unreal.ts';
import { titleOf } from './titles.ts';
import { isSimplePast, type NarrativeTime } from './narrative.ts';
import { knownBy } from './documentTime.ts';
import { carriedTime } from './carried.ts';
import { participleAfterNoun } from './describing.ts';
import lists from './occurrence.json' with { type: 'json' };
import lending from './lending.json' with { type: 'json' };
import { DENIALS, SAYING } from '../attribution/cueVerbs.ts';
import { ALL_KINDS, NOT_SAYING, sayingLemmas } from '../language/saying.ts';
import { ingOf } from '../language/verbForms.ts';
import { DAY_WORDS, OPENING_TIME, TEMPORAL } from './words.ts';
import { distanceBefore, distanceFrom, opensLaterClause, ownerClause, tellsTimeOf, type Shift } from './relativeTo.ts';
import { flatMapOf, mapOf } from '../lists.ts';
import { extend } from '../objects.ts';
import { deniedEnd } from './contents.ts';
import { NOUN_PHRASE } from './subjects.ts';
import { PRESENT_BE } from './nonOccurrences.ts';
import { answerTo } from './speakingOccasions.ts';

const LIGHT = new Set(lists.light);
const SAME_FORM = new Set(lists.sameForm);
const VOWS = new Set(lists.vows);
const INTENTIONS = new Set(lists.intentions);
/** Words of a verb group that put its event ahead of the document, or make it a mere possibility. */
const NOT_YET = new Set(['will', 'would', 'shall', 'could', 'might', 'may', 'can', 'should', 'must', "'ll", 'wo', 'ca']);

export interface ClauseScope {
  text: string;
  clauses: VerbClause[];
  /** Events the sentence already has (dated ones): a clause holding one of their triggers is theirs. */
  existing: EventDraft[];
  /**
   * Those of them that a date names aside from a verb's clause ("sailing toward the coast hit by
   * the March 3 storm"): they leave the clause its own event, when its verb names an act.
   */
  asides: readonly EventDraft[];
  /** Times clauses take from their distance to a dated event ("arrived the day after the Oct. 8 quake"). */
  shifts: readonly Shift[];
  base: Pick<EventDraft, 'attribution' | 'quote'>;
  actorsIn: (spans: Span[]) => string[];
  /** The publication date as a bound (documentTime.ts), or null when the document has no date. */
  documentTime: EventTime | null;
  /** The sentence is in the article's lead (its first sentences), which tells the news itself. */
  lead: boolean;
  /** The time the narrative was at when the sentence before ended (narrative.ts), when it goes on here. */
  narrative: NarrativeTime | null;
  /** The day of the same act (verb and subject) the document dated before (retold.ts), when the sentence has no time of its own. */
  retold?: (trigger: Token) => NarrativeTime | null;
  /** The occasion the sentence is set in ("During the event, …"), dated before in the document (occasions.ts). */
  occasion?: NarrativeTime | null;
  /** The day the source said the content on, as a bound (documentTime.ts knownBy), when the sentence names it. */
  said: NarrativeTime | null;
  /** Where the first clause's title starts when the source must be named (a denial). */
  titleStart: number | null;
  /**
   * The clauses are what a source says ("she said she would resign"), after a past or present cue:
   * what it tells in the past was known by the time it was said.
   */
  reported: Report;
  /** The clauses are what a source believes ("he believes the economy has recovered"): a view, no occurrence. */
  believed?: boolean;
  /** What is told is what a source expects or predicts ("police expect most squatters will leave"): what "will" happen is a forecast, no event without a day of its own. */
  forecast?: boolean;
  /** The source is reports or figures ("Some reports suggest …"): their suggesting, indicating or showing is no act. */
  figures?: boolean;
}

const span = (t: Token): Span => ({ start: t.start, end: t.end });

/**
 * The event word of a clause: its verb, a vow, or the event noun a light verb or "be" carries;
 * `following`, the clause after it, which a link may reach ("The move came | after …").
 */
export function clauseTrigger(clause: VerbClause, following?: VerbClause): Token | null {
  const head = clause.head;
  // "Sunday's election was a historic victory": the election, not the victory it is judged.
  // "A ruling is due on Tuesday": the ruling.
  if (!head || clause.copula) return evaluatedSubject(clause) ?? foreseenSubject(clause) ?? eventNounIn(clause);
  // "The vote is expected on Tuesday": the vote.
  const foreseen = foreseenSubject(clause);
  if (foreseen) return foreseen;
  // "pledged to rebuild the school": the vow happened, the rebuilding may never.
  const vow = clause.group.find((t) => t.pos === 'VERB' && VOWS.has(t.lemma)) ?? failure(clause) ?? attempt(clause);
  if (vow) return vow;
  // "The arrest led to protests": the linked occurrence, not the link.
  if (linking(clause, isEventNoun, following)) return linkedSubject(clause, isEventNoun);
  if (LIGHT.has(head.lemma)) {
    const i = clause.tokens.indexOf(head);
    for (let j = i + 1; j < Math.min(clause.tokens.length, i + 5); j++) {
      const t = clause.tokens[j]!;
      // "won a landslide victory": an event noun before another noun only modifies it ("make the announcement tomorrow" does not).
      const next = clause.tokens[j + 1];
      if (isEventNoun(t) && (next?.pos !== 'NOUN' || DAY_WORDS.has(next.lower))) return possible(clause.tokens, j) ? null : t;
      if (!['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN'].includes(t.pos)) break;
    }
  }
  return head;
}

/**
 * "plans to build a plant", "is preparing to leave": a verb of intent before "to" in the clause's
 * verb group; with no time of its own for what is intended, the plan is the event.
 */
function intention(clause: VerbClause): Token | undefined {
  const group = clause.group;
  const inGroup = group.find((t, i) => t.pos === 'VERB' && INTENTIONS.has(t.lemma) && group[i + 1]?.lower === 'to');
  // "The board plans to close …": the verb read as a noun of the subject, before "to".
  const before = clause.before;
  const misread = clause.opener?.lower === 'to' && !!before && clause.tokens.includes(before) && INTENTIONS.has(before.lemma);
  return inGroup ?? (misread ? before : undefined);
}

/**
 * "agreed to withdraw", "offered to mediate", "decided to close the road": what a verb of intent
 * right before it governs is only agreed or intended, not done.
 */
function intended(clause: VerbClause, previous: VerbClause | undefined): boolean {
  const head = previous?.head;
  const to = clause.opener;
  // Right after the verb: not "as they vote, to see their pride".
  return to?.lower === 'to' && !!head && INTENTIONS.has(head.lemma) && previous!.tokens.at(-1) === head && to.start - head.end <= 1;
}

/** Whether the clause tells of something done or under way, not planned or possible. */
export function isRealis(clause: VerbClause): boolean {
  return !clause.group.some((t) => NOT_YET.has(t.lower)) && !/^(?:to)$/i.test(clause.opener?.text ?? '');
}

const modal = (c: VerbClause | undefined): boolean => !!c && c.group.some((t) => NOT_YET.has(t.lower));

/**
 * "plans to open a school", "to rebuild": a verb after "to", which names what is aimed at, not
 * what was done; not after a verb of going on or beginning ("continue to recover bodies").
 */
function infinitive(c: VerbClause | undefined): boolean {
  if (!c || !(c.opener?.lower === 'to' || c.group.at(-1)?.lower === 'to')) return false;
  return !c.group.some((t) => t.pos === 'VERB' && (GOING_ON.has(t.lemma) || BEGIN.has(t.lemma)));
}

/** Verbs of beginning that carry the verb after them: "began to hand out", "started to evacuate". */
const BEGIN = new Set(['begin', 'start', 'resume']);

/** "… and write a book": the clause goes on with a verb in its base form and no subject of its own. */
function bareVerbAfter(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || head.lower !== head.lemma) return false;
  return clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t === clause.opener || t.pos === 'ADV');
}

/** Words of a verb group that put its event ahead of the time it is told from: "will", "would", "shall", "is going to". */
const AHEAD = new Set(['will', 'would', 'shall', "'ll", '’ll', 'wo']);
const SCHEDULED = new Set(lists.scheduled);

/**
 * "The team will work with the embassy", "he will enter the job with a heavy heart": a plan, a
 * prediction or an intention. With a time of its own it is scheduled (the dated path keeps it);
 * with none it names no occurrence a timeline can hold, unless it is an act told as on a schedule
 * or a change told ahead ("the envoy will meet the governor", "she said she would resign": SCHEDULED). Also what goes on
 * from it with no auxiliary ("will work with the mayor and support the camp").
 */
function aheadOfTime(clause: VerbClause, previous: VerbClause | undefined): boolean {
  return toldAhead(clause) || (goesOnFromModal(clause, previous) && toldAhead(previous));
}

/** A verb group that puts its event ahead of the time it is told from: "will be", "is going to be". */
export const toldAhead = (c: VerbClause | undefined): boolean =>
  !!c && c.group.some((t, i) => AHEAD.has(t.lower) || (t.lower === 'going' && c.group[i + 1]?.lower === 'to'));

/**
 * A clause with no auxiliary of its own takes the mood of the clause before it when it goes on
 * from it: "should call and congratulate the winner on Monday", "will spend 12 days in space
 * evaluating improvements" are no more done than their first verb.
 */
function goesOnFromModal(clause: VerbClause, previous: VerbClause | undefined): boolean {
  if (clause.group.length) return false;
  const opener = clause.opener?.lower;
  if (!modal(previous)) return (opener === 'and' || opener === 'or') && infinitive(previous) && bareVerbAfter(clause);
  return opener === 'and' || opener === 'or' || (!opener && /ing$/i.test(clause.head?.text ?? ''));
}

/** Words that open a clause told as a fact of its own within a view: "… when the iPod first was released". */
const TOLD_AS_PAST = new Set(['when', 'after', 'before', 'since', 'because', 'as', 'while']);

/** Prepositions that put what the clause tells inside the event a date names: "vote in the January 30 ballot". */
export const DURING = new Set(['in', 'during', 'at']);

/**
 * The tokens of a sentence's clauses, in order: made once per sentence, not once per dated event of
 * it (the sentence's clauses are read one after the other: the last sentence's are kept).
 */
let lastClauses: readonly VerbClause[] | null = null;
let lastTokens: VerbClause['tokens'] = [];
function tokensOf(clauses: readonly VerbClause[]): VerbClause['tokens'] {
  if (clauses !== lastClauses) {
    lastTokens = flatMapOf(clauses, (c) => c.tokens);
    lastClauses = clauses;
  }
  return lastTokens;
}

/**
 * Whether a dated event's time is its clause's to lend to the others: not the date of a plan or a
 * possibility ("whoever is defeated should call the winner on Monday" says nothing of when the
 * defeat is), nor a date that only names a thing ("the Oct. 8 quake", "last month's disaster":
 * the helicopters that "arrived the day after the Oct. 8 quake and began evacuating" did not
 * evacuate on Oct. 8), unless the sentence tells what happened in it ("turned out to vote in the
 * January 30 ballot").
 */
function lends(text: string, e: EventDraft, clauses: readonly VerbClause[]): boolean {
  const at = clauses.findIndex((c) => e.trigger.start >= c.start && e.trigger.end <= c.end);
  const own = clauses[at];
  // "were scheduled to close at 5 p.m., but an extension was made": the time of a plan is not the others'.
  if (modal(own) || (own && (goesOnFromModal(own, clauses[at - 1]) || planned(own, clauses[at - 1])))) return false;
  if ((own && describesNoun(own, clauses[at - 1])) || participleAfterNoun(text, e.trigger)) return false;
  if (own && describesName(text, own, clauses[at + 1])) return false;
  if (!e.timex) return true;
  const tokens = tokensOf(clauses);
  // "elect a leader after the death of Ana Ruiz last year": the date of what came before or after.
  const opener = tokens.filter((t) => t.end <= e.trigger.start && t.pos !== 'DET').at(-1);
  if (opener && e.trigger.end <= e.timex.start && TEMPORAL.has(opener.lower)) return false;
  const after = tokens.find((t) => t.start >= e.timex!.end);
  const before = tokens.filter((t) => t.end <= e.timex!.start);
  const last = before.at(-1);
  // "last Thursday's bomb attacks", "the Oct. 8 quake", "a June 10 emergency session": a date that names a thing.
  const possessive = after !== undefined && after.start === e.timex.end && /^['’]s$/.test(after.text);
  // "the devastating Oct. 8 earthquake": an adjective may stand between the determiner and the date.
  const det =
    last?.pos === 'DET' || (last?.text === last?.lower && ['ADJ', 'VERB'].includes(last?.pos ?? '') && before.at(-2)?.pos === 'DET');
  const premodifier = det && after !== undefined && ['NOUN', 'PROPN', 'ADJ'].includes(after.pos);
  if (!possessive && !premodifier) return true;
  const preposition = before.filter((t) => t.pos !== 'DET').at(-1);
  return !!preposition && DURING.has(preposition.lower);
}

const PLANS = new Set(lending.plans);

/** "were scheduled to close at 5 p.m.", "was to close at 17:00": what was planned for a time, not done at it. */
function planned(clause: VerbClause, previous: VerbClause | undefined): boolean {
  const head = clause.head;
  if (!head) return false;
  const at = clause.tokens.indexOf(head);
  const plan = (t: Token | null | undefined) => !!t && (PLANS.has(t.lemma) || PLANS.has(t.lower) || t.lemma === 'be');
  if (clause.opener?.lower === 'to') return !!previous && previous.end >= clause.start - 1 && plan(previous.tokens.at(-1));
  // "were scheduled [to] close", "was due to [close]": the plan before "to", or the verb after it.
  if (clause.tokens[at + 1]?.lower === 'to') return plan(head);
  return clause.tokens[at - 1]?.lower === 'to' && plan(clause.tokens[at - 2]);
}

/**
 * "Polls were scheduled to close at 5 p.m., but an extension was made": what is done instead of a
 * plan for a time of day is on that day, at no hour the text gives.
 */
function planDay(text: string, nearest: EventDraft | undefined, clauses: readonly VerbClause[]): EventDraft | undefined {
  const own = nearest && clauses.find((c) => nearest.trigger.start >= c.start && nearest.trigger.end <= c.end);
  const t = nearest?.time;
  if (!own || !t || t.granularity !== 'time' || t.interval || !planned(own, clauses[clauses.indexOf(own) - 1])) return undefined;
  if (lends(text, nearest, clauses)) return undefined;
  return { ...nearest, time: { ...t, value: t.value.slice(0, 10), granularity: 'day' } };
}

/**
 * "Ana Ruiz, born in Lisbon on May 2, 1955, has built …": a participle set off by commas after a
 * name describes who is named; its date is not the time of the clause that goes on after it.
 */
function describesName(text: string, own: VerbClause, next: VerbClause | undefined): boolean {
  const head = own.head;
  if (!head || !next || own.group.length || own.opener || /ing$/i.test(head.text) || head.lower === head.lemma) return false;
  const before = own.tokens.filter((t) => t.end <= head.start && t.pos !== 'PUNCT').at(-1);
  if (!before || !/^\s*,\s*$/.test(text.slice(before.end, head.start)) || !['PROPN', 'NOUN'].includes(before.pos)) return false;
  return /^[^,]*,\s*$/.test(text.slice(head.end, next.start)) || /,\s*$/.test(text.slice(own.start, next.start));
}

/** Adverbs that put a clause after the one before it: "… and later returned", "…, subsequently leaving". */
const LATER = new Set(['later', 'afterwards', 'afterward', 'subsequently', 'eventually', 'thereafter']);

/** A word of LATER before the clause's verb, or "since" right after an auxiliary ("its workers have since found jobs"). */
function tellsLater(text: string, clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  const since = clause.opener?.lower === 'since' && /\b(?:has|have|had|'ve|’ve)\s+$/i.test(text.slice(0, clause.opener.start));
  return since || clause.tokens.some((t) => t.end <= head.start && LATER.has(t.lower));
}

/** The time after a point ("after 1976"), or nothing when the time is no point. */
const after = (time: EventTime): EventTime | null => distanceFrom(time, 'after ');

/** Openers of a clause that goes on with the clause right before it, with no subject of its own: "sank while crossing". */
const GOES_ON = new Set(['while', 'as']);

/** Verbs (lemmas) whose participle tells what the main clause's subject said, not more of a clause of time: "…, saying", "…, blaming", "…, denying". */
const SPEAKING: ReadonlySet<string> = new Set([...sayingLemmas(ALL_KINDS).filter((v) => !NOT_SAYING.has(ingOf(v))), ...DENIALS]);

/**
 * "… after the ferry sank while crossing the strait, killing 40": a clause with no subject of its
 * own right after a clause opened by "after" or "before" tells more of that clause, at its time,
 * when nothing but it can be what it goes on from: "while"/"as", a participle that tells no
 * speaking ("…, saying" is the main clause's subject's), or "and" with a simple past when the
 * clause before is told in another form ("was launched after the ministers met on May 2 and
 * adopted a plan"). A clause after "since" goes on with the main clause ("have faced attacks since
 * the protests began, blaming …"), save a turn right after a bare "since" and "-ing" (turnOf),
 * and so does "and" when both could ("was jailed after he was convicted in 2019 and served four
 * years": after 2019, not in it).
 */
function goesOnWith(clause: VerbClause, lender: VerbClause, clauses: readonly VerbClause[]): boolean {
  const from = clauses.indexOf(lender);
  const to = clauses.indexOf(clause);
  if (from < 0 || to <= from) return false;
  if (lender.opener?.lower === 'since') return to === from + 1 && turnOf(clause, lender);
  const main = clauses[from - 1];
  return clauses.slice(from + 1, to + 1).every((c, i) => goesOn(c, i === 0 ? lender : clauses[from + i]!, main));
}

const TURNS = new Set(lending.turns);

/**
 * "held the town since seizing it on Saturday, breaking weeks of stalemate": right after a clause
 * of time with no subject of its own ("since seizing"), a participle that tells what an act ended
 * or marked tells more of that act; any other ("…, shedding 300 jobs") goes on with the main clause.
 */
function turnOf(clause: VerbClause, lender: VerbClause): boolean {
  const head = lender.head;
  if (!head || !lender.opener || !/ing$/i.test(head.text) || !addsTo(clause) || !TURNS.has(clause.head!.lemma)) return false;
  const at = lender.tokens.indexOf(head);
  return at === 0 || lender.tokens[at - 1] === lender.opener;
}

/** A clause with no subject nor auxiliary of its own that can only go on from `previous` (not from `main`, the clause before that). */
function goesOn(clause: VerbClause, previous: VerbClause, main: VerbClause | undefined): boolean {
  const head = clause.head;
  const opener = clause.opener;
  if (!head) return false;
  const bare = clause.tokens
    .slice(0, clause.tokens.indexOf(head))
    .every((t) => t === opener || clause.group.includes(t) || t.pos === 'ADV' || t.pos === 'PUNCT');
  if (!bare) return false;
  if (!opener) return addsTo(clause) && !SPEAKING.has(head.lemma);
  if (GOES_ON.has(opener.lower)) return true;
  const simple = (c: VerbClause | undefined) => !!c && !c.group.length && isSimplePast(c);
  return opener.lower === 'and' && simple(clause) && simple(previous) && !simple(main);
}

const within = (outer: Span, inner: Span): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** "has", "have", "'ve" among the clause's auxiliaries. */
const hasPerfectAux = (clause: VerbClause) => clause.group.some((t) => /^(?:has|have|'ve|’ve)$/i.test(t.text));

/**
 * The time a clause takes from another: as it is, or only as a bound (documentTime.ts knownBy)
 * when the clause is in the present perfect ("has improved", by then) or tells what was said at
 * that time ("During a news conference Wednesday, the mayor said other people died in attics").
 */
function lentTime(
  text: string,
  from: EventDraft,
  clause: VerbClause,
  earlier: readonly VerbClause[],
  describing: boolean,
  clauses: readonly VerbClause[],
): EventTime | null {
  if (describing) return from.time;
  // "…, since it was delivered in 1987", "resumed after the fighting ended in May": the time of a
  // clause opened by a word of order bounds the others, it is not theirs.
  const lender = clauses.find((c) => c !== clause && from.trigger.start >= c.start && from.trigger.end <= c.end);
  // "After weeks of fighting, the rebels advanced on Wednesday": a phrase the word opens, set off
  // by a comma before the clause's verb, orders nothing the clause's own time tells.
  const comma = lender?.opener && lender.head ? text.slice(lender.opener.end, lender.head.start).lastIndexOf(',') : -1;
  const at = lender?.opener ? lender.opener.end + comma : 0;
  const phrase = comma >= 0 && from.trigger.start > at && (from.timex?.start ?? 0) > at;
  // "closed days after engineers said on March 31 that the piers had cracked": what was said is
  // no clause of time of its own; it was so by the day of saying.
  const saidOn = lender && from.trigger.start === lender.head?.start && saidIn(lender, clause, clauses) ? knownBy(from.time!) : null;
  if (saidOn) return saidOn;
  const order = phrase ? '' : (lender?.opener?.lower ?? '');
  const bounded =
    TEMPORAL.has(order) && !goesOnWith(clause, lender!, clauses)
      ? distanceFrom(from.time!, /^(?:before|until|till)$/.test(order) ? 'before ' : 'after ')
      : null;
  if (bounded) return bounded;
  // "founded the company in 1976 and later returned": after that time, not at it.
  if (from.trigger.start < clause.start && tellsLater(text, clause)) return after(from.time!);
  // "streamed into the square late Sunday, as their candidate had urged": a past perfect was done
  // by the time it is told from, not at it.
  const perfect = hasPerfectAux(clause);
  const saidThen = earlier.some((c) => SAYING.has(c.head?.lower ?? '') && from.trigger.start < c.end);
  // "The envoy noted that voters turned out in the January 30 ballot": what is said of a time was
  // said after it, not by it.
  if (SAYING.has(clause.head?.lower ?? '') && from.trigger.start >= clause.end) return after(from.time!);
  // "The army withdrew, the minister said at a news conference Tuesday": the day of saying.
  const saying = SAYING.has(text.slice(from.trigger.start, from.trigger.end).toLowerCase());
  if (perfect || saidThen || saying) return knownBy(from.time!);
  // A time that is no point to be done by ("early 2009") stays as it is, and so does one the
  // clause gives itself ("had been killed in Wednesday's fighting") or the sentence opens with
  // ("In mid-March, … the president had signed an order").
  const timex = from.timex;
  const own =
    !!timex &&
    (within(clause, timex) ||
      within(withComplement(clause, clauses[clauses.indexOf(clause) + 1]), timex) ||
      /^\s*(?:in|on|at|during|by|early|late)?\s*$/i.test(text.slice(clauses[0]!.start, timex.start)));
  return isPastPerfect(clause) && !own ? (knownBy(from.time!) ?? from.time) : from.time;
}

/** Whether `clause` is what the verb of saying heading `lender` says: the clause right after it, opened by "that" or by nothing. */
function saidIn(lender: VerbClause, clause: VerbClause, clauses: readonly VerbClause[]): boolean {
  const opener = clause.opener?.lower;
  return SAYING.has(lender.head?.lower ?? '') && clauses.indexOf(clause) === clauses.indexOf(lender) + 1 && (!opener || opener === 'that');
}

const COMPLEMENTS = new Set(lending.objectComplements);

/**
 * "had ordered the embassy closed in March": a participle right after the object of a verb that
 * takes one ("ordered", "declared", "found") tells the state the act left it in; the clauses
 * split it off, but it is the act's clause, and a time in it is the act's own.
 */
function withComplement(clause: VerbClause, next: VerbClause | undefined): Span {
  const head = clause.head;
  if (!head || !next?.head || clause.tokens.at(-1) !== head || !COMPLEMENTS.has(head.lemma) || next.opener || next.group.length)
    return clause;
  const object = next.tokens.slice(0, next.tokens.indexOf(next.head));
  return pastParticiple(next.head) && object.length && object.every((t) => NOUN_PHRASE.has(t.pos))
    ? { start: clause.start, end: next.end }
    : clause;
}

/** "closed", "taken", "shown", "caught", "built": a past participle's form, not the verb's own. */
const pastParticiple = (t: Token): boolean => t.lower !== t.lemma && /(?:ed|en|wn|ght|lt)$/.test(t.lower);

/** "have praised", "has rejected": a present perfect of an event verb (not "has been", not "has three plants"). */
function isPerfect(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || head.lemma === 'be' || head.lemma === 'have' || /ing$/i.test(head.text)) return false;
  return hasPerfectAux(clause) && !clause.group.some((t) => NOT_YET.has(t.lower));
}

/** "had won approval", "rebels had seized the port": a past perfect of an event verb, done by the time it is told. */
function isPastPerfect(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || head.lemma === 'be' || head.lemma === 'have' || /ing$/i.test(head.text)) return false;
  if (clause.group.some((t) => NOT_YET.has(t.lower))) return false;
  return clause.group.some((t) => /^(?:had|'d|’d)$/i.test(t.text)) && (head.lower !== head.lemma || SAME_FORM.has(head.lower));
}

/**
 * "had been rescued", "have left the city", "recorded 12 inches of snow": what was done up to a
 * time, a perfect of an event verb or a count in the past; not a state ("had 80,000 followers").
 */
export function toldSoFar(clause: VerbClause): boolean {
  const counted = isSimplePast(clause) && clause.head!.lemma !== 'have' && clause.tokens.some((t) => t.pos === 'NUM');
  return isPerfect(clause) || isPastPerfect(clause) || counted;
}

/** "is sending", "are arriving": a present progressive, going on as the document is written. */
function isOngoing(clause: VerbClause, next: VerbClause | undefined): boolean {
  const head = clause.head;
  if (!head || clause.copula || !/ing$/i.test(head.text)) return false;
  const at = clause.tokens.indexOf(head);
  const after = clause.tokens[at + 1] ?? next?.opener;
  // "is going to send" is ahead; "are going to the polls" is under way.
  const verbAfter = (clause.tokens[at + 2] ?? next?.head)?.pos === 'VERB' || (!clause.tokens[at + 1] && !!next);
  if (head.lemma === 'go' && after?.lower === 'to' && verbAfter) return false;
  const group = mapOf(clause.group, (t) => t.lower);
  return group.some((w) => PRESENT_BE.test(w)) && !group.some((w) => NOT_YET.has(w) || w === 'going');
}

/** "were still being found", "was burning", "is being spearheaded": under way at a time that is over or now. */
function isPastOngoing(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || clause.group.some((t) => NOT_YET.has(t.lower))) return false;
  const group = mapOf(clause.group, (t) => t.lower);
  if (group.includes('being')) return group.some((w) => /^(?:is|are|am|was|were)$/.test(w));
  return /ing$/i.test(head.text) && head.lemma !== 'go' && group.some((w) => w === 'was' || w === 'were');
}

/** Verbs of going on that carry the verb after them: "pilgrims continue to file past", "crews keep searching". */
const GOING_ON = new Set(['continue', 'keep', 'remain']);

/**
 * What the present tells as under way or done as the document is written: a present passive
 * ("efforts are hampered by destroyed roads"), a present perfect progressive ("Iraqis have been
 * calling a tip line"), a verb of going on ("pilgrims continue to file past the body"). It has
 * begun by the publication date. Not the simple present of a verb of its own ("the plant
 * closes"), which may be a rule or a plan.
 */
function isPresentNews(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || clause.group.some((t) => NOT_YET.has(t.lower) || t.lower === 'going')) return false;
  const group = mapOf(clause.group, (t) => t.lower);
  const present = group.some((w) => PRESENT_BE.test(w));
  const participle = pastParticiple(head) && !/ing$/.test(head.lower);
  if (present && participle && !group.some((w) => /^(?:was|were|been|being)$/.test(w))) return true;
  if (group.includes('been') && /ing$/.test(head.lower) && hasPerfectAux(clause)) return true;
  const verb = clause.group.find((t) => t.pos === 'VERB' && GOING_ON.has(t.lemma));
  return !!verb && (verb.lower === verb.lemma || verb.lower === `${verb.lemma}s`);
}

/**
 * "the effort launched by Obama on January 16", "areas cut off one week ago", "a vessel that
 * brought helicopters": a clause that describes a noun. Its time is its own, not the sentence's,
 * and it takes none from the clauses around it.
 */
function describesNoun(clause: VerbClause, previous: VerbClause | undefined): boolean {
  const opener = clause.opener?.lower;
  const noun = (t: Token | null | undefined) => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
  if (opener === 'which' || opener === 'who' || opener === 'whom' || opener === 'whose') return true;
  if (opener === 'that') return noun(clause.before);
  const head = clause.head;
  // A participle: not "-ing", not a present "-s" ("cut off", "launched", "hit by").
  if (opener || clause.group.length || !head || !previous || /(?:ing|s)$/i.test(head.text)) return false;
  const last = previous.tokens.at(-1);
  // "areas of [Indonesia cut off …]": the noun phrase the clause before left open runs up to the participle.
  if (
    last?.pos === 'ADP' &&
    clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM'].includes(t.pos))
  )
    return true;
  return clause.tokens[0] === head && noun(last);
}

/** The dated event of the clause right after, when a word of time opens it ("… after the polls closed late Sunday"). */
function ownFollowing(clause: VerbClause, next: VerbClause | undefined, dated: EventDraft | undefined): EventDraft | undefined {
  const opener = next?.opener?.lower ?? '';
  const inNext = !!dated && !!next && dated.trigger.start >= next.start && dated.trigger.end <= next.end;
  return inNext && next!.start >= clause.end - 1 && (TEMPORAL.has(opener) || opener === 'when') ? dated : undefined;
}

/**
 * "Ms. Ruiz, who voted Sunday morning as she left church, said …": a clause opened by "as" or
 * "while" right after a relative clause, with no comma between, goes on inside it and shares its
 * time, which the relative clause lends to no other.
 */
function inRelative(
  text: string,
  clause: VerbClause,
  previous: VerbClause | undefined,
  all: readonly EventDraft[],
): EventDraft | undefined {
  const opener = clause.opener;
  if (!opener || !previous || !GOES_ON.has(opener.lower) || !describesNoun(previous, undefined)) return undefined;
  if (/[,;:()"“”—–-]/.test(text.slice(previous.end, opener.start))) return undefined;
  // Its own time: a time expression inside it, not one lent from further on.
  return all.findLast((e) => within(previous, e.trigger) && !!e.timex && within(previous, e.timex) && !e.time?.interval);
}

const TAKING_PLACE = new Set(lending.takingPlace);

/**
 * "The date was announced at 2:30 p.m. today at a news conference held in the capital": a
 * participle of taking place describing the occasion ("at", "during", "in" an event noun) where
 * the clause before took place tells of that occasion, at the clause's time.
 */
function heldThen(clause: VerbClause, previous: VerbClause | undefined, before: EventDraft | undefined): EventDraft | undefined {
  const head = clause.head;
  if (!previous || !before || !head || before.trigger.start < previous.start || before.trigger.end > previous.end) return undefined;
  // The clauses split the occasion off the clause before: "… at | a news conference held …".
  const preposition = previous.tokens.at(-1);
  if (clause.opener || !preposition || preposition.pos !== 'ADP' || !DURING.has(preposition.lower)) return undefined;
  // Only a verb of taking place ("held", "hosted"): "a summit planned for months" was planned before.
  if (!TAKING_PLACE.has(head.lemma)) return undefined;
  const phrase = clause.tokens.slice(0, clause.tokens.indexOf(head));
  const noun = phrase.at(-1);
  return noun && isEventNoun(noun) && phrase.every((t) => NOUN_PHRASE.has(t.pos)) ? before : undefined;
}

/** "began handing out notices", "managed to find beds": a verb in the past carries the verb after it in its group. */
function begunInPast(clause: VerbClause): boolean {
  return clause.group.some(
    (t) => t.pos === 'VERB' && (/^(?:began|kept|went|came)$/.test(t.lower) || (/ed$/.test(t.lower) && t.lower !== t.lemma)),
  );
}

/** "…, halting all rescue operations": a participle with no subject nor auxiliary after a comma. */
function addsTo(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.group.length || clause.opener || !/ing$/i.test(head.text)) return false;
  return clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t.pos === 'ADV' || t.pos === 'PUNCT');
}

/** "continues", "is addressing", "are": a clause in the present, simple or progressive. */
function isPresentTense(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  if (clause.group.some((t) => PRESENT_BE.test(t.lower))) return !/^(?:been)$/i.test(head.text);
  if (clause.group.some((t) => /^(?:was|were|had|has|have|did|will|would)$/i.test(t.text))) return false;
  const word = head.lower;
  return word === `${head.lemma}s` || word === `${head.lemma}es` || (head.lemma === 'be' && /^(?:is|are|am)$/.test(word));
}

/**
 * "since a deadly Oct. 8 earthquake left 73,000 people dead": a dated occurrence that is the
 * subject of a clause in the past did what the clause tells at its own time.
 */
function actedBy(clause: VerbClause, candidates: readonly EventDraft[]): EventDraft | undefined {
  const head = clause.head;
  // Active only: "the results of the Jan. 30 vote were announced" tells nothing the vote did.
  if (!head || !isSimplePast(clause) || clause.group.length) return undefined;
  const at = clause.tokens.indexOf(head);
  const subject = clause.tokens[at - 1];
  // The noun heads the subject: no preposition before it ("the results of the vote").
  if (!subject || subject.pos !== 'NOUN' || clause.tokens.slice(0, at - 1).some((t) => t.pos === 'ADP' && t !== clause.opener))
    return undefined;
  // "The Tuesday border handover ended …": the event word may be another noun of the subject's
  // compound, whose head is an occurrence too ("the Monday protest organizers" did not act on Monday).
  if (!isEventNoun(subject)) return undefined;
  const first = clause.tokens.slice(0, at).findLastIndex((t) => t.pos !== 'NOUN');
  const compound = clause.tokens.slice(first + 1, at);
  return candidates.find((e) => !!e.time && !e.time.interval && !e.time.mod && compound.some((t) => t.start === e.trigger.start));
}

/**
 * Whether `e` is the act of saying of what the clause tells: a verb of saying after it, outside
 * what is said (not "is repeating what it said yesterday", a saying told within it).
 */
function saysIt(text: string, e: EventDraft, clause: VerbClause, clauses: readonly VerbClause[]): boolean {
  if (e.trigger.start < clause.end) return false;
  // The source's own clause is set off by a comma or a quotation mark, with no word opening it.
  const holder = clauses.find((c) => within(c, e.trigger));
  if (holder && (holder.opener || !/[,"”]\s*$/.test(text.slice(Math.max(0, holder.start - 3), holder.start)))) return false;
  return SAYING.has(text.slice(e.trigger.start, e.trigger.end).toLowerCase());
}

/**
 * "The Tuesday handover ended the mission, leaving the base empty": a participle adding to a
 * clause that a dated occurrence did tells more of what that occurrence did, at its time.
 */
function actedOn(clause: VerbClause, previous: VerbClause | undefined, existing: readonly EventDraft[]): EventDraft | undefined {
  if (!previous || !addsTo(clause)) return undefined;
  return actedBy(
    previous,
    existing.filter((e) => e.trigger.start >= previous.start && e.trigger.end <= previous.end),
  );
}

/** Whether a time begins after the publication day is over. */
const startsAfter = (time: EventTime, doc: EventTime | null): boolean => doc !== null && time.start >= doc.end;

/**
 * "On June 20, the rebels attacked the town and burned the market", in a document dated June 12:
 * a sentence that opens with a date and tells an act done at it in the simple past tells a
 * document dated before its events; that date is lent to the others all the same.
 */
function doneLater(text: string, lent: EventDraft, clauses: readonly VerbClause[]): boolean {
  const first = clauses[0];
  const timex = lent.timex;
  if (!first || !timex || lent.trigger.start < first.start || lent.trigger.end > first.end || first.opener || first.group.length)
    return false;
  // A date the calendar names ("On June 20,"), not one counted from another ("A day later,").
  const named = /\d/.test(text.slice(timex.start, timex.end));
  return (
    named && isSimplePast(first) && /^\s*(?:on|in)?\s*$/i.test(text.slice(first.start, timex.start)) && /^\s*,/.test(text.slice(timex.end))
  );
}

/** Whether a time is "after" something that is not over by the publication day ("after this year"). */
const laterThanDocument = (time: EventTime, doc: EventTime | null): boolean =>
  doc !== null && time.mod === 'AFTER' && !!time.interval?.from && time.interval.from.end > doc.end;

/**
 * Whether a time lent from `lent` starts after the publication: at once, or "after" a plan's time
 * not over by then ("plan some maintenance this year, … has since increased output"); after an act
 * told as done earlier this month is after it and by the publication.
 */
function laterThan(time: EventTime, lent: EventDraft, clauses: readonly VerbClause[], doc: EventTime | null): boolean {
  if (startsAfter(time, doc)) return true;
  const lender = clauses.find((c) => lent.trigger.start >= c.start && lent.trigger.end <= c.end);
  return laterThanDocument(time, doc) && !!lender && !toldAsDone(lender, clauses[clauses.indexOf(lender) - 1]);
}

/**
 * "raised", "has raised", "had raised", "was raising": a clause that tells what was done, not what
 * is or will be. A participle with no auxiliary is done only when the clause it follows (`previous`)
 * is not told in the present or ahead ("The festival opens on July 1, followed by a parade").
 */
export function toldAsDone(clause: VerbClause, previous?: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula) return false;
  const ahead = !!previous && (isPresentTense(previous) || previous.group.some((t) => NOT_YET.has(t.lower)));
  const participle = !clause.group.length && pastParticiple(head) && !ahead;
  return participle || isSimplePast(clause) || isPerfect(clause) || isPastPerfect(clause) || isPastOngoing(clause);
}

/**
 * Words that tell a clause's time as up to the present: "raised so far", "has killed to date"
 * (the clauses split "to date" and "as to" off as clauses of their own: the words right after the clause are read too).
 * Not "so far as to" nor "the worst day so far this year", where the clause's own time is the day's.
 */
const UP_TO_NOW = /\b(?:so|thus)\s+far\b(?!\s+(?:as|that)\b)|\bto\s+date\b|\b(?:until|up\s+to|till)\s+now\b/i;
const SUPERLATIVE_BEFORE = /\b(?:\w+est|most|least|worst|best|first|last)\s+(?:\w+\s+){0,3}(?:so|thus)\s+far\b/i;
function upToNow(text: string, clause: VerbClause): boolean {
  const own = text.slice(clause.start, clause.end) + (/^\s*(?:to\s+date|as|that)\b/i.exec(text.slice(clause.end))?.[0] ?? '');
  return UP_TO_NOW.test(own) && !SUPERLATIVE_BEFORE.test(own);
}

/** Whether a time is over before the publication day begins. */
const endsBefore = (time: EventTime, doc: EventTime | null): boolean => doc !== null && time.end <= doc.start;

/**
 * A clause that says what happens at the date, or in the event, just before it: "a vote
 * Wednesday, when Palestinians will go to the polls", "the 2003 Columbia disaster, in which the
 * shuttle burned up", "the 2004 tsunami that killed thousands"; not what will be done at a place
 * ("left today, where he will inspect …").
 */
function describes(text: string, clause: VerbClause, before: EventDraft | undefined, words: readonly Token[]): EventDraft | undefined {
  const timex = before?.timex;
  const opener = clause.opener?.lower;
  // "the 2004 tsunami that killed thousands": "that" after an event noun its date stands before
  // (not "said Tuesday that …", where what follows is what was said).
  const noun = (t: Token | undefined) => t?.pos === 'NOUN' || t?.pos === 'PROPN';
  const thatOfNoun =
    opener === 'that' && !!timex && before.trigger.start >= timex.end && noun(words.find((t) => t.end === before.trigger.end));
  if (!timex || !before.time || (opener !== 'when' && opener !== 'which' && opener !== 'where' && !thatOfNoun)) return undefined;
  // "He left for the region today, where he will inspect the damage": a place, and a later time.
  if (opener === 'where' && aheadOfTime(clause, undefined)) return undefined;
  const from = Math.max(timex.end, before.trigger.end);
  return /^[\s,]*(?:(?:in|during|on|at)\s+)?$/i.test(text.slice(from, clause.opener!.start)) ? before : undefined;
}

/** "in just 33 days", "for two weeks": the length of what a clause tells. */
const LENGTH = new RegExp(
  String.raw`\b(?:in|for|over|within)\s+(?:(?<q>just|only|about|nearly|almost|some|roughly)\s+)?(?<n>\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})\s+(?<unit>days|weeks|months)\b`,
  'i',
);

/**
 * "Upon arriving on Jan. 1, sailors worked around the clock to deliver the supplies in just 33
 * days": a clause lent a day that tells its own length runs from that day for that long (its end
 * computed, approximate when the length is said loosely). The length may close a purpose ("to
 * deliver … in 33 days") that goes on from the clause.
 */
function lastingFrom(text: string, time: EventTime, clause: VerbClause, next: VerbClause | undefined): EventTime | null {
  if (time.interval || time.mod || time.granularity !== 'day' || !clause.head) return null;
  const end = next?.opener?.lower === 'to' && next.opener.start - clause.end <= 1 ? next.end : clause.end;
  const m = LENGTH.exec(text.slice(clause.head.end, end));
  if (!m) return null;
  const word = m.groups!.n!.toLowerCase();
  const n = NUMBER_WORDS[word] ?? Number(word);
  const duration = `P${n}${m.groups!.unit![0]!.toUpperCase()}`;
  const from: TimeBound = {
    value: time.value,
    start: time.start,
    end: time.end,
    granularity: 'day',
    anchor: time.anchor,
    approximate: time.approximate,
  };
  const to = computedEnd(from, duration, m.groups!.q !== undefined && !/^(?:just|only)$/i.test(m.groups!.q));
  return to ? eventTime(from, null, { from, to, duration }) : null;
}

/**
 * "The launch comes two and a half years after the shuttle Columbia was destroyed": a clause
 * opened by "after" (or "before") with a distance the clause before states is that far before (or
 * after) the time of the clause before: its own point, or the publication day when it tells the
 * news in the present ("comes"). Said loosely (approximate) unless counted in days from a day.
 */
function distanceBack(
  text: string,
  clause: VerbClause,
  previous: VerbClause | undefined,
  events: readonly EventDraft[],
  doc: EventTime | null,
): EventTime | null {
  const opener = clause.opener;
  if (!opener || !previous || !/^(?:after|before)$/.test(opener.lower) || previous.end > opener.start) return null;
  const words = text.slice(previous.start, opener.start);
  if (!distanceBefore(`${words}${opener.lower} `)?.groups?.n) return null;
  const told = events.find((e) => e.trigger.start >= previous.start && e.trigger.end <= previous.end && e.time)?.time;
  const point = told && !told.mod && !told.interval && told.anchor !== 'document' ? told : null;
  const now = doc && isPresentTense(previous) && !previous.group.length ? { ...doc, mod: null, approximate: false } : null;
  const base = point ?? now;
  return base ? distanceFrom(base, `${words}${opener.lower === 'after' ? 'before' : 'after'} `) : null;
}

/**
 * "aid poured in after the Oct. 8 quake", told by a document of Oct. 22: after the quake, and by
 * the publication date; an end the text gives stays.
 */
function closedBy(time: EventTime, doc: EventTime | null): EventTime {
  const from = time.interval?.from;
  if (!doc || time.mod !== 'AFTER' || !from || time.interval!.to) return time;
  // After something of the publication day, and by it: that day.
  if (from.granularity === 'day' && from.start === doc.start) return { ...from, mod: null, interval: null };
  if (doc.end <= from.end) return time;
  const to = { value: doc.value, start: doc.start, end: doc.end, granularity: doc.granularity, anchor: doc.anchor, approximate: true };
  return extend(time, { end: to.end, approximate: true, interval: { from, to, duration: null } });
}

export function clauseEvents(scope: ClauseScope): EventDraft[] {
  const { text, clauses, existing } = scope;
  // "will withdraw within two weeks": a bound that is its event's own lends nothing.
  const all = existing.filter((e) => e.time && !(e.timex && boundWithin(text, e.timex, e.time)));
  const dated = all.filter((e) => lends(text, e, clauses));
  const out: EventDraft[] = [];
  for (const [k, clause] of clauses.entries()) {
    const inClause = existing.filter((e) => e.trigger.start >= clause.start && e.trigger.end <= clause.end);
    if (inClause.some((e) => !scope.asides.includes(e))) continue;
    // "Speaking on television on 9 May, the minister blamed …": one act, told by the opening participle's event.
    const opening = k === 1 ? clauses[0]! : null;
    if (opening && addsTo(opening) && existing.some((e) => e.trigger.start === opening.head!.start)) continue;
    // What a source believes is no occurrence, but a time it names in the past is ("… when the iPod was released").
    const aside = TOLD_AS_PAST.has(clause.opener?.lower ?? '') && isSimplePast(clause);
    if (scope.believed && !aside) continue;
    // What a source expects "will" happen is a forecast, but a visit or a meeting told ahead stays
    // the scheduled event ("officials expect the envoy will meet the rebels").
    const forecast = scope.forecast && modal(clause) && !SCHEDULED.has(clause.head?.lemma ?? '');
    if (forecast || (scope.figures && k === 0 && indicating(clause))) continue;
    // A clause with no trigger is no event whatever `nonEvent` says of it: it is not asked.
    let trigger = clauseTrigger(clause, clauses[k + 1]);
    // "A decision is expected": what is foreseen with no time of its own is no occurrence yet.
    if (!trigger || foreseenSubject(clause)) continue;
    // A clause with no date of its own: the plan, not what is planned ("plans to build a plant").
    const plan = trigger === clause.head ? intention(clause) : undefined;
    if (plan) trigger = plan;
    // "The announcement came after the vote on Friday": a subject a link names is an event beside the dated one.
    const linked = trigger !== clause.head && trigger.end <= (clause.head?.start ?? 0) && linking(clause, isEventNoun, clauses[k + 1]);
    if (inClause.length && ((trigger !== clause.head && !linked) || isMentalState(trigger.lemma))) continue;
    if (nonEvent(clause, clauses, scope.reported)) continue;
    clauseEvent(scope, k, trigger, dated, all, inClause, out);
  }
  return out;
}

/**
 * The event of the `k`th clause, its trigger found, added to `out` with its time (and to `dated`
 * when a later clause may take its time), unless it is a plan left undated.
 */
function clauseEvent(
  scope: ClauseScope,
  k: number,
  trigger: Token,
  dated: EventDraft[],
  all: readonly EventDraft[],
  inClause: readonly EventDraft[],
  out: EventDraft[],
): void {
  const { text, clauses, existing, base, actorsIn } = scope;
  const clause = clauses[k]!;
  // "The board plans to close …" (the verb read as a noun before "to"): the plan is told as it stands.
  const plan = trigger !== clause.head && trigger === intention(clause);
  const realis = (isRealis(clause) || (plan && !modal(clause))) && !goesOnFromModal(clause, clauses[k - 1]);
  // The nearest dated clause before this one, else after it, in the same sentence.
  const timedBefore = all.findLast((e) => e.trigger.start < clause.start);
  const before = planDay(text, timedBefore, clauses) ?? dated.findLast((e) => e.trigger.start < clause.start);
  const after = dated.find((e) => e.trigger.start >= clause.end && !(e.timex && opensLaterClause(text, e.timex)));
  const when = describes(text, clause, timedBefore, tokensOf(clauses));
  // "…, the quake that struck on December 26, said General Conway": a source named after what
  // it says spoke when it spoke, not at the time of what it tells.
  // "In his keynote address Wednesday, the chief executive announced …" opens with when it was said.
  // "Asked at a briefing Wednesday whether …, the spokesman told reporters …": the answer is given when asked.
  const trailing =
    SAYING.has(trigger.lower) &&
    !clause.opener &&
    before !== undefined &&
    !OPENING_TIME.test(text.slice(clauses[0]!.start, clause.start)) &&
    answerTo(clauses) !== clause;
  // A clause that describes a noun takes no time from the clause it hangs on, only from one of
  // its own that follows: "the count, which began after the polls closed late Sunday".
  const described = describesNoun(clause, clauses[k - 1]);
  const heldAt = described ? heldThen(clause, clauses[k - 1], before) : undefined;
  const lent =
    realis && !trailing
      ? described
        ? (ownFollowing(clause, clauses[k + 1], after) ?? heldAt)
        : (inRelative(text, clause, clauses[k - 1], all) ?? before ?? after)
      : undefined;
  // "The vote count, which began after the polls closed late Sunday, continues": a present goes on now.
  // "… to spend the $2 billion raised so far" beside a meeting "later this week": what is told in
  // the past is over by the publication, so it takes no time after it; "so far" tells its own.
  // "Crews are working around the clock, the envoy said Oct. 20": what is under way as a source
  // speaks on a day was under way by that day.
  const goingOnThen = (e: EventDraft) => saysIt(text, e, clause, clauses) && (isOngoing(clause, clauses[k + 1]) || isPresentNews(clause));
  const taken = lent && !(isPresentTense(clause) && endsBefore(lent.time!, scope.documentTime) && !goingOnThen(lent)) ? lent : undefined;
  const near =
    actedBy(
      clause,
      inClause.filter((e) => scope.asides.includes(e)),
    ) ??
    actedOn(clause, clauses[k - 1], existing) ??
    when ??
    (taken &&
    !(toldAsDone(clause, clauses[k - 1]) && startsAfter(taken.time!, scope.documentTime) && !doneLater(text, taken, clauses)) &&
    !upToNow(text, clause)
      ? taken
      : undefined);
  const carried = !near && realis && !described && isSimplePast(clause) ? (scope.narrative ?? scope.retold?.(trigger) ?? null) : null;
  const said = realis ? scope.said : null;
  // What the document tells in the past ("Israel eased some travel restrictions", "the governor
  // said he met …") or the present perfect ("leaders have praised the vote") was done by the time
  // it was published; so is what is going on as it is written ("the Navy is sending four ships",
  // "bodies were still being found": it has begun by then), a vow made ("he vows to …"), and what
  // a participle adds to a clause in the past ("A helicopter was shot at, halting all rescue operations").
  const known =
    scope.lead ||
    SAYING.has(trigger.lower) ||
    VOWS.has(trigger.lemma) ||
    plan ||
    isSimplePast(clause) ||
    begunInPast(clause) ||
    isPastOngoing(clause) ||
    isPerfect(clause) ||
    isPastPerfect(clause) ||
    isOngoing(clause, clauses[k + 1]) ||
    isPresentNews(clause) ||
    (addsTo(clause) && k > 0 && (isSimplePast(clauses[k - 1]!) || isPastOngoing(clauses[k - 1]!)));
  const bound = realis && known ? scope.documentTime : null;
  // The clause's own distance from a dated event comes first: it is the clause's own time.
  // "…, his body will be buried" after a dated funeral: a plan takes its time from the distance too.
  const shift =
    realis || aheadOfTime(clause, clauses[k - 1])
      ? scope.shifts.find((s) => ownerClause(text, clauses, s.span) === clause && tellsTimeOf(text, clause, s.span))
      : undefined;
  const back = shift || !realis ? null : distanceBack(text, clause, clauses[k - 1], [...out, ...existing], scope.documentTime);
  const own = shift ? closedBy(shift.time, known ? scope.documentTime : null) : back;
  // "… this year, because Qatar has since increased output": what is told as done takes no time
  // that starts after the publication, once shifted ("after this year") as well as lent.
  const offered = near && lentTime(text, near, clause, clauses.slice(0, k), near === when || near === heldAt, clauses);
  const lentAt =
    offered &&
    !(toldAsDone(clause, clauses[k - 1]) && laterThan(offered, near!, clauses, scope.documentTime) && !doneLater(text, near!, clauses))
      ? offered
      : null;
  const lasting = lentAt && realis ? lastingFrom(text, lentAt, clause, clauses[k + 1]) : null;
  const closed = lentAt ? closedBy(lasting ?? lentAt, known ? scope.documentTime : null) : null;
  // "During the event, Jobs demoed …", "While introducing the phone at the conference, …": what
  // was done (or said) there is at the occasion's time; what was said there is known by then.
  const setIn = realis && (known || /ing$/i.test(trigger.text)) ? (scope.occasion ?? null) : null;
  const saidThere = setIn && clauses.slice(0, k).some((c) => SAYING.has(c.head?.lower ?? '')) ? knownBy(setIn.time) : null;
  const occasion = setIn ? (saidThere ?? setIn.time) : null;
  const time = own ?? closed ?? (carried ? carriedTime(carried.time) : null) ?? said?.time ?? occasion ?? bound;
  // A visit, a meeting, a deployment told ahead stays the scheduled event, undated.
  if (!time && aheadOfTime(clause, clauses[k - 1]) && !SCHEDULED.has(trigger.lemma)) return;
  // "agreed to withdraw": the agreement is the event; the withdrawal only with a time of its own.
  if (!time && intended(clause, clauses[k - 1])) return;
  const start = k === 0 && scope.titleStart !== null ? scope.titleStart : clause.start;
  // "are planning to protest … when they leave the mosques after Friday prayers": a time taken from
  // a clause after the plan is the planned act's, which is then the scheduled event.
  const scheduled = plan && !before && !!after && lent === after && !!closed && time === closed;
  const event: EventDraft = extend(base, {
    // "The mayor denied he had taken a bribe": a denial's title says what it denies.
    title: titleOf(text, { start, end: deniedEnd(clauses, k) ?? clause.end }),
    time,
    actorIds: actorsIn([clause]),
    trigger: span(scheduled ? clause.head! : trigger),
    timex:
      (shift && own ? shift.timex : null) ??
      (closed ? near?.timex : null) ??
      carried?.timex ??
      said?.timex ??
      (occasion ? setIn!.timex : null),
  });
  out.push(event);
  if (own) dated.push(event);
  // What a clause about the event tells goes on at its time: "in which the shuttle burned up, killing all seven".
  if (when) dated.push(event);
}
