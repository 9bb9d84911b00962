// The scene carries on: "Thousands gathered in Tahrir Square on Friday. They prayed for the dead."
// A sentence that names no place of its own tells of the place the sentence before it in the same
// paragraph set its events in, when that sentence set them in one place only. Cautious: an event
// in a sentence that reports what someone says, or quotes, or that gives a time of its own other
// than the scene's, may be elsewhere and gets no place carried to it; a
// sentence that names any place or country, even not as where it happens, sets its own scene
// (none when it gives none), and a new paragraph starts with no scene.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import { alternatives, PLACES } from './placeWords.ts';
import groupNouns from '../actors/groupNouns.json' with { type: 'json' };
import type { EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import { isEventNoun } from './occurrence.ts';
import { firstFrom } from '../spans.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';
import { flatMapOf, mapOf } from '../lists.ts';
import { extend } from '../objects.ts';

const QUOTE = /["“”]/;
/** Where a thing is said ("announced the results in a Baghdad news conference") is not where what it tells happened. */

/** Words that set a sentence at another time than the one before it. */
const OTHER_TIME = /\b(?:after|before|since|ago|earlier|previously|previous|last|former|formerly|years?|months?|decades?|once|until)\b/i;
/** A place the sentence gives without naming it: "to the region", "there", "elsewhere". */
const OWN_PLACE =
  /\b(?:(?:the|that|this|other|another|many|some)\s+(?:\w+\s+)?(?:places|parts|region|area|areas|city|cities|town|towns|village|villages|country|countries|island|islands|province|state|coast|capital)|there|elsewhere|abroad|nationwide|worldwide)\b/i;

export interface SceneInput {
  text: string;
  sentences: readonly (Span & { tokens?: readonly Token[] })[];
  /** The attribution phrase of each sentence ("police said"), by sentence index. */
  claims: readonly ({ span: Span | null } | undefined)[];
  /** Every mention of the document, sorted by start. */
  mentions: readonly ActorMention[];
  kindOf: (actorId: string) => ActorKind | undefined;
  /** The state or country a place lies in ("Biloxi": Mississippi), else null. */
  parentOf: (actorId: string) => string | null;
}

/** The events, each without a place of its own given the place its paragraph's scene is in. */
export function carryScene(events: readonly EventDraft[], input: SceneInput): EventDraft[] {
  const { text, sentences, claims, mentions, kindOf } = input;
  const sentenceOf = (at: Span) => firstFrom(sentences, at.start + 1) - 1;
  const bySentence = new Map<number, number[]>();
  events.forEach((e, i) => {
    const k = sentenceOf(e.trigger);
    if (k < 0 || e.trigger.start >= sentences[k]!.end) return;
    const list = bySentence.get(k);
    if (list) list.push(i);
    else bySentence.set(k, [i]);
  });
  const out = [...events];
  let scene: string[] = [];
  let times = new Set<string>();
  let last = -1;
  for (const k of [...bySentence.keys()].sort((a, b) => a - b)) {
    const s = sentences[k]!;
    const carried = k === last + 1 && last >= 0 && !text.slice(sentences[last]!.end, s.start).includes('\n') ? scene : [];
    last = k;
    const own = mapOf(bySentence.get(k)!, (i) => out[i]!);
    if (namesPlace(mentions, s, kindOf)) {
      ({ scene, times } = setScene(input, s, k, own, bySentence.get(k)!, out));
      continue;
    }
    scene = carried;
    // Someone's words, or a quotation, may tell of anywhere.
    const words = text.slice(s.start, s.end);
    if (carried.length === 0 || claims[k]?.span || QUOTE.test(words)) continue;
    // "… comes two years after the shuttle Columbia was destroyed": another time, maybe another scene.
    if (OTHER_TIME.test(words)) {
      scene = [];
      continue;
    }
    // "to the region", "there": a place of its own, not named.
    if (OWN_PLACE.test(words)) {
      scene = [];
      continue;
    }
    for (const i of bySentence.get(k)!) {
      const e = out[i]!;
      const roles = e.roles ?? [];
      if (roles.some((r) => r.role === 'location')) continue;
      if (e.timex && e.time && !times.has(e.time.value)) {
        scene = []; // another time, maybe another scene
        continue;
      }
      out[i] = placed(e, carried);
    }
  }
  return out;
}

/**
 * A sentence that names a place: its events that happen there placed in it (in `out`), and the
 * scene and the times it sets for the sentences after it.
 */
function setScene(
  input: SceneInput,
  s: SceneInput['sentences'][number],
  k: number,
  own: readonly EventDraft[],
  indices: readonly number[],
  out: EventDraft[],
): { scene: string[]; times: Set<string> } {
  const { text, claims, mentions, kindOf, parentOf } = input;
  const saying = claims[k]?.span || own.some((e) => SPEECH_VERBS.has(text.slice(e.trigger.start, e.trigger.end).toLowerCase()));
  const named = placesIn(text, mentions, s, kindOf);
  const scene = saying ? [] : sceneOf(own, named, kindOf, parentOf);
  const times = new Set(flatMapOf(own, (e) => (e.time ? [e.time.value] : [])));
  // The sentence's own scene, set by the events it tells as they happen there.
  const setting = QUOTE.test(text.slice(s.start, s.end)) ? [] : own.filter((e) => ofScene(text, s, e));
  // "$100 million in U.S. assistance": a place named as a modifier of a noun sets no scene.
  const modifiers = new Set(
    mentions
      .filter((m) => m.start >= s.start && m.end <= s.end && modifies(s.tokens?.find((t) => t.start > m.end - 1)))
      .map((m) => m.actorId),
  );
  const aside = [...named.keys()].some((id) => modifiers.has(id)) || pointsFrom(text, mentions, s);
  const found = aside ? [] : sceneOf(setting, named, kindOf, parentOf);
  // Two countries and no place in them ("buzz in Iran over the uprising in Egypt"): two scenes.
  const set = found.filter((id) => kindOf(id) === 'country').length > 1 && !found.some((id) => kindOf(id) === 'place') ? [] : found;
  for (const i of indices) if (inScene(text, out[i]!, set, setting)) out[i] = placed(out[i]!, set);
  return { scene, times };
}

/** A noun or name right after a place makes the place its modifier ("U.S. assistance"); not an event noun ("the London bombings": where they happened). */
const modifies = (t: Token | undefined): boolean => !!t && (t.pos === 'NOUN' || t.pos === 'PROPN') && !isEventNoun(t);

/** Before a place named as a point to measure from: "160 km east of", "a town west of", "just north of". */
const MEASURED_FROM = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+of\s+$/i;

/** Whether the sentence names a place only to say where something else lies from it ("Zlitan, a town east of Tripoli"). */
function pointsFrom(text: string, mentions: readonly ActorMention[], s: Span): boolean {
  for (let j = firstFrom(mentions, s.start); j < mentions.length && mentions[j]!.start < s.end; j++)
    if (MEASURED_FROM.test(text.slice(Math.max(s.start, mentions[j]!.start - 30), mentions[j]!.start))) return true;
  return false;
}

/** The event with these places added as where it happens. */
function placed(e: EventDraft, places: readonly string[]): EventDraft {
  const add = places.filter((id) => !e.actorIds.includes(id));
  return extend(e, {
    actorIds: [...e.actorIds, ...add],
    roles: [...(e.roles ?? []), ...mapOf(add, (actorId) => ({ actorId, role: 'location' as const }))],
  });
}

/** Verbs (lemmas) of speaking that set where someone talks, not where what they tell of happens: "Bush, speaking in Gleneagles, said …". */
const TALK = new Set(['speak', 'talk', 'address', 'testify', 'brief', 'interview', 'report', 'publish', 'display']);

/** Right before an event word, words that set it at another time: "after the floods", "since a 2004 quake". */
const SET_APART =
  /\b(?:after|before|since|until|following|despite|ahead\s+of|prior\s+to)\s+(?:(?:the|a|an|its|their|his|her|last|this|next)\s+)?(?:[\p{L}\d.,'’-]+\s+){0,5}$/iu;

/**
 * "Police used explosions to deal with a car in Luton", "Troops cleared barricades at Neve Dekalim as
 * soldiers told settlers …": in a sentence whose events all happen in one place (its scene), an
 * event that says no place of its own happens there too; not an act of saying (said where?), nor
 * one set at another time ("after the floods", a date its placed events do not share).
 */
function inScene(text: string, e: EventDraft, scene: readonly string[], setting: readonly EventDraft[]): boolean {
  if (scene.length === 0 || (e.roles ?? []).some((r) => r.role === 'location') || !setting.includes(e)) return false;
  // A scene frames what the sentence tells after it: "The minister resigned as police searched homes in Lyon" tells two pieces of news.
  const located = setting.filter((o) => (o.roles ?? []).some((r) => r.role === 'location') && o.trigger.start < e.trigger.start);
  if (located.length === 0) return false;
  return !(e.timex && e.time && !located.some((o) => o.time?.value === e.time!.value));
}

/**
 * An event that takes part in its sentence's scene: not an act of saying, not one set apart in
 * time or as a backdrop ("after the floods", "despite attacks"), not a participle that describes a
 * noun ("the people evacuated from the coast", "the funds raised so far").
 */
function ofScene(text: string, s: Span & { tokens?: readonly Token[] }, e: EventDraft): boolean {
  if (SPEECH_VERBS.has(text.slice(e.trigger.start, e.trigger.end).toLowerCase())) return false;
  if (SET_APART.test(text.slice(Math.max(s.start, e.trigger.start - 60), e.trigger.start))) return false;
  const tokens = s.tokens ?? [];
  const i = tokens.findIndex((t) => t.start === e.trigger.start);
  if (i <= 0) return true;
  const [before, word, after] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]];
  const describing =
    word.pos === 'VERB' &&
    word.lower !== word.lemma &&
    !/(?:ing|s)$/.test(word.lower) &&
    ['NOUN', 'PROPN', 'NUM'].includes(before.pos) &&
    /^(?:by|from|so)$/.test(after?.lower ?? '');
  return !describing && !SPEECH_VERBS.has(word.lemma) && !TALK.has(word.lemma);
}

/** A country's mention that runs over its people, forces or craft: "the Yemeni army", "Turkish warplanes". */
const THROUGH_ITS_PEOPLE = new RegExp(
  String.raw`\s(?:${alternatives(`${groupNouns.nouns} ${groupNouns.crews} ${groupNouns.craft}`)})$`,
  'i',
);

/** Whether a mention names a place or a country as land, not those who act for it ("Turkish warplanes" names no place). */
const namesLand = (m: ActorMention, kindOf: (id: string) => ActorKind | undefined): boolean =>
  PLACES.includes(kindOf(m.actorId)!) && !THROUGH_ITS_PEOPLE.test(m.text);

/** Whether a place or a country is named in the sentence. */
function namesPlace(mentions: readonly ActorMention[], s: Span, kindOf: (id: string) => ActorKind | undefined): boolean {
  for (let j = firstFrom(mentions, s.start); j < mentions.length && mentions[j]!.start < s.end; j++)
    if (namesLand(mentions[j]!, kindOf)) return true;
  return false;
}

/** The places and countries of a sentence, each with whether it is named by its name ("Galle", not "the city"). */
function placesIn(
  text: string,
  mentions: readonly ActorMention[],
  s: Span,
  kindOf: (id: string) => ActorKind | undefined,
): Map<string, boolean> {
  const found = new Map<string, boolean>();
  for (let j = firstFrom(mentions, s.start); j < mentions.length && mentions[j]!.start < s.end; j++) {
    const m = mentions[j]!;
    if (namesLand(m, kindOf)) {
      // By its name, and not as an owner: "in Ukraine's next government" is no place.
      const named = /^\p{Lu}/u.test(m.text) && !/^['’]/.test(text.slice(m.end, m.end + 1));
      found.set(m.actorId, (found.get(m.actorId) ?? false) || named);
    }
  }
  return found;
}

/**
 * Where a sentence's events happen, when they all happen in one place: the places they are set in,
 * a city with its country ("in Baghdad": Baghdad, Iraq). Two places that are not country and city
 * ("in Basra and Mosul") give no scene.
 */
function sceneOf(
  events: readonly EventDraft[],
  named: ReadonlyMap<string, boolean>,
  kindOf: (id: string) => ActorKind | undefined,
  parentOf: (id: string) => string | null,
): string[] {
  const ids = new Set(
    flatMapOf(events, (e) =>
      mapOf(
        (e.roles ?? []).filter((r) => r.role === 'location'),
        (r) => r.actorId,
      ),
    ),
  );
  const parents = new Set([...ids].map(parentOf));
  // Every place the sentence names is where its events happen, by its name: "in London's rush hour,
  // … in Gleneagles" tells of two places, "across the country" names none; the country of a city
  // named there may be named as an owner ("Haiti's main airport in the capital, Port-au-Prince").
  if ([...named.keys()].some((id) => !ids.has(id)) || [...ids].some((id) => named.get(id) === false && !parents.has(id))) return [];
  const places = [...ids].filter((id) => kindOf(id) === 'place' && !parents.has(id)); // "Biloxi, Mississippi": one place
  const holders = [...ids].filter((id) => !places.includes(id)); // their states and countries, maybe named nowhere
  if (places.length > 1 || holders.length > 2) return [];
  return [...places, ...holders];
}
