// Named products, from the shape of a name and the words around it: a camel-case brand word
// ("iPod", "iTunes Music Store"), a name with a model number or version ("Xbox 360", "Boeing 787",
// "Galaxy S3"), the object of a launch ("unveiled the MacBook Air") and a name before a product
// noun ("the Kindle e-reader"). A camel-case word used like a company ("eBay said") is one.
import type { ActorMention } from '../../model/dataset.ts';
import lists from './names.json' with { type: 'json' };
import { CALENDAR, LEGAL_FORMS, NON_NAMES, isCamel, leadEndsWith, set } from './words.ts';
import { extend } from '../objects.ts';

const NOUNS = lists.productNouns.split(' ').join('|');
const LAUNCH = lists.launchVerbs.split(' ').join('|');
const NOT_PRODUCT_HEADS = set(lists.notProductHeads);
/** "4", "3G", "3GS", "360", "747s": a model number or version after a name. */
const MODEL = /^\d{1,4}\p{L}{0,3}$/u;
/** Numbers with these endings are ordinals, times, centuries and measures: "100th", "8p", "20C", "5m", "10km". */
const NOT_MODEL = /^\d+(?:st|nd|rd|th|am|pm|a|p|c|C|bn|m|k|km|kg|mm|cm|ft|lb)$/;
/** "S3", "A380": a series letter and number ending a name (not initials, "MI5"). */
const SERIES = /^\p{Lu}\d{1,4}\p{Ll}?$/u;
const YEAR = /^(?:1[89]|20)\d\d$/;
/** After a number these words make it an amount or a count, not a model: "Apple 5 percent". */
const AMOUNT =
  /^(?:%|[.,:]\d|\s+(?:percent|per|million|billion|trillion|thousand|times|years?|months?|weeks?|days?|hours?|minutes?|points?|people)\b|\s*[-–/]\s*\d|\s+\d[\d,.]*(?![A-Za-z\d]))/;
/** A legal form, its dots optional: "Nimbus Inc", "Nimbus S.A.". */
const LEGAL = [...new Set([...LEGAL_FORMS].map((w) => w.replace(/\.$/, '').replaceAll('.', '\\.')))].join('|');
const COMPANY_USE = new RegExp(
  String.raw`^(?:['’]s?)?\s*,?\s*(?:said|says|say|announced|reported|told|spokes\w*|${LEGAL}|shares|stock|CEO|chief|founder|executives?|acquired|bought|hired|employees)\b`,
);
const LAUNCH_DETERMINERS = ['the', 'its', 'their', 'his', 'her', 'a', 'an'];
const LAUNCH_MODIFIERS = ['new', 'latest', 'first', 'next', 'updated', 'redesigned', 'original'];
const LAUNCHED = new RegExp(`\\b(?:${LAUNCH})\\s+(?:${LAUNCH_DETERMINERS.join('|')})\\s+(?:(?:${LAUNCH_MODIFIERS.join('|')})\\s+)?$`, 'i');
/** The words LAUNCHED's match ends with. */
const LAUNCHED_ENDS = [...LAUNCH_DETERMINERS, ...LAUNCH_MODIFIERS];
const TYPED = new RegExp(`^\\s+(?:${NOUNS})\\b`);
const DETERMINERS = ['the', 'its', 'their', 'a', 'an', 'new'];
const DETERMINER = new RegExp(`\\b(?:${DETERMINERS.join('|')})\\s+$`, 'i');

/** The patterns on a name's lead that are tried only when it ends in one of their words (leadEndsWith). */
export const GUARDED_LEADS: readonly (readonly [RegExp, readonly string[]])[] = [
  [LAUNCHED, LAUNCHED_ENDS],
  [DETERMINER, DETERMINERS],
];

/** A word followed by this token continues into a model name ("Xbox" + "360"), unless it names a time or a numbered thing ("March 2011", "Chapter 11"). */
export function isModelAfter(head: string, token: string, rest: string): boolean {
  if (!MODEL.test(token) || (NOT_MODEL.test(token) && !isCamel(head)) || AMOUNT.test(rest)) return false;
  if (NOT_PRODUCT_HEADS.has(head) || CALENDAR.has(head) || NON_NAMES.has(head)) return false;
  return !YEAR.test(token) || isCamel(head);
}

/** The kind a name's own shape gives a product: a camel-case brand word or a trailing model number; null when its shape says nothing. */
export function productShape(words: readonly string[], after: string): 'product' | 'organization' | null {
  if (isCamel(words[0]!)) return words.length === 1 && COMPANY_USE.test(after) ? 'organization' : 'product';
  const last = words.at(-1)!;
  return words.length > 1 && ((MODEL.test(last) && !NOT_MODEL.test(last)) || SERIES.test(last)) ? 'product' : null;
}

/** A name its context makes a product: the object of a launch, or a name before a product noun behind a determiner. */
export function productContext(words: readonly string[], lead: string, after: string): boolean {
  // "the U.S. Navy aircraft carrier": a name led by a country's initials is its owner, not a product.
  if (/^(?:\p{Lu}\.){2,}$/u.test(words[0]!)) return false;
  if (words.every((w) => /^[\p{Lu}\d&.]+$/u.test(w))) return false; // "the IBM computer": an acronym is a company's
  // Each pattern on the lead is tried only when the lead ends in one of the words its match ends with.
  return (
    (leadEndsWith(lead, LAUNCHED_ENDS) && LAUNCHED.test(lead)) ||
    (TYPED.test(after) && leadEndsWith(lead, DETERMINERS) && DETERMINER.test(lead))
  );
}

/** Within a document, a product's other forms: a store's shorter ones ("iTunes Music Store" → "iTunes Store", "iTunes store", and the brand word when it is camel-case), a model's generation put first ("3G iPhone"). */
export function productForms(words: readonly string[]): string[] {
  const last = words.at(-1)!;
  // "iPhone 3G", also written "3G iPhone": a model's generation before its name.
  if (words.length === 2 && /^\d+\p{L}+$/u.test(last)) return [`${last} ${words[0]}`];
  if (words.length < 2 || !/^(?:Store|Shop)$/.test(last)) return [];
  const brand = words[0]!;
  const forms = [`${brand} ${last.toLowerCase()}`];
  if (words.length > 2) forms.push(`${brand} ${last}`);
  if (isCamel(brand)) forms.push(brand);
  return forms;
}

/** "the new iPhone", "the latest Galaxy": a product's newest model, the one the document names right before (or right after, between commas). */
const NEWEST = /\b[Tt]he\s+(?:new|newest|latest)\s+$/;

/** A product named as "the new …" after (or in apposition to) one of its models is that model: "iPhone 4 … The new iPhone was praised". */
export function newestModels(
  text: string,
  mentions: readonly ActorMention[],
  actorOf: (id: string) => { name: string; kind: string } | undefined,
): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const modelOf = (brand: string, m: ActorMention | undefined) => {
    const a = m && actorOf(m.actorId);
    return a && a.kind === 'product' && a.name.startsWith(`${brand} `) ? m!.actorId : null;
  };
  return sorted.map((m, i) => {
    const actor = actorOf(m.actorId);
    if (actor?.kind !== 'product' || !NEWEST.test(text.slice(Math.max(0, m.start - 20), m.start))) return m;
    const next = sorted[i + 1];
    const apposed = next && /^\s*,\s*$/.test(text.slice(m.end, next.start)) ? modelOf(actor.name, next) : null;
    const earlier = sorted.slice(0, i).findLast((x) => modelOf(actor.name, x) !== null);
    const id = apposed ?? (earlier ? earlier.actorId : null);
    return id ? extend(m, { actorId: id }) : m;
  });
}
