// Patterns for reading where a place stands in a passage, shared by the participant rules
// (participants.ts) and the clause rules that find where a sentence's events happen (clausePlaces.ts).
import type { ActorKind } from '../../model/dataset.ts';
import type { VerbClause } from './verbClauses.ts';
import words from './participants.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };
import groupNouns from '../actors/groupNouns.json' with { type: 'json' };
import { alternatives } from '../lists.ts';

/** The kinds of actor that are places. */
export const PLACES: readonly (ActorKind | undefined)[] = ['place', 'country'];
/** The kinds of actor that are bodies acting for their members. */
export const AGENCIES: readonly (ActorKind | undefined)[] = ['organization', 'group', 'media'];
export { alternatives };
/** Before a partner of an actor: "along with", "together with", maybe "the" ("Egypt, along with Jordan, …"). */
export const PARTNER_WITH = String.raw`(?:${alternatives(words.partners)})\s+with\s+(?:the\s+)?`;
const PARTNER_BEFORE = new RegExp(String.raw`\b${PARTNER_WITH}$`, 'i');
/** Whether a lead ends in "along with", "together with": what follows is a partner, no place. */
export const behindPartner = (lead: string) => PARTNER_BEFORE.test(lead);

/** The same, each word also with a capital ("In Baghdad, …") where the pattern cannot ignore case. */
export const capitalOrNot = (words: string) =>
  words
    .split(' ')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
/**
 * A preposition before a place, past a modifier, an owner or a place noun too: "in central London",
 * "from NASA’s Kennedy Space Center", "in the capital, Kiev", "in Pakistan-controlled Kashmir"; also
 * past "the", any word with a capital and a place noun ("in the Afghan capital, Kabul", "in the Hama
 * province"): the word is not checked to be a country's adjective.
 */
export const PLACE_PREPOSITION = new RegExp(
  String.raw`(?:^|\s)(${capitalOrNot(words.prepositions)})\s+(?:[Tt]he\s+(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Lu}\p{L}*\s+(?:${alternatives(names.placeNouns)}),?\s+|(?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Lu}[\p{L}.]*['’]s?\s+)?(?:\p{Ll}[\p{Ll}-]*\s+|\p{Lu}\p{L}*-\p{Ll}[\p{Ll}-]*\s+)?(?:(?:${alternatives(names.placeNouns)}),?\s+)?)$`,
  'u',
);
/** Between two places of one list or one place and what places it: ", ", " and ", ", and in ", " and the northern ". */
export const PLACE_JOINED = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:${alternatives(words.locatives)})\s+)?(?:the\s+)?(?:(?:${alternatives(words.directions)}|central)\s+)?$`,
);
/** Prepositions of where something happens: "in", "at", "near". */
export const LOCATIVE: ReadonlySet<string> = new Set(words.locatives.split(' '));

const WATER_AND_LAND = new Set(words.waterAndLand.split(' '));
/** Whether "on" sets something on the place of this name: "on Lake Nemora", "on the Andaman Islands", "on Key Bridge"; not "on Baghdad". */
export function setOn(name: string): boolean {
  const parts = name.toLowerCase().split(/\s+/);
  return WATER_AND_LAND.has(parts[0]!) || WATER_AND_LAND.has(parts.at(-1)!);
}

/** Words that open no part of a place: "in talks with the government of". */
const FUNCTION_WORD = String.raw`(?!(?:with|for|and|or|to|by|from|of|on|at|in|into)\s)`;
/** A part of a place behind a preposition of where, then "of": "in the streets of", "into the Jewish settlements of the". */
const PART_OF = new RegExp(
  String.raw`(?:^|\s)(${capitalOrNot(words.locatives)}|[Ii]nto|[Oo]nto|[Oo]n|[Tt]o|[Ff]rom)\s+(?:(?:the|a|an|its|their|some|many|parts\s+of\s+the)\s+)?(?:${FUNCTION_WORD}[\p{L}.-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+of\s+(?:the\s+)?$`,
  'u',
);
const DIRECTIONS = new Set(words.directions.split(' '));
/** Nouns before "of" that say no where: "in support of", "the future of", "in the hands of the army of". */
const NOT_WHERE = new Set(`${words.notWhere} ${words.topicNouns} ${groupNouns.nouns} ${groupNouns.crews} ${groupNouns.craft}`.split(' '));
/**
 * Whether the words before a place set it as a part of it: "in the streets of Baghdad", "on the
 * steps of", "in the U.S. state of"; not "in support of Iraq". A part of a country reached or left
 * ("to the villages of") is of the country only: "to the people of Haiti" is no where.
 */
export function partOf(before: string, country: boolean): boolean {
  const found = partBefore(before);
  return found !== null && (!country || !/^(?:to|from)$/i.test(found[1]!));
}

/**
 * Whether the words before a place set it as a part of it where something happens, behind a
 * preposition of where: "in the streets of"; not a part reached or left ("as smoke came from the
 * chimney of") nor a point to measure from ("through the region north of").
 */
export function partWhere(before: string): boolean {
  const found = partBefore(before);
  return found !== null && LOCATIVE.has(found[1]!.toLowerCase()) && !DIRECTIONS.has(found[2]!);
}

/** The preposition and the noun of a part before "of", unless the noun says no where. */
function partBefore(before: string): RegExpExecArray | null {
  const found = PART_OF.exec(before);
  return found && !NOT_WHERE.has(found[2]!) ? found : null;
}

/** After a place, a capitalized word that goes on with a name ("U.S. | Embassy"), unless it is a day or a month ("in Kashmir | Tuesday"). */
const NAME_GOES_ON = /^\s+\p{Lu}/u;
/** A relative clause about the place, of which it is the subject: "in New Orleans, which flooded". */
const RELATIVE_AFTER = /^\s*,?\s*(?:which|that)\b/;
const CALENDAR = new RegExp(String.raw`^\s+(?:${alternatives(names.calendar)}|Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\b`);

/**
 * Whether a place stands behind a preposition of where: "officials at the embassy in Islamabad |
 * announced" (no subject then); not one that only begins a name ("officials at the | U.S. | Embassy")
 * or one a relative clause tells of ("in New Orleans, which flooded").
 */
export function behindLocative(lead: string, after: string): boolean {
  if (behindPartner(lead) || /^['’]/.test(after) || (NAME_GOES_ON.test(after) && !CALENDAR.test(after)) || RELATIVE_AFTER.test(after))
    return false;
  const preposition = PLACE_PREPOSITION.exec(lead)?.[1]?.toLowerCase();
  return preposition !== undefined && LOCATIVE.has(preposition);
}

const SQUADS: ReadonlySet<string> = new Set(words.squads.split(' '));

/**
 * "will be in the squad", "will be in the starting line-up": after "be" and a preposition, a team
 * or a body one is a member of (`squads`), no visit; "will be in Paris", "will be in court", "will
 * be in the flooded villages", "will be in attendance" are.
 */
export function atPlace(clause: VerbClause): boolean {
  const at = clause.head ? clause.tokens.indexOf(clause.head) : -1;
  const after = clause.tokens.slice(at + 1).filter((t) => t.pos !== 'ADV');
  if (after[0]?.pos !== 'ADP') return true;
  const noun = after.slice(1).find((t) => t.pos !== 'DET' && t.pos !== 'ADJ');
  return !noun || !SQUADS.has(noun.lower);
}
