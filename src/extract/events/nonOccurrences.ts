// Kinds of clause that name no occurrence, read off the verb group, the subject and the words
// round the verb rather than the verb's meaning alone: a verb that judges ("bodes well", "was
// justified"), a
// subject that names what is to be done ("the key is finding the crew"), an experience over all
// time ("the worst storm the island has ever seen"), a repetition ("has said repeatedly"), a
// measurement ("winds were estimated at 200 km/h"), a relative clause in the present passive
// ("the districts that are affected"), a look ("damage appears extensive"), whoever it may be
// ("whoever loses should resign"), a way of putting things ("we are talking about two million
// people", "as we speak"), an occurrence denied by its object ("met no resistance"), a time of
// day ("as dawn broke"), a feeling ("was delighted by the decision"), a standing held ("played a
// key role", "has cultivated close ties"), a judgement with "pose" or "prove" ("poses a threat",
// "proved a turning point") and what a picture shows ("video from the town shows men running").
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { SAYING } from '../attribution/cueVerbs.ts';
import { mapOf } from '../lists.ts';
import lists from './occurrence.json' with { type: 'json' };

const EVALUATIVE_VERBS = new Set(lists.evaluativeVerbs);
const EVALUATIVE_PARTICIPLES = new Set(lists.evaluativeParticiples);
const SPECIFYING = new Set(lists.specifying);
const ITERATIVE = new Set(lists.iterative);
const MEASURES = new Set(lists.measures);
const FREE_CHOICE = new Set(lists.freeChoice);
const FEELINGS = new Set(lists.feelings);
const STANDINGS = new Map(Object.entries(lists.standings).map(([verb, nouns]) => [verb, new Set(nouns)]));
const POSED = new Set(lists.posed);
const PICTURES = new Set(lists.pictures);
const CAREERS = new Set(lists.careers);
/** Spans of a career: "for 20 years", "for three decades". */
const CAREER_SPAN = /^(?:years|decades|centuries)$/;
const BE = /^(?:is|are|am|was|were|'s|’s|'re|’re)$/;
/** A present form of "be", spelled out or cut short: "is", "'re". */
export const PRESENT_BE = /^(?:is|are|am|'s|’s|'re|’re)$/;
/** Verbs of looking or sounding that link a subject to an adjective: "appears extensive". */
const LOOKS = new Set(['appear', 'seem', 'look', 'sound']);
/** Verbs that, with "no" before their object, still tell an act: a source that gives no details has spoken. */
const WITHHOLDING = new Set(['comment', 'give', 'offer', 'make', 'provide', 'say']);

const lower = (t: Token) => t.lower;
const at = (clause: VerbClause) => (clause.head ? clause.tokens.indexOf(clause.head) : -1);
const subjectOf = (clause: VerbClause) =>
  clause.tokens
    .slice(0, Math.max(0, at(clause)))
    .filter((t) => t !== clause.opener && t.pos !== 'PUNCT' && t.pos !== 'ADV' && !clause.group.includes(t));

/**
 * "The agreement bodes well for the workers": a verb that judges what it is said of; "the risk was
 * justified", "much of the effort was wasted", "the fears are exaggerated": a participle of judging
 * after "be".
 */
export function judges(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  if (EVALUATIVE_VERBS.has(head.lemma)) return true;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV'),
    lower,
  );
  return EVALUATIVE_PARTICIPLES.has(lower(head)) && !group.includes('being') && group.some((w) => BE.test(w) || w === 'been' || w === 'be');
}

/** The subject of "be" ends on a noun that names what is to be done: "the key", "the task", "their main aim". */
function specifyingSubject(clause: VerbClause): boolean {
  const subject = subjectOf(clause);
  const last = subject.at(-1);
  return (
    !!last &&
    SPECIFYING.has(lower(last)) &&
    subject.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PRON'].includes(t.pos) || /^['’]s?$/.test(t.text))
  );
}

/**
 * "The key is finding the crew", "the task was coordinating the convoys", "the task is to clear
 * the road": "be" after a noun that names what is to be done, then a verb in -ing or an
 * infinitive, says what is needed, not what goes on.
 */
export function specified(clause: VerbClause): boolean {
  const head = clause.head;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV'),
    lower,
  );
  // "The task is to clear the road" read as one clause of "be".
  if (clause.copula && head && BE.test(lower(head)) && clause.tokens[at(clause) + 1]?.lower === 'to') return specifyingSubject(clause);
  if (!head || !/ing$/i.test(head.text) || group.length !== 1 || !BE.test(group[0]!)) return false;
  return specifyingSubject(clause);
}

/** "The task is to clear the road": an infinitive after "be" alone whose subject names what is to be done. */
export function specifiedAim(clause: VerbClause, previous: VerbClause | null): boolean {
  const be = previous?.head;
  if (!previous || !be || clause.opener?.lower !== 'to' || !previous.copula || !BE.test(lower(be))) return false;
  return previous.tokens.filter((t) => t.pos !== 'PUNCT').at(-1) === be && specifyingSubject(previous);
}

/** "the worst storm the island has ever seen", "every bomber that ever dared": whoever ever did, over all time. */
export const ever = (clause: VerbClause): boolean => clause.group.some((t) => lower(t) === 'ever');

/**
 * "The governor has said repeatedly that …", "officials routinely deny it": a repetition over
 * time, in the perfect or the present, is a habit (one day's "repeatedly asked" is told in the past).
 */
export function iterated(clause: VerbClause): boolean {
  const group = mapOf(clause.group, lower);
  // "deny it routinely"; not "played an often ambivalent role" (an adverb of the adjective after it).
  const after = clause.head
    ? mapOf(
        clause.tokens.slice(at(clause) + 1, at(clause) + 3).filter((t) => clause.tokens[clause.tokens.indexOf(t) + 1]?.pos !== 'ADJ'),
        lower,
      )
    : [];
  if (![...group, ...after].some((w) => ITERATIVE.has(w))) return false;
  const perfect = group.some((w) => /^(?:has|have|had|'ve|’ve)$/.test(w));
  const head = clause.head;
  const present = !!head && !group.some((w) => /^(?:was|were|did)$/.test(w)) && !/ed$/.test(lower(head));
  return perfect || present;
}

/** "Its winds were estimated at 200 km/h", "the toll is put at 500": a passive of measuring, with "at". */
export function measured(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !MEASURES.has(head.lemma) || !clause.group.some((t) => BE.test(lower(t)))) return false;
  const next = clause.tokens.slice(at(clause) + 1).find((t) => t.pos !== 'ADV');
  return !!next && lower(next) === 'at';
}

/** Relative words that open a clause describing a noun or a place. */
const RELATIVES = ['that', 'which', 'who', 'where'];

/**
 * The relative word that opens the clause: its opener, or one the clause before ends on with the
 * start of the subject ("a crypt where many of the church's popes | are buried").
 */
function relativeOpener(clause: VerbClause, previous: VerbClause | null): boolean {
  if (clause.opener) return RELATIVES.includes(lower(clause.opener));
  if (!previous) return false;
  const i = previous.tokens.findLastIndex((t) => RELATIVES.includes(lower(t)));
  const rest = previous.tokens.slice(i + 1);
  return (
    i >= 0 &&
    i > previous.tokens.indexOf(previous.head ?? previous.tokens[0]!) &&
    rest.every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART'].includes(t.pos) || lower(t) === 'of')
  );
}

/**
 * "the districts that are affected", "a crypt where bishops are buried": a present passive in a
 * relative clause tells how things stand (or go as a rule), not what was done.
 */
export function presentPassiveRelative(clause: VerbClause, previous: VerbClause | null): boolean {
  const head = clause.head;
  if (!head || !/(?:ed|en)$/i.test(head.text) || lower(head) === head.lemma || !relativeOpener(clause, previous)) return false;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV'),
    lower,
  );
  return group.length === 1 && PRESENT_BE.test(group[0]!);
}

/** "Damage appears extensive", "the crowd seemed calm": a look, linked to an adjective. */
export function looks(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !LOOKS.has(head.lemma)) return false;
  const next = clause.tokens.slice(at(clause) + 1).find((t) => t.pos !== 'ADV');
  return next?.pos === 'ADJ';
}

/** Words of the time of day that "break", "fall" or "rise". */
const DAY = new Set(['dawn', 'day', 'night', 'dusk', 'darkness', 'sun', 'daylight', 'nightfall']);
const COMES = new Set(['break', 'fall', 'rise', 'set', 'come']);

/** "As dawn broke", "when night fell": a time of day, told as a clause. */
export function daybreak(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !COMES.has(head.lemma)) return false;
  const subject = subjectOf(clause);
  return subject.length === 1 && DAY.has(lower(subject[0]!)) && clause.tokens[at(clause) + 1]?.pos !== 'NOUN';
}

/** "Whoever loses the vote should resign", "whatever needs to be done": whoever it may be, a hypothesis. */
export const freeChoice = (clause: VerbClause): boolean =>
  clause.tokens.slice(0, Math.max(0, at(clause))).some((t) => FREE_CHOICE.has(lower(t)));

/** Verbs of "as we speak", "as I said", "as you know", "as I mentioned": an aside on the talk itself. */
const ASIDES = new Set(['speak', 'write', 'say', 'mention', 'know', 'see', 'note', 'explain']);

/**
 * "We are talking about two million people", "as we speak", "as I said": a way of putting a figure or a
 * moment, no talk nor speech.
 */
export function figureOfSpeech(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  const i = at(clause);
  const subject = subjectOf(clause);
  const first = subject.length === 1 && /^(?:we|you|i)$/.test(lower(subject[0]!));
  if (!first) return false;
  const rest = clause.tokens.slice(i + 1).filter((t) => t.pos !== 'PUNCT');
  // "as we speak", "as I said", "as you know": nothing after the verb.
  // "as I said before": an adverb may close it.
  if (clause.opener?.lower === 'as' && ASIDES.has(head.lemma) && rest.every((t) => t.pos === 'ADV')) return true;
  // "we are talking about 3,000 tents", "we're talking about some two million people".
  const progressive = /ing$/i.test(head.text) && clause.group.some((t) => PRESENT_BE.test(lower(t)));
  // "we are talking about 3,000 tents", "we're talking about a severe degradation" (not a talk "with" someone).
  return progressive && head.lemma === 'talk' && lower(rest[0] ?? head) === 'about' && !rest.some((t) => /^(?:with|to)$/i.test(t.text));
}

/**
 * "The soldiers met no resistance", "found no survivors": an object with "no" denies the
 * occurrence (a source that gives no details or makes no comment has still spoken).
 */
export function deniedObject(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || head.pos !== 'VERB' || WITHHOLDING.has(head.lemma) || SAYING.has(lower(head))) return false;
  const i = at(clause);
  const [no, after] = [clause.tokens[i + 1], clause.tokens[i + 2]];
  // "the speech has done nothing to prolong his rule", "searchers found nothing".
  if (!!no && lower(no) === 'nothing') return true;
  return !!no && lower(no) === 'no' && !!after && (after.pos === 'NOUN' || after.pos === 'ADJ');
}

/**
 * "The agency was alarmed by the reports", "I am delighted", "they were overwhelmed": a participle
 * of feeling after "be" is a state of mind ("is being alarmed" still goes on).
 */
export function feeling(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !FEELINGS.has(lower(head))) return false;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV' && t.pos !== 'PART'),
    lower,
  );
  return group.length > 0 && !group.includes('being') && group.some((w) => BE.test(w) || w === 'been' || w === 'be');
}

/** The nouns within a few words after the head ("played an increasingly assertive role"). */
const objectNouns = (clause: VerbClause): Token[] => clause.tokens.slice(at(clause) + 1, at(clause) + 6).filter((t) => t.pos === 'NOUN');

/**
 * "The party has played an increasingly assertive role", "Turkey, which has cultivated close ties
 * with Damascus": a standing held over time, not an act (what the role was in is told apart).
 */
export function standing(clause: VerbClause): boolean {
  // "There was broad agreement on the nominees": an agreement reached, not one held.
  if (clause.head?.lemma === 'be' && clause.tokens.slice(0, at(clause)).some((t) => lower(t) === 'there')) return false;
  const nouns = clause.head ? STANDINGS.get(clause.head.lemma) : undefined;
  const object = nouns ? objectNouns(clause)[0] : undefined;
  return !!object && nouns!.has(lower(object));
}

/**
 * "The storm poses a threat to the harbour", "the shortage proved a headache", "the talks proved
 * decisive": a judgement of what something is or was, told with "pose" or "prove".
 */
export function posedOrProved(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula) return false;
  if (head.lemma === 'pose') {
    const object = objectNouns(clause)[0];
    return !!object && POSED.has(lower(object));
  }
  if (head.lemma !== 'prove') return false;
  const next = clause.tokens.slice(at(clause) + 1).find((t) => t.pos !== 'ADV');
  return !!next && (next.pos === 'ADJ' || lower(next) === 'a' || lower(next) === 'an');
}

/** "Video from the town shows …", "footage showing …": a picture, a film or a recording that shows, in the present. */
export function picture(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || (head.lemma !== 'show' && head.lemma !== 'depict') || clause.group.some((t) => t.pos === 'AUX')) return false;
  const w = lower(head);
  if (w !== head.lemma && w !== `${head.lemma}s` && w !== `${head.lemma}ing`) return false;
  const subject = clause.tokens.slice(0, at(clause)).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  // "Video from the town shows": the first noun of the subject; "footage showing": the word before.
  const noun = subject[0] ?? (/ing$/.test(w) ? clause.before : null);
  return !!noun && PICTURES.has(lower(noun));
}

/**
 * "Nic Robertson is joining us live from Cairo", "Joining me now is …", "thanks for joining us": a
 * broadcast's own talk of who is on the air, no occurrence of the news.
 */
export function onAir(clause: VerbClause, following: VerbClause | undefined): boolean {
  const head = clause.head;
  const next = head ? (clause.tokens[at(clause) + 1] ?? following?.tokens[0]) : undefined;
  // In the present or the perfect only: "'France joined us in the strikes,' he said" tells an act.
  if (!head || !next || (head.lemma !== 'join' && head.lemma !== 'rejoin') || !/^(?:us|me)$/.test(lower(next))) return false;
  return /^(?:re)?join(?:s|ing)?$/.test(lower(head)) || clause.group.some((t) => /^(?:has|have)$/.test(lower(t)));
}

/**
 * "what they used to do", "he used to head the agency": a habit of the past, no occurrence. Not
 * "the aid, used to buy weapons" (after a noun or a comma: what a thing was used for), nor "was
 * used to buy".
 */
export function usedTo(clause: VerbClause): boolean {
  const group = clause.group.map(lower);
  const i = group.indexOf('used');
  if (
    i < 0 ||
    group[i + 1] !== 'to' ||
    group
      .slice(0, i)
      .some((w) => /^(?:is|are|am|was|were|be|been|being|get|gets|got|getting|become|becomes|became|becoming|grow|grew|grown)$/.test(w))
  )
    return false;
  const k = clause.tokens.indexOf(clause.group[i]!);
  const words =
    clause.before && !clause.tokens.includes(clause.before) ? [clause.before, ...clause.tokens.slice(0, k)] : clause.tokens.slice(0, k);
  const before = words.at(-1);
  if (!before || before.pos === 'NOUN' || before.pos === 'PUNCT') return false;
  // "the knife (that) he used to stab the guard": a noun before the subject is what was used; but
  // "the company he used to work for", "the house she used to live in" leave the noun as the object
  // of a stranded preposition: a habit.
  const rest = words.slice(0, -1).filter((t) => t.pos !== 'DET' && !/^(?:that|which)$/.test(lower(t)));
  const stranded = clause.tokens.length === k + 4 && clause.tokens.at(-1)!.pos === 'ADP'; // "used", "to", the verb, "for"
  return !(before.pos === 'PRON' || before.pos === 'PROPN') || rest.at(-1)?.pos !== 'NOUN' || stranded;
}

/**
 * "as long as it respects the border", "so long as the rain holds off": a condition. Not "(it held)
 * for as long as the talks lasted": a time span in the past ("would go on as long as he attacked",
 * a condition told in the past, has no "for").
 */
export function asLongAs(clause: VerbClause, previous: VerbClause | undefined): boolean {
  const before = clause.before;
  if (clause.opener?.lower !== 'as' || !before || lower(before) !== 'long') return false;
  const words = previous?.tokens ?? [];
  const k = words.indexOf(before);
  return !(past(clause) && k >= 2 && lower(words[k - 1]!) === 'as' && lower(words[k - 2]!) === 'for');
}

/** "as long as the talks lasted", "as long as it was open": a clause in the past tense. */
function past(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  const group = clause.group.map(lower);
  if (group.some((w) => /^(?:was|were|had|did)$/.test(w))) return true;
  const w = lower(head);
  return group.length === 0 && w !== head.lemma && !/(?:s|ing)$/.test(w);
}

/** "In order to save lives", "so as to reach the coast": an aim, whatever verb comes before. */
export function inOrderTo(clause: VerbClause, previous: VerbClause | null = null): boolean {
  if (clause.opener?.lower !== 'to') return false;
  // The words before "to" may end the clause before ("… mechanisms in order | to express …").
  const i = clause.tokens.indexOf(clause.opener);
  const words = i >= 0 ? clause.tokens.slice(0, i) : (previous?.tokens ?? []);
  const [first, second] = [words.at(-2), words.at(-1)];
  return !!first && !!second && ((lower(first) === 'in' && lower(second) === 'order') || (lower(first) === 'so' && lower(second) === 'as'));
}

/**
 * "Thank you for coming in", "thanks for being with us": a host's thanks to a guest, and what the
 * guest is thanked for, is the broadcast's own talk ("he thanked the rescuers" tells an act).
 */
export function thanksOnAir(clause: VerbClause, previous: VerbClause | null): boolean {
  const thanks = (c: VerbClause) =>
    !!c.head && lower(c.head) === 'thank' && c.group.length === 0 && /^(?:you|u)$/.test(lower(c.tokens[at(c) + 1] ?? c.head));
  if (thanks(clause)) return true;
  // "for coming in", "for joining us": the clause after the thanks, opened by "for".
  const last = previous?.tokens.findLast((t) => t.pos !== 'PUNCT');
  const head = clause.head;
  return (
    !!previous &&
    !!head &&
    (thanks(previous) || /^thanks$/i.test(previous.tokens[0]?.text ?? '')) &&
    !!last &&
    lower(last) === 'for' &&
    /ing$/i.test(head.text) &&
    clause.tokens.slice(0, at(clause)).every((t) => t.pos === 'PUNCT' || t.pos === 'ADV')
  );
}

/**
 * "the way people meet each other online", "the way the market works": a clause in the simple
 * present after "the way" tells how things go as a rule.
 */
export function wayThingsGo(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.group.some((t) => t.pos === 'AUX')) return false;
  const w = lower(head);
  if (w !== head.lemma && w !== `${head.lemma}s` && w !== `${head.lemma}es`) return false;
  const words = clause.tokens.slice(0, at(clause));
  const k = words.findIndex((t, i) => lower(t) === 'way' && /^(?:the|this|that)$/.test(lower(words[i - 1] ?? t)));
  return k >= 0 && words.slice(k + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'PROPN');
}

/** "as it is called", "as it's known": the name a thing goes by, an aside. */
export function asItIsCalled(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.opener?.lower !== 'as' || !/^(?:call|know|term|dub)$/.test(head.lemma)) return false;
  const subject = clause.tokens.slice(clause.tokens.indexOf(clause.opener) + 1, at(clause)).filter((t) => !clause.group.includes(t));
  return clause.group.some((t) => BE.test(lower(t))) && subject.length === 1 && subject[0]!.pos === 'PRON';
}

/** Words that open a clause of a question or a condition: "whether", "if". */
const OPEN = /^(?:whether|if)$/;

/**
 * "trying to determine whether all of | them died": a clause with no opener of its own, after a
 * clause that ends on "whether" or "if" and the start of its subject, is that question.
 */
export function openedBefore(clause: VerbClause, previous: VerbClause | null): boolean {
  if (clause.opener || !previous?.head) return false;
  const tokens = previous.tokens;
  const k = tokens.findLastIndex((t) => OPEN.test(lower(t)));
  if (k <= tokens.indexOf(previous.head)) return false;
  return tokens.slice(k + 1).every((t) => ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADP'].includes(t.pos));
}

/**
 * "demanded that their leader be declared the winner", "insists that he be released": "be" in its
 * base form after a subject, with no auxiliary before it, asks for what it tells.
 */
export function subjunctive(clause: VerbClause): boolean {
  if (clause.opener?.lower !== 'that' || !clause.head) return false;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV' && t.pos !== 'PART'),
    lower,
  );
  return group[0] === 'be' && subjectOf(clause).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos));
}

/**
 * "She served in the Senate for 20 years", "he ruled the country for four decades": a post or a
 * place held for years is a career, told as background (a day of its own still dates it). Not
 * "crews worked for three days" nor "was jailed for 20 years": an effort, or an act done to one.
 */
export function career(clause: VerbClause): boolean {
  const i = at(clause);
  const head = clause.head;
  if (i < 0 || !head || clause.copula || !CAREERS.has(head.lemma) || clause.group.some((t) => t.pos === 'AUX')) return false;
  const after = mapOf(clause.tokens.slice(i + 1), lower);
  return after.some((w, k) => w === 'for' && after.slice(k + 1, k + 4).some((x) => CAREER_SPAN.test(x)));
}
