// A dateline ("BAGHDAD, Dec. 10, 2005 –", "PARIS (Wire) --", "Israel — Palestinians are voting …")
// says where the reporter writes from, not who takes part in what the report tells: the mention
// there is no participant of the events of its sentence. A city named nowhere else gives way to
// the place that holds it, when the dateline names that ("MANAGUA, Nicaragua –"). Its "here" is that place
// (pointedPlaces.ts), and so is where the lead's own events happen ("BAGHDAD – Families walked
// to the polls"), unless the lead names another place (participants.ts).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import { PLACES } from './placeWords.ts';

/** A dateline: a place in capitals opening a line near the document's start, then a date, then a dash. */
const DATELINE = /(?:^|\n)[ \t]*([A-Z][A-Z.'’ -]{2,40}?)[ \t]*(?:,[^\n–—()]{0,40})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:[–—]|--?)(?=\s)/;
/** After a place that opens a line: maybe a date, maybe the outlet in brackets, then a dash. */
const DASH_AFTER = /^[ \t]*(?:,[^\n–—()]{0,40})?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:[–—]|--?)(?=\s)/;

/** Before an outlet in a dateline's brackets: the place at the start of a line, maybe its region or date. */
const OUTLET_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}.'’ -]{1,40}(?:,[^\n–—()]{0,40})?[ \t]*\($/u;
/** After an outlet in a dateline's brackets: the bracket, then a dash. */
const OUTLET_AFTER = /^\)[ \t]+(?:[–—]|--?)(?=\s)/;

/** Before a place inside a dateline: the city opening a line, a comma ("MANAGUA, | Nicaragua –", "Benghazi, | Libya (Wire) --"). */
const HOLDER_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{L}.'’ -]{2,40}?[ \t]*,[ \t]*$/u;
/** After a place inside a dateline: maybe a date, maybe the outlet in brackets, then a dash ("Nicaragua, Oct. 3, 2006 –"). */
const HOLDER_AFTER = /^(?:,[ \t]*[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}(?:,?[ \t]+\d{4})?)?(?:[ \t]*\([^()\n]{1,30}\))?[ \t]+(?:[–—]|--?)(?=\s)/;

/**
 * Whether a mention is in a dateline: its place at the start of a line, a dash after it, the
 * place that holds it ("MANAGUA, Nicaragua –"), or the outlet in its brackets ("Lyon (Wire) -").
 */
export function isDateline(text: string, m: ActorMention): boolean {
  if (dashAfterOpening(text, m) !== null) return true;
  if (
    m.start < 600 &&
    HOLDER_AFTER.test(text.slice(m.end, m.end + 48)) &&
    HOLDER_BEFORE.test(text.slice(Math.max(0, m.start - 64), m.start))
  )
    return true;
  return OUTLET_AFTER.test(text.slice(m.end, m.end + 8)) && OUTLET_BEFORE.test(text.slice(Math.max(0, m.start - 96), m.start));
}

/** A place opening a line with a dash after it ("Lyon — …", "Lyon, May 2 –"): where the dash ends; else null. */
function dashAfterOpening(text: string, m: ActorMention): number | null {
  if (!/(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, m.start - 8), m.start))) return null;
  const dash = DASH_AFTER.exec(text.slice(m.end, m.end + 48));
  return dash ? m.end + dash[0].length : null;
}

/** The place of a dateline ("BAGHDAD, Dec. 10, 2005 –"), when the document names it by its name. */
export function datelinePlace(
  text: string,
  mentions: readonly ActorMention[],
  kindOf: (id: string) => ActorKind | undefined,
): string | null {
  return dateline(text, mentions, kindOf)?.placeId ?? null;
}

/** A document's dateline: the place it names (when the document names that place) and where its dash ends. */
export interface Dateline {
  placeId: string;
  end: number;
}

/** The dateline near the document's start, in capitals ("BAGHDAD, Dec. 10 –", "PARIS (Wire) --") or as a place's mention ("Lyon — …"). */
export function dateline(text: string, mentions: readonly ActorMention[], kindOf: (id: string) => ActorKind | undefined): Dateline | null {
  const found = DATELINE.exec(text.slice(0, 600));
  if (!found) {
    // "Lyon — Voters …": a city's own mention opens the line (a country there may stand for its people: "Israel — Palestinians vote").
    // Not a place inside the brackets after one ("Portland (Oregon) —"): the line's first place is the dateline.
    for (const m of mentions) {
      if (m.start >= 600 || kindOf(m.actorId) !== 'place') continue;
      const end = dashAfterOpening(text, m);
      if (end !== null) return { placeId: m.actorId, end };
    }
    return null;
  }
  const name = found[1]!.trim().toUpperCase();
  const named = mentions.filter((m) => PLACES.includes(kindOf(m.actorId)) && m.text.toUpperCase() === name);
  // "Baghdad" names the city where it is a place, and its country where it acts: the city.
  const cities = named.filter((m) => kindOf(m.actorId) === 'place');
  const ids = new Set((cities.length > 0 ? cities : named).map((m) => m.actorId));
  const end = found.index + found[0].length;
  if (ids.size === 1) return { placeId: [...ids][0]!, end };
  if (ids.size > 1) return null;
  // "MANAGUA, Nicaragua, Oct. 3 –", the city named nowhere else: the place that holds it, named in the dateline.
  const holders = new Set(
    mentions.filter((m) => m.start >= found.index && m.end <= end && PLACES.includes(kindOf(m.actorId))).map((m) => m.actorId),
  );
  return holders.size === 1 ? { placeId: [...holders][0]!, end } : null;
}
