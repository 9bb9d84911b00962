// Clauses that tell how things stand or go as a rule, read off the tags and the verb's form
// rather than its meaning: a thing placed ("the ship is docked", "flanked by guards"), a state
// that lasts ("remain missing"), what holds in the simple present ("holds a majority"), a generic
// subject in the simple present ("pumps move water", "a pump moves water"), a case ("in which case
// …"), an exhortation or an imperative ("Let us pray", "Pray for them."), a heading with no finite
// verb ("Dead and missing in the storm"), and what someone believes, is confident of or promises
// ("believes the economy has recovered", "confident that the vote will pass"). None of them is an
// occurrence; a date of their own still makes the clause an event to date (events.ts).
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { SAYING } from '../attribution/cueVerbs.ts';
import { mapOf } from '../lists.ts';
import lists from './states.json' with { type: 'json' };
import occurrence from './occurrence.json' with { type: 'json' };
import { PRESENT_BE } from './nonOccurrences.ts';
import { POSSESSIVES } from './words.ts';

const PLACED = new Set(lists.placed);
const PRESENT_STATES = new Set(lists.presentStates);
const HEADLINE_ACTS = new Set(lists.headlineActs);
const STATE_PARTICIPLES = new Set(lists.stateParticiples);
const BELIEF_WORDS = new Set(lists.beliefWords);
const BELIEF_VERBS = new Set(lists.beliefVerbs);
const STATIVE_PASSIVES = new Set(lists.stativePassives);
const CARGO = new Set(lists.cargo);
const WHERE_OR_WHEN = new Set(lists.whereOrWhen);
const PROPORTIONS = new Set(lists.proportions);
const LINKING = new Set(occurrence.linking);
const VOWS = new Set(occurrence.vows);
/** "hit", "cut", "set": a past spelled as the base form, no present with a plural subject. */
const SAME_FORM = new Set(occurrence.sameForm);
/** "We hold the authorities responsible": holding to account is an act of blaming. */
const BLAME = /^(?:responsible|accountable|liable)$/i;
const BE = /^(?:is|are|am|was|were|be|been|'s|’s|'re|’re)$/;

const lower = (t: Token) => t.lower;
const before = (clause: VerbClause) => (clause.head ? clause.tokens.slice(0, clause.tokens.indexOf(clause.head)) : clause.tokens);

/** The head with no auxiliary, in its base form or its third person: "moves", "move", "carries". */
export function simplePresent(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || clause.group.some((t) => t.pos === 'AUX' || t.pos === 'VERB' || lower(t) === 'to')) return false;
  const w = lower(head);
  if (/(?:ed|ing)$/.test(w) || lower(clause.opener ?? head) === 'to') return false;
  // A base form with no subject of its own is an infinitive or a verb that shares another's ("can hold and control").
  if (w === head.lemma && !before(clause).some((t) => ['NOUN', 'PROPN', 'PRON'].includes(t.pos))) return false;
  return w === head.lemma || w === `${head.lemma}s` || w === `${head.lemma}es` || w === `${head.lemma.replace(/y$/, '')}ies`;
}

/**
 * "The ship is docked in the harbour", "was flanked by guards", "Flanked by guards, …": a verb of
 * placing, as a participle after "be" or with no subject, says where a thing is, not what was done
 * ("The ship docked at 9 a.m." is an act; "is being docked" goes on).
 */
export function placed(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !PLACED.has(head.lemma) || !/(?:ed|en)$/i.test(head.text)) return false;
  const group = mapOf(clause.group, lower);
  if (group.includes('being')) return false;
  if (group.some((w) => BE.test(w))) return true;
  return group.length === 0 && before(clause).every((t) => t === clause.opener || t.pos === 'PUNCT' || t.pos === 'ADV');
}

/**
 * "More than 300 people remain missing", "the road remains closed", "the shrine will stay open":
 * a state that lasts, whatever its tense (a day of its own still dates it: "remained open on
 * Tuesday"). The act that brought it about ("the fund was frozen") is the news, and so is a
 * measure held until a change ("remains frozen pending guarantees").
 */
export const lasting = (clause: VerbClause): boolean =>
  (/ing$/i.test(clause.head?.text ?? '') && clause.group.some((t) => t.pos === 'VERB' && LINKING.has(t.lemma))) ||
  lastingQuality(clause) ||
  // "700 tourists are still missing", "93,000 dead and 40,000 missing"
  (STATE_PARTICIPLES.has(clause.head?.lower ?? '') &&
    (clause.group.some((t) => BE.test(t.lower)) || !clause.group.some((t) => t.pos === 'AUX' || t.pos === 'VERB')));

/** "remains frozen pending guarantees", "stays closed until Monday": a measure held until a change named after it, news of its own. */
const heldUntil = (clause: VerbClause, at: number): boolean =>
  clause.tokens.slice(at + 1, at + 3).some((t) => /^(?:pending|until|till)$/.test(lower(t)));

/**
 * "remains closed", "stayed open", "will remain shut": "remain" or "stay" with an adjective or a
 * participle after it (as its head, or as the verb before the participle that heads the clause).
 * Not "stayed in the city" nor "remained behind": a place is where one stays, an act of its own.
 */
function lastingQuality(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  const at = clause.tokens.indexOf(head);
  const quality = (t: Token | undefined) =>
    !!t && !WHERE_OR_WHEN.has(lower(t)) && (t.pos === 'ADJ' || (t.pos === 'VERB' && /(?:ed|en)$/i.test(t.text)));
  const relative = (k: number) => /^(?:who|which|that)$/.test(lower(clause.tokens[k - 1] ?? head));
  if (LINKING.has(head.lemma)) {
    let j = at + 1;
    while (clause.tokens[j]?.pos === 'ADV' && !WHERE_OR_WHEN.has(lower(clause.tokens[j]!))) j++;
    return quality(clause.tokens[j]) && !heldUntil(clause, j);
  }
  const participle = /(?:ed|en)$/i.test(head.text) || head.pos === 'ADJ' || SAME_FORM.has(lower(head));
  // The linking verb right before the participle (adverbs between): "Those who remained set up
  // barricades" puts the relative clause's "remained" before the main verb, no linking verb of it.
  let k = at - 1;
  while (clause.tokens[k]?.pos === 'ADV') k--;
  const link = clause.tokens[k];
  const linked = !!link && link.pos === 'VERB' && LINKING.has(link.lemma) && !relative(k);
  return participle && linked && !heldUntil(clause, at);
}

/** "make up", "account for": the head and the word after it. */
const proportion = (clause: VerbClause): boolean => {
  const head = clause.head;
  const next = head ? clause.tokens[clause.tokens.indexOf(head) + 1] : undefined;
  return !!head && !!next && PROPORTIONS.has(`${head.lemma} ${lower(next)}`);
};

/**
 * "The coalition holds a narrow majority", "the task requires more troops", "farmers, who make up
 * a third of the workforce": a state in the simple present; in a headline, not a verb that tells the
 * news there ("Police seek gunman").
 */
export const presentState = (clause: VerbClause, headline = false): boolean =>
  !!clause.head &&
  ((PRESENT_STATES.has(clause.head.lemma) && !(headline && HEADLINE_ACTS.has(clause.head.lemma))) || proportion(clause)) &&
  simplePresent(clause) &&
  !clause.tokens.some((t) => BLAME.test(t.text));

const PATHS = new Set(lists.paths);
/** Prepositions of a path: "through", "along". */
const ALONG = /^(?:through|along|across|from|between|past|around|round|beside)$/i;

/** "The border runs through the valley", "the dyke stretches along the coast": where a thing lies, in the simple present. */
export function path(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !PATHS.has(head.lemma) || !simplePresent(clause)) return false;
  const next = clause.tokens[clause.tokens.indexOf(head) + 1];
  return !!next && ALONG.test(next.text);
}

/**
 * "the crews assigned to the camp", "protected by dykes", "the districts that are affected": the
 * participle of a verb of holding or bearing on, with no auxiliary (and no object of its own) or
 * after a present "be", tells how a thing stands. After a past auxiliary it is an act ("she was
 * assigned to the camp on Monday", "thousands have been affected").
 */
export function stativeParticiple(clause: VerbClause, previous: VerbClause | null = null, following?: VerbClause): boolean {
  const head = clause.head;
  const cargo = !!head && CARGO.has(head.lemma);
  if (!head || !(STATIVE_PASSIVES.has(head.lemma) || cargo) || !/(?:ed|en)$/i.test(head.text)) return false;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV'),
    lower,
  );
  if (group.length) return group.every((w) => PRESENT_BE.test(w));
  const next = clause.tokens[clause.tokens.indexOf(head) + 1];
  // "a truck loaded with grain", "(refugees) crammed into trucks": a participle with no subject of
  // its own; "rebels stocked up on ammunition", "families crammed into trains" are acts.
  if (cargo) return (!!next && lower(next) === 'with') || (next?.pos === 'ADP' && (ownless(clause) || absolute(clause, previous)));
  // "The soldier aimed at the crowd and fired": with a subject of its own and a verb after "and"
  // that shares it, the participle is a past.
  // A purpose after it stays a state: "a resolution aimed at protecting civilians and …".
  const purpose = next?.pos === 'ADP' && /ing$/i.test(clause.tokens[clause.tokens.indexOf(head) + 2]?.text ?? '');
  return (!next || next.pos === 'ADP' || next.pos === 'PUNCT') && (ownless(clause) || purpose || !sharesSubject(following));
}

/** "… and fired", "… then fled": a clause after "and", "or" or "then" whose verb, an act, has no subject of its own. */
function sharesSubject(clause: VerbClause | undefined): boolean {
  const head = clause?.head;
  if (!clause || !head || !clause.opener || !/^(?:and|or|then)$/.test(lower(clause.opener))) return false;
  // A past of an act: not "… and moving on", "… or are from sources we trust".
  if (head.pos !== 'VERB' || head.lemma === 'be' || /ing$/i.test(head.text)) return false;
  return clause.tokens.slice(0, clause.tokens.indexOf(head)).every((t) => t === clause.opener || t.pos === 'ADV' || t.pos === 'PUNCT');
}

/** No noun, name, pronoun or number before the head: a participle with no subject of its own. */
const ownless = (clause: VerbClause) => before(clause).every((t) => !['NOUN', 'PROPN', 'PRON', 'NUM'].includes(t.pos));

/**
 * "…fled on Sunday, their belongings crammed into their cars": after another clause, with no word
 * to join them, a subject opened by a possessive and a participle with no auxiliary describe those
 * the clause before is about (an absolute phrase), not an act of their own ("families crammed
 * into trains" is one).
 */
function absolute(clause: VerbClause, previous: VerbClause | null): boolean {
  const first = before(clause).find((t) => t.pos !== 'PUNCT');
  return !!previous && !clause.opener && !!first && POSSESSIVES.has(lower(first));
}

/**
 * "Prices were high, driven by strong demand", "the square was quiet, deserted by the crowds": a
 * participle and its agent, with no subject, opener or auxiliary, right after "be" and an
 * adjective tell why or how that state holds, no act of its own (`eventful` says whether the clause of "be" names an
 * occurrence: "there were clashes, followed by arrests" is told apart).
 */
export function participleOfState(clause: VerbClause, previous: VerbClause | null, eventful: (c: VerbClause) => boolean): boolean {
  const head = clause.head;
  const be = previous?.head;
  if (!previous?.copula || !be || clause.opener || clause.group.length || !head || eventful(previous)) return false;
  const adjective = previous.tokens.slice(previous.tokens.indexOf(be) + 1).some((t) => t.pos === 'ADJ');
  const first = clause.tokens.find((t) => t.pos !== 'PUNCT');
  // With its agent ("driven by demand"); "angry, accused of lying" tells an act of its own.
  const by = clause.tokens[clause.tokens.indexOf(head) + 1]?.lower === 'by';
  return adjective && by && first === head && /(?:ed|en)$/i.test(head.text);
}

/**
 * "Pumps move water to the fields", "A pump moves water": a bare plural or "a" noun as the
 * subject of a verb in the simple present tells what things of a kind do, not what one did. A
 * source's word ("witnesses say") is a statement all the same; a headline's present is its news.
 */
export function genericSubject(clause: VerbClause): boolean {
  const head = clause.head;
  const opener = clause.opener ? lower(clause.opener) : null;
  if (
    !head ||
    !simplePresent(clause) ||
    SAYING.has(lower(head)) ||
    (opener !== null && opener !== 'and' && opener !== 'but' && opener !== 'where' && opener !== 'so')
  )
    return false;
  const subject = before(clause).filter((t) => t !== clause.opener && t.pos !== 'ADV' && t.pos !== 'PUNCT');
  // "Any price increase hurts", "every delay costs lives": whatever one of a kind does.
  if (/^(?:any|every)$/.test(lower(subject[0] ?? head)) && subject.at(-1)?.pos === 'NOUN' && lower(head) !== head.lemma) return true;
  if (opener === 'so') return false;
  // The tagger takes a capitalised first word for a name ("Pumps move water"): one word in -s is a noun all the same.
  const opening = subject.length === 1 && subject[0]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}+[^s]s$/u.test(subject[0]!.text);
  const last = subject.at(-1);
  if (!last || (last.pos !== 'NOUN' && !opening) || !subject.every((t) => ['DET', 'ADJ', 'NOUN'].includes(t.pos) || opening)) return false;
  const w = lower(head);
  const first = lower(subject[0]!);
  if (first === 'a' || first === 'an') return w !== head.lemma;
  const plural = (lower(last) !== last.lemma || opening) && /[^s]s$/.test(lower(last));
  return subject.every((t) => t.pos !== 'DET') && plural && w === head.lemma && !SAME_FORM.has(w);
}

/**
 * "… where plates of the crust collide": a verb in the plural's base form after "the" and a
 * singular noun agrees with the bare plural before "of" that the clause before ends on; that
 * plural is the subject, and it is generic.
 */
export function genericOfSubject(clause: VerbClause, previous: VerbClause | null): boolean {
  const head = clause.head;
  if (!head || !previous || clause.opener || !simplePresent(clause) || lower(head) !== head.lemma || SAME_FORM.has(lower(head)))
    return false;
  const subject = before(clause).filter((t) => t.pos !== 'ADV' && t.pos !== 'PUNCT');
  const last = subject.at(-1);
  if (!last || last.pos !== 'NOUN' || /s$/.test(lower(last)) || !subject.every((t) => ['DET', 'ADJ', 'NOUN', 'PART'].includes(t.pos)))
    return false;
  const tail = previous.tokens;
  if (tail.at(-1)?.lower !== 'of') return false;
  const from = tail.findLastIndex((t) => !['NOUN', 'ADJ'].includes(t.pos) && t !== tail.at(-1));
  const noun = tail.slice(from + 1, -1);
  const plural = noun.at(-1);
  const opening = tail[from];
  return (
    !!plural &&
    plural.pos === 'NOUN' &&
    lower(plural) !== plural.lemma &&
    /[^s]s$/.test(lower(plural)) &&
    !!opening &&
    ['where', 'and', 'but', 'as', 'when'].includes(opening.lower)
  );
}

/** "In which case the tradition is followed", "in that case": what holds in a case named before; "in case it rains": a condition. */
export function inCase(clause: VerbClause): boolean {
  const words = mapOf(before(clause), lower);
  const at = words.findIndex((w) => w === 'case' || w === 'cases');
  // "in case the weather turns": a condition.
  if (at >= 1 && words[at - 1] === 'in' && words[at] === 'case') return true;
  return at >= 2 && words[at - 2] === 'in' && ['which', 'that', 'such', 'this', 'any', 'either', 'each'].includes(words[at - 1]!);
}

/** Words that carry a talk on before an exhortation: "So let's look", "Now let us pray". */
const CARRY_ON = new Set(['so', 'now', 'and', 'well', 'then', 'but']);

/**
 * "Let us pray", "Pray for the victims.": an exhortation, or a sentence that opens on a verb in
 * its base form with no subject, in running text (a headline has no full stop).
 */
export function exhortation(clause: VerbClause, sentence: readonly VerbClause[]): boolean {
  const index = sentence.indexOf(clause);
  // The sentence, or a quoted one within it, opens on it ("for Apple to let the phone be used" asks for leave).
  const opens = (c: VerbClause) => {
    const k = sentence.indexOf(c);
    return k === 0 || /^[.!?"“”]$/.test(sentence[k - 1]!.tokens.at(-1)?.text ?? '');
  };
  // "So let's look at …", "Now let us pray": a word that only carries the talk on may come first.
  const letUs = (c: VerbClause | undefined) =>
    !!c &&
    opens(c) &&
    !!c.head &&
    c.head.lemma === 'let' &&
    c.group.length === 0 &&
    (!c.opener || (c === sentence[0] && CARRY_ON.has(lower(c.opener)))) &&
    before(c).every((t) => t.pos === 'PUNCT' || t === c.opener || CARRY_ON.has(lower(t)));
  if (letUs(clause) || (index > 0 && letUs(sentence[index - 1]) && clause.opener === null)) return true;
  // "And remember, too, that …": a word that carries the talk on may open the sentence.
  const carried = clause.opener !== null && CARRY_ON.has(lower(clause.opener)) && lower(clause.opener) !== 'then';
  if (index !== 0 || (clause.opener && !carried) || clause.group.length) return false;
  const head = clause.head;
  // "(See the map.)": a closing bracket or quotation mark may follow the full stop.
  const last = sentence.at(-1)?.tokens.findLast((t) => !/^[)"”’]$/.test(t.text))?.text ?? '';
  if (!head || head.pos !== 'VERB' || lower(head) !== head.lemma || !/^[.!]$/.test(last)) return false;
  // "Cut off from the world, …", "Hit by the storm, …": a participle with the form of the base opens no exhortation.
  if (carried && (SAME_FORM.has(head.lemma) || lower(clause.tokens[clause.tokens.indexOf(head) + 1] ?? head) === 'by')) return false;
  return before(clause).every((t) => t === clause.opener || t.pos === 'PUNCT' || (t.pos === 'ADV' && lower(t) !== 'then'));
}

/**
 * "Dead and missing in countries hit by the storm": a line with no full stop whose first verb is a
 * participle with no subject nor auxiliary is a heading or a caption ("Hundreds killed in storm"
 * has a subject: a headline's news).
 */
export function heading(sentence: readonly VerbClause[]): boolean {
  const first = sentence[0];
  const last = sentence.at(-1)?.tokens.at(-1)?.text ?? '';
  if (!first?.head || first.group.length || /^[.!?"”]$/.test(last) || !/(?:ing|ed|en)$/i.test(first.head.text)) return false;
  // The tagger takes a capitalised first word for a name: before "and" it is one of a pair of states ("Dead and missing").
  const words = before(first);
  return words.every(
    (t, i) => ['ADJ', 'CCONJ', 'ADV', 'DET', 'PUNCT'].includes(t.pos) || (i === 0 && words[1]?.pos === 'CCONJ' && t.pos === 'PROPN'),
  );
}

/**
 * "He believes the economy has recovered", "are confident that the vote will pass", "expressed
 * confidence that …", "pledged that it will abandon …": what is believed, hoped or promised is no
 * occurrence (a date of its own makes it one to date).
 */
export function believed(clause: VerbClause, previous: VerbClause | null): boolean {
  const opener = clause.opener ? lower(clause.opener) : null;
  if (!previous || (opener !== null && opener !== 'that')) return false;
  if (opener === 'that' && clause.before && BELIEF_WORDS.has(lower(clause.before))) return true;
  // The view's verb or adjective ends the clause before: "believes [that] …", "are confident that …"
  // ("who believe in a war …" has its own object; "a certain sense of satisfaction" is no view).
  // A "that" cut off from its clause by a quotation mark ends the clause before: "confident that "the day …"".
  const head = previous.head;
  const rest = previous.tokens.filter((t) => t.pos !== 'PUNCT' && t !== clause.opener);
  if (opener === null && rest.length > 1 && lower(rest.at(-1)!) === 'that') rest.pop();
  const last = rest.at(-1);
  if (head && !previous.copula && last === head) return BELIEF_VERBS.has(head.lemma) || VOWS.has(head.lemma);
  return previous.copula && !!last && last.pos === 'ADJ' && BELIEF_WORDS.has(lower(last));
}

const TALLIES = new Set(lists.tallies);
const TALLY_VERBS = new Set(lists.tallyVerbs);

/**
 * The position of a count's noun among `words`, after "the" and its modifiers ("the death toll",
 * "the total number of dead"), or -1: "a number of people", "a much smaller number" count nothing.
 */
function tallyAt(words: readonly Token[]): number {
  return words.findIndex((t, i) => {
    if (t.pos !== 'NOUN' || !TALLIES.has(lower(t))) return false;
    let j = i - 1;
    while (j >= 0 && ['ADJ', 'NOUN', 'ADV', 'PROPN', 'PART'].includes(words[j]!.pos)) j--;
    return j >= 0 && /^(?:the|its|their|this|that)$/.test(lower(words[j]!));
  });
}

/**
 * "The death toll stands at 40", "the number of dead nears 2,000", "the tally has passed
 * 100,000": where a count stands, in the present or the perfect, is a state ("the toll rose to 40
 * on Monday", in the past, tells a change).
 */
export function tally(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !TALLY_VERBS.has(head.lemma) || tallyAt(before(clause)) < 0) return false;
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV'),
    lower,
  );
  if (group.some((w) => /^(?:was|were|had|did|'d|’d|will|would|'ll|’ll)$/.test(w))) return false;
  if (group.length) return group.some((w) => /^(?:is|are|'s|’s|'re|’re|has|have|'ve|’ve)$/.test(w));
  const w = lower(head);
  return w === `${head.lemma}s` || w === `${head.lemma}es` || w === head.lemma;
}

/**
 * "the number of bodies recovered", "the toll of people killed": a participle right after the
 * noun a count is of describes that noun; the count, not an occurrence, is what is told.
 */
export function counted(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.group.length || clause.opener || !/(?:ed|en)$/i.test(head.text)) return false;
  const words = before(clause);
  const k = tallyAt(words);
  return k >= 0 && lower(words[k + 1] ?? head) === 'of' && words.at(-1)?.pos === 'NOUN' && words.length - k <= 5;
}
