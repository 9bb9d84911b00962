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

/** Where `text` writes a kin noun after an apostrophe: found once per document, for all its names. */
export function kinPlaces(text: string): number[] {
  return Array.from(text.matchAll(KIN_AFTER), (m) => m.index);
}

/** Whether the document writes `surname` as the possessor of a kin noun (`kinAt`: its `kinPlaces`). */
export function hasFamily(text: string, kinAt: readonly number[], surname: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(surname)) return false;
  for (const at of kinAt) {
    const start = at - surname.length;
    // The whole word: nothing of a word right before it ("Qawasmi", not "asmi").
    if (start >= 0 && text.startsWith(surname, start) && !LETTER_OR_DIGIT_LAST.test(text.slice(Math.max(0, start - 2), start))) return true;
  }
  return false;
}
