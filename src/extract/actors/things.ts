// Named storms and craft are actors of their own ("Katrina struck …", "Columbia broke apart …"):
// the capitalized words after a word for one ("Hurricane Katrina", "the space shuttle Discovery")
// or a ship's prefix ("USS Carl Vinson") name it, as do the few craft known by a name alone ("Air
// Force One"). A thing is known by its name without those words ("Katrina", "Discovery", "Carl
// Vinson") in every document, so that each document's mentions join one actor.
import type { ActorKind } from '../../model/dataset.ts';
import words from './things.json' with { type: 'json' };

/** What a thing is: a storm, or a craft of space, sea or air ("the shuttle" is no "ship"). */
export type ThingClass = keyof typeof words.classes;

const split = (s: string) => s.split(' ').filter(Boolean);
const classes = Object.entries(words.classes) as [ThingClass, { names: string; descriptions: string }][];
/** The word before a name, in lower case → what it names: "hurricane" → storm, "shuttle" → space. */
const NAME_HEADS = new Map(classes.flatMap(([c, v]) => split(v.names).map((w) => [w, c] as const)));
/** The word after "the" in a later description, in lower case → what it describes: "carrier" → sea. */
export const DESCRIPTION_HEADS = new Map(classes.flatMap(([c, v]) => split(v.descriptions).map((w) => [w, c] as const)));
export const NAME_HEAD_WORDS: readonly string[] = [...NAME_HEADS.keys()];
const NAMED = new Map(Object.entries(words.names) as [string, ThingClass][]);
const BARE = new Set(split(words.bare));
/** Words that open a storm's name, also in a headline where no word before it is read: "Tropical Storm Rita". */
const STORM_FIRST = new Set(['Tropical', ...split(words.classes.storm.names).map((w) => w[0]!.toUpperCase() + w.slice(1))]);

export const headClass = (word: string): ThingClass | undefined => NAME_HEADS.get(word.toLowerCase());
export const thingKind = (c: ThingClass): ActorKind => (c === 'storm' ? 'storm' : 'craft');
export const isThing = (kind: ActorKind | undefined) => kind === 'storm' || kind === 'craft';

/**
 * What a name of a document names, if a thing: a name the document writes after a thing's word or
 * a ship's prefix (`things`, with or without that word), a craft known by name, a storm's name.
 * Null for a name that looks like one yet names nothing ("Deputy Shuttle Program Manager", "USS
 * Carl Vinson Arrives" in a title, "Hurricane Rita Approaches"); undefined for no thing at all.
 */
export function thingOf(words: readonly string[], things: ReadonlyMap<string, ThingClass | null>): ThingClass | null | undefined {
  const name = words.join(' ');
  const named = NAMED.get(name);
  if (named) return named;
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k);
    const c = things.get(k ? tail.join(' ') : name);
    if (c === undefined) continue;
    // A thing's name and more words: "Carl Vinson Arrives" after "Carl Vinson".
    for (let n = 1; c && n < tail.length; n++) if (things.get(tail.slice(0, n).join(' '))) return null;
    return c;
  }
  if (words.length < 2 || !STORM_FIRST.has(words[0]!)) return undefined;
  const at = words[0] === 'Tropical' ? 2 : 1;
  return words.length === at + 1 ? 'storm' : null;
}

/** The name a thing is known by everywhere: "Space Shuttle Discovery" → "Discovery", "USS Carl Vinson" → "Carl Vinson". */
export function bareName(name: string): string {
  const w = name.split(' ');
  let i = 0;
  while (i < w.length - 1 && BARE.has(w[i]!.toLowerCase())) i++;
  return w.slice(i).join(' ');
}

/** The shorter forms that refer back to a thing named in full: its bare name and that name's last word ("Vinson"). */
export function thingForms(name: string): string[] {
  if (NAMED.has(name)) return []; // "Air Force One" is no "One"
  const bare = bareName(name);
  const last = bare.split(' ').at(-1)!;
  return [...(bare !== name ? [bare] : []), ...(last !== bare && last.length >= 3 ? [last] : [])];
}
