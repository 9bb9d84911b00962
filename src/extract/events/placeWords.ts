// Patterns for reading where a place stands in a passage, shared by the participant rules
// (participants.ts) and the clause rules that find where a sentence's events happen (clausePlaces.ts).
import type { ActorKind } from '../../model/dataset.ts';
import words from './participants.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };

/** The kinds of actor that are places. */
export const PLACES: readonly (ActorKind | undefined)[] = ['place', 'country'];
/** The kinds of actor that are bodies acting for their members. */
export const AGENCIES: readonly (ActorKind | undefined)[] = ['organization', 'group', 'media'];
export const alternatives = (words: string) => words.split(' ').join('|');
/** The same, each word also with a capital ("In Baghdad, …") where the pattern cannot ignore case. */
export const capitalOrNot = (words: string) =>
  words
    .split(' ')
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
/** A preposition before a place, past a modifier, an owner or a place noun too: "in central London", "from NASA’s Kennedy Space Center", "in the capital, Kiev". */
export const PLACE_PREPOSITION = new RegExp(
  String.raw`(?:^|\s)(${capitalOrNot(words.prepositions)})\s+(?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Lu}[\p{L}.]*['’]s?\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?(?:(?:${alternatives(names.placeNouns)}),?\s+)?$`,
  'u',
);
/** Between two places of one list or one place and what places it: ", ", " and ", ", and in ". */
export const PLACE_JOINED = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:${alternatives(words.locatives)})\s+)?(?:the\s+)?$`,
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
  String.raw`(?:^|\s)(?:${capitalOrNot(words.locatives)}|[Ii]nto|[Oo]nto)\s+(?:(?:the|a|an|its|their|some|many|parts\s+of\s+the)\s+)?(?:${FUNCTION_WORD}[\p{L}-]+\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+of\s+(?:the\s+)?$`,
  'u',
);
const NOT_WHERE = new Set(words.notWhere.split(' '));
/** Whether the words before a place set it as a part of it where something happens: "in the streets of Baghdad"; not "in support of Iraq". */
export function partOf(before: string): boolean {
  const noun = PART_OF.exec(before)?.[1];
  return noun !== undefined && !NOT_WHERE.has(noun);
}

/**
 * Whether a place stands behind a preposition of where: "officials at the embassy in Islamabad |
 * announced" (no subject then); not one that only begins a name: "officials at the | U.S. | Embassy".
 */
export function behindLocative(lead: string, after: string): boolean {
  if (/^(?:['’]|\s+\p{Lu})/u.test(after)) return false;
  const preposition = PLACE_PREPOSITION.exec(lead)?.[1]?.toLowerCase();
  return preposition !== undefined && LOCATIVE.has(preposition);
}
