// Given names: the hand list of names.json (names news writes often, from everywhere) and the
// English first names of givenNames.json (Moby Word II, public domain; scripts/givenNames.ts writes
// it). A given name that is also an English word ("Will", "Rose", "Grant", "Hope") names a person
// only in context: before a surname, in a document that never writes it in lower case.
import lists from './names.json' with { type: 'json' };
import moby from './givenNames.json' with { type: 'json' };

const LISTED = new Set(lists.givenNames.split(' '));
/** Brands that word lists of first names hold too ("Chrysler", "Nike"): alone, a company or a product. */
const BRANDS = new Set(lists.notGivenNames.split(' '));
const GIVEN = new Set([...LISTED, ...moby.given.split(' ')].filter((name) => !BRANDS.has(name)));
const COMMON = new Set(moby.common.split(' '));

/** A given name of the hand list, which news uses as a given name only ("Steve", "Condoleezza"). */
export const isListedGivenName = (word: string) => LISTED.has(word);

/** A given name whatever the context ("Terry", "Condoleezza"); it may be a surname too ("Blair"). */
export const isGivenName = (word: string) => GIVEN.has(word);

/** A word that may be a given name: a sure one, or one that is also an English word ("Will"). */
export const maybeGivenName = (word: string) => GIVEN.has(word) || (COMMON.has(word) && !BRANDS.has(word));
