// Tokens with offsets, and the word classes that trigger finding needs. A full part-of-speech
// tagger would be slower by an order of magnitude; the clause shapes of news need only these.
import lists from './words.json' with { type: 'json' };

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
const IRREGULAR =
  'began begun broke broken brought built came cut fell fallen fought fled froze frozen grew grown hit led left lost met paid rose risen sent shot sold struck took taken won withdrew withdrawn drew drawn ran sought spoke spoken stood swore sworn told wrote written';
const VERBS = new Set([
  ...IRREGULAR.split(' '),
  ...lists.verbs.flatMap((v) => {
    const stem = v.endsWith('e') ? v.slice(0, -1) : v;
    const s = /(?:s|sh|ch|x|z)$/.test(v) ? `${v}es` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ies` : `${v}s`;
    const ed = v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${v}ed`;
    return [v, s, ed, `${stem}ing`];
  }),
]);
const ADJECTIVE_SUFFIX = /(?:ed|ous|ful|ive|less|able|ible|ic|ical)$/;
const ADJECTIVES = new Set(
  'new former first last next previous direct current recent potential successful public full major key top senior high low large small main other further several many few'.split(
    ' ',
  ),
);

// Inner dots and commas only between letters or digits ("U.S", "$2.3", "1,500"); an abbreviation
// keeps its final dot ("U.S.").
const TOKEN = /[\p{L}\p{N}$](?:[\p{L}\p{N}\p{M}’'%$-]|[.,](?=[\p{L}\p{N}]))*/gu;
const BREAK = /[,;:–—()[\]“”"]/;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  let last = from;
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = Math.min(m.index + m[0].length, to);
    // Ends in an apostrophe, or in "'s" ("Apple's", "officials'").
    const lastChar = text[end - 1];
    const possessive =
      lastChar === '’' || lastChar === "'" || (lastChar === 's' && end - 2 >= m.index && (text[end - 2] === '’' || text[end - 2] === "'"));
    while (end > m.index && (text[end - 1] === '’' || text[end - 1] === "'" || text[end - 1] === '-')) end--;
    if (text[end] === '.' && end < to && /^(?:\p{L}\.)+\p{L}$/u.test(text.slice(m.index, end))) end++;
    if (end <= m.index) continue;
    const word = text.slice(m.index, end);
    tokens.push({
      start: m.index,
      end,
      text: word,
      lower: word.toLowerCase(),
      breakBefore: BREAK.test(text.slice(last, m.index)),
      possessive,
    });
    last = end;
  }
  return tokens;
}

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
