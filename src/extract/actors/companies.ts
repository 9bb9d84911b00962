// A company named once by a single word ("Shares of Vantrell fell", "Brennick said in a
// statement", "chief executive of Orlavo", "Dorn-Velay"): its uses alone do not make
// it a name, its neighbours or its shape do. A word for a company's shares, stores, statement or
// chief next to it, or a brand's shape: two capitalized halves joined by a hyphen that the
// document never writes alone ("Wal-Mart"; not "Bush-Clinton" after "Bush", nor
// "Israeli-Palestinian", "Sino-Japanese").
import lists from './names.json' with { type: 'json' };
import { CALENDAR } from './words.ts';
import { isGivenName } from './givenNames.ts';
import type { DocWords } from './words.ts';
import { alternatives } from '../lists.ts';

const w = lists.companyContext;
/** Right after the name: "Vantrell shares", "Brennick stores", "Orlavo chief executive", "Brennick said in a statement". */
const AFTER = new RegExp(String.raw`^\s+(?:(?:${alternatives(w.after)})\b|(?:${w.afterPhrases.join('|')})\b)`, 'u');
/** Right before the name: "shares of |", "chief executive of |", "the retailer |". */
const BEFORE = new RegExp(String.raw`\b(?:${w.beforePhrases.join('|')})\s+(?:the\s+)?$`, 'iu');
const HYPHEN_PREFIXES = new Set(lists.hyphenPrefixes.split(' '));
/** "Sino-", "Franco-", "Anglo-", "Israeli", "Japanese", "French": a people's word or its combining form, no brand. */
const PEOPLE_PART = /(?:an|ese|ish|[^aeiou]i|ic|ch|[^aeiou]o)$/u;
const HALVES = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;

/** A company's word next to a one-word name, `lead` and `after` being the text before and after it. */
export const companyContext = (lead: string, after: string) => AFTER.test(after) || BEFORE.test(lead);

/**
 * A single word shaped like a company's name: "Wal-Mart", "Coca-Cola". A capital inside a word
 * says nothing of what it names ("PepsiCo", but "PowerBook", "FaceTime", "McCain").
 */
export function brandShape(word: string, doc: DocWords): boolean {
  const halves = HALVES.exec(word);
  if (halves) {
    const parts = [halves[1]!, halves[2]!];
    if (parts.every(isGivenName)) return false; // "Jean-Claude"
    return !parts.some(
      (p) => HYPHEN_PREFIXES.has(p.toLowerCase()) || CALENDAR.has(p) || PEOPLE_PART.test(p) || doc.capitals.has(p) || doc.starts.has(p),
    );
  }
  return false;
}
