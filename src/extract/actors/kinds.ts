// What a name found from the shape of the text names, from its own words first (a company
// suffix, an institution, a place word, a given name, a title before it) and then from how the
// document uses it ("in Cupertino", "Cupertino-based", a surname used alone later). Null when it
// names no actor: a prize, a law, a war, a word behind "its" that nothing marks as a product.
import type { ActorKind } from '../../model/dataset.ts';
import type { NameRun } from './names.ts';
import { NON_NAMES, TITLES, isCamel, set } from './words.ts';
import { productContext, productShape } from './products.ts';
import type { DocWords } from './words.ts';
import lists from './names.json' with { type: 'json' };

const CORPORATE = set(lists.corporate);
const INSTITUTION = set(lists.institution);
const GROUP = set(lists.group);
const MEDIA = set(lists.media);
const PLACE_TAILS = set(lists.places);
const PLACE_HEADS = set(lists.placeHeads);
const PLACES = new Set([...set(lists.knownPlaces), ...lists.knownPlacePhrases]);
const PLACE_PREPOSITIONS = set(lists.placePrepositions);
const GIVEN = set(lists.givenNames);
const HONORIFICS = set(lists.honorifics);
const INDEX_WORDS = set(lists.indexWords);
const INDEX_NAMES = set(lists.indexNames);
const NOT_ACTOR = set(lists.notActorHeads);
const NOT_ACTOR_FIRST = set(lists.notActorFirst);
const OWNERS = set('its his her their our your my whose');
const TAILS = new Set([...CORPORATE, ...INSTITUTION, ...GROUP, ...MEDIA, ...PLACE_TAILS]);
/** A company's legal form: after a brand word it makes a company ("eBay Inc."). */
const LEGAL_FORM =
  /^(?:Inc|Corp|Co|Ltd|LLC|L\.L\.C|PLC|plc|Plc|AG|SA|S\.A|NV|N\.V|GmbH|Incorporated|Corporation|Company|Limited|Group|Holdings)\.?$/;
const INITIAL = /^(?:\p{Lu}\.)+$/u;
const ACRONYM = /^(?:\p{Lu}[\p{Lu}&\d]{1,5}|(?:\p{Lu}\.){2,4})$/u;

/** `after` and `lead` are the text right after and right before the name. */
export function kindOf(run: NameRun, doc: DocWords, after: string, lead = ''): ActorKind | null {
  const { words } = run;
  const name = words.join(' ');
  const first = words[0]!;
  const last = words.at(-1)!;
  if (INDEX_WORDS.has(last) || INDEX_NAMES.has(first) || /^\S*&\S* \d+$/.test(name)) return 'index';
  if (PLACES.has(name)) return 'place';
  if (NOT_ACTOR.has(last) || words.every((w) => NON_NAMES.has(w) || TITLES.has(w)) || words.some((w) => doc.labels.has(w))) return null;
  // An institution word alone ("Union", "Service") is part of a name given in full elsewhere.
  if (words.length === 1 && TAILS.has(first)) return null;
  // "eBay Inc." is a company; "iPod Software", "iTunes Stores" are products named for what they are.
  if (CORPORATE.has(last) && words.length > 1 && !(isCamel(first) && !LEGAL_FORM.test(last))) return 'organization';
  const shape = productShape(words, after);
  if (shape) return shape;
  const launched = productContext(words, lead, after) && !GIVEN.has(first) && !run.title;
  // "Mac OS X", "Model S": a trailing letter or version names a product.
  if (words.length > 1 && /^\p{Lu}$/u.test(last) && !GIVEN.has(first)) return launched ? 'product' : null;
  if (NOT_ACTOR_FIRST.has(first)) return null; // "Hurricane Katrina", "Operation Desert Storm"
  if (MEDIA.has(last) && words.length > 1) return 'media';
  if (GROUP.has(last) && words.length > 1) return 'group';
  if (INSTITUTION.has(last) && words.length > 1) return 'organization';
  if (PLACE_TAILS.has(last) && words.length > 1) return 'place';
  if (PLACE_HEADS.has(first) && words.length > 1) return 'place';
  if (launched) return 'product'; // "unveiled the MacBook Air", "the Kindle e-reader"
  const acronym = words.some((w) => ACRONYM.test(w) || /\d/.test(w));
  if (run.title && !acronym) return 'person';
  if (words.length > 1 && (GIVEN.has(first) || words.slice(0, -1).some((w) => INITIAL.test(w)))) return 'person'; // "P.J. Crowley", "George W. Bush"
  if (/^,\s*(?:who\b|aged\b|\d{1,3},)/.test(after) && !acronym) return 'person'; // "Tomas Berglund, who", "…, 54,"

  if (/^-based\b/.test(after)) return 'place';
  if (!run.possessive && PLACE_PREPOSITIONS.has(run.before) && !acronym) return 'place';
  if (words.length > 1) {
    if (acronym) return 'organization';
    // A person is named again by the surname, a company by its first word ("Jobs", "Apple").
    const alone = (w: string) => (doc.capitals.get(w) ?? 0) + (doc.starts.get(w) ?? 0);
    return alone(last) > alone(first) ? 'person' : 'organization';
  }
  // One word alone is a name when the document uses it as one more than once, or as an owner ("Apple's").
  if (OWNERS.has(run.before) || doc.owned.has(first)) return null;
  if (GIVEN.has(first)) return 'person';
  const uses = (doc.capitals.get(first) ?? 0) + (doc.starts.get(first) ?? 0);
  return uses >= 2 || run.possessive ? 'organization' : null;
}

export const isHonorific = (word: string | null) => word !== null && HONORIFICS.has(word);
export const isGivenName = (word: string) => GIVEN.has(word);
