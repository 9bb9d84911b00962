// Tells occurrences from what is not an event. A clause names an event when something happens,
// happened or is scheduled; not when it gives an opinion ("this is a terrible idea", "I think …"),
// a generic or habitual truth ("protesters usually gather on Fridays"), a condition or the
// hypothesis that hangs on it ("if the talks fail, the war would resume"), or a background state
// with no occurrence ("Egypt is a country of 80 million people"), an obligation, a capability or a
// possibility ("residents can apply", "the agency must publish"), or a wish ("hopes to reopen").
// Questions are not events either (see lines.ts for whole lines). Each rule returns why, so tests
// can say which.
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import lists from './occurrence.json' with { type: 'json' };
import lending from './lending.json' with { type: 'json' };
import { mapOf } from '../lists.ts';
import { SAYING } from '../attribution/cueVerbs.ts';
import {
  believed,
  exhortation,
  genericOfSubject,
  genericSubject,
  heading,
  inCase,
  lasting,
  placed,
  path,
  presentState,
  stativeParticiple,
  participleOfState,
  tally,
  counted,
} from './states.ts';
import { MONTHS } from '../timex/lexicon.ts';
import { aimed, awaitedInPast, effort, lastedFor, linkedSubject, linking, nobody, openingAim } from './unreal.ts';
import {
  daybreak,
  deniedObject,
  ever,
  feeling,
  figureOfSpeech,
  freeChoice,
  iterated,
  judges,
  looks,
  measured,
  picture,
  posedOrProved,
  presentPassiveRelative,
  specified,
  specifiedAim,
  standing,
  onAir,
  usedTo,
  asLongAs,
  inOrderTo,
  thanksOnAir,
  wayThingsGo,
  asItIsCalled,
  openedBefore,
  subjunctive,
  career,
  PRESENT_BE,
} from './nonOccurrences.ts';
import { beingHeld, describingState, namedAfterNoun } from './describing.ts';
import { denied, documentContent, plannedAim } from './contents.ts';
import { heldLevel, indication, ongoingRole, refusedAttitude } from './ongoing.ts';

/** Whether a clause is what a source says, after a cue in the past or the present tense. */
export type Report = 'past' | 'present' | null;

export type NonEvent =
  'opinion' | 'habitual' | 'conditional' | 'background' | 'complement' | 'modal' | 'wish' | 'purpose' | 'negated' | 'belief' | 'link';

const EVENT_NOUNS = new Set(lists.eventNouns);
const STATES = new Set(lists.states);
/** States of expecting or wanting: an event noun after them is only awaited ("officials expect a second flood"). */
const AWAITING = new Set([...lists.awaiting, ...lists.wishes]);
const HABITUAL = new Set(lists.habitual);
const EVALUATIVE = new Set(lists.evaluative);
const OPINION_VERBS = new Set(lists.opinionVerbs);
const CONDITIONAL = new Set(lists.conditional);
const HYPOTHETICAL = new Set(lists.hypothetical);
/** Openers of a condition whose consequence "will" happen only then (not "whether"). */
const IF = new Set(['if', 'unless', 'provided', 'providing', 'assuming']);
const INFINITIVE_NOUNS = new Set(lists.infinitiveNouns);
const MODAL = new Set(lists.modal);
const DIRECTIVES = new Set(lists.directives);
const READINESS = new Set(lists.readiness);
const PENDING = new Set(lists.pending);
const NAMING = new Set(lists.naming);
const WISHES = new Set(lists.wishes);
const VIEWS = new Set(lists.views);
const DEEMED = new Set(lists.deemed);
const PREDICTIONS = new Set(lists.predictions);
/** Verbs (lemmas) of scheduling before a time or an infinitive: "is scheduled for Tuesday", "is due on Friday". */
const PLANS = new Set(lending.plans);
const SAME_FORM = new Set(lists.sameForm);
/** Adjectives of how often things of a kind happen: "common", "rare". */
const FREQUENCIES = new Set(lists.frequencies);
const POSSIBILITIES = new Set(lists.possibilities);
/** States that "will" only foresees: "will face hard times", "will need more aid". */
const FUTURE_STATES = new Set(lists.futureStates);
const BENCH = new Set(lists.bench);
/** Verb forms that work as prepositions: "including", "according to". */
const NOT_VERBS = new Set(lists.notVerbs);
/** Verbs whose infinitive is the event planned, agreed, vowed, begun or done: "agreed to meet", "vowed to rebuild". */
const INTENDS = new Set([...lists.intends, ...lists.intentions, ...lists.vows]);
/** "were able to reach" happened; "will be able to", "is able to" only could. */
const PAST_AUX = /^(?:was|were|had|did)$/;
/** "Were the talks to fail, …", "Had they known, …", "Should the dam break, …": a condition by inversion. */
const INVERTING = new Set(['were', 'had', 'should']);
/** The past forms of "be" and the auxiliaries of the perfect. */
const PAST_BE = new Set(lists.pastBe);
const PERFECT = new Set(lists.perfect);
/** Auxiliaries of a verb told in the past or the perfect. */
const PAST = new Set([...PAST_BE, ...PERFECT, 'did']);
const FIRST_PERSON = new Set(['i', 'we']);
/** Words of time after "every" or "each" that make a habit. */
const RECURRING =
  /^(?:day|night|week|month|year|morning|afternoon|evening|weekend|weekday|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/;
/** Words of an occasion after "every" or "each" that make a habit: "40 tonnes every trip". */
const OCCASIONS = new Set(lists.occasions);
const ADJECTIVAL = new Set(lists.adjectivalParticiples);
const BARE_COMPLEMENTS = new Set(lists.bareComplements);
const OPEN_QUESTIONS = new Set(lists.openQuestions);

const lower = (t: Token) => t.lower;
const habitual = (t: Token) => HABITUAL.has(t.lower);
const NOT = /^(?:not|n't|n’t|never)$/;
/** Words after "not" that rank or add rather than deny: "not the only", "not just", "not alone". */
const NOT_DENYING = new Set(['only', 'first', 'just', 'alone', 'merely', 'simply', 'so', 'least', 'last']);
/** Verbs whose infinitive happened all the same when they are denied: "did not hesitate to strike". */
const DENIED_YET_DONE = new Set(['hesitate', 'fail', 'cease', 'forget', 'neglect', 'stop', 'wait']);
const DURATION_UNIT = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)$/;
/** "takes a moment", "takes a while": a span with no number. */
const SPAN_WITH_A = /^(?:moment|while)$/;
const VOWS = new Set(lists.vows);
/** "is believed to have killed", "are said to have fled": a hedge on what is told, no aim. */
const HEARSAY = new Set(lists.hearsay);
const hearsay = (c: VerbClause | null): boolean =>
  !!c?.head && HEARSAY.has(c.head.lemma) && c.group.some((t) => /^(?:is|are|was|were|been|be)$/i.test(t.text));

const LEVEL_CHANGES = new Set(lists.levelChanges);
const RATE_UNIT = /^(?:second|minute|hour|day|night|week|month|year)$/;
const RATE_AFTER = /^(?:after|before|later|earlier|ago|or|and|since|into|of|when)$/;

/** A number at most four words before `i`, no verb between: "100 tons of cargo |a day"; not "the two towns broke out |a day". */
function quantityBefore(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 4); j--) {
    if (tokens[j]!.pos === 'NUM') return true;
    if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return false;
  }
  return false;
}

/** A quantity, then "a" or "per" and a unit of time that ends the phrase: "100 tons of cargo a day", "40 cars per hour". */
function rate(tokens: readonly Token[]): boolean {
  return tokens.some(
    (t, i) =>
      (t.lower === 'a' || t.lower === 'per') &&
      RATE_UNIT.test(tokens[i + 1]?.lower ?? '') &&
      !RATE_AFTER.test(tokens[i + 2]?.lower ?? '') &&
      quantityBefore(tokens, i),
  );
}

/** A verb of holding a view, wanting or expecting ("believe", "hope", "expect"): no act of saying. */
export function isMentalState(lemma: string): boolean {
  return STATES.has(lemma) || OPINION_VERBS.has(lemma) || WISHES.has(lemma) || lemma === 'fear';
}

/** A noun that names an occurrence: from the list, or a noun made from a verb ("ratification"). */
export function isEventNoun(t: Token): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'VERB') return false;
  const w = lower(t);
  // "after the March 4 flood": a month's name written with its capital is the month, not a march.
  if (w !== t.text && Object.hasOwn(MONTHS, w)) return false;
  return EVENT_NOUNS.has(w) || EVENT_NOUNS.has(t.lemma);
}

/** A word that names an occurrence as a noun ("attack", "talks"). */
export function isEventWord(word: string): boolean {
  return EVENT_NOUNS.has(word.toLowerCase());
}

/**
 * "sit-in", "stand-off", "shoot-out": an event noun written with a hyphen, which the tokens split
 * into three; one noun token over the three, or null. Not one that modifies a noun after it.
 */
export function hyphenatedEventNoun(tokens: readonly Token[], i: number): Token | null {
  const first = tokens[i];
  const dash = tokens[i + 1];
  const second = tokens[i + 2];
  if (!first || dash?.text !== '-' || !second || first.end !== dash.start || dash.end !== second.start) return null;
  const word = `${first.lower}-${second.lower}`;
  if (!EVENT_NOUNS.has(word) || tokens[i + 3]?.pos === 'NOUN') return null;
  return { start: first.start, end: second.end, text: `${first.text}-${second.text}`, lower: word, pos: 'NOUN', lemma: word };
}

/**
 * The first event noun after the head of a clause ("there was an explosion", "held talks"); not
 * one that only modifies the noun after it ("more than one polling center", "an election year").
 */
export function eventNounIn(clause: VerbClause): Token | null {
  const from = clause.head ? clause.tokens.indexOf(clause.head) + 1 : 0;
  for (let i = from; i < clause.tokens.length; i++) {
    // "a sit-in", "the stand-off": an event noun the tokens split at its hyphen.
    const joined = hyphenatedEventNoun(clause.tokens, i);
    if (joined) return possible(clause.tokens, i) ? null : joined;
    const t = clause.tokens[i]!;
    const next = clause.tokens[i + 1];
    // "the Disaster Assistance Center": a word of a name; "disaster-response teams": a modifier.
    if (isEventNoun(t) && next?.pos !== 'NOUN' && next?.text !== '-' && !(t.pos === 'PROPN' && next?.pos === 'PROPN')) {
      // "potential for flooding", "any decision": an occurrence that may come, or none in particular.
      if (possible(clause.tokens, i)) return null;
      return t;
    }
  }
  return null;
}

/**
 * "potential for more flooding", "the risk of a strike", "before making any decision": an event
 * noun after a word of possibility and "of" or "for", or after "any", names no occurrence.
 */
export function possible(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADJ' || tokens[j]!.pos === 'NUM' || tokens[j]!.pos === 'DET') && lower(tokens[j]!) !== 'any') j--;
  const word = tokens[j];
  if (word && lower(word) === 'any') return true;
  return !!word && /^(?:of|for)$/i.test(word.text) && !!tokens[j - 1] && POSSIBILITIES.has(lower(tokens[j - 1]!));
}

/**
 * "The vote is expected on Tuesday", "a ruling is due next week", "the talks are set for March":
 * an event noun as the subject of a forecast or a schedule in the present, with no verb after it,
 * is the occurrence foreseen (dated, it is scheduled; "the vote is expected to be close" is a
 * forecast about it; "the vote is not expected on Tuesday" foresees none). The noun, or null;
 * found once for each clause (the trigger, the clause's loop and the forecast test all ask).
 */
export function foreseenSubject(clause: VerbClause): Token | null {
  let noun = FORESEEN.get(clause);
  if (noun === undefined) FORESEEN.set(clause, (noun = findForeseenSubject(clause)));
  return noun;
}

const FORESEEN = new WeakMap<VerbClause, Token | null>();

function findForeseenSubject(clause: VerbClause): Token | null {
  const be = clause.head;
  // "A ruling is due on Tuesday": "be" read as the head, the word of the schedule after it.
  const after = clause.copula && be && PRESENT_BE.test(lower(be)) ? clause.tokens[clause.tokens.indexOf(be) + 1] : undefined;
  const head = after && (PREDICTIONS.has(lower(after)) || PLANS.has(after.lemma)) ? after : be;
  if (!head || !(PREDICTIONS.has(lower(head)) || PLANS.has(head.lemma))) return null;
  const at = clause.tokens.indexOf(head);
  if (!(head === after || clause.group.some((t) => PRESENT_BE.test(lower(t)))) || clause.tokens[at + 1]?.lower === 'to') return null;
  // "is not expected", "is no longer expected", "no vote is expected": nothing foreseen.
  if (clause.tokens.slice(0, at).some((t) => NOT.test(lower(t)) || lower(t) === 'no')) return null;
  const noun = subjectNoun(clause);
  return noun && isEventNoun(noun) ? noun : null;
}

/** The noun a clause's subject ends on: "The final vote in the senate": the noun before the phrase that follows it. */
function subjectNoun(clause: VerbClause): Token | undefined {
  const first = clause.group[0] ?? clause.head!;
  const subject = clause.tokens.slice(0, clause.tokens.indexOf(first)).filter((t) => t !== clause.opener);
  const end = subject.findIndex((t) => t.pos === 'ADP');
  return (end < 0 ? subject : subject.slice(0, end)).at(-1);
}

/**
 * "Sunday's election was a historic victory for the party", "the launch has been a success": an
 * event noun as the subject of "be" in the past, which judges or describes it, is the occurrence;
 * the judgement is not. Not "the vote was on Sunday" (a time, told by its own path), nor what a
 * denial qualifies ("the bombing was not an isolated incident", "no vote was possible"), nor what
 * only may be ("any vote would be a test").
 */
export function evaluatedSubject(clause: VerbClause): Token | null {
  const head = clause.head;
  if (!clause.copula || !head || !PAST_BE.has(lower(head))) return null;
  if (!clause.group.every((t) => t.pos === 'ADV' || PERFECT.has(lower(t)))) return null;
  const at = clause.tokens.indexOf(head);
  const complement = clause.tokens.slice(at + 1).find((t) => t.pos !== 'ADV' && t.pos !== 'DET' && t.pos !== 'PART');
  if (!complement || (complement.pos !== 'ADJ' && complement.pos !== 'NOUN')) return null;
  // "A deal was imminent", "the vote was likely": a forecast, not a judgement of what took place.
  // "A ruling was due on Tuesday": a plan, which may not have been kept ("due to a clash" is a cause).
  if (PREDICTIONS.has(lower(complement)) || POSSIBILITIES.has(lower(complement)) || planned(clause.tokens, complement)) return null;
  const noun = subjectNoun(clause);
  // "Elections were common in those years": how often things of a kind happened, not one occurrence.
  if (!noun || !isEventNoun(noun) || (FREQUENCIES.has(lower(complement)) && barePlural(clause, noun))) return null;
  const i = clause.tokens.indexOf(noun);
  // Up to the complement: "was long awaited but not a surprise" denies only what comes after "but".
  const denied = clause.tokens.slice(0, clause.tokens.indexOf(complement)).concat(clause.group);
  if (denied.some((t) => NOT.test(lower(t)) || lower(t) === 'no') || possible(clause.tokens, i)) return null;
  return noun;
}

/** "was due on Tuesday", "was due to resume": a word of scheduling, not "due to" a cause ("due to a clash"). */
function planned(tokens: readonly Token[], word: Token): boolean {
  const i = tokens.indexOf(word);
  const next = tokens[i + 1];
  return PLANS.has(word.lemma) && !(next?.lower === 'to' && tokens[i + 2]?.pos !== 'VERB' && tokens[i + 2]?.pos !== 'AUX');
}

/** "Elections were …": a plural subject with no determiner nor possessive, which may name a kind. */
function barePlural(clause: VerbClause, noun: Token): boolean {
  const subject = clause.tokens.slice(0, clause.tokens.indexOf(noun)).filter((t) => t !== clause.opener);
  // The tagger takes a capitalised first word for a name ("Elections were …"): one in -s is a plural all the same.
  const plural = (lower(noun) !== noun.lemma || noun.pos === 'PROPN') && /[^s]s$/.test(lower(noun));
  return plural && !subject.some((t) => t.pos === 'DET' || t.pos === 'PART' || t.pos === 'PRON' || t.pos === 'NUM');
}

/** "would be", "could be": a verb group that tells only what may be. */
export const hedged = (clause: VerbClause): boolean => clause.group.some((t) => HYPOTHETICAL.has(lower(t)));

/**
 * The occurrence a clause of "be" holds through its subject or another of its nouns: "The talks
 * were in their third day", "The ceasefire was in force"; none when no noun of it names one, or
 * when it only may be ("the cost would be $1 billion").
 */
export function heldByBe(clause: VerbClause): Token | null {
  if (hedged(clause)) return null;
  const noun = subjectNoun(clause);
  if (noun && isEventNoun(noun)) return noun;
  return clause.tokens.find((t, i) => t.pos === 'NOUN' && isEventNoun(t) && !possible(clause.tokens, i)) ?? null;
}

/** "meets", "is followed": a verb with no auxiliary but a present "be", not going on ("is investigating") nor ahead ("will meet"). */
function simpleTense(clause: VerbClause): boolean {
  const head = clause.head;
  return !!head && !/ing$/i.test(head.text) && clause.group.every((t) => t.pos === 'ADV' || PRESENT_BE.test(lower(t)));
}

/** "is expected to rise", "are likely to": a clause whose verb group makes a forecast. */
function predicted(clause: VerbClause): boolean {
  if (foreseenSubject(clause)) return false;
  const group = mapOf(clause.group, lower);
  const passive = group.some((w) => /^(?:is|are|am|was|were|be|been|being)$/.test(w));
  return group.some((w) => PREDICTIONS.has(w)) || (!!clause.head && passive && PREDICTIONS.has(lower(clause.head)));
}

/** "will face Germany", "will face a military court", "will face off": an opponent or a bench met on a day, a fixture. */
function fixture(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || head.lemma !== 'face') return false;
  let i = clause.tokens.indexOf(head) + 1;
  if (lower(clause.tokens[i] ?? head) === 'off') return true;
  while (clause.tokens[i] && ['DET', 'ADJ'].includes(clause.tokens[i]!.pos)) i++;
  const object = clause.tokens[i];
  return !!object && (object.pos === 'PROPN' || BENCH.has(lower(object)));
}

/** A clause of wanting or hoping: "hopes to reopen", "the mayor wants the market open". */
const isWish = (c: VerbClause) => c.group.some(wishVerb) || (!!c.head && wishVerb(c.head));
const wishVerb = (t: Token) => t.pos === 'VERB' && WISHES.has(t.lemma);

/** "Barring a last-minute deal, …": a sentence with a condition that is not a clause, in another clause than this one. */
const barred = (sentence: readonly VerbClause[], clause: VerbClause): boolean =>
  sentence.some((c) => c !== clause && c.tokens.some((t) => lower(t) === 'barring'));

/** "Were the talks to fail, …": the sentence opens with an inverted auxiliary before its subject. */
function inverted(sentence: readonly VerbClause[]): boolean {
  const [first, second] = sentence[0]?.tokens ?? [];
  return !!first && !!second && first.pos === 'AUX' && INVERTING.has(lower(first)) && ['DET', 'PRON', 'PROPN', 'NOUN'].includes(second.pos);
}

/** "There are places …": after "there" and "be" alone, a word in -s the tagger calls a verb is a noun; not an event noun. */
function existentialNoun(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || head.pos !== 'VERB' || !/[^s]s$/.test(lower(head)) || lower(head) === head.lemma || isEventNoun(head)) return false;
  // "There were lines forming": the noun does something.
  if (clause.tokens[clause.tokens.indexOf(head) + 1]?.pos === 'VERB') return false;
  const words = clause.tokens.slice(0, clause.tokens.indexOf(head)).filter((t) => t.pos !== 'ADV');
  return words.length >= 2 && lower(words.at(-2)!) === 'there' && /^(?:is|are|was|were)$/.test(lower(words.at(-1)!));
}

/** A verb in the simple present, with no auxiliary ("once the water recedes", "when a pope dies"). */
function isSimplePresent(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.group.some((t) => t.pos === 'AUX')) return false;
  const w = lower(head);
  if (/ed$/.test(w)) return false; // "when it re-entered": a past tense the lemmas do not know
  return w === head.lemma || w === `${head.lemma}s` || w === `${head.lemma}es` || w === `${head.lemma.replace(/y$/, '')}ies`;
}

/** "crews start carrying", "are unloaded": the first verb of the group is in the present. */
function presentFinite(clause: VerbClause): boolean {
  const verb = (t: Token) => t.pos === 'VERB' || t.pos === 'AUX';
  const f = clause.group.find(verb) ?? (clause.head && verb(clause.head) ? clause.head : undefined);
  if (!f) return false;
  const w = lower(f);
  if (/^(?:is|are|am|do|does)$/.test(w)) return true;
  return w === f.lemma || w === `${f.lemma}s` || w === `${f.lemma}es` || w === `${f.lemma.replace(/y$/, '')}ies`;
}

/**
 * "Once the water recedes", "bells will ring when the new leader is chosen", "after the repairs
 * have been finished": a clause opened by a word of waiting and told in the present has not
 * happened by the time it is told; it is an event only with a date of its own ("when it is released
 * in late 2027", events.ts). "Now, when they are faced with this crisis, …" and "even when
 * they are going home" tell the present of the news.
 */
export function pending(clause: VerbClause): boolean {
  if (!PENDING.has(clause.opener ? lower(clause.opener) : '') || clause.tokens.some((t) => lower(t) === 'now')) return false;
  const head = clause.head;
  if (!head || /ing$/i.test(head.text)) return false;
  // "After two days of reviews, managers have scheduled …": a word of waiting before a phrase, not a clause.
  const opened = clause.tokens.slice(clause.tokens.indexOf(clause.opener!) + 1, clause.tokens.indexOf(head));
  if (opened.some((t) => t.pos === 'PUNCT')) return false;
  const group = mapOf(clause.group, lower);
  if (group.some((w) => /^(?:was|were|had|did|'d|’d)$/.test(w))) return false;
  return isSimplePresent(clause) || group.some((w) => /^(?:is|are|am|'s|’s|'re|’re|has|have|'ve|’ve)$/.test(w));
}

/** "As soon as the helicopters are unloaded": what is awaited, in the present, each time it comes. */
function awaited(clause: VerbClause): boolean {
  const at = clause.opener ? clause.tokens.indexOf(clause.opener) : -1;
  const soon = at >= 2 && lower(clause.tokens[at - 2]!) === 'as' && lower(clause.tokens[at - 1]!) === 'soon';
  return soon && !clause.group.some((t) => PAST_AUX.test(t.lower));
}

/** "Going out, …", "…, cutting off villages": a participle in -ing with no subject, auxiliary nor opener. */
function openingParticiple(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.opener || clause.group.length || !/ing$/i.test(head.text)) return false;
  return clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t.pos === 'PUNCT' || t.pos === 'ADV');
}

/** "before deciding whether to …", "weighing whether to …": a participle with no auxiliary, right before an open question. */
function deliberating(clause: VerbClause, next: VerbClause | undefined): boolean {
  const head = clause.head;
  if (!head || clause.group.length || !/ing$/i.test(head.text) || !next || lower(next.opener ?? head) !== 'to') return false;
  const asked = next.before;
  return !!asked && OPEN_QUESTIONS.has(lower(asked)) && clause.tokens.at(-1) === head;
}

/** A noun or a pronoun before the verb. */
const hasSubject = (clause: VerbClause): boolean =>
  !!clause.head && clause.tokens.slice(0, clause.tokens.indexOf(clause.head)).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos));

/** A clause that opens on its verb, with no subject nor auxiliary: "[and] widen the road", "to irrigate", "then fly out". */
function bare(clause: VerbClause): boolean {
  const opener = clause.opener ? lower(clause.opener) : null;
  if (clause.group.some((t) => t.pos === 'AUX') || !clause.head) return false;
  if (opener !== null && opener !== 'to' && opener !== 'and' && opener !== 'or' && opener !== 'then') return false;
  const i = clause.tokens.indexOf(clause.head);
  return clause.tokens
    .slice(0, i)
    .every((t) => t === clause.opener || t.pos === 'PUNCT' || t.pos === 'ADV' || t.pos === 'PART' || t.pos === 'CCONJ');
}

/**
 * "did not seem to deter voters", "never reached the coast", "there were no major incidents": what
 * the text says did not happen. "did not arrive until Monday" did happen, on Monday; "not only …
 * but" negates nothing; "did not comment" is an act of a source.
 */
function negated(clause: VerbClause, loose = true): boolean {
  const words = mapOf(clause.tokens, lower);
  if (words.includes('until') || words.includes('till')) return false;
  const group = mapOf(clause.group, lower);
  // "has yet to announce", "are yet to arrive": not done so far.
  if (group.some((w, i) => w === 'yet' && group[i + 1] === 'to' && /^(?:has|have|had|is|are|was|were)$/.test(group[i - 1] ?? '')))
    return true;
  const not = group.findIndex((w) => NOT.test(w));
  // "did not comment", "would not say": a source that withholds its word is news of its own.
  const silent = !!clause.head && (SAYING.has(lower(clause.head)) || clause.head.lemma === 'comment');
  if (not >= 0) return !silent && words[words.indexOf(group[not]!) + 1] !== 'only';
  const head = clause.head;
  const at = head ? clause.tokens.indexOf(head) : -1;
  // "I'm not going", "this is not a victory": a negation the verb group left out, right before the
  // verb or right after "be" alone.
  // "never really benefited": adverbs may stand between.
  let k = at - 1;
  while (k > 0 && clause.tokens[k]!.pos === 'ADV' && !NOT.test(words[k]!)) k--;
  const near = at > 0 && k >= 0 && NOT.test(words[k]!) ? k : clause.copula && at >= 0 && NOT.test(words[at + 1] ?? '') ? at + 1 : -1;
  // "was not Gaddafi's only act of terror", "aren't alone", "not just the usual protests": no denial.
  if (loose && near >= 0 && !(clause.copula && qualifiedOccurrence(clause.tokens)))
    return !silent && !words.slice(near + 1, near + 4).some((w) => NOT_DENYING.has(w));
  // "there were no incidents", "there will be no talks", "had no knowledge of any deaths"
  return (clause.copula || (head !== null && STATES.has(head.lemma))) && at >= 0 && words[at + 1] === 'no';
}

/**
 * "this bombing isn't an isolated incident", "it was not a peaceful revolution", "he was not home at
 * the time of the attack": an occurrence named with a word that qualifies it, or in a phrase of its
 * own, stands when "be … not" denies the qualification ("this is not a war" denies the war).
 */
function qualifiedOccurrence(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => isEventNoun(t) && tokens.slice(Math.max(0, i - 3), i).some((b) => b.pos === 'ADJ' || b.pos === 'ADP'));
}

/**
 * "the West, which supports the reformer", "the software that powers the phones": a relative
 * clause in the simple present tells what something is or does as a rule, not something that
 * happened (a source's "which says" is a statement all the same).
 */
function describesAsARule(clause: VerbClause): boolean {
  const opener = clause.opener ? lower(clause.opener) : null;
  if (opener !== 'which' && opener !== 'who' && opener !== 'that') return false;
  if (opener === 'that' && !['NOUN', 'PROPN'].includes(clause.before?.pos ?? '')) return false;
  const head = clause.head;
  if (!head || !isSimplePresent(clause) || SAYING.has(lower(head))) return false;
  // "nets that hang below the aircraft": a base form after a plural noun (not one that is also a past: "that hit").
  const plural = lower(head) === head.lemma && !SAME_FORM.has(head.lemma) && /[^s]s$/.test(lower(clause.before ?? head));
  return /s$/.test(lower(head)) || (opener === 'that' && plural);
}

/**
 * "demanded that the resolution rule out force": after a verb of asking, a verb in its bare form
 * (a subjunctive) is what is asked for, not what was done.
 */
function askedFor(clause: VerbClause, previous: VerbClause | null): boolean {
  const opener = clause.opener ? lower(clause.opener) : null;
  const head = clause.head;
  // "turn out onto the streets demanding that …": the verb of asking may describe a noun in the clause before.
  // "will not bow to demands he quit": a noun of asking right before a clause with no opener.
  const last = opener === null ? previous?.tokens.at(-1) : undefined;
  const asking =
    !!previous?.head &&
    (DIRECTIVES.has(previous.head.lemma) ||
      (clause.before?.pos === 'VERB' && DIRECTIVES.has(clause.before.lemma)) ||
      (!!last && DIRECTIVES.has(last.lemma)));
  if (!asking || (opener !== 'that' && opener !== null)) return false;
  if (!head) return false;
  // "that the runoff be held again": a passive in the bare form.
  const passive = clause.group.length === 1 && lower(clause.group[0]!) === 'be' && lower(head) !== head.lemma;
  if (!passive && (clause.group.length || lower(head) !== head.lemma || /(?:ed|ing)$/.test(lower(head)))) return false;
  // A subject of its own before the verb: "that the council rule", not "[asked] and rule".
  return clause.tokens.slice(0, clause.tokens.indexOf(head)).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos));
}

/**
 * "Council to close the harbour road", "Apple to lower prices": a headline's subject then "to" and
 * a verb, with no verb before, tells what is scheduled.
 */
function headlineFuture(clause: VerbClause): boolean {
  const at = clause.opener ? clause.tokens.indexOf(clause.opener) : -1;
  const subject = clause.tokens.slice(0, at);
  return (
    at > 0 &&
    subject.at(-1)!.pos !== 'PUNCT' &&
    subject.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') &&
    subject.every((t) => ['PROPN', 'NOUN', 'DET', 'ADJ', 'NUM', 'PART'].includes(t.pos) || t.text === ',' || /^['’]s?$/.test(t.text))
  );
}

/**
 * A clause that describes a picture ("Video from the town shows …") or what it shows: the clauses
 * after it that open with no word, "that", "and" or a participle, up to one opened otherwise.
 */
function shownInPicture(clause: VerbClause, sentence: readonly VerbClause[]): boolean {
  const index = sentence.indexOf(clause);
  for (let k = index; k >= 0; k--) {
    const c = sentence[k]!;
    if (picture(c)) return true;
    const opener = c.opener ? lower(c.opener) : null;
    if (opener !== null && opener !== 'that' && opener !== 'and' && opener !== 'before' && opener !== 'after') return false;
  }
  return false;
}

/** "the best show in town", "the most beautiful place": a superlative in a subject. */
function superlativeSubject(subject: readonly Token[]): boolean {
  return subject.some(
    (t, i) =>
      t.pos === 'ADJ' &&
      subject[i + 1]?.pos === 'NOUN' &&
      (/^(?:best|worst)$/.test(lower(t)) || (/est$/.test(lower(t)) && t.lemma !== lower(t)) || lower(subject[i - 1] ?? t) === 'most'),
  );
}

/**
 * Why the clause is not an event, or null when it names one. `sentence`: all clauses of its
 * sentence. `reported`: the clause is what a source says, and when: after a past cue ("she said
 * that she would resign") "would" is a future seen from the past, not a hypothesis ("she says a
 * curfew would help").
 */
export function nonEvent(clause: VerbClause, sentence: readonly VerbClause[], reported: Report = null): NonEvent | null {
  // A clause asks the one before it and an opening participle the one after: a clause already
  // being judged further up is taken for an event, so that no question goes round in a circle.
  if (judging.has(clause)) return null;
  const keep = settled(sentence, clause);
  const known = keep ? judged.get(clause) : undefined;
  if (known && known.sentence === sentence && known.reported === reported) return known.why;
  judging.add(clause);
  try {
    const why = judge(clause, sentence, reported);
    if (keep) judged.set(clause, { sentence, reported, why });
    return why;
  } finally {
    judging.delete(clause);
  }
}

const judging = new Set<VerbClause>();
/** What was said of a clause whose answer is settled, asked again by the clause after it or by another rule. */
const judged = new WeakMap<VerbClause, { sentence: readonly VerbClause[]; reported: Report; why: NonEvent | null }>();

/**
 * Whether the answer for a clause is the same whichever clauses are being judged further up, so
 * that it is worked out once. A clause asks only the one before it, and the first clause the
 * second: from the third clause on, the clauses it reaches are never the ones further up; the
 * second may be asked by the first (which then counts as being judged), the first only at the top.
 */
function settled(sentence: readonly VerbClause[], clause: VerbClause): boolean {
  const index = sentence.indexOf(clause);
  if (index >= 2) return true;
  if (index === 1) return !judging.has(sentence[0]!);
  return index === 0 && judging.size === 0;
}

/** "It only takes a moment …": a clause before the one at `index` of what a thing takes as a rule. */
const takenBefore = (sentence: readonly VerbClause[], index: number): boolean =>
  sentence.slice(0, index).some((c) => c.head?.lemma === 'take');

function judge(clause: VerbClause, sentence: readonly VerbClause[], reported: Report): NonEvent | null {
  const group = mapOf(clause.group, lower);
  const head = clause.head;
  const opener = clause.opener ? lower(clause.opener) : null;
  const index = sentence.indexOf(clause);
  if ((opener && CONDITIONAL.has(opener)) || inCase(clause) || asLongAs(clause, sentence[index - 1])) return 'conditional';
  // "…, leading to protests", "The decision comes despite …": a link between occurrences told elsewhere.
  if (linking(clause, isEventNoun, sentence[index + 1]) && !linkedSubject(clause, isEventNoun)) return 'link';
  // "Dead and missing in the storm" (a heading), "Let us pray" (an exhortation).
  if (reported === null && heading(sentence)) return 'background';
  if (reported === null && exhortation(clause, sentence)) return 'wish';
  // "Video from the town shows men running": the picture and what it shows, up to a clause opened otherwise ("as …").
  if (shownInPicture(clause, sentence)) return 'background';
  // "No matter who wins, …"
  const words = mapOf(clause.tokens, lower);
  const at = opener ? words.indexOf(opener) : -1;
  if (at >= 2 && words[at - 2] === 'no' && words[at - 1] === 'matter') return 'conditional';
  // "Whoever loses the vote should resign": whoever it may be.
  if (freeChoice(clause)) return 'conditional';
  if (pending(clause)) return 'conditional';
  // "[said] the results would be announced once officials had tabulated the votes": a condition on a future seen from the past.
  const toldBySource = reported !== null || sentence.slice(0, index).some((c) => !!c.head && SAYING.has(lower(c.head)));
  if (toldBySource && awaitedInPast(clause, sentence)) return 'conditional';
  // "As soon as the helicopters are unloaded, …": what is awaited, each time.
  if (awaited(clause)) return 'habitual';
  // "must repair the bridge, widen the road and …", "would give them water to irrigate …": a verb
  // with no subject nor auxiliary of its own shares the mood of the clause before it.
  const previous = index > 0 ? sentence[index - 1]! : null;
  // Why the clause before is no event, asked once however many rules ask it.
  let asked: NonEvent | null | undefined;
  const previousWhy = () => (asked === undefined ? (asked = previous ? nonEvent(previous, sentence, reported) : null) : asked);
  // "will arrive to help the government unsnarl the problems": a base form after the object of "help" or "let".
  const complement =
    !!previous?.head &&
    BARE_COMPLEMENTS.has(previous.head.lemma) &&
    !clause.opener &&
    !clause.group.length &&
    head &&
    lower(head) === head.lemma;
  // "…," said the captain", "…," he added: a verb of saying right after a quotation (a comma and a
  // closing quotation mark lie between the clauses) names its source, whatever the quotation says.
  const attribution = !!previous && clause.start - previous.end >= 3 && !!head && SAYING.has(lower(head)) && !opener;
  // "to determine whether all of | them died": a question opened at the end of the clause before.
  if (openedBefore(clause, previous)) return 'conditional';
  // "demanded that he be released": an aim, not done (a date in it, "the winner of Sunday's poll", still names its occasion).
  if (subjunctive(clause)) return 'purpose';
  if (previous && !attribution && (bare(clause) || complement)) {
    const why = previousWhy();
    if (why === 'modal' || why === 'wish' || why === 'conditional' || why === 'opinion') return why;
    // "to allow aid to pass through", "gathered to light candles and pray": what an aim leads to,
    // or goes on to in the base form, is no more done than the aim.
    if (why === 'purpose' && (opener === 'to' || (head !== null && lower(head) === head.lemma))) return why;
  }
  // "The border runs through the valley, cutting off villages": a participle that adds to a state or a habit in the present.
  if (previous && openingParticiple(clause) && isSimplePresent(previous)) {
    const why = previousWhy();
    if (why === 'background' || why === 'habitual') return why;
  }
  // "may cause the vote to be delayed": an infinitive under a possibility, a wish or a condition is no more done.
  if (previous && opener === 'to') {
    const why = previousWhy();
    if (why === 'modal' || why === 'wish' || why === 'conditional') return why;
    // "it only takes a moment to see their faces as they vote, to see their pride": what a thing
    // takes as a rule to do is no act either.
    if (why === 'habitual' && takenBefore(sentence, index)) return why;
    // "I'm not going to open an account", "did not plan to attack": what is denied of the verb that governs it.
    if (why === 'negated' && clause.before === previous.head && !DENIED_YET_DONE.has(previous.head?.lemma ?? '')) return why;
  }
  // "Russia was not "protecting any regimes"": a verb group split by a quotation mark keeps its negation.
  if (previous && !opener && previous.copula && NOT.test(lower(previous.tokens.findLast((t) => t.pos !== 'PUNCT') ?? previous.tokens[0]!)))
    if (head && clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t.pos === 'PUNCT' || t.pos === 'ADV')) return 'negated';
  // "denied reports that troops had entered", "reports that he had died were false": what is denied.
  if (denied(clause, previous)) return 'negated';
  // "the plan calls for a withdrawal", "the deal paves the way for elections": what a text says.
  if (documentContent(clause)) return 'background';
  // "urged Assad to "take this path"": the infinitive of a verb of asking, split off by a quotation mark.
  const imperative =
    !!head &&
    lower(head) === head.lemma &&
    clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t.pos === 'PUNCT' || t.pos === 'ADV');
  if (
    !opener &&
    imperative &&
    previous?.head &&
    DIRECTIVES.has(previous.head.lemma) &&
    lower(previous.tokens.findLast((t) => t.pos !== 'PUNCT') ?? previous.head) === 'to'
  )
    return 'wish';
  // "deciding whether to file an appeal": an open question.
  if (opener === 'to' && clause.before && OPEN_QUESTIONS.has(lower(clause.before))) return 'conditional';
  // "before deciding whether to close the road": a participle whose object is that open question.
  if (deliberating(clause, sentence[index + 1])) return 'conditional';
  // "surrounding communities", "neighbouring villages": a word in -ing that describes the noun after it.
  if (head && ADJECTIVAL.has(lower(head)) && !clause.group.length && clause.tokens[clause.tokens.indexOf(head) + 1]?.pos === 'NOUN')
    return 'background';
  // "to deliver food and medical help": a verb in its base form after "and", with no auxiliary,
  // goes on from an aim, a wish or a possibility before it.
  // "If the rain stops and the river falls, …": a second condition joined to the first, whether
  // the first is a clause of its own or the tagger took its verb for a noun ("If all goes well and …").
  if (
    (opener === 'and' || opener === 'or') &&
    presentFinite(clause) &&
    ((!!previous?.opener && IF.has(lower(previous.opener)) && previous.tokens.at(-1)?.text !== ',') ||
      (clause.tokens[0] !== clause.opener && IF.has(lower(clause.tokens[0]!))))
  )
    return 'conditional';
  if (previous && (opener === 'and' || opener === 'or') && head && lower(head) === head.lemma && !clause.group.length) {
    const why = previousWhy();
    if (why === 'purpose' || why === 'modal' || why === 'wish' || why === 'conditional') return why;
  }
  // "The task is to clear the road": what is to be done, not done.
  if (openingAim(clause, sentence) || aimed(clause) || specifiedAim(clause, previous) || inOrderTo(clause, previous)) return 'purpose';
  // "Going out, the boats take nets … every trip": an opening participle shares the mood of the clause it opens.
  const opened = sentence[index + 1];
  if (index === 0 && opened && openingParticiple(clause) && !opened.opener && hasSubject(opened)) {
    const why = nonEvent(opened, sentence, reported);
    if (why === 'habitual' || why === 'modal' || why === 'conditional' || why === 'wish') return why;
  }
  return judgeAims(clause, sentence, reported, { index, previous, group, words, opener, attribution, previousWhy });
}

/** A verb of intent ("plans", "agreed") that governs the infinitive after it. */
const governor = (t: Token | null | undefined) => !!t && (INTENDS.has(t.lemma) || INTENDS.has(lower(t).replace(/s$/, '')));
const subjectFirst = (c: VerbClause) => c.tokens.find((t) => t.pos === 'PRON' || t.pos === 'NOUN' || t.pos === 'PROPN');
/** "I think …", "we believe …": a first person's verb of opinion. */
const opinionClause = (c: VerbClause) => c.head && OPINION_VERBS.has(c.head.lemma) && FIRST_PERSON.has(lower(subjectFirst(c) ?? c.head));

/** What the clause before it, or its own words, make an aim, a wish, a view or a possibility (after the conditions `judge` reads). */
function judgeAims(clause: VerbClause, sentence: readonly VerbClause[], reported: Report, read: Reading): NonEvent | null {
  const { index, previous, group, words, opener, previousWhy } = read;
  const head = clause.head;
  // "urged its members to stay home", "expect the river to rise": asked for or awaited, not done.
  if (opener === 'to' && previous?.head && DIRECTIVES.has(previous.head.lemma)) return 'wish';
  if (askedFor(clause, previous)) return 'wish';
  // "flew to Lisbon to catch a glimpse", "including": an aim, or no verb at all, not something that
  // happened. What is planned, agreed or decided ("plans to build", "decided to close") is kept as
  // the scheduled event, and so is an aim with a time of its own (the dated path keeps it).
  // A verb of intent that heads no clause of its own describes a noun ("working around the
  // clock trying to restore the road"): what it aims at is an aim.
  const describing = clause.before?.pos === 'VERB' && !sentence.some((c) => c.head === clause.before);
  // "needs helicopters to ferry aid": after a state and its object, the aim of the object.
  const stateObject = !!previous?.head && STATES.has(previous.head.lemma) && clause.before !== previous.head;
  // "moving into place to make an assessment", "helped dispatch experts to help identify remains":
  // past a phrase with a preposition or a verb of its own, the infinitive is an aim, not what the verb governs.
  const reach = previous?.head ? previous.tokens.slice(previous.tokens.indexOf(previous.head) + 1) : [];
  const interrupted = reach.some((t) => t.pos === 'ADP' || t.pos === 'VERB');
  const governed = describing
    ? false
    : (governor(previous?.head) && !stateObject && !interrupted) || governor(clause.before) || hearsay(previous);
  // A headline has no full stop.
  const headline = index === 0 && reported === null && !/^[.!?]$/.test(sentence.at(-1)?.tokens.at(-1)?.text ?? '.');
  // "unable to vote", "eligible to vote": what one can or cannot do, not an aim (before 'purpose').
  if (opener === 'to' && clause.before && READINESS.has(lower(clause.before))) return 'modal';
  if (opener === 'to' && !governed && !(headline && headlineFuture(clause))) return 'purpose';
  // "so that people do not turn to violence": an aim.
  const unreal =
    group.some((w) => MODAL.has(w) || /^(?:do|does|will|would|could|might)$/.test(w)) || (!!head && lower(head) === head.lemma);
  if (opener === 'that' && clause.before && lower(clause.before) === 'so' && unreal) return 'purpose';
  if (head && NOT_VERBS.has(lower(head)) && !clause.group.some((t) => t.pos === 'AUX')) return 'purpose';
  if (inverted(sentence)) {
    const consequence = sentence.findIndex((c) => c.group.some((t) => HYPOTHETICAL.has(lower(t))) && c !== sentence[0]);
    if (consequence < 0 || index <= consequence) return 'conditional';
  }
  // "Israel's refusal to recognize the group", "urgency to prevent a war": what a noun is about, not
  // an event of its own (after a verb, "met to choose a successor", it is one).
  // After a verb's object it is an event ("allowed developers to create apps").
  const before = clause.before;
  if (opener === 'to' && before && before.pos === 'NOUN' && INFINITIVE_NOUNS.has(lower(before))) return 'complement';
  // "approved a plan to build a bridge": what a plan is for is only planned.
  if (plannedAim(clause, previous)) return 'complement';
  // The consequence of a condition in the same sentence: "…, the war would resume".
  const conditioned = sentence.some((c) => c !== clause && c.opener && CONDITIONAL.has(lower(c.opener)));
  if (conditioned && group.some((w) => HYPOTHETICAL.has(w))) return 'conditional';
  // "Barring a deal, the dockers will strike": what will happen unless something else does.
  // "If the talks fail, the dockers will strike": what will happen if something else does.
  const onCondition = barred(sentence, clause) || sentence.some((c) => c !== clause && c.opener && IF.has(lower(c.opener)));
  const future = group.some((w) => w === 'will' || w === "'ll" || w === '’ll' || w === 'going' || HYPOTHETICAL.has(w));
  const after = sentence[index + 1];
  if (onCondition && (future || (head && lower(head) === 'going' && after?.opener && lower(after.opener) === 'to'))) return 'conditional';
  // "Carter is said to be unhappy": a state told by hearsay.
  if (hearsay(clause) && after?.opener && lower(after.opener) === 'to' && after.copula && after.head && lower(after.head) === 'be')
    return 'background';
  // "I think …", "we believe …": the speaker's opinion, and what it is about.
  if (opinionClause(clause)) return 'opinion';
  // "the deal bodes well for …", "the key is finding the crew": a judgement, or what is needed.
  if (judges(clause) || specified(clause)) return 'opinion';
  // "analysts believe …", "a nun from Argentina agrees": a view held, by whoever holds it (what it
  // is about may still be told as an event, hedged by the view).
  if (head && (VIEWS.has(head.lemma) || (OPINION_VERBS.has(head.lemma) && isSimplePresent(clause)))) return 'opinion';
  // "was considered a stronghold", "is seen as a referendum": a judgement, not an occurrence.
  const deemed =
    head && DEEMED.has(head.lemma) && group.some((w) => w === 'is' || w === 'are' || w === 'was' || w === 'were' || w === 'been');
  const as = head ? words[clause.tokens.indexOf(head) + 1] : undefined;
  if (deemed && (head.lemma !== 'see' || as === 'as')) return 'opinion';
  // "observers are expected to give their assessment", "prices are likely to rise": a forecast.
  const passive = group.some((w) => /^(?:is|are|am|was|were|be|been|being)$/.test(w));
  if (predicted(clause)) return 'modal';
  // "The toll is expected to rise as rescuers reach the valleys": what goes with a forecast is
  // forecast too; a day of its own still dates it ("as lawmakers return on Monday").
  if (opener === 'as' && previous && presentFinite(clause) && previousWhy() === 'modal' && predicted(previous)) return 'background';
  // "It only takes a moment to see their faces as they vote": what goes with a habit in the present is one too.
  if ((opener === 'as' || opener === 'when') && previous && presentFinite(clause) && previousWhy() === 'habitual') return 'habitual';
  // "The government will face hard challenges in 2006": a state foreseen, unless what it faces is an occurrence ("will face trial").
  if (
    head &&
    FUTURE_STATES.has(head.lemma) &&
    group.some((w) => w === 'will' || w === "'ll" || w === '’ll') &&
    !eventNounIn(clause) &&
    !fixture(clause)
  )
    return 'modal';
  if (index > 0 && opinionClause(sentence[index - 1]!)) return 'opinion';
  if (believed(clause, previous)) return 'belief';
  if (group.includes('should') || group.includes('ought')) return 'opinion';
  if (group.some((w) => MODAL.has(w))) return 'modal';
  // "will have to reach out", "has to leave" (what had to be done was, as a rule, done).
  if (group.some((w, i) => (w === 'have' || w === 'has') && group[i + 1] === 'to')) return 'modal';
  // "would need to see", "needs to be spent", "food is urgently needed": a need, not what is needed.
  if (clause.group.some((t, i) => t.pos === 'VERB' && t.lemma === 'need' && lower(clause.group[i + 1] ?? t) === 'to')) return 'modal';
  if (head && (head.lemma === 'need' || head.lemma === 'require') && passive && !group.includes('being')) return 'modal';
  if (group.includes('would') && reported !== 'past' && opener !== 'that') return 'modal';
  const able = group.indexOf('able');
  if (able > 0 && !group.slice(0, able).some((w) => PAST_AUX.test(w))) return 'modal';
  // "eligible to vote", "is determined to rebuild", "a party sworn to its destruction".
  if (group.some((w) => READINESS.has(w))) return 'modal';
  const next = head ? clause.tokens[clause.tokens.indexOf(head) + 1] : undefined;
  const toFollows = (next && lower(next) === 'to') || sentence[index + 1]?.before === head;
  if (head && READINESS.has(lower(head)) && toFollows) return 'modal';
  // "[Officials expect] the river to rise": what a source expects or asks for, not what happened.
  if (reported !== null && index === 0 && opener === 'to') return 'wish';
  // A wish, and what is wished when it follows as a clause of its own ("hopes the market reopens").
  if (isWish(clause) || (previous && isWish(previous) && (opener === null || opener === 'that'))) return 'wish';
  // "it is likely (that) they will …": a possibility.
  if (previous?.copula && previous.tokens.some((t) => t.pos === 'ADJ' && READINESS.has(lower(t))) && (opener === null || opener === 'that'))
    return 'modal';
  // "what he called widespread fraud", "what she describes as principles": a name given, an aside.
  if (head && NAMING.has(head.lemma) && words.slice(0, clause.tokens.indexOf(head)).includes('what')) return 'complement';
  // "the throughput, as it's called": the name a thing goes by.
  if (asItIsCalled(clause)) return 'complement';
  return judgeStates(clause, sentence, read, headline);
}

/** What makes the clause a habit, a denial, a state or a background (after the aims and views `judgeAims` reads). */
function judgeStates(clause: VerbClause, sentence: readonly VerbClause[], read: Reading, headline: boolean): NonEvent | null {
  const { index, previous, group, words, opener, attribution } = read;
  const head = clause.head;
  // "Crowds gather whenever shipments arrive": a habit.
  if (presentFinite(clause) && sentence.some((c) => c !== clause && ((c.opener && lower(c.opener) === 'whenever') || awaited(c))))
    return 'habitual';
  // "is usually recorded": a participle after a present "be" is no past.
  const presentBe = group.some((w) => /^(?:is|are|am)$/.test(w)) && !group.some((w) => PAST.has(w));
  const past = group.some((w) => PAST.has(w)) || (head !== null && /ed$/.test(lower(head)) && !presentBe);
  // "helicopters that normally support …": the adverb may fall at the end of the clause before.
  const leading = previous ? previous.tokens.slice(previous.tokens.findLastIndex((t) => t.pos !== 'ADV') + 1) : [];
  if (!past && (leading.some(habitual) || clause.tokens.some(habitual))) return 'habitual';
  // "meet every Friday", "each spring", "after each vote": a time or an occurrence that comes again.
  // Not a measure of a thing: "every drop of blood". An occurrence only in the simple present
  // ("every attack is followed by reprisals"): "is investigating each attack" is one inquiry.
  const recurring = (w: string, next: string) =>
    RECURRING.test(w) || OCCASIONS.has(w) || (EVENT_NOUNS.has(w) && next !== 'of' && simpleTense(clause));
  // "Following each vote, ballots are burned": the phrase that opens the sentence on it.
  const opening = index === 1 && previous && openingPhrase(previous) ? mapOf(previous.tokens, lower) : [];
  if (!past && [...opening, ...words].some((w, i, all) => (w === 'every' || w === 'each') && recurring(all[i + 1] ?? '', all[i + 2] ?? '')))
    return 'habitual';
  // "are delivering 100 tons of cargo a day", "produces 40 cars per hour": a rate, in the present.
  if (
    !past &&
    !group.some((w) => w === 'will' || w === "'ll" || w === '’ll') &&
    !(head && LEVEL_CHANGES.has(head.lemma)) &&
    rate(clause.tokens)
  )
    return 'habitual';
  // "has said repeatedly": a repetition over time.
  if (iterated(clause) || usedTo(clause)) return 'habitual';
  // "When you cross the river, you pay a toll": a generic "you" in the present.
  if (!past && head && clause.tokens.slice(0, clause.tokens.indexOf(head)).some((t) => lower(t) === 'you')) return 'habitual';
  if (negated(clause) || nobody(clause) || deniedObject(clause)) return 'negated';
  // "every bomber that has ever dared to strike", "the worst storm the town has ever seen": whoever ever did.
  if (ever(clause)) return 'habitual';
  // "the way people meet online": how things go as a rule.
  if (wayThingsGo(clause)) return 'habitual';
  // "There are places that …": a plural noun the tagger took for a verb after "there is", no event noun.
  if (existentialNoun(clause)) return 'background';
  // "the trip by car takes around six hours", "it only takes a moment": how long a thing takes, as a rule.
  const span = (w: string, i: number) => DURATION_UNIT.test(w) || (SPAN_WITH_A.test(w) && words[i - 1] === 'a');
  if (head?.lemma === 'take' && isSimplePresent(clause) && words.some((w, i) => span(w, i) && i > words.indexOf(lower(head))))
    return 'habitual';
  // "The end of the talks does not mean the strike has ended": what a state denied would hold.
  // Only a denial of its own ("no", not "not"), and not to the source of a quotation ("“There has been no progress,” he added").
  if (
    previous?.head &&
    STATES.has(previous.head.lemma) &&
    (opener === null || opener === 'that') &&
    !(opener === null && attribution) &&
    negated(previous, false)
  )
    return 'negated';
  if (describesAsARule(clause) || placed(clause) || lasting(clause) || lastedFor(clause) || career(clause) || effort(clause))
    return 'background';
  // "are providing a lifeline", "reports suggest …", "stayed at normal levels", "refused to be intimidated".
  if (ongoingRole(clause, sentence[index + 1]) || indication(clause) || heldLevel(clause) || refusedAttitude(clause)) return 'background';
  // "protected by dykes", "winds estimated at 200 km/h", "where bishops are buried", "appears extensive", "as we speak".
  if (
    path(clause) ||
    daybreak(clause) ||
    stativeParticiple(clause, previous, sentence[index + 1]) ||
    participleOfState(clause, previous, (c) => !!eventNounIn(c)) ||
    measured(clause) ||
    presentPassiveRelative(clause, previous) ||
    looks(clause) ||
    figureOfSpeech(clause) ||
    onAir(clause, sentence[index + 1]) ||
    thanksOnAir(clause, previous) ||
    namedAfterNoun(clause, sentence[index + 1]) ||
    beingHeld(clause) ||
    tally(clause) ||
    counted(clause) ||
    describingState(clause) ||
    feeling(clause) ||
    standing(clause) ||
    posedOrProved(clause)
  )
    return 'background';
  if (!headline && (genericSubject(clause) || genericOfSubject(clause, previous))) return 'background';
  // "pledged to lay down their arms": the vow is the event, whatever verb it carries.
  const vowed = clause.group.some((t) => t.pos === 'VERB' && VOWS.has(t.lemma));
  if (!vowed && !evaluatedSubject(clause) && (clause.copula || (head && STATES.has(head.lemma)) || presentState(clause, headline))) {
    const after = head ? clause.tokens.slice(clause.tokens.indexOf(head) + 1) : clause.tokens;
    if (after.some((t) => t.pos === 'ADJ' && EVALUATIVE.has(lower(t)))) return 'opinion';
    // "The best way to see the town is …": a subject ranked above others makes a judgement.
    if (clause.copula && head && !eventNounIn(clause) && superlativeSubject(clause.tokens.slice(0, clause.tokens.indexOf(head))))
      return 'opinion';
    // "Officials expect a second flood": what is expected or wanted has not happened.
    if (!eventNounIn(clause) || (head && AWAITING.has(head.lemma))) return 'background';
  }
  return null;
}
/** "Following each vote", "Leaving the port": a participle in -ing that opens the sentence, with no subject or auxiliary. */
const openingPhrase = (c: VerbClause): boolean =>
  !c.opener && !c.group.length && !!c.head && c.tokens[0] === c.head && /ing$/i.test(c.head.text);

/** What `judge` has read of a clause, for the rules that come after. */
interface Reading {
  index: number;
  previous: VerbClause | null;
  group: string[];
  words: string[];
  opener: string | null;
  attribution: boolean;
  /** What the clause before it is, read once when first asked. */
  previousWhy: () => NonEvent | null;
}
