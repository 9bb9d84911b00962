// Reads the amounts that count time units: digits ("11", "1,500", "2 1/2", "2.5"), number words
// ("twenty-four", "two thousand", "a couple of"), and vague amounts ("several": unknown).
import { NUMBER_WORDS, SCALE_WORDS, VAGUE_AMOUNTS } from './lexicon.ts';

/** A number, null for a vague amount ("several"), undefined when the text is no amount. */
export type Amount = number | null | undefined;

const FRACTIONS: Readonly<Record<string, number>> = { '1/2': 0.5, '1/4': 0.25, '3/4': 0.75, '1/3': 1 / 3 };

export function parseAmount(raw: string): Amount {
  const s = raw
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/-and-a-half$/, ' and a half')
    .trim();
  if (s in VAGUE_AMOUNTS) return VAGUE_AMOUNTS[s];
  const digits = /^(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?: (1\/2|1\/4|3\/4|1\/3))?$/.exec(s);
  if (digits) return Number(digits[1]!.replace(/,/g, '')) + (digits[2] ? FRACTIONS[digits[2]]! : 0);
  if (s === 'half a' || s === 'half an') return 0.5;
  const quarter = /^(a|one|three) quarters? of an?$/.exec(s); // "a quarter of a century"
  if (quarter) return quarter[1] === 'three' ? 0.75 : 0.25;
  const andHalf = /^(.+) and a half$/.exec(s);
  if (andHalf) {
    const whole = parseWords(andHalf[1]!);
    return whole === undefined ? undefined : whole + 0.5;
  }
  return parseWords(s);
}

/** "twenty-four" → 24, "one hundred twenty" → 120, "two thousand" → 2000. */
export function parseWords(s: string): number | undefined {
  const words = s.split(/[\s-]+/).filter((w) => w !== 'and');
  if (words.length === 0 || words.length > 8) return undefined;
  let total = 0;
  let group = 0;
  let seen = false;
  for (const w of words) {
    if (w in NUMBER_WORDS) {
      group += NUMBER_WORDS[w]!;
      seen = true;
    } else if (w in SCALE_WORDS) {
      const scale = SCALE_WORDS[w]!;
      if (scale === 100) group = (group || 1) * 100;
      else {
        total += (group || 1) * scale;
        group = 0;
      }
      seen = true;
    } else return undefined;
  }
  return seen ? total + group : undefined;
}

/**
 * Years said in words: "nineteen ninety-six" → 1996, "two thousand" → 2000,
 * "two thousand and one" → 2001. Returns undefined for anything else.
 */
export function parseWordYear(s: string): number | undefined {
  const words = s.toLowerCase().split(/[\s-]+/);
  const first = NUMBER_WORDS[words[0] ?? ''];
  if (first !== undefined && first >= 10 && first <= 20 && words.length >= 2 && words[1] !== 'thousand') {
    const rest = parseWords(words.slice(1).join(' '));
    if (rest === undefined || rest >= 100) return undefined;
    return first * 100 + rest;
  }
  const n = parseWords(s);
  return n !== undefined && n >= 1000 && n <= 2100 ? n : undefined;
}
