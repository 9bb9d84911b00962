// Regular-expression fragments built from the lexicons. Every fragment is a plain alternation
// or a bounded repetition: no nested unbounded quantifiers, so matching stays linear.
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, UNITS, WEEKDAYS } from './lexicon.ts';

/** Longest first, so that an alternation prefers "september" over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)).replace(/ /g, '\\s+'))
    .join('|');
}

const FULL_MONTHS = Object.keys(MONTHS).filter((m) => m.length > 4 || ['may', 'june', 'july'].includes(m));
const MONTH_ABBREVIATIONS = Object.keys(MONTHS).filter((m) => !FULL_MONTHS.includes(m));
/** Month name, or abbreviation with its optional period ("Sept."); never followed by a letter. */
export const MONTH = `(?:${alternation(FULL_MONTHS)}|(?:${alternation(MONTH_ABBREVIATIONS)})\\.?)(?![a-z])`;
export const WEEKDAY = `(?:${alternation(Object.keys(WEEKDAYS).filter((w) => w.length > 3))})(?![a-z])`;
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})(?![a-z])`;
export const UNIT = `(?:${alternation(Object.keys(UNITS))})(?![a-z])`;

/** A four-digit year between 1000 and 2199. */
export const YEAR = `(?:1\\d{3}|2[01]\\d{2})(?![\\d])`;

const numberWords = Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'single', 'dozen'].includes(w));
const NUM_WORD = `(?:${alternation(numberWords)})`;
/** A cardinal in digits or words, up to "ninety-nine thousand"; "a"/"an" and vague amounts too. */
export const NUMBER =
  `(?:(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+[13]/[234])?` +
  `|${NUM_WORD}(?:[-\\s]${NUM_WORD}){0,2}(?:\\s+(?:hundred|thousand)(?:\\s+(?:and\\s+)?${NUM_WORD}(?:[-\\s]${NUM_WORD})?)?)?` +
  `(?:[-\\s]+and[-\\s]+a[-\\s]+half)?` +
  `|a\\s+couple(?:\\s+of)?|couple\\s+of|a\\s+few|a\\s+dozen|a\\s+hundred|a\\s+thousand|half\\s+an?|(?:a|one|three)\\s+quarters?\\s+of\\s+an?|several|few|an?(?![a-z]))`;

/** The last word of an amount or of the determiner before a unit ("two", "few", "past", "the"). */
export const AMOUNT_END = new RegExp(
  `^(?:\\d[\\d,./]*|${Object.keys(NUMBER_WORDS).join('|')}|several|few|couple|of|dozen|hundred|thousand|half|more|additional|straight|` +
    `consecutive|full|long|calendar|trading|business|successive|further|extra|the|past|last|next|first|final|coming|previous|` +
    `following|latest|remaining|initial|same|entire|whole|early|recent|another)$`,
);

export const ORDINAL_WORD = `(?:${alternation(Object.keys(ORDINALS))})`;
export const ORDINAL = `(?:${ORDINAL_WORD}|\\d{1,2}(?:st|nd|rd|th))`;

/**
 * Words that qualify an amount ("about two weeks", "more than a decade"). "Only", "just" and
 * "barely" are left out: they stress the amount without changing it, and TimeML leaves them
 * outside the expression ("only [six months]").
 */
export const AMOUNT_MOD =
  `(?:about|around|approximately|roughly|some|nearly|almost|close\\s+to|more\\s+than|over|less\\s+than|under|` +
  `fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|no\\s+more\\s+than|no\\s+less\\s+than|not\\s+more\\s+than|` +
  `just\\s+over|just\\s+under|well\\s+over|a\\s+full|fully|an\\s+estimated|upwards\\s+of)`;

/** Builds a global, case-insensitive pattern that starts on a word boundary. */
export function rx(source: string): RegExp {
  return new RegExp(`\\b(?:${source})`, 'gi');
}

/**
 * The words a match may have before its anchor ("the past", "about", "early"), as a pattern that
 * must end where the match starts. Matching these backwards from the anchor, instead of trying
 * them at every word of the text, is what keeps the matchers fast.
 */
export function before(source: string): RegExp {
  return new RegExp(`\\b(?:${source})$`, 'i');
}
