// A dateline ("BAGHDAD, Dec. 10, 2005 –", "Israel — Palestinians are voting …") says where the
// reporter writes from, not who takes part in what the report tells: a place named there is no
// participant of the events of its sentence. Its "here" is that place (pointedPlaces.ts).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import { PLACES } from './placeWords.ts';

/** A dateline: a place in capitals opening a line near the document's start, then a date, then a dash. */
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z.'’ -]{2,40}?)[ \t]*(?:,[^\n–—]{0,40})?[ \t]+(?:[–—]|--?)[ \t]/;
/** After a place that opens a line: maybe a date, then a dash. */
const DASH_AFTER = /^[ \t]*(?:,[^\n–—]{0,40})?[ \t]+(?:[–—]|--?)[ \t]/;

/** Whether a mention is the place of a dateline: at the start of a line, a dash after it. */
export function isDateline(text: string, m: ActorMention): boolean {
  return /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 8), m.start)) && DASH_AFTER.test(text.slice(m.end, m.end + 48));
}

/** The place of a dateline ("BAGHDAD, Dec. 10, 2005 –"), when the document names it by its name. */
export function datelinePlace(
  text: string,
  mentions: readonly ActorMention[],
  kindOf: (id: string) => ActorKind | undefined,
): string | null {
  const name = DATELINE.exec(text.slice(0, 600))?.[1]?.trim().toUpperCase();
  if (!name) return null;
  const named = mentions.filter((m) => PLACES.includes(kindOf(m.actorId)) && m.text.toUpperCase() === name);
  // "Baghdad" names the city where it is a place, and its country where it acts: the city.
  const cities = named.filter((m) => kindOf(m.actorId) === 'place');
  const ids = new Set((cities.length > 0 ? cities : named).map((m) => m.actorId));
  return ids.size === 1 ? [...ids][0]! : null;
}
