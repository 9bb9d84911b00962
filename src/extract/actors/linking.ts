// Within one document, the shorter forms that refer back to a name given in full: a person's
// surname and the name without a middle name ("Mubarak", "Hosni Mubarak" after "Mohamed Hosni
// Mubarak"); an organization's name without its company suffix, its initials and, when it is
// no common word, its first word ("General Motors", "GM", "Apple" after "Apple Inc."); a store's
// name without its middle words ("iTunes Store", "iTunes" after "iTunes Music Store").
import type { ActorKind } from '../../model/dataset.ts';
import lists from './names.json' with { type: 'json' };
import { FUNCTION_WORDS, KNOWN_PLACES, LEGAL_FORMS, NON_NAMES, TITLES } from './words.ts';
import type { DocWords } from './words.ts';
import { maybeGivenName } from './givenNames.ts';
import { ARTICLE_PART } from './names.ts';
import { productForms } from './products.ts';
import { isThing, thingForms } from './things.ts';

const SMALL = new Set('of the and & for de la du von van der al'.split(' '));
const INDEX_NAMES = new Set(lists.indexNames.split(' '));
/** First words that do not name the organization alone: a ship's prefix ("USS" of "USS Nimitz Strike Group"). */
const NOT_ALONE = new Set(lists.shipPrefixes.split(' '));

/** The name without a trailing company suffix: "General Motors Corporation" → "General Motors". */
export function withoutSuffix(name: string): string {
  const words = name.split(' ');
  while (words.length > 1 && LEGAL_FORMS.has(words.at(-1)!.replace(/,$/, ''))) words.pop();
  return words.join(' ').replace(/,$/, '');
}

export function shortForms(name: string, kind: ActorKind, doc: DocWords): string[] {
  const words = name.split(' ');
  if (words.length < 2) return [];
  const forms: string[] = [];
  if (kind === 'person') {
    const last = words.at(-1)!;
    if (words.length === 2 && /^(?:Jr|Sr)\.?$/.test(last)) return []; // "Bush Sr." is not the "Bush" the document names alone
    if (/^(?=[IVX]{2,}$)X{0,2}(?:IX|IV|V?I{0,3})$/.test(last)) forms.push(words.slice(0, -1).join(' ')); // "John Paul" after "John Paul II"

    if (last.length >= 3 && !/^(?:Jr|Sr|II|III)\.?$/.test(last)) forms.push(last);
    if (words.length >= 3) forms.push(words.slice(-2).join(' '), `${words[0]} ${last}`);
    if (words.length >= 3 && ARTICLE_PART.test(words[1]!)) forms.push(words.slice(0, 2).join(' ')); // "Saif al-Islam" after "Saif al-Islam Gaddafi"
    const first = words[0]!;
    const common = FUNCTION_WORDS.has(first) || NON_NAMES.has(first) || TITLES.has(first) || doc.lower.has(first.toLowerCase());
    if (!common && first.length >= 3 && !first.endsWith('.')) forms.push(first); // "Steve" after "Steve Jobs", unless two Steves

    return forms;
  }
  if (kind === 'index') return INDEX_NAMES.has(words[0]!) ? [words[0]!] : [];
  if (kind === 'place' || kind === 'country') return [];
  if (kind === 'product') return productForms(words);
  if (isThing(kind)) return thingForms(name);
  const base = withoutSuffix(name);
  const baseWords = base.split(' ');
  if (base !== name) forms.push(base);
  for (const source of new Set([baseWords, words])) {
    const initials = source.filter((w) => !SMALL.has(w)).map((w) => w[0]!);
    if (initials.length >= 2 && initials.every((c) => /\p{Lu}/u.test(c))) forms.push(initials.join(''));
  }
  const first = baseWords[0]!;
  const common =
    FUNCTION_WORDS.has(first) ||
    NON_NAMES.has(first) ||
    TITLES.has(first) ||
    NOT_ALONE.has(first) ||
    KNOWN_PLACES.has(first) || // named for itself: "Louisiana" is no short form of "Louisiana Superdome"
    maybeGivenName(first) ||
    doc.lower.has(first.toLowerCase());
  if (baseWords.length > 1 && first.length >= 3 && !common) forms.push(first);
  return forms;
}

const BODY_HEADS = new Set(lists.bodyHeads.split(' '));

/**
 * The last word of a body's name that names it alone after "the", in the document that names it
 * in full: "the League" after "the Arab League", "the Commission" after "the Central Election
 * Commission"; none for one word ("Navy" alone) or a place or a person.
 */
export function headForm(name: string, kind: ActorKind): string | null {
  if (kind !== 'organization' && kind !== 'group') return null;
  const words = name.split(' ');
  const last = words.at(-1)!;
  return words.length > 1 && BODY_HEADS.has(last) ? last : null;
}

/** The text right before a body's head word that makes it that body's name: "the |League". */
export const HEAD_AFTER = /(?:^|[^\p{L}])[Tt]he\s+$/u;

/** A lower-case "commission" in the text between a body's full name and "the Commission": another one. */
export const sameHeadBetween = (head: string, between: string): boolean =>
  new RegExp(`(?:^|[^\\p{L}])${head.toLowerCase()}(?![\\p{L}])`, 'u').test(between);

const HOME_ONLY = new Set(lists.homeOnlyForms.split('|'));
const OTHER_DEPARTMENTS = lists.otherDefenceDepartments.split('|');

/**
 * "Defense Department" or "DoD" written with no country is not its country's body after another
 * country ("Taiwan's Defense Department", "Australian DoD"), nor in a document that names another
 * country's department ("the Department of National Defence … the Defense Department").
 */
export function otherCountrys(form: string, text: string, before: string, countryBefore: boolean): boolean {
  if (!HOME_ONLY.has(form)) return false;
  return (countryBefore && /^(?:['\u2019]s?)?\s*$/u.test(before)) || OTHER_DEPARTMENTS.some((f) => text.includes(f));
}
