// Where the events of a sentence happen, read from the clauses around the event word rather than
// from the words right before a place (participants.ts):
//   where   "Polls opened in Ukraine where voters are casting ballots": the place "where" hangs on
//   fronted "In Tikrit, …", "Speaking at Chaklala Air Base, …": the places a sentence opens with
//   when    "… died when a bomb exploded on a bus in Tavistock Square": the place of the "when" clause,
//           and "attacks that killed 38 people in Baghdad": the place of the relative clause about an event noun
//   aside   "Ana Ruiz, speaking at the Lyon conference, said": the places of a gerund's aside after the subject
//   participle "A bomb exploded in Baghdad, killing 12 soldiers": the places of the clause a participle's clause goes on from
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { AnalyzedSentence } from '../language/analyze.ts';
import { subjectOf } from './subjects.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';
import { firstFrom, inside } from '../spans.ts';
import type { Found } from './participants.ts';
import { alternatives, capitalOrNot, LOCATIVE, partWhere, PLACE_JOINED, PLACE_PREPOSITION, PLACES } from './placeWords.ts';
import words from './participants.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };

/**
 * "Polls opened in Ukraine where voters are casting ballots", "… in Lyon, where police arrested
 * 40", "… in Lyon (where Ana Ruiz is observing)": the place a clause opened by "where" hangs on is where its event happens, with the place it
 * names as its holder ("from Auchterarder, Scotland, where": both).
 */
export function whereOf(
  text: string,
  found: Found,
  trigger: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const own = found.clauses.find((c) => c.head !== null && trigger.start >= c.start && trigger.end <= c.end);
  const where = found.sentence.tokens.findLast((t) => t.end <= trigger.start && t.lower === 'where');
  if (!own || !where || where.start < found.sentence.start) return [];
  // No other verb between "where" and the event's clause: "where" opens it.
  if (found.clauses.some((c) => c !== own && c.head && c.head.start > where.end && c.head.start < own.start)) return [];
  if (own.head!.start < where.end) return [];
  const k = firstFrom(sorted, where.start) - 1;
  const m = sorted[k];
  if (!m || !/^[\s,(]*$/.test(text.slice(m.end, where.start)) || !PLACES.includes(kindOf(m.actorId)!)) return [];
  const held = sorted[k - 1];
  const pair =
    held && held.start >= found.sentence.start && PLACES.includes(kindOf(held.actorId)!) && /^\s*,\s*$/.test(text.slice(held.end, m.start));
  return pair && held.actorId !== m.actorId ? [held.actorId, m.actorId] : [m.actorId];
}

/** A sentence's opening words before a place where all of it happens: "In", "At the", "Across southern". */
const FRONTING = new RegExp(
  String.raw`^[\s"“]*(?:${capitalOrNot(words.fronting)})\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?(?:(?:${alternatives(names.placeNouns)})\s+)?$`,
  'u',
);

/** A sentence's opening words before a place a place noun names: "In the besieged city of", "At the southern port of". */
const FRONTING_PLACE_NOUN = new RegExp(
  String.raw`^[\s"“]*(?:${capitalOrNot(words.fronting)})\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,3}(?:${alternatives(names.placeNouns)})\s+of\s+(?:the\s+)?$`,
  'u',
);

/**
 * A sentence's opening words that name an occasion, then where it was: "In one incident near",
 * "At a rally in the". A preposition of where comes last, with no comma or verb of its own.
 */
const FRONTING_OCCASION = new RegExp(
  String.raw`^[\s"“]*(?:${capitalOrNot(words.fronting)})\s+(?:(?:the|a|an|one|two|another|this|that)\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){1,3}(?:${alternatives(words.fronting)})\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+)?$`,
  'u',
);

/** Where the source of a sentence speaks: "Speaking at", "Speaking to reporters in", "Speaking at a news conference in". */
const SPEAKING_AT = /^[\s"“]*(?:Speaking|Talking)\b[^,.;]{0,40}\s(?:at|in|from)\s+(?:the\s+)?$/u;

/**
 * The places a sentence opens with, set off by a comma, when the event word comes after them: "In
 * Tikrit, …", "At Grand Isle and Venice, …", and for a verb of saying "Speaking at Chaklala Air Base,
 * Pakistan, …"; none when the phrase names anything else.
 */
export function frontedPlaces(
  text: string,
  sentence: Span,
  trigger: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  saying: boolean,
  occasion = false,
): string[] {
  let k = firstFrom(sorted, sentence.start);
  const first = sorted[k];
  if (!first || first.start >= sentence.end) return [];
  const opening = text.slice(sentence.start, first.start);
  const fronting = occasion ? FRONTING_OCCASION.test(opening) : FRONTING.test(opening) || FRONTING_PLACE_NOUN.test(opening);
  if (!fronting && !(!occasion && saying && SPEAKING_AT.test(opening))) return [];
  const ids: string[] = [];
  for (let m = first; m && PLACES.includes(kindOf(m.actorId)!); m = sorted[++k]!) {
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
    const next = sorted[k + 1];
    const gap = next ? text.slice(m.end, next.start) : '';
    if (next && next.start < trigger.start && PLACES.includes(kindOf(next.actorId)!) && PLACE_JOINED.test(gap)) continue;
    const close = text.slice(m.end).match(/^\s*,/);
    return close && m.end + close[0].length <= trigger.start && !/^['’]/.test(text.slice(m.end, m.end + 1)) ? ids : [];
  }
  return [];
}

/**
 * "In Lyon, thieves stole a watch, the bureau chief said": a verb of saying set off by a comma after
 * the news the sentence opens with; the place the sentence opens with is where the news happened,
 * not where it was told ("In Lyon, police said …", "In Lyon, where …, police said" still are).
 */
export function saidAfterNews(text: string, sentence: AnalyzedSentence, trigger: Span): boolean {
  if (!SPEECH_VERBS.has(text.slice(trigger.start, trigger.end).toLowerCase())) return false;
  const before = text.slice(sentence.start, trigger.start);
  const first = before.indexOf(',');
  const set = SET_OFF_SAYING.exec(before);
  // "Speaking at Chaklala Air Base, Pakistan, Ana Ruiz said": where the speaker speaks.
  if (first < 0 || !set || set.index <= first || /^[\s"“]*(?:Speaking|Talking)\b/.test(before)) return false;
  // The verb of saying right after the aside's comma: the speaker came before it.
  if (/^[,"”]\s*$/.test(before.slice(set.index)) && asideAfterSpeaker(sentence, sentence.start + first, sentence.start + set.index))
    return false;
  return !/^,\s*(?:which|where|who)\b/.test(before.slice(first));
}

/**
 * "In Lyon, Ana Ruiz, speaking to reporters, said …", "…, the radio, quoting an official, said …":
 * the comma before "said" closes an aside on the speaker, named with no verb of its own after the
 * sentence's first comma; the sentence opens on no news of its own.
 */
function asideAfterSpeaker(sentence: AnalyzedSentence, first: number, set: number): boolean {
  const between = sentence.tokens.filter((t) => t.start > first && t.end <= set);
  const comma = between.findIndex((t) => t.text === ',');
  if (comma < 0) return false;
  const opening = between[comma + 1];
  return (
    between.slice(0, comma).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX') &&
    !!opening &&
    opening.pos === 'VERB' &&
    /(?:ing|ed)$/i.test(opening.text)
  );
}

/** A comma or a closing quote, then the speaker: "…, the bureau chief said", "…," she said". */
const SET_OFF_SAYING = /[,"”]\s*(?:[\p{L}.'’-]+\s+){0,6}$/u;

/** Openers of a clause that goes on telling the occasion a sentence opens with: "… died when their bus exploded". */
const TELLING_ON = new Set(['and', 'but', 'then', 'when', 'as', 'while', 'after', 'before']);

/**
 * "In one incident near Dallas, 20 people died when their bus exploded": the places of an occasion
 * a sentence opens with are where the clauses that tell it happen; not what a source says there
 * ("At a news conference in Lyon, Ana Ruiz said the army would withdraw": the withdrawal), nor what
 * a purpose or a relative clause tells ("… gave them three days to end the fighting"), nor a saying
 * told after the news ("…, the spokesman said").
 */
export function occasionPlaces(
  text: string,
  found: Found,
  trigger: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const ids = frontedPlaces(text, found.sentence, trigger, sorted, kindOf, false, true);
  if (ids.length === 0) return [];
  const comma = text.indexOf(',', sorted[firstFrom(sorted, found.sentence.start)]!.end);
  const told = found.clauses.filter((c) => c.head !== null && c.head.start > comma && c.start <= trigger.start);
  const own = told.at(-1);
  if (!own || trigger.end > own.end) return [];
  for (const c of told) {
    if (c.opener !== null && !TELLING_ON.has(c.opener.lower)) return [];
    if (SPEECH_VERBS.has(c.head!.lower) && (c !== own || told.length > 1)) return [];
  }
  return ids;
}

/** Verbs (lemmas) that set a piece of news beside another in time, not in place: "comes as …". */
const BACKDROP = new Set(words.backdropVerbs.split(' '));

/** Verbs (lemmas) of what befalls someone when or as something else happens, where that does: "were injured as police fought rioters in Lyon". */
const BEFALLING = new Set(words.befallingVerbs.split(' '));
/** Verbs (lemmas) of watching or greeting: who gathers to watch something is where it happens. */
const WATCHING = new Set(words.watchingVerbs.split(' '));
/** Where people watch from afar: "in pubs", "on television", "at home". */
const WATCHED_FROM = new RegExp(
  String.raw`\b(?:on|in|at|from)\s+(?:[\p{Ll}-]+\s+){0,2}(?:${words.watchedFrom.split(' ').join('|')})\b`,
  'iu',
);
/** Verbs (lemmas) of bodily action or motion: a "when" or "as" clause of one sets the scene the clause before it happens in ("as protesters marched through Lyon"). */
const SCENE = new Set(words.sceneVerbs.split(' '));
/** "he", "she" or "it" as the subject of a "when" or "as" clause: "as he arrived", "when it landed"; "they" may be anyone. */
const SINGULAR = /^\s*(he|she|it)\s+(?:\p{Ll}+\s+){0,2}$/iu;

/** Between an event noun and the relative clause about it: "attacks | that", "attacks and bombings | that", "the raid, | which". */
const NOUN_THEN_RELATIVE = /^(?:\s+(?:and|or)\s+[\p{Ll}-]+)?\s*,?\s*$/u;

/**
 * The places where the "when" clause right after the event's own clause happens, or the relative
 * clause right after an event noun, named behind a preposition of place. A "when" or "as" clause
 * gives its place only to a clause of the same subject ("Ruiz resigned as she left Lyon"), to one
 * that says neither where nor when it happened ("Crowds wept as the coffin passed through Lyon"), to
 * what befell someone ("Thousands fled on Sunday as …"), or when it sets the scene by bodily action
 * or motion ("Police fired tear gas on Sunday as protesters marched through Lyon"):
 * "The minister resigned on Monday as police investigated claims in Lyon" tells two pieces of news.
 */
export function whenPlaces(
  text: string,
  found: Found,
  event: Pick<EventDraft, 'trigger' | 'timex'>,
  subject: readonly string[],
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const { trigger } = event;
  const k = found.clauses.findIndex((c) => trigger.start >= c.start && trigger.end <= c.end);
  // "Crowds gathered to watch the coffin as it passed through Lyon": past a purpose of watching, to what is watched;
  // not when they watch from afar ("gathered in pubs to watch as …", "to watch the match on television").
  const purpose = k >= 0 ? found.clauses[k + 1] : undefined;
  const skip =
    purpose?.opener?.lower === 'to' &&
    purpose.head !== null &&
    WATCHING.has(purpose.head.lemma) &&
    /^(?:as|when)$/.test(found.clauses[k + 2]?.opener?.lower ?? '') &&
    !/[,;]/.test(text.slice(purpose.start, found.clauses[k + 2]!.opener!.start)) &&
    !WATCHED_FROM.test(text.slice(found.clauses[k]!.start, found.clauses[k + 2]!.opener!.start));
  const next = k >= 0 ? found.clauses[k + (skip ? 2 : 1)] : undefined;
  const opener = next?.opener?.lower;
  // "despite attacks that killed 38 people in Baghdad": where the event noun a relative clause tells of happened.
  const relative = (opener === 'that' || opener === 'which') && NOUN_THEN_RELATIVE.test(text.slice(trigger.end, next!.opener!.start));
  // "Crowds wept as the ceremony began in Lyon"; not "The vote comes as talks go on in Lyon": news set beside other news.
  const when = (opener === 'when' || opener === 'as') && found.clauses[k]!.head && !BACKDROP.has(found.clauses[k]!.head!.lemma);
  if (!next || !(when || relative)) return [];
  // "Police fired tear gas on Sunday as protesters marched through Lyon": one scene told in two clauses.
  const scene = next.head !== null && SCENE.has(next.head.lemma);
  if (when && !scene && !BEFALLING.has(found.clauses[k]!.head!.lemma)) {
    const ownTime = event.timex !== null && event.timex.start >= found.sentence.start && event.timex.start < next.opener!.start;
    const theirs = next.head ? (subjectOf(text, found.clauses, next.head, inside(sorted, found.sentence), kindOf)?.actorIds ?? []) : [];
    // "… as he arrived in Cairo": a pronoun goes on telling of someone of the clause before.
    const pronoun = SINGULAR.exec(text.slice(next.opener!.end, next.head?.start ?? next.opener!.end))?.[1];
    if (ownTime && !(pronoun && agrees(pronoun, subject, kindOf)) && !theirs.some((id) => subject.includes(id))) return [];
  }
  return placesIn(text, next, sorted, kindOf);
}

/** "he" or "she" tells of the subject unless it is a place, "it" unless it is a person ("The minister resigned as he toured …"). */
function agrees(pronoun: string, subject: readonly string[], kindOf: (actorId: string) => ActorKind | undefined): boolean {
  if (pronoun.toLowerCase() === 'it') return !subject.some((id) => kindOf(id) === 'person');
  return !subject.some((id) => PLACES.includes(kindOf(id)!));
}

/** The places a clause names behind a preposition of place: "… exploded on a bus in Tavistock Square". */
function placesIn(
  text: string,
  clause: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const ids: string[] = [];
  let last: ActorMention | null = null;
  for (const m of inside(sorted, clause)) {
    if (!PLACES.includes(kindOf(m.actorId)!)) continue;
    const before = text.slice(Math.max(clause.start, m.start - 48), m.start);
    const preposition = PLACE_PREPOSITION.exec(before)?.[1]?.toLowerCase();
    // "in India, Sri Lanka and Thailand": places joined to one taken.
    const joined = last !== null && PLACE_JOINED.test(text.slice(last.end, m.start));
    // "in the northern Gaza settlement of Kfar Dorom", "through the streets of Lyon": a place a part of it names.
    const part = partWhere(before);
    if (!joined && !part && !(preposition && LOCATIVE.has(preposition))) continue;
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
    last = m;
  }
  return ids;
}

/**
 * "A bomb exploded in Baghdad on Monday, killing 12 soldiers": a clause of a present participle
 * set off by a comma right after another clause tells what that one did, where it did it: the
 * places that clause names behind a preposition of place.
 */
export function participlePlaces(
  text: string,
  found: Found,
  trigger: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const k = found.clauses.findIndex((c) => trigger.start >= c.start && trigger.end <= c.end);
  const own = found.clauses[k];
  const before = found.clauses[k - 1];
  if (!own?.head || !before?.head || own.opener || own.head.start !== trigger.start || !/ing$/.test(own.head.lower)) return [];
  if (!/,\s*$/.test(text.slice(before.start, own.head.start))) return [];
  return placesIn(text, before, sorted, kindOf);
}

/** An aside after the subject opened by a gerund, closed by a comma, past the names of a list: ", speaking at the Lyon conference,", ", flying to Lyon, Vichy and Arles,". */
const GERUND_ASIDE =
  /,\s*(?:\p{Ll}+ly\s+)?\p{Ll}+ing\b[^,;:()"“”]*(?:,\s*(?:and\s+)?\p{Lu}[^,;:()"“”\s]*(?:\s+(?:and\s+)?\p{Lu}[^,;:()"“”\s]*)*(?:\s+\p{Ll}+)?)*,/gu;
/** Between the aside and the event word: only auxiliaries and adverbs, so that the event word is the subject's verb. */
const VERB_NEXT = /^\s*(?:(?:has|have|had|will|would|is|are|was|were|also|then|later|now|already|again|still|\p{Ll}+ly)\s+)*$/u;
/** Before a place in the aside: a preposition of where or of a journey, maybe an article and an owner, or the place names the noun it modifies ("at the Lyon conference"). */
const ASIDE_BEFORE =
  /\b(?:in|at|near|from|to|over|across|out\s+of|into|outside|inside|throughout|around)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+)?$/u;

/**
 * The places of an aside right after the event's subject, opened by a gerund ("Ana Ruiz, speaking
 * at the Lyon conference, said", "The crews, flying out of Lyon and Vichy, have delivered …"), when
 * the event word is the verb right after it.
 */
export function asidePlaces(
  text: string,
  sentence: Span,
  trigger: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const words = text.slice(sentence.start, trigger.start);
  // The aside ends on a comma with only auxiliaries and adverbs after it: on the last comma.
  const comma = words.lastIndexOf(',');
  if (comma < 0 || !VERB_NEXT.test(words.slice(comma + 1))) return [];
  GERUND_ASIDE.lastIndex = 0;
  let aside: RegExpExecArray | null = null;
  for (let a = GERUND_ASIDE.exec(words); a; a = GERUND_ASIDE.exec(words)) aside = a;
  if (!aside || !VERB_NEXT.test(words.slice(aside.index + aside[0].length))) return [];
  const span = { start: sentence.start + aside.index, end: sentence.start + aside.index + aside[0].length };
  const ids: string[] = [];
  let last: ActorMention | null = null;
  for (const m of inside(sorted, span)) {
    if (!PLACES.includes(kindOf(m.actorId)!)) continue;
    // "out of Muzaffarabad and Kabul": a place joined to one taken.
    const joined = last !== null && PLACE_JOINED.test(text.slice(last.end, m.start));
    if (!joined && !ASIDE_BEFORE.test(text.slice(span.start, m.start))) continue;
    if (!ids.includes(m.actorId)) ids.push(m.actorId);
    last = m;
  }
  return ids;
}
