// A name is a person's when the document gives it kin: "Qawasmi's brother", "Amer's wife". A
// company has no brother; "Apple's family of products" is no kin, the noun must follow the
// possessive right away, and a business noun after it makes it a company's ("Cathay's sister
// airline", "Orvell Dynamics' sister company").
import lists from './family.json' with { type: 'json' };

const KIN = lists.kin.split(' ').join('|');
const BUSINESS = lists.business.split(' ').join('|');

/**
 * Where the document writes a kin noun after an apostrophe ("'s brother", "’ wife"; not "'s sister
 * airline"): the possessor is the word that ends there.
 */
const KIN_AFTER = new RegExp(String.raw`['’]s?\s+(?:${KIN})\b(?!\s+(?:${BUSINESS})\b)`, 'gu');
const LETTER_OR_DIGIT_LAST = /[\p{L}\p{N}]$/u;

/** The apostrophes of the document read last that a kin noun follows, found once for all its names. */
let kinAfter: { text: string; at: number[] } = { text: '', at: [] };

/** Whether the document writes `surname` as the possessor of a kin noun. */
export function hasFamily(text: string, surname: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(surname)) return false;
  if (kinAfter.text !== text) kinAfter = { text, at: Array.from(text.matchAll(KIN_AFTER), (m) => m.index) };
  for (const at of kinAfter.at) {
    const start = at - surname.length;
    // The whole word: nothing of a word right before it ("Qawasmi", not "asmi").
    if (start >= 0 && text.startsWith(surname, start) && !LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, start - 2), start))) return true;
  }
  return false;
}
