// A name is a person's when the document gives it kin: "Qawasmi's brother", "Amer's wife". A
// company has no brother; "Apple's family of products" is no kin, the noun must follow the
// possessive right away, and a business noun after it makes it a company's ("Cathay's sister
// airline", "Orvell Dynamics' sister company").
import lists from './family.json' with { type: 'json' };

const KIN = lists.kin.split(' ').join('|');
const BUSINESS = lists.business.split(' ').join('|');

/** Whether the document writes `surname` as the possessor of a kin noun. */
export function hasFamily(text: string, surname: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(surname) || !text.includes(surname)) return false;
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escaped}['’]s?\s+(?:${KIN})\b(?!\s+(?:${BUSINESS})\b)`, 'u').test(text);
}
