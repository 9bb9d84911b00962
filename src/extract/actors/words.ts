// The words of a document as the name recognizer sees them: tokens with their offsets (a
// possessive cut off and remembered), and what the whole document says about each word, so that a
// sentence's first word or a headline's capitals can be judged against the rest of the text.
import type { Span } from '../context.ts';
import lists from './names.json' with { type: 'json' };
import { isLetterOrDigit } from '../wordRuns.ts';
import { NAME_HEAD_WORDS, headClass } from './things.ts';
import type { ThingClass } from './things.ts';

/** What the whole document says about its words: which it writes in lower case, which with a capital inside a sentence, and how often. */
export interface DocWords {
  lower: ReadonlySet<string>;
  capitals: ReadonlyMap<string, number>;
  /** Capitalized words at the start of a sentence, and how often. */
  starts: ReadonlyMap<string, number>;
  /** Capitalized words the document puts behind "its", "their"…: things owned, not actors ("its Lumina"). */
  owned: ReadonlySet<string>;
  /** Words in capitals that label a speaker somewhere in the document ("BLITZER:", "KAYE (voice-over):"). */
  labels: ReadonlySet<string>;
  /** Names the document gives to storms and craft, and what each names: "the shuttle Discovery", "Hurricane Katrina", "USS Abraham Lincoln". */
  things: ReadonlyMap<string, ThingClass | null>;
  /** Single capitalized words the document writes right after a person's title or an honorific somewhere ("President Bush", "Mr. Shihab"). */
  titled: ReadonlySet<string>;
  /** The tokens of a sentence, made once for the document. */
  tokens: (sentence: Span) => Tok[];
  /** Whether an offset lies in a credit line, whose names are its writers: "Ana Ruiz and Tom Lee contributed to this report." */
  credited: (at: number) => boolean;
}

/** A sentence that credits its names with the writing: "…, Ana Ruiz and Tom Lee contributed to this report". */
const CREDIT_LINE = /\bcontributed\s+(?:to\s+(?:this|the)\s+(?:report|story|article)|reporting)\b/;

export const set = (s: string) => new Set(s.split(' '));

/**
 * Whether `lead`, the text before a name, ends in white space right after one of `ends` (written in
 * lower case; a word must start a word of the lead): a cheap test that a pattern bound to the end
 * of the lead ("… the cities of |", "unveiled the |") may match it at all. Such a pattern is tried
 * from each character of the lead, and most leads end in no such word.
 */
export function leadEndsWith(lead: string, ends: readonly string[]): boolean {
  const word = lead.trimEnd(); // the same white space as \s
  if (word.length === lead.length) return false;
  const tail = word.slice(-16).toLowerCase();
  return ends.some((end) => tail.endsWith(end) && !(/^\p{L}/u.test(end) && /[A-Za-z0-9_]/.test(word[word.length - end.length - 1] ?? '')));
}
export const FUNCTION_WORDS = set(lists.functionWords);
/** Months and weekdays: capitalized, yet they name times, never actors. */
export const CALENDAR = set(lists.calendar);
export const NON_NAMES = new Set([...set(lists.nonNames), ...CALENDAR]);
export const TITLES = set(lists.titles);
export const HONORIFICS = set(lists.honorifics);
/** A company's legal form ("Inc.", "GmbH"): it ends a company's name. */
export const LEGAL_FORMS = set(lists.legalForms);
/** The word that ends an institution's name ("Ministry", "Council", "Command"): a body, never a person. */
export const INSTITUTION_WORDS: ReadonlySet<string> = set(lists.institution);
/** Places known by name, states and regions among them ("Mississippi", "West Africa", "Louisiana"). */
export const KNOWN_PLACES: ReadonlySet<string> = new Set([...set(lists.knownPlaces), ...lists.knownPlacePhrases]);
const OWNERS = set('its his her their our your my');
/** Whether a word is one of OWNERS in any case: a word longer than those is not lower-cased to be looked up. */
const isOwner = (w: string) => w.length <= 5 && OWNERS.has(w.toLowerCase());
/** The lengths of the words before a thing's name: a word of another length is not lower-cased to be looked up (they are ASCII, so it keeps its length). */
const THING_HEAD_LENGTHS = new Set(NAME_HEAD_WORDS.map((w) => w.length));
const thingHead = (w: string) => (THING_HEAD_LENGTHS.has(w.length) ? headClass(w) : undefined);
const SHIP_PREFIXES = set(lists.shipPrefixes);
/** The length and first letter, in lower case, of each word before a thing's name and each ship's prefix (ASCII). */
const shape = (length: number, first: number) => (length << 7) | (first | 32);
const THING_SHAPES = new Set([...NAME_HEAD_WORDS, ...SHIP_PREFIXES].map((w) => shape(w.length, w.charCodeAt(0))));
/** Asked of every word: one of no such length and ASCII first letter is neither, without looking it up. */
export const mayOpenThing = (w: string) => {
  const a = w.charCodeAt(0);
  return a >= 128 || THING_SHAPES.has(shape(w.length, a));
};
const ROLE_NOUNS = set(lists.roleNouns);
/** A word of a person's role, a title or a role noun in any case: "President", "Leader", "spokesman". */
export const isRoleWord = (w: string) => TITLES.has(w) || ROLE_NOUNS.has(w.toLowerCase());
/** Last words that make a name an organization's, even after a ship's prefix ("USS Nimitz Strike Group"). */
const BODY_WORDS = new Set([lists.legalForms, lists.corporate, lists.institution, lists.group, lists.media].flatMap((l) => l.split(' ')));

const KEEP_DOT = /^(?:\p{Lu}\.|(?:\p{L}\.){2,}|Inc\.|Corp\.|Co\.|Ltd\.|Jr\.|Sr\.|St\.)$/u;
const CAPITAL = /^\p{Lu}/u;
/** Asked of every word: an ASCII first letter is answered without the pattern. */
export const isCap = (w: string) => {
  const a = w.charCodeAt(0);
  return a < 128 ? a >= 65 && a <= 90 : CAPITAL.test(w);
};
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}{2}/u;
const isLowerAscii = (c: number) => c >= 97 && c <= 122;
/** A brand word written in camel case: "iPod", "eBay". */
export const isCamel = (w: string) => {
  // Most words start with an ASCII capital or three ASCII small letters: no camel case, without the pattern.
  const a = w.charCodeAt(0);
  if (a < 128 && !isLowerAscii(a)) return false;
  if (isLowerAscii(a) && isLowerAscii(w.charCodeAt(1)) && isLowerAscii(w.charCodeAt(2))) return false;
  return CAMEL.test(w);
};

const APOSTROPHE_S = /['’]s?$/;
const isApostrophe = (c: number) => c === 39 || c === 0x2019;
/** /['’]s?$/, read off the last two characters. */
const endsInApostropheS = (w: string) => {
  const last = w.charCodeAt(w.length - 1);
  return isApostrophe(last) || (last === 115 && isApostrophe(w.charCodeAt(w.length - 2)));
};

export interface Tok extends Span {
  text: string;
  possessive: boolean;
}

export function tokens(text: string, from: number, to: number): Tok[] {
  const out: Tok[] = [];
  eachToken(text, from, to, (start, end) => {
    let word = end - start > to - start ? text.slice(start, start + Math.max(1, to - start)) : text.slice(start, end);
    // Most words end in a letter: the patterns below run only on a word whose last character they could change.
    const possessive = word.length > 2 && endsInApostropheS(word);
    if (possessive) word = word.replace(APOSTROPHE_S, '');
    const last = word.charCodeAt(word.length - 1);
    if (last === 45 || isApostrophe(last)) word = word.replace(/[-'’]+$/, '');
    if (word.endsWith('.') && !KEEP_DOT.test(word)) word = word.replace(/\.+$/, '');
    if (word.includes('.') && /\.(?:aspx?|html?|php|jpe?g|png|gif|pdf)$/i.test(word)) return; // a file or page name, not a name
    if (word) out.push({ start, end: start + word.length, text: word, possessive });
  });
  return out;
}

/**
 * A token's characters after its first: letters, digits, marks, "&", apostrophes and dots; and the
 * replacement character a text decoded with the wrong encoding holds for a letter ("Ren\uFFFD Preval"
 * for "René Préval"), so that the name stays whole.
 */
const NAME_CHAR = /^[\p{L}\p{N}\p{M}\uFFFD]$/u;
const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]$/u;
const isAsciiAlnum = (cp: number) => (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
const isNameChar = (cp: number) =>
  cp < 128 ? isAsciiAlnum(cp) || cp === 38 || cp === 39 || cp === 46 : cp === 0x2019 || NAME_CHAR.test(String.fromCodePoint(cp));
const isUpperOrDigit = (cp: number) =>
  cp < 128 ? (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) : UPPER_OR_DIGIT.test(String.fromCodePoint(cp));
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/**
 * Calls `token(start, end)` for each token that starts in [from, to), as the pattern
 * /[\p{L}\p{N}][\p{L}\p{N}\p{M}\uFFFD&'’.]*(?:-(?=[\p{Lu}\p{N}])[\p{L}\p{N}\p{M}\uFFFD&'’.]*)*\/gu run from `from` would find
 * them (a token runs on past `to`), read by code points: no match arrays. A capitalized word also
 * runs on into a lower-case part of its name ("Rostov-on-Don", "Ki-moon": `lowerHyphenPart`).
 */
export function eachToken(text: string, from: number, to: number, token: (start: number, end: number) => void): void {
  // Like the pattern, a start inside a surrogate pair reads the pair whole.
  const low = text.charCodeAt(from);
  const high = text.charCodeAt(from - 1);
  let i = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? from - 1 : from;
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if (!isLetterOrDigit(cp)) {
      i += width(cp);
      continue;
    }
    if (i >= to) return;
    const start = i;
    i += width(cp);
    // Then name characters. A hyphen joins words of a name ("Wal-Mart", "Abdel-Fattah", "F-16") but
    // not a modifier ("Intel-based").
    while (i < text.length) {
      const next = text.codePointAt(i)!;
      if (isNameChar(next)) i += width(next);
      else if (next === 45 && i + 1 < text.length && isUpperOrDigit(text.codePointAt(i + 1)!)) i++;
      else if (next === 45 && isCap(text.slice(start, start + 1))) {
        const joined = lowerHyphenPart(text, start, i);
        if (joined < 0) break;
        i = joined;
      } else break;
    }
    token(start, i);
  }
}

/** A particle between two capitalized parts of a place's name: "Rostov-on-Don", "Stratford-upon-Avon". */
const HYPHEN_PARTICLE = /^-(?:on|upon|under|le|la|les|de|du|des|en|sur|am|im|an|in|by|al|el)-\p{Lu}/u;
/** A short syllable after a short capitalized one: the second half of a given name, "Ki-moon", "Moo-hyun", "Jong-il". */
const NAME_SYLLABLE = /^-\p{Ll}{2,4}(?![\p{L}\p{N}-])/u;
/** What a capitalized word before a hyphen is modified by, in lower case: "Iraq-led", "Bush-era", "Asia-wide". */
const HYPHEN_MODIFIERS = new Set(lists.hyphenModifiers.split(' '));
/** A capitalized prefix before a hyphen, in lower case: "Post-war", "Anti-war", "Pro-life". */
const HYPHEN_PREFIXES = new Set(lists.hyphenPrefixes.split(' '));

/**
 * Where a capitalized word goes on past the hyphen at `at` into a lower-case part, or -1: a
 * particle inside a place's name, or a given name's second syllable after a first of two to four
 * letters ("Ban Ki-moon"; not "Iraq-led", "Bush-era" nor "Post-war").
 */
function lowerHyphenPart(text: string, start: number, at: number): number {
  const rest = text.slice(at, at + 12);
  const particle = HYPHEN_PARTICLE.exec(rest);
  if (particle) return at + particle[0].length - 1;
  const syllable = NAME_SYLLABLE.exec(rest);
  if (!syllable || at - start < 2 || at - start > 4 || !/^\p{Lu}\p{Ll}+$/u.test(text.slice(start, at))) return -1;
  if (HYPHEN_MODIFIERS.has(syllable[0].slice(1)) || HYPHEN_PREFIXES.has(text.slice(start, at).toLowerCase())) return -1;
  return at + syllable[0].length;
}

/** Every word of the document, once: the evidence for a sentence's first word and for single-word names. */
export function docWords(text: string, sentences: readonly Span[]): DocWords {
  const lower = new Set<string>();
  const capitals = new Map<string, number>();
  const starts = new Map<string, number>();
  const owned = new Set<string>();
  const labels = new Set<string>();
  const things = new Map<string, ThingClass | null>();
  const named: ThingName[] = [];
  const titled = new Set<string>();
  const sentenceTokens = new Map<number, Tok[]>();
  const credits: Span[] = [];
  for (const s of sentences) {
    if (CREDIT_LINE.test(text.slice(s.start, s.end))) credits.push(s);
    const toks = tokens(text, s.start, s.end);
    sentenceTokens.set(s.start, toks);
    if (isHeadline(toks)) continue;
    thingNames(text, toks, named);
    const cells = headlineCells(text, toks);
    toks.forEach((t, i) => {
      if (cells.has(i)) return;
      if (!isCap(t.text)) {
        lower.add(t.text);
        return;
      }
      if (i > 0 && isOwner(toks[i - 1]!.text)) owned.add(t.text);
      const prev = toks[i - 1];
      // Not after an owner: "King's Cross" names no king.
      if (prev && !prev.possessive && (TITLES.has(prev.text) || HONORIFICS.has(prev.text)) && !isCap(toks[i + 1]?.text ?? ''))
        titled.add(t.text);
      if (isCaps(t.text) && /^\s*[:(]/.test(text.slice(t.end, t.end + 3))) labels.add(t.text);
      else {
        const counts = opensClause(text, toks, i) ? starts : capitals;
        counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
      }
    });
  }
  for (const t of named) {
    // "Space Shuttle Return to Flight": a single word the document writes in lower case is a word, after all but a ship's prefix.
    const word = !t.prefix && t.name.length === 1 && lower.has(t.name[0]!.toLowerCase());
    const c = t.doubtful || word ? null : t.head;
    for (const form of [t.name.join(' '), `${t.before} ${t.name.join(' ')}`]) if (things.get(form) !== null) things.set(form, c);
  }
  return {
    lower,
    capitals,
    starts,
    owned,
    labels,
    things,
    titled,
    tokens: (span) => sentenceTokens.get(span.start) ?? tokens(text, span.start, span.end),
    credited: (at) => credits.some((c) => c.start <= at && at < c.end),
  };
}

/** A name after a thing's word or a ship's prefix, and whether it may name a thing. */
interface ThingName {
  name: string[];
  /** The word before it: "Hurricane", "shuttle", "USS". */
  before: string;
  head: ThingClass;
  prefix: boolean;
  /** It holds a person's title or role ("Deputy Shuttle Program Manager"): no thing, and no actor. */
  doubtful: boolean;
}

/** Words after which a thing's word ("storm", "ship") is a verb. */
const VERB_BEFORE = new Set(['to', 'will', "'ll", 'would', 'could', 'can', 'may', 'might', 'must', 'shall', 'should', 'did', 'not']);
/** A place's word right after the name: "and storm Kessa city" storms a city, no storm is named. */
const PLACE_AFTER = new RegExp(String.raw`^[ \t]+(?:${lists.placeNouns.split(' ').join('|')})\b`, 'u');

/**
 * The capitalized words right after a word for a craft or a storm ("the space shuttle Discovery",
 * "Hurricane Katrina") or a ship's prefix ("USS Abraham Lincoln") name a thing, with and without
 * that word; not when they end as an organization's name ("USS Nimitz Strike Group"), nor a day
 * ("the storm Monday"). A storm's name is one word ("Hurricane Katrina Heads Inland").
 */
function thingNames(text: string, toks: readonly Tok[], out: ThingName[]): void {
  toks.forEach((t, i) => {
    if (!mayOpenThing(t.text)) return;
    const prefix = SHIP_PREFIXES.has(t.text);
    const head = prefix ? 'sea' : thingHead(t.text);
    if (!head) return;
    // "to storm Gaddafi's compound", "will ship Acme's goods": a verb, not a thing's name.
    if (!prefix && VERB_BEFORE.has(toks[i - 1]?.text.toLowerCase() ?? '')) return;
    const j = capitalRunEnd(text, toks, i);
    const name = toks.slice(i + 1, head === 'storm' ? Math.min(j, i + 2) : j).map((x) => x.text);
    if (!prefix && j > i + 1 && PLACE_AFTER.test(text.slice(toks[j - 1]!.end, toks[j - 1]!.end + 20))) return;
    if (name.length === 0 || NON_NAMES.has(name[0]!) || name.some((w) => BODY_WORDS.has(w) || thingHead(w))) return;
    const doubtful = name.some(isRoleWord);
    out.push({ name, before: t.text, head, prefix, doubtful });
  });
}

/**
 * The end of the capitalized words right after the token at `i`, each a space or a tab after the
 * one before, no function word among them: "the tanker | Sea Breeze | said", "and | Red Crescent Societies".
 * `i + 1` when none follows.
 */
export function capitalRunEnd(text: string, toks: readonly Tok[], i: number): number {
  let j = i + 1;
  while (
    j < toks.length &&
    isCap(toks[j]!.text) &&
    !FUNCTION_WORDS.has(toks[j]!.text) &&
    /^[ \t]+$/.test(text.slice(toks[j - 1]!.end, toks[j]!.start))
  )
    j++;
  return j;
}

/** The first word of a sentence, or of a quotation or a clause after a colon ("BLITZER: Well, …"). */
export function opensClause(text: string, toks: readonly Tok[], i: number): boolean {
  if (i === 0) return true;
  const from = toks[i - 1]!.end;
  // Most words follow one space: nothing opens there, read without a copy of the gap.
  if (toks[i]!.start - from === 1 && text.charCodeAt(from) === 32) return false;
  return /[“"‘(:|]\s*$/.test(text.slice(from, toks[i]!.start));
}

/**
 * The tokens of a table's cells that are title-case headlines ("| Aid Begins to Reach Isolated
 * Areas | 2005-01-03 |"): their capitals are style, as a headline's are. Empty for a sentence with
 * no cells (fewer than two "|" between its words).
 */
export function headlineCells(text: string, toks: readonly Tok[]): ReadonlySet<number> {
  const out = new Set<number>();
  if (toks.length < 2 || barsBetween(text, toks[0]!.start, toks.at(-1)!.end) < 2) return out;
  let from = 0;
  for (let k = 1; k <= toks.length; k++) {
    if (k < toks.length && !text.slice(toks[k - 1]!.end, toks[k]!.start).includes('|')) continue;
    if (titleCase(toks.slice(from, k))) for (let n = from; n < k; n++) out.add(n);
    from = k;
  }
  return out;
}

/** How many "|" text[from, to) holds, up to two: counted in place, with no copy of the sentence. */
export function barsBetween(text: string, from: number, to: number): number {
  let n = 0;
  for (let at = from; at < to && n < 2; at++) if (text.charCodeAt(at) === 124) n++;
  return n;
}

const CAPS = /^[\p{Lu}\d&.'’-]{2,}$/u;
/** Most words have a small second letter: no capitals, without the patterns. */
export const isCaps = (w: string) => !isLowerAscii(w.charCodeAt(1)) && CAPS.test(w) && /\p{Lu}.*\p{Lu}/u.test(w);

/** Transcripts and shouting: a label before a colon ("WOLF BLITZER:"), or several words in capitals. */
export function isLabel(text: string, run: readonly Tok[]): boolean {
  return /^\s*:/.test(text.slice(run.at(-1)!.end, run.at(-1)!.end + 3)) || run.filter((t) => isCaps(t.text)).length >= 2;
}

/** Words that title case leaves in lower case. */
const TITLE_CASE_SMALL = set('a an the and but or nor for of in on at to by as vs via from with into up per');

/** Tokens of a sentence → whether they make a headline: the name stages ask twice of each sentence. */
const HEADLINES = new WeakMap<readonly Tok[], boolean>();

/** A title-case or capitals headline: its capitals are style, not names. */
export function isHeadline(toks: readonly Tok[]): boolean {
  let headline = HEADLINES.get(toks);
  if (headline === undefined) HEADLINES.set(toks, (headline = titleCase(toks)));
  return headline;
}

const LETTER = /\p{L}/u;
const SMALL_FIRST = /^\p{Ll}/u;

function titleCase(toks: readonly Tok[]): boolean {
  // Every word styled as in a title, three of them capitalized; most sentences fail at their second word.
  let capitals = 0;
  for (const t of toks) {
    if (!LETTER.test(t.text)) continue;
    if (!(isCap(t.text) || isCamel(t.text) || TITLE_CASE_SMALL.has(t.text) || !SMALL_FIRST.test(t.text))) return false;
    if (isCap(t.text)) capitals++;
  }
  return capitals >= 3;
}
