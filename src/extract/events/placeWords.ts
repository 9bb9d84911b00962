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
  String.raw`(?:^|\s)(${capitalOrNot(words.prepositions)})\s+(?:[Tt]he\s+|[Aa]n?\s+)?(?:\p{Lu}[\p{L}.]*['’]s?\s+|\p{Ll}[\p{Ll}-]*\s+)?(?:(?:${alternatives(names.placeNouns)}),?\s+)?$`,
  'u',
);
/** Between two places of one list or one place and what places it: ", ", " and ", ", and in ". */
export const PLACE_JOINED = new RegExp(
  String.raw`^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:(?:${alternatives(words.locatives)})\s+)?(?:the\s+)?$`,
);
/** Prepositions of where something happens: "in", "at", "near". */
export const LOCATIVE: ReadonlySet<string> = new Set(words.locatives.split(' '));
