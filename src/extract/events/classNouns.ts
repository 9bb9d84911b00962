// "Thousands gathered in Lutsova on Friday. … Some stayed in the city overnight": a definite class
// noun ("the city", "the square", "the capital", "the town", "the state", "the basilica", "the shuttle") names
// the place or craft of that class the document named last, when only one such comes before it
// (in the few sentences before it, else in the whole document so far). A class comes from the name
// ("Tahrir Square", "Sadr City", "Space Shuttle Discovery", "Saint Peter's Basilica"), from how the
// document names it anywhere ("the city of Galle", "New Orleans Mayor Ray Nagin", "in the capital, Kiev", "Gulfport, Mississippi,
// another city", "the shuttle Discovery"), or from its kind (a town placed in its state or country,
// "Biloxi, Mississippi", is a city or town; "USS Carl Vinson" is a ship). A word before the noun
// may describe it ("the battered city"; "the capital city" is the capital) but not point elsewhere
// ("the next city"). Nothing else is guessed.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import { firstFrom } from '../spans.ts';
import countries from 'world-countries';
import words from './classNouns.json' with { type: 'json' };

type Class = keyof typeof words.classes;
const CLASSES = Object.entries(words.classes) as [Class, string[]][];
/** The class a noun names: "city" → city, "capital" → capital, "hamlet" → town. */
const CLASS_OF = new Map(CLASSES.flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)));
const CRAFT_CLASSES = new Set<Class>(words.crafts as Class[]);
const NOUNS = [...CLASS_OF.keys()].join('|');
const list = (words: string) => words.split(' ').join('|');
/** The class noun, right before a name: "the city of Galle", "the capital, Kiev", "capital Kiev", "the shuttle Discovery". */
const NOUN_BEFORE = new RegExp(String.raw`\b(${NOUNS}),?\s+(?:of\s+)?$`, 'i');
/** The class noun after a name: "Gulfport, Mississippi, another city", "Galle, a port town". */
const NOUN_AFTER = new RegExp(
  String.raw`^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,\s+(?:the|a|an|another|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(${NOUNS})\b`,
  'u',
);
/** A capitalized class noun right after a name the mention stops short of: "Saint Peter's | Basilica". */
const NOUN_RIGHT_AFTER = /^(?:['’]s)?\s+(\p{Lu}\p{Ll}+)\b/u;
/**
 * A definite class noun: "in the city", "over parts of the city", "to the battered city", "enter the
 * basilica", "The shuttle landed", "the southern U.S. city"; not "the city of Galle", "the city
 * council", "the next city". Group 1 is the preposition before it, if any; group 2 the last of up to
 * two describing words; group 3 the noun.
 */
const PHRASE = new RegExp(
  String.raw`(?:\b(${list(words.prepositions)})\s+(?:\p{Ll}+\s+of\s+)?)?\b(?<![\p{L}-])the\s+(?!(?:${list(words.notBefore)})\s)(?:([\p{Ll}-]+|\p{Lu}\.(?:\p{Lu}\.)+)\s+){0,2}(${NOUNS})\b(?!\s+(?:of|${list(words.notAfter)})\b)(?!-)`,
  'giu',
);
/** Any class noun as a word: a passage without one holds no PHRASE, and is not searched for it (PHRASE tries every position). */
const ANY_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'iu');
const THE = /(?<![\p{L}-])the\s/iu;
const SHIP_PREFIX = new RegExp(String.raw`^(?:${list(words.shipPrefixes)})\s`);
/** Last words of names of land that is no settlement: "Aceh Province, Indonesia" is no city. */
const REGIONS = new Set(words.regions.split(' '));
const SITES = new Set(words.sites.split(' '));
/** How far back a class noun looks first for its place: a few sentences. */
const NEAR = 600;
const KINDS: readonly (ActorKind | undefined)[] = ['place', 'craft'];
/** The capitals of the world's countries: "Baghdad", "Kyiv" are capitals, whether or not the document says so. */
const CAPITALS = new Set(countries.flatMap((c) => c.capital));
const MAYOR_AFTER = /^\s+[Mm]ayor\b/;
const MAYOR_BEFORE = /\bmayor\s+of\s+$/i;
/** The states of the United States: "the state" after "Texas Governor Rick Perry" is Texas. */
const STATES = new Set(words.states.split(' ').map((w) => w.replace(/_/g, ' ')));

/** A class noun of a passage and the one place or craft it names. */
export interface ClassNounUse {
  actorId: string;
  start: number;
  end: number;
  /** Behind a preposition: "in the city", "aboard the ship". */
  placed: boolean;
  /** Owning what follows: "the city's levees". */
  owner: boolean;
}

/** The classes a mention of a place or craft gives its actor. */
function classesOf(text: string, m: ActorMention, kind: ActorKind | undefined, parent: string | null): Set<Class> {
  const found = new Set<Class>();
  const own = /\b(\p{Lu}\p{Ll}+)$/u.exec(m.text)?.[1]?.toLowerCase();
  const nouns = [
    m.text
      .toLowerCase()
      .split(/[\s-]+/)
      .at(-1),
    NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1],
    NOUN_AFTER.exec(text.slice(m.end, m.end + 48))?.[1],
    NOUN_RIGHT_AFTER.exec(text.slice(m.end, m.end + 24))?.[1],
  ];
  for (const n of nouns) {
    const cls = n ? CLASS_OF.get(n.toLowerCase()) : undefined;
    if (cls && CRAFT_CLASSES.has(cls) === (kind === 'craft')) found.add(cls);
  }
  if (kind === 'craft') {
    if (SHIP_PREFIX.test(m.text) || found.has('carrier')) found.add('ship');
    return found;
  }
  if (parent !== null && !(own && (REGIONS.has(own) || SITES.has(own)))) {
    found.add('city');
    found.add('town');
  }
  // "New Orleans Mayor Ray Nagin", "the mayor of Norland": a place with a mayor is a city.
  if (MAYOR_AFTER.test(text.slice(m.end, m.end + 8)) || MAYOR_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)))
    found.add('city');
  if (parent !== null && CAPITALS.has(m.text)) found.add('capital');
  if (STATES.has(m.text) && parent === null) found.add('state');
  if (found.has('capital')) found.add('city');
  return found;
}

/** A reader of the class nouns of one document: the place or craft each names in a passage. */
export function classNounReader(
  text: string,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  parentOf: (actorId: string) => string | null,
): (passage: Span) => readonly ClassNounUse[] {
  const classes = new Map<string, Set<Class>>();
  const named = sorted.filter((m) => KINDS.includes(kindOf(m.actorId)));
  for (const m of named) {
    const kind = kindOf(m.actorId);
    const found = classes.get(m.actorId) ?? new Set<Class>();
    for (const cls of classesOf(text, m, kind, kind === 'place' ? parentOf(m.actorId) : null)) found.add(cls);
    classes.set(m.actorId, found);
  }
  /** The one place of a class named in [from, to): undefined when none, null when several. A few sentences at most. */
  const onlyOne = (cls: Class, from: number, to: number): string | null | undefined => {
    const ids = new Set<string>();
    for (let k = firstFrom(named, from); k < named.length && named[k]!.end <= to; k++)
      if (classes.get(named[k]!.actorId)?.has(cls)) ids.add(named[k]!.actorId);
    return ids.size === 1 ? [...ids][0]! : ids.size === 0 ? undefined : null;
  };
  // In the whole document so far, read off where each class first names a place and then another
  // (one pass, so that a long document asks no question twice).
  const firstOf = new Map<Class, { id: string; end: number; secondEnd: number }>();
  for (const m of named)
    for (const cls of classes.get(m.actorId)!) {
      const first = firstOf.get(cls);
      if (!first) firstOf.set(cls, { id: m.actorId, end: m.end, secondEnd: Infinity });
      else if (first.id !== m.actorId && first.secondEnd === Infinity) first.secondEnd = m.end;
    }
  const soFar = (cls: Class, to: number): string | null => {
    const first = firstOf.get(cls);
    return first && first.end <= to && first.secondEnd > to ? first.id : null;
  };
  // Several events of a sentence share its passage: each passage is read once.
  const read = new Map<string, readonly ClassNounUse[]>();
  return (passage) => {
    const key = `${passage.start}:${passage.end}`;
    const known = read.get(key);
    if (known) return known;
    const uses: ClassNounUse[] = [];
    read.set(key, uses);
    PHRASE.lastIndex = 0;
    const words = text.slice(passage.start, passage.end);
    if (!ANY_NOUN.test(words)) return uses;
    for (let p = PHRASE.exec(words); p; p = PHRASE.exec(words)) {
      const noun = p[3]!.toLowerCase();
      const cls = p[2]?.toLowerCase() === 'capital' && noun === 'city' ? 'capital' : CLASS_OF.get(noun)!;
      const start = passage.start + p.index + p[0].search(THE);
      const end = passage.start + p.index + p[0].length;
      const near = onlyOne(cls, Math.max(0, start - NEAR), start);
      const id = near === undefined ? soFar(cls, start) : near;
      if (id) uses.push({ actorId: id, start, end, placed: p[1] !== undefined, owner: /^['’]s?\s/.test(text.slice(end, end + 3)) });
    }
    return uses;
  };
}
