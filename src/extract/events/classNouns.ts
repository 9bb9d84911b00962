// "Thousands gathered in Lutsova on Friday. … Some stayed in the city overnight": a definite class
// noun ("the city", "the square", "the capital", "the town", "the village", "the settlement")
// names the place of that class the document named last, when only one such place comes before
// it (in the few sentences before it, else in the whole document so far). A place's class comes
// from its name ("Tahrir Square", "Sadr City") or from how the document names it anywhere ("the
// city of Galle", "in the capital, Kiev", "Gulfport, Mississippi, another city"); a town placed in
// its state or country ("Biloxi, Mississippi") is a city or town. Nothing else is guessed.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import { firstFrom } from '../spans.ts';
import words from './classNouns.json' with { type: 'json' };

type PlaceClass = keyof typeof words.classes;
const CLASSES = Object.entries(words.classes) as [PlaceClass, string[]][];
/** The class a noun names: "city" → city, "capital" → capital, "hamlet" → town. */
const CLASS_OF = new Map(CLASSES.flatMap(([cls, nouns]) => nouns.map((n) => [n, cls] as const)));
const NOUNS = [...CLASS_OF.keys()].join('|');
/** The class noun, right before a name: "the city of Galle", "the capital, Kiev", "capital Kiev". */
const NOUN_BEFORE = new RegExp(String.raw`\b(${NOUNS}),?\s+(?:of\s+)?$`, 'i');
/** The class noun after a name: "Gulfport, Mississippi, another city", "Galle, a port town". */
const NOUN_AFTER = new RegExp(
  String.raw`^(?:,\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)?)?,\s+(?:the|a|an|another|its)\s+(?:[\p{Ll}-]+\s+){0,2}?(${NOUNS})\b`,
  'u',
);
/** A definite class noun where something happens: "in the city", "over parts of the city"; not "the city of Galle", "the city council". */
const PHRASE = new RegExp(
  String.raw`\b(?:${words.prepositions.split(' ').join('|')})\s+(?:\p{Ll}+\s+of\s+)?the\s+(${NOUNS})\b(?!\s+(?:of|${words.notAfter.split(' ').join('|')})\b)`,
  'giu',
);
/** Last words of names of land that is no settlement: "Aceh Province, Indonesia" is no city. */
const REGIONS = new Set(words.regions.split(' '));
const SITES = new Set(words.sites.split(' '));
/** How far back a class noun looks first for its place: a few sentences. */
const NEAR = 600;

/** A reader of the class nouns of one document: the place each passage names by "the city" and the like. */
export function classNounReader(
  text: string,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  parentOf: (actorId: string) => string | null,
): (passage: Span) => string | null {
  const classes = new Map<string, Set<PlaceClass>>();
  const places = sorted.filter((m) => kindOf(m.actorId) === 'place');
  for (const m of places) {
    const found = classes.get(m.actorId) ?? new Set<PlaceClass>();
    const own = /\b(\p{Lu}\p{Ll}+)$/u.exec(m.text)?.[1]?.toLowerCase();
    const noun = [
      own,
      NOUN_BEFORE.exec(text.slice(Math.max(0, m.start - 16), m.start))?.[1],
      NOUN_AFTER.exec(text.slice(m.end, m.end + 48))?.[1],
    ];
    for (const n of noun) {
      const cls = n ? CLASS_OF.get(n.toLowerCase()) : undefined;
      if (cls) found.add(cls);
    }
    if (parentOf(m.actorId) !== null && !(own && (REGIONS.has(own) || SITES.has(own)))) {
      found.add('city');
      found.add('town');
    }
    if (found.has('capital')) found.add('city');
    classes.set(m.actorId, found);
  }
  /** The one place of a class named in [from, to): undefined when none, null when several. A few sentences at most. */
  const onlyOne = (cls: PlaceClass, from: number, to: number): string | null | undefined => {
    const ids = new Set<string>();
    for (let k = firstFrom(places, from); k < places.length && places[k]!.end <= to; k++)
      if (classes.get(places[k]!.actorId)?.has(cls)) ids.add(places[k]!.actorId);
    return ids.size === 1 ? [...ids][0]! : ids.size === 0 ? undefined : null;
  };
  // In the whole document so far, read off where each class first names a place and then another
  // (one pass, so that a long document asks no question twice).
  const firstOf = new Map<PlaceClass, { id: string; end: number; secondEnd: number }>();
  for (const m of places)
    for (const cls of classes.get(m.actorId)!) {
      const first = firstOf.get(cls);
      if (!first) firstOf.set(cls, { id: m.actorId, end: m.end, secondEnd: Infinity });
      else if (first.id !== m.actorId && first.secondEnd === Infinity) first.secondEnd = m.end;
    }
  const soFar = (cls: PlaceClass, to: number): string | null => {
    const first = firstOf.get(cls);
    return first && first.end <= to && first.secondEnd > to ? first.id : null;
  };
  return (passage) => {
    PHRASE.lastIndex = 0;
    const words = text.slice(passage.start, passage.end);
    for (let p = PHRASE.exec(words); p; p = PHRASE.exec(words)) {
      const at = passage.start + p.index;
      const cls = CLASS_OF.get(p[1]!.toLowerCase())!;
      const near = onlyOne(cls, Math.max(0, at - NEAR), at);
      const id = near === undefined ? soFar(cls, at) : near;
      if (id) return id;
    }
    return null;
  };
}
