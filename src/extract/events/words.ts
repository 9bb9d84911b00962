// Tokens with offsets, and the word classes that trigger finding needs. A full part-of-speech
// tagger would be slower by an order of magnitude; the clause shapes of news need only these.
import lists from './words.json' with { type: 'json' };
import { isLetterOrDigit } from '../wordRuns.ts';
import { VERB_FORMS, formsOf, participleOf, pastOf } from '../language/verbForms.ts';
import { flatMapOf } from '../lists.ts';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Punctuation (, ; : – — quotes, brackets) stands between this token and the previous one. */
  breakBefore: boolean;
  /** "Israel’s", "Hamas’": a possessive opens the noun phrase that follows rather than heading one. */
  possessive: boolean;
}

const STOP = new Set(lists.stop);
const PREPOSITIONS = new Set(lists.prepositions);
const AUX = new Set(lists.auxiliaries);
const LIGHT = new Set(lists.light);
/** The irregular pasts and participles of the verbs, and of verbs known by those forms only ("took", "spoken"). */
const IRREGULAR = [...lists.verbs, ...lists.pastOnlyVerbs.split(' ')].flatMap((v) =>
  VERB_FORMS[v] === undefined ? [] : [pastOf(v), participleOf(v)].filter((f) => f !== v),
);
/** Every form of the verbs, spelled by verbForms.ts ("stopped", "fleeing", "took"). */
const VERBS = new Set([...IRREGULAR, ...flatMapOf(lists.verbs, formsOf)]);
const ADJECTIVE_SUFFIX = /(?:ed|ous|ful|ive|less|able|ible|ic|ical)$/;
const ADJECTIVES = new Set(
  'new former first last next previous direct current recent potential successful public full major key top senior high low large small main other further several many few'.split(
    ' ',
  ),
);

// Inner dots and commas only between letters or digits ("U.S", "$2.3", "1,500"); an abbreviation
// keeps its final dot ("U.S."). A token is what /[\p{L}\p{N}$](?:[\p{L}\p{N}\p{M}’'%$-]|[.,](?=[\p{L}\p{N}]))*\/gu
// finds, read by code points (no match arrays: it runs on every clause of every document).
const TOKEN_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
const isTokenChar = (cp: number) =>
  cp < 128
    ? isLetterOrDigit(cp) || cp === 39 || cp === 37 || cp === 36 || cp === 45
    : cp === 0x2019 || TOKEN_CHAR.test(String.fromCodePoint(cp));
const width = (cp: number) => (cp > 0xffff ? 2 : 1);
/** Punctuation that stands between two tokens: , ; : – — ( ) [ ] “ ” " */
const BREAKS = new Set([...',;:–—()[]“”"'].map((c) => c.charCodeAt(0)));
const ABBREVIATION = /^(?:\p{L}\.)+\p{L}$/u;

/** Where the token starting at `start` ends (its first character is a letter, a digit or "$"). */
function tokenEnd(text: string, start: number): number {
  let i = start + width(text.codePointAt(start)!);
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (isTokenChar(cp)) i += width(cp);
    else if ((cp === 46 || cp === 44) && i + 1 < text.length && isLetterOrDigit(text.codePointAt(i + 1)!)) i++;
    else break;
  }
  return i;
}

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let last = from;
  // Like a pattern, a start inside a surrogate pair reads the pair whole.
  const low = text.charCodeAt(from);
  const high = text.charCodeAt(from - 1);
  let at = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? from - 1 : from;
  while (at < text.length) {
    const first = text.codePointAt(at)!;
    if (first !== 36 && !isLetterOrDigit(first)) {
      at += width(first);
      continue;
    }
    if (at >= to) break;
    const index = at;
    const matchEnd = tokenEnd(text, index);
    at = matchEnd;
    let end = Math.min(matchEnd, to);
    // Ends in an apostrophe, or in "'s" ("Apple's", "officials'").
    const lastChar = text[end - 1];
    const possessive =
      lastChar === '’' || lastChar === "'" || (lastChar === 's' && end - 2 >= index && (text[end - 2] === '’' || text[end - 2] === "'"));
    while (end > index && (text[end - 1] === '’' || text[end - 1] === "'" || text[end - 1] === '-')) end--;
    if (text[end] === '.' && end < to && ABBREVIATION.test(text.slice(index, end))) end++;
    if (end <= index) continue;
    const word = text.slice(index, end);
    let breakBefore = false;
    for (let k = last; k < index && !breakBefore; k++) breakBefore = BREAKS.has(text.charCodeAt(k));
    tokens.push({ start: index, end, text: word, lower: word.toLowerCase(), breakBefore, possessive });
    last = end;
  }
  return tokens;
}

/** A phrase that opens the sentence with its time, up to the comma before its subject: "On Monday, ", "In a speech Wednesday, ". */
export const OPENING_TIME = /^\s*(?:in|on|at|during)\b[^,;:"“”()]*,\s*$/i;

/** Determiners of whose a thing is: "their", "its". */
export const POSSESSIVES: ReadonlySet<string> = new Set(lists.possessives);
/** Words that open what came before the event they are joined to: "after the vote", "since the storm". */
export const EARLIER: ReadonlySet<string> = new Set(lists.earlier);
/** Words that put an event before or after the one they open: "after the vote", "until the talks". */
export const TEMPORAL: ReadonlySet<string> = new Set([...lists.earlier, ...lists.later]);
/** Nouns of a day said from today, which may follow a word without modifying it: "came today", "make the announcement tomorrow". */
export const DAY_WORDS: ReadonlySet<string> = new Set(lists.dayWords);

export const isStop = (t: Token) => STOP.has(t.lower);
export const isPreposition = (t: Token) => PREPOSITIONS.has(t.lower);
export const isAux = (t: Token) => AUX.has(t.lower);
export const isLight = (t: Token) => LIGHT.has(t.lower);
export const isVerb = (t: Token) => VERBS.has(t.lower) && t.text === t.lower;
const NUMBER_WORDS = new Set(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred hundreds thousand thousands million millions billion billions dozen dozens'.split(
    ' ',
  ),
);
export const isNumber = (t: Token) => /^[$\d]/.test(t.text) || NUMBER_WORDS.has(t.lower);
/** A lower-case -ed or -ing form: an adjective before a noun, a verb after one. */
export const isParticiple = (t: Token) => t.text === t.lower && /(?:ed|ing)$/.test(t.lower) && t.lower.length > 4;
export const isAdverb = (t: Token) => /ly$/.test(t.lower) && t.text === t.lower;
export const isAdjective = (t: Token) => t.text === t.lower && (ADJECTIVES.has(t.lower) || ADJECTIVE_SUFFIX.test(t.lower));

/** A word that can be the head of a noun phrase: not a function word, verb, adverb or number. */
export function isNounish(t: Token): boolean {
  return !isStop(t) && !isAux(t) && !isVerb(t) && !isAdverb(t) && !isNumber(t);
}
