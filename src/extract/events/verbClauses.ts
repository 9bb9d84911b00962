// Splits a sentence's claimed content into clauses by its verbs, read off the part-of-speech tags:
// one verb group (auxiliaries, adverbs and the verb: "has quietly escalated", "will be demanding")
// per clause, a clause running from the word that opens it ("and", "that", "to", a comma, or the
// subject just before the verb) to the next one. A participle used as an adjective ("disputed
// terms", "the long awaited kit") and a verb-tagged word after a determiner ("its launch") head no
// clause; an infinitive after a verb of intent or aspect ("plans to launch", "began selling") stays
// in that verb's clause and names its event.
import type { Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import lists from './occurrence.json' with { type: 'json' };
import words from './words.json' with { type: 'json' };
import { dashInName } from './nameDash.ts';
import subjectWords from './subjects.json' with { type: 'json' };
import { BARE_DAYS, TELLING } from './telling.ts';
import { mapOf } from '../lists.ts';
import { extend } from '../objects.ts';
import { verbCertainty } from '../attribution/cueVerbs.ts';

export interface VerbClause extends Span {
  tokens: Token[];
  /** The verb that names the clause's event; for a clause of "be" or "have" alone, that auxiliary. */
  head: Token | null;
  /** The auxiliaries, negation and adverbs of the verb group ("will", "has", "not", "usually"). */
  group: Token[];
  /** The clause has no verb but "be" or "have" ("Egypt is a country …", "there were 3,800 attendees"). */
  copula: boolean;
  /** The word that opened the clause ("if", "that", "and", "to"), when one did. */
  opener: Token | null;
  /** The word before the opener ("refusal" in "refusal to recognize"), when there is one. */
  before: Token | null;
}

const NO_VERB = new Set(lists.noVerbLemmas);
const EVENT_VERBS = new Set([...words.verbs, ...lists.catenative]);
const NOUN_AFTER = new Set(lists.nounAfter);
const CATENATIVE = new Set(lists.catenative);
const HEARSAY = new Set(lists.hearsay);
const SAME_FORM = new Set(lists.sameForm);
const LINKING = new Set(lists.linking);
const OPENERS = new Set([
  'and',
  'but',
  'or',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'whenever',
  'while',
  'whereas',
  'as',
  'after',
  'before',
  'because',
  'since',
  'until',
  'if',
  'unless',
  'whether',
  'although',
  'though',
  'so',
  'then',
  'once',
]);
/** Words that open a relative clause, whose verb may come right before a noun ("those who fled homes"). */
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose', 'where', 'when']);
const ARTICLES = /^(?:a|an|the|its|his|her|their|our|my|your)$/i;
/** Counts a subject may open on: "hundreds of troops". */
const QUANTITIES = new Set(subjectWords.quantities.split(' '));
const NP = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ', 'NUM', 'PART', 'SYM']);
const PARTICIPLE = /(?:ed|en|ing)$/;
const CLAUSAL_PREPOSITIONS = new Set(['after', 'before', 'since', 'while', 'by', 'without', 'upon', 'when']);
/** Words a bare verb may follow: "to go", "rather than fight", "but wait", "as well as hit". */
const BARE_AFTER = new Set(['to', 'than', 'but', 'except', 'as']);

/**
 * "Apple releases iPhone SDK", "Apple plans to sell movies": in a headline's terse grammar the
 * tagger takes a verb in -s after a name for a plural noun; an event verb there, before its
 * object, is the verb.
 */
function headlineVerb(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (t.pos !== 'NOUN' || !prev || prev.pos !== 'PROPN' || !next || !/[^s]s$/.test(t.text)) return false;
  return EVENT_VERBS.has(t.lemma) && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM', 'PART'].includes(next.pos);
}

/** "would regard sanctions as …": after a modal, a verb the lists call no verb ("regarding") is one. */
const afterModal = (tokens: readonly Token[], i: number): boolean => {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return j >= 0 && /^(?:will|would|could|can|may|might|should|must|shall)$/i.test(tokens[j]!.text);
};

const titled = new WeakMap<readonly Token[], boolean>();
/** A headline in title case: no word of four letters or more in lower case. */
function titleCase(tokens: readonly Token[]): boolean {
  let known = titled.get(tokens);
  if (known === undefined) {
    known = !tokens.some((t) => /^\p{Ll}{4,}$/u.test(t.text));
    titled.set(tokens, known);
  }
  return known;
}

/** "the earthquake that struck": "that" after a noun is a relative pronoun, not a determiner ("welcomed that launch"). */
const relative = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.lower === 'that' && ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '');

/** A verb-tagged token that heads a clause (index i in tokens). */
function isHead(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (headlineVerb(tokens, i)) return true;
  if (t.pos !== 'VERB' || ((NO_VERB.has(t.lemma) || NO_VERB.has(t.lower)) && !afterModal(tokens, i))) return false;
  // "iOS", "eBay": a capital inside a word makes a name.
  if (/\p{Ll}\p{Lu}/u.test(t.text)) return false;
  const prev = tokens[i - 1];
  // "Capt. Roger Welch", "the Red Cross": a capital after a word with a capital, in a sentence
  // that is not written in title case, is a word of a name.
  if (prev && /^\p{Lu}/u.test(t.text) && /^\p{Lu}/u.test(prev.text) && prev.pos !== 'PUNCT' && !titleCase(tokens)) return false;
  const next = tokens[i + 1];
  if (
    prev &&
    ((NOUN_AFTER.has(prev.lower) && !relative(tokens, i - 1)) || prev.text === '-' || (prev.pos === 'PART' && prev.lower === "'s"))
  )
    return false;
  if (next && next.text === '-') return false;
  // "as Wired.com", "the show The Dating Game": a capital after a word in lower case, in a
  // sentence not written in title case, is a name ("Adm. Ted Branch" is caught above).
  if (prev && /^\p{Lu}\p{Ll}/u.test(t.text) && /^\p{Ll}/u.test(prev.text) && !titleCase(tokens)) return false;
  // "from New Orleans to parts of Alabama": after "to" a verb is in its bare form; a plural there is a noun.
  if (prev?.lower === 'to' && t.lower !== t.lemma && /[^s]s$/.test(t.lower) && !SAME_FORM.has(t.lemma)) return false;
  // "a forward command element", "the new launch": after an article or a possessive and
  // adjectives or adverbs, a noun (a participle there is an adjective: "the newly built bridge").
  let d = i - 1;
  while (d >= 0 && (tokens[d]!.pos === 'ADJ' || tokens[d]!.pos === 'ADV')) d--;
  if (d < i - 1 && d >= 0 && ARTICLES.test(tokens[d]!.text)) return false;
  // A gerund after "of", "for", "in" is a noun ("integration of podcasting"); after "after" or
  // "before" it opens a clause ("after launching the store").
  if (prev && prev.pos === 'ADP' && /ing$/.test(t.text) && !CLAUSAL_PREPOSITIONS.has(prev.lower)) return false;
  // "and in turn accused", "in return": a bare form right after a preposition (other than "to")
  // is a noun; a verb there would be a gerund or follow "to".
  if (prev && prev.pos === 'ADP' && !BARE_AFTER.has(prev.lower) && t.lower === t.lemma && !/(?:ing|ed)$/.test(t.lower)) return false;
  // After an auxiliary (adverbs between), it is the verb of the group whatever follows.
  let j = i - 1;
  while (j >= 0 && (tokens[j]!.pos === 'ADV' || tokens[j]!.pos === 'PART')) j--;
  if (j >= 0 && tokens[j]!.pos === 'AUX') return !baseAfterBe(tokens[j]!, t);
  // Before a noun, after a determiner, adjective, adverb or preposition: an adjective.
  const beforeNoun = next && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
  // After "and" a participle before a noun is an adjective ("old and disputed terms") unless a
  // noun comes before the "and": then it is a verb of its own ("obtained a prototype and published details").
  const coordinated =
    prev?.pos === 'CCONJ' && (tokens[i - 2]?.pos === 'NOUN' || tokens[i - 2]?.pos === 'PROPN') && !unlikeVerbBefore(tokens, i);
  // After an adverb that follows the subject it is the verb: "They also demonstrated iOS 5".
  let k = i - 1;
  while (k >= 0 && tokens[k]!.pos === 'ADV') k--;
  const subjectBefore = prev?.pos === 'ADV' && k >= 0 && ['PRON', 'PROPN', 'NOUN'].includes(tokens[k]!.pos);
  // After a comma that ends a noun phrase it opens a clause: "…, adding video playback".
  const afterPhrase = prev?.text === ',' && ['NOUN', 'PROPN', 'NUM'].includes(tokens[i - 2]?.pos ?? '');
  const afterModifier =
    !prev || (['DET', 'ADJ', 'ADV', 'ADP', 'PUNCT', 'CCONJ', 'NUM'].includes(prev.pos) && !coordinated && !subjectBefore && !afterPhrase);
  if (beforeNoun && afterModifier && PARTICIPLE.test(t.lower)) return false;
  // "U.S. and allied airstrikes have damaged …", "money for advanced biofuels has fallen": a
  // participle before the noun that a verb group right after takes for its subject describes it.
  const subjectAfter = next?.pos === 'NOUN' && tokens[i + 2]?.pos === 'AUX';
  const noSubjectBefore = !prev || ['DET', 'ADJ', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT'].includes(prev.pos);
  if (subjectAfter && noSubjectBefore && /ed$/.test(t.lower) && !RELATIVES.has(prev?.lower ?? '')) return false;
  return true;
}

/**
 * "to ferry supplies and injured people": a form in -ed after "and" is no verb coordinated with the
 * one before when that one is in its bare form ("ferry … and injured"), where a second verb would
 * take the same form ("obtained a prototype and published details"; "Learning of the attacks and
 * offered condolences" is a verb after an opening participle).
 */
function unlikeVerbBefore(tokens: readonly Token[], i: number): boolean {
  if (!/ed$/i.test(tokens[i]!.text)) return false;
  for (let j = i - 2; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== ',')) return false;
    if (t.pos === 'VERB') return t.lower === t.lemma && !/(?:ing|ed)$/i.test(t.text);
  }
  return false;
}

interface Group {
  from: number;
  head: number;
  copula: boolean;
  /** The last verb-tagged word the group took in after its head ("caused dropped calls"). */
  tail?: number;
  /** Where a participle's phrase describing the group's subject starts ("holding" in "forces holding the town fired"). */
  phrase?: number;
}

function groups(tokens: readonly Token[], isTime: (t: Token) => boolean): Group[] {
  const out: Group[] = [];
  // The finite verb after a participle's phrase → where that phrase starts.
  const phrases = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos === 'AUX') {
      // Auxiliaries, adverbs and negation up to the verb; none: "be" or "have" is the verb.
      let j = i;
      while (j + 1 < tokens.length && ['AUX', 'ADV', 'PART'].includes(tokens[j + 1]!.pos) && tokens[j + 1]!.lower !== 'to') j++;
      const k = j + 1;
      if (k < tokens.length && isHead(tokens, k)) {
        out.push({ from: i, head: k, copula: false });
        i = k;
      } else {
        let last = i;
        for (let m = i; m <= j; m++) if (tokens[m]!.pos === 'AUX') last = m;
        out.push({ from: i, head: last, copula: true });
        i = j;
      }
    } else if (isHead(tokens, i) || (out.length > 0 && participleAfterComma(tokens, i))) {
      // "Fishermen trying to reach the island turned back": the participle's phrase, verbs and all, up to the verb it is the subject of.
      const verb = modifiesNoun(tokens, i) ? finiteVerbAfter(tokens, i) : -1;
      if (verb > 0 && tokens[verb]!.pos === 'ADJ') {
        // "Migrants hoping to reach Europe drowned": the verb the tagger took for an adjective heads the group.
        out.push({ from: verb, head: verb, copula: false });
        phrases.set(verb, i);
        i = verb;
      } else if (verb > 0) {
        phrases.set(verb, i);
        i = verb - 1;
      } else if (!(out.length > 0 && modifiesNoun(tokens, i)) && !reducedPassive(tokens, i, out.length > 0, isTime))
        out.push({ from: i, head: i, copula: false });
    }
  }
  return joinChains(
    tokens,
    mapOf(out, (g) => (phrases.has(g.from) ? extend(g, { phrase: phrases.get(g.from)! }) : g)),
  );
}

/**
 * "The city is home to …": after "be" a verb is a participle ("is sending", "was hit", "were
 * taken"); a word the tagger calls a verb in its base form there is a noun or an adjective.
 */
function baseAfterBe(aux: Token, t: Token): boolean {
  const word = t.lower;
  return aux.lemma === 'be' && word === t.lemma && !PARTICIPLE.test(word) && !SAME_FORM.has(word);
}

/**
 * "began Tuesday, overwhelming Apple and AT&T", "…, later revealing he had …": a word in -ing the
 * tagger takes for an adjective, after a comma and before its object, opens a clause.
 */
function participleAfterComma(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADJ' || !/ing$/i.test(t.text)) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return tokens[j]?.text === ',' && ['DET', 'PROPN', 'PRON'].includes(tokens[i + 1]?.pos ?? '');
}

/**
 * "the countries damaged by the tsunami now count their dead": a participle after a noun, with
 * its agent, describes the noun when the sentence has a verb of its own before or after it, and
 * the phrase has no date of its own.
 */
function reducedPassive(tokens: readonly Token[], i: number, verbBefore: boolean, isTime: (t: Token) => boolean): boolean {
  const t = tokens[i]!;
  // "started by hinting at …" is a verb and how it was done.
  if (!/(?:ed|en)$/i.test(t.text) || tokens[i + 1]?.lower !== 'by' || /ing$/i.test(tokens[i + 2]?.text ?? '')) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  // "figures released by the police": a noun the tagger took for a verb is a noun all the same.
  const noun = j >= 0 && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PROPN' || (tokens[j]!.pos === 'VERB' && !isHead(tokens, j)));
  if (!noun) return false;
  // "the effort launched by Obama on January 16": a date of its own makes it an event to date
  // ("the coast battered by the March 3 storm" dates the storm).
  for (let m = i + 2; m < tokens.length && tokens[m]!.pos !== 'PUNCT' && tokens[m]!.pos !== 'VERB'; m++)
    if (isTime(tokens[m]!) && !isTime(tokens[m - 1]!) && tokens[m - 1]!.pos !== 'DET') return false;
  return verbBefore || tokens.some((_, m) => m > i + 1 && isHead(tokens, m));
}

/**
 * "sent four ships carrying water", "Americans already facing high prices": a participle right
 * after a noun (adverbs between) describes it, no clause of its own.
 */
function modifiesNoun(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  const previous = tokens[j];
  return /ing$/i.test(tokens[i]!.text) && !!previous && (previous.pos === 'NOUN' || previous.pos === 'PROPN');
}

/** Words a participle's phrase may hold up to the verb its noun is the subject of ("carrying aid to the north"). */
const PHRASE = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'ADP', 'PART', 'ADV']);
const PLACE_PRONOUNS = new Set(['there', 'here']);

/**
 * "Forces holding the town fired", "the convoy carrying aid reached the border", "traffic along
 * highways leading out of the region has diminished", "fishermen trying to reach the island
 * turned back": a participle's phrase (nouns, prepositions, an infinitive, no comma nor opener)
 * runs up to a finite verb, whose subject the noun before the participle is. The index of that
 * verb (or of its first auxiliary), else -1.
 */
function finiteVerbAfter(tokens: readonly Token[], i: number): number {
  const verb = phraseEnd(tokens, i);
  // "countries hoping for a solution must call …": a preposition after it takes no clause.
  if (verb < 0 || !takesClause(tokens[i]!) || ['ADP', 'PART'].includes(tokens[i + 1]?.pos ?? '')) return verb;
  // "Diplomats saying Russia vetoed the resolution left the chamber": a verb of saying or fearing
  // takes a clause, whose verb is not the noun's; the noun's verb is the one after that clause.
  const after = verbAfterGroup(tokens, verb);
  return after > 0 ? after : verb;
}

const CLAUSE_TAKING = new Set(lists.clauseTaking);

/** "saying", "reporting", "fearing": a participle that takes a clause as its object. */
const takesClause = (t: Token) => verbCertainty.has(t.lemma) || CLAUSE_TAKING.has(t.lemma);

/**
 * The finite verb (or its first auxiliary) that follows the verb group at `verb` before the
 * clause ends ("… will rise | sold shares"), else -1.
 */
function verbAfterGroup(tokens: readonly Token[], verb: number): number {
  let j = verb;
  if (tokens[verb]!.pos === 'AUX') {
    while (j + 1 < tokens.length && ['AUX', 'ADV', 'PART'].includes(tokens[j + 1]!.pos) && tokens[j + 1]!.lower !== 'to') j++;
    if (tokens[j + 1]?.pos === 'VERB') j++;
  }
  for (let m = j + 1; m < tokens.length; m++) {
    const t = tokens[m]!;
    // "… did not match what was happening": a pronoun after the group opens a clause of its own.
    if (['PUNCT', 'CCONJ', 'SCONJ', 'PRON'].includes(t.pos) || OPENERS.has(t.lower)) return -1;
    if (t.pos === 'AUX' && tokens[m - 1]?.lower !== 'to') return m;
    if (t.pos === 'VERB' && t.lower !== t.lemma && !/ing$/i.test(t.text) && tokens[m - 1]?.lower !== 'to' && isHead(tokens, m)) return m;
  }
  return -1;
}

/** The finite verb (or its first auxiliary) a participle's phrase runs up to, else -1. */
function phraseEnd(tokens: readonly Token[], i: number): number {
  let j = i + 1;
  for (; j < tokens.length; j++) {
    const t = tokens[j]!;
    // "trying to reach": an infinitive goes on with the phrase.
    if (t.lower === 'to' && tokens[j + 1]?.pos === 'VERB' && tokens[j + 1]!.lower === tokens[j + 1]!.lemma) j++;
    // "asking to be evacuated": and so does one in the passive.
    else if (t.lower === 'to' && tokens[j + 1]?.lower === 'be' && tokens[j + 2]?.pos === 'VERB') j += 2;
    // "people living there said": a place word ends the phrase, not the clause ("saying there were
    // talks" opens one).
    else if ((!PHRASE.has(t.pos) && !(PLACE_PRONOUNS.has(t.lower) && tokens[j + 1]?.lemma !== 'be')) || OPENERS.has(t.lower)) break;
  }
  // "Migrants hoping to reach Europe drowned off the coast": a past the tagger took for an
  // adjective after the phrase's last noun, in a sentence with no verb after it, is its verb.
  const past = pastTakenForAdjective(tokens, i, j);
  if (past > 0) return past;
  const t = tokens[j];
  if (!t || j === i + 1) return -1;
  // "asking to be evacuated": an auxiliary after "to" is an infinitive's.
  if (t.pos === 'AUX') return tokens[j - 1]?.lower === 'to' ? -1 : j;
  // "a conference held by Apple": a participle with its agent is no finite verb.
  // "returning NASA to manned space flight": a participle after "to" is no finite verb either.
  // "Guards watching the gate shut it": a past spelled as the base form, before its object.
  const pastAsBase = SAME_FORM.has(t.lower) && ['PRON', 'DET', 'NUM'].includes(tokens[j + 1]?.pos ?? '');
  const finite =
    t.pos === 'VERB' &&
    (t.lower !== t.lemma || pastAsBase) &&
    !/ing$/i.test(t.text) &&
    tokens[j + 1]?.lower !== 'by' &&
    tokens[j - 1]?.lower !== 'to';
  return finite && isHead(tokens, j) ? j : -1;
}

/** Words that may follow a verb with no object: "drowned off the coast", "drowned on Monday", "drowned." */
const AFTER_INTRANSITIVE = new Set(['ADP', 'PUNCT', 'ADV']);

/**
 * The index of a word in -ed tagged as an adjective right after a noun inside the phrase of the
 * participle at `i` (which ends at `end`), when no verb follows it in the sentence: "Migrants
 * hoping to reach Europe drowned off the coast"; else -1. Not "the people concerned said".
 */
function pastTakenForAdjective(tokens: readonly Token[], i: number, end: number): number {
  for (let j = i + 2; j < end; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'ADJ' || !/[^e]ed$/i.test(t.text) || !['NOUN', 'PROPN'].includes(tokens[j - 1]!.pos)) continue;
    const next = tokens[j + 1];
    if (next && !AFTER_INTRANSITIVE.has(next.pos)) continue;
    return tokens.slice(j + 1).some((u) => u.pos === 'VERB' || u.pos === 'AUX') ? -1 : j;
  }
  return -1;
}

/** "plans to launch", "began selling", "will be able to set": one group, the last verb its head. */
function joinChains(tokens: readonly Token[], gs: Group[]): Group[] {
  const out: Group[] = [];
  for (const g of gs) {
    const prev = out.at(-1);
    if (prev) {
      const between = tokens.slice((prev.tail ?? prev.head) + 1, g.from);
      const word = tokens[prev.head]!;
      const toOnly = between.every((t) => t.lower === 'to' || t.pos === 'ADV' || (prev.copula && t.pos === 'ADJ'));
      const adjective = prev.copula && between.find((t) => t.pos === 'ADJ');
      // "is going to close": "going" is in the list as a word, its lemma is "go".
      // "are said to have fled", "is widely believed to be hiding": a hedge on the verb it carries.
      const hearsaid =
        HEARSAY.has(word.lemma) && tokens.slice(prev.from, prev.head).some((t) => /^(?:is|are|was|were|been|be)$/i.test(t.text));
      const catenative =
        CATENATIVE.has(word.lemma) ||
        hearsaid ||
        (word.lower === 'going' && prev.from < prev.head) ||
        (adjective && CATENATIVE.has(adjective.lower));
      // "has caused dropped calls": a bare verb right after a verb in the past (not one that takes
      // a verb after it, "remains frozen") is a participle before a noun.
      const past = prev.from < prev.head || /ed$/i.test(word.text);
      if (between.length === 0 && g.from === g.head && past && !LINKING.has(word.lemma) && !catenative) {
        out[out.length - 1] = extend(prev, { tail: g.head });
        continue;
      }
      if (toOnly && between.length <= 3 && (catenative || between.length === 0)) {
        out[out.length - 1] = { from: prev.from, head: g.head, copula: g.copula };
        continue;
      }
      // A bare infinitive with nothing after it belongs to the verb before: "returned to work."
      const after = tokens[g.head + 1];
      if (between.length === 1 && between[0]!.lower === 'to' && (!after || after.pos === 'PUNCT' || after.pos === 'ADP')) continue;
    }
    out.push(g);
  }
  return out;
}

/** Where the clause of a group starts: after the last opener before it, else at its subject. */
interface Start {
  /** The first token of the clause. */
  at: number;
  /** Where the clause before it ends: at its opener, or at `at`. */
  cut: number;
  opener: Token | null;
}

function clauseStart(tokens: readonly Token[], floor: number, g: Group, isTime: (t: Token) => boolean): Start {
  // Adverbs right before the verb belong to its clause: "… and later returned", "… and also announced".
  // "the queue of vehicles waiting to enter | stretched": the subject is before the participle's phrase.
  let verb = g.phrase ?? g.from;
  while (verb > floor && tokens[verb - 1]!.pos === 'ADV' && !OPENERS.has(tokens[verb - 1]!.lower) && !isTime(tokens[verb - 1]!)) verb--;
  for (let i = verb - 1; i >= floor; i--) {
    const t = tokens[i]!;
    const lower = t.lower;
    if (
      (OPENERS.has(lower) && !joinsNouns(tokens, floor, i)) ||
      (lower === 'to' && i === verb - 1) ||
      (t.pos === 'PUNCT' && /^[,;:–—()]$/.test(t.text) && !nameDash(tokens, i))
    ) {
      // Openers in a row ("and then", ", and that") all go before the clause.
      let cut = i;
      while (cut - 1 >= floor && (OPENERS.has(tokens[cut - 1]!.lower) || tokens[cut - 1]!.pos === 'PUNCT')) cut--;
      return { at: i + 1, cut, opener: t.pos === 'PUNCT' ? null : t };
    }
    // "…, and on Sunday they marched": a phrase of time between the opener and the subject is the
    // clause's; a date inside a noun phrase ("since a deadly Oct. 8 earthquake") is no such phrase.
    if (isTime(t)) {
      let j = i;
      while (j - 1 >= floor && isTime(tokens[j - 1]!)) j--;
      const before = tokens[j - 1];
      if (before && before.pos === 'ADP' && !OPENERS.has(before.lower)) i = j - 1;
      else if (!before || !OPENERS.has(before.lower)) break;
      else i = j;
      continue;
    }
    if (!NP.has(t.pos) && !countOf(tokens, i) && !joinsNouns(tokens, floor, i)) break;
  }
  let at = verb;
  while (
    at > floor &&
    NP.has(tokens[at - 1]!.pos) &&
    tokens[at - 1]!.pos !== 'PART' &&
    !isTime(tokens[at - 1]!) &&
    !(at < verb && dayWord(tokens, at - 1))
  )
    at--;
  // "told CNN he had resigned", "told reporters the plant would close": after a verb of telling, the
  // one told comes first; the subject opens at a pronoun or an article after it.
  if (at > 0 && TELLING.has(tokens[at - 1]!.lower))
    for (let k = at + 1; k < verb; k++) if (opensSubject(tokens, k)) return { at: k, cut: k, opener: null };
  return { at, cut: at, opener: null };
}

/** Words that open a subject: a pronoun in the subject's case, an article or a possessive. */
const SUBJECT_OPENERS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you', 'the', 'a', 'an', 'his', 'its', 'their', 'our', 'my']);
/** A new subject at `k`, right after a noun or a pronoun ends the phrase before it: "told CNN | he …". */
const opensSubject = (tokens: readonly Token[], k: number) =>
  SUBJECT_OPENERS.has(tokens[k]!.lower) && ['NOUN', 'PROPN', 'PRON'].includes(tokens[k - 1]!.pos);
/** A day said bare, not a possessor ("Friday's attack"): before a subject it closes the clause before ("the United States Tuesday got" keeps its subject). */
const dayWord = (tokens: readonly Token[], i: number) => BARE_DAYS.has(tokens[i]!.lower) && tokens[i + 1]?.pos !== 'PART';

/** "hundreds of | Israeli troops": "of" after a count, inside the subject. */
const countOf = (tokens: readonly Token[], i: number) => tokens[i]!.lower === 'of' && QUANTITIES.has(tokens[i - 1]?.lower ?? '');

/**
 * "…, hundreds of Israeli troops and police entered": an "and" between the nouns of one subject that
 * a comma sets off from the clause before, not one after that clause's object ("shelled the town and
 * troops entered").
 */
function joinsNouns(tokens: readonly Token[], floor: number, i: number): boolean {
  // A noun follows before the verb ("and police entered", not "Louisiana and continued").
  if (tokens[i]!.pos !== 'CCONJ' || !['NOUN', 'PROPN'].includes(tokens[i + 1]?.pos ?? '')) return false;
  // A common noun before it: "troops and police", not a list of names ("Thailand, India and the Maldives").
  let noun = false;
  for (let j = i - 1; j >= floor; j--) {
    const t = tokens[j]!;
    if (t.text === ',') return noun;
    if (t.pos === 'NOUN') noun = true;
    else if (!NP.has(t.pos) && !countOf(tokens, j)) return false;
  }
  return false;
}

/**
 * The words before a verb that no opener sets off are not its subject when they end the clause
 * before it: "mourners who took part in the rite in front of the basilica | saluted the pope" (a
 * relative clause's last phrase, behind a preposition or a possessive; its subject is the noun
 * "who" follows). The clause then starts at its verb ("people who believe | the storm hit Lyon"
 * and "the efforts | we've made" keep their subjects).
 */
function noSubject(tokens: readonly Token[], own: Start, before: Start, g: Group): boolean {
  if (own.opener || own.at >= g.from) return false;
  const words = tokens.slice(own.at, g.from).filter((t) => t.pos !== 'ADV');
  const previous = tokens[own.at - 1];
  if (!previous || words.length === 0 || words.some((t) => t.pos === 'PRON')) return false;
  const relative = before.opener !== null && /^(?:who|whom|which|that)$/.test(before.opener.lower);
  return relative && previous.pos !== 'VERB' && previous.pos !== 'AUX' && previous.pos !== 'PUNCT';
}

/** A dash token between two words of one name: "U.S. Division – Center". */
function nameDash(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  return /^[–—]$/.test(tokens[i]!.text) && prev !== undefined && next !== undefined && dashInName(` ${prev.text}`, next.text);
}

const wholeSentences = new WeakMap<readonly Token[], VerbClause[]>();
let lastSentence: { tokens: readonly Token[] | null; clauses: VerbClause[] } = { tokens: null, clauses: [] };
/**
 * The verb clauses of a sentence's tokens read with no time expression among them: split once,
 * whichever stage asks first (events.ts for a sentence with no source nor date, participants.ts).
 */
export function sentenceClauses(tokens: readonly Token[]): VerbClause[] {
  // The events of a sentence ask one after the other: the last sentence asked is answered first.
  if (tokens === lastSentence.tokens) return lastSentence.clauses;
  let clauses = wholeSentences.get(tokens);
  if (!clauses) wholeSentences.set(tokens, (clauses = verbClauses(tokens)));
  lastSentence = { tokens, clauses };
  return clauses;
}

/** `isTime`: the token belongs to a time expression (never the subject of the next clause). */
export function verbClauses(tokens: readonly Token[], isTime: (t: Token) => boolean = () => false): VerbClause[] {
  const gs = groups(tokens, isTime);
  if (gs.length === 0) return [];
  const starts: Start[] = mapOf(gs, (g, k) =>
    k === 0 ? { at: 0, cut: 0, opener: null } : clauseStart(tokens, gs[k - 1]!.head + 1, g, isTime),
  );
  // The first clause runs from the start; its opener is the word that opens it, at the start or
  // just before its subject ("If the talks fail, …", "[warned] of a strike if the talks fail").
  const lead = tokens[0];
  const own = clauseStart(tokens, 0, gs[0]!, isTime);
  // "To date, …" opens no aim.
  const aim = lead?.lower === 'to' && tokens[1]?.lower !== 'date';
  const opener = own.opener ?? (lead && (OPENERS.has(lead.lower) || aim) ? lead : null);
  starts[0] = { at: 0, cut: 0, opener };
  for (let k = 1; k < gs.length; k++)
    if (noSubject(tokens, starts[k]!, starts[k - 1]!, gs[k]!)) starts[k] = { at: gs[k]!.from, cut: gs[k]!.from, opener: null };
  return mapOf(gs, (g, k) => {
    const from = starts[k]!.at;
    const to = k + 1 < gs.length ? starts[k + 1]!.cut : tokens.length;
    const own = tokens.slice(from, Math.max(to, g.head + 1));
    const content = own.filter((t) => t.pos !== 'PUNCT' || /[%$]/.test(t.text));
    const firstTok = content[0] ?? tokens[g.head]!;
    const lastTok = content.at(-1) ?? tokens[g.head]!;
    return {
      start: firstTok.start,
      end: lastTok.end,
      tokens: own,
      head: tokens[g.head]!,
      group: tokens.slice(g.from, g.head),
      copula: g.copula,
      opener: starts[k]!.opener,
      before: starts[k]!.opener ? (tokens[tokens.indexOf(starts[k]!.opener!) - 1] ?? null) : null,
    };
  });
}
