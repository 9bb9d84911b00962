// Participants, not bystanders: of the actors named in an event's clause, those that take part in
// it, each with the part it takes. When the event word is the verb of a clause (or the noun its
// light verb carries), the subject of that clause (subjects.ts) is its agent, or its patient in
// the passive, also when the clause borrows it ("… and announced …", "…, saying …") or names it
// by a pronoun or a description ("he", "the company": their mentions carry the actor they refer
// to); other actors before the event word are only involved, and those of another clause (what a
// speaker announced, what a second verb did) are bystanders. Otherwise (an event noun: "Egypt-brokered ceasefire") where the mention stands says:
//   agent     before the event word and not behind a preposition ("Egypt-brokered ceasefire",
//             "Israel's offer"), or behind "by" ("hosted by Apple")
//   patient   right after the event word, with no preposition between ("met Hamas leaders")
//             also behind "on" or "against" after an act of force ("strikes on Libya")
//   location  a place or country behind in, at, near… ("talks in Doha")
//   other     any other participant ("talks with Israel", "…, marking a U.S.-Hamas contact")
// Bystanders are left out: an actor named only inside a parenthesis or a relative clause that does
// not hold the event word ("Disney, which owns Pixar, …"), or only as the role of a person named
// right after it ("Apple CEO Steve Jobs": the person takes part; the company is their parent), where
// those who act come from ("engineers from Okinawa, Japan arrived"), the outlet of an interview.
// The claimant stays in `attribution` (events.ts leaves the attribution phrase out already); only
// the act of saying itself ("Jobs said", "announced the minister") has the speaker as its agent.
// An event noun of what is undergone has its owner as patient ("Hariri's assassination", "the death
// of Arafat"); who reacts to an event noun ("criticized the court's decision") or acts in the clause
// it is set in ("… after the death of …") or does what it hangs on ("released results from the
// election") takes no part in it; a dateline's place takes part in
// nothing (datelines.ts). Where it happens also comes from the clauses around it (clausePlaces.ts),
// a class noun ("the city", "the basilica", "the shuttle": classNouns.ts) or "there" (pointedPlaces.ts).
import type { ActorKind, ActorMention, Role } from '../../model/dataset.ts';
import type { Claim, DocContext, EventDraft, Span } from '../context.ts';
import type { AnalyzedSentence, Token } from '../language/analyze.ts';
import { firstFrom, inside, within } from '../spans.ts';
import { sentenceClauses } from './verbClauses.ts';
import type { VerbClause } from './verbClauses.ts';
import { givesRole, givesRolePast, subjectOf } from './subjects.ts';
import { productRole } from './productRole.ts';
import { carryScene } from './scene.ts';
import { classNounReader } from './classNouns.ts';
import { classNounRole } from './classNounRole.ts';
import { pointedPlaceReader } from './pointedPlaces.ts';
import { dateline, isDateline } from './datelines.ts';
import type { Dateline } from './datelines.ts';
import { isCredit } from './credits.ts';
import { withoutSourcesAndStances } from './sourcesAndStances.ts';
import { ownerOfWhose } from './whoseOwner.ts';
import { SPEECH_VERBS, speaks } from '../actors/speech.ts';
import words from './participants.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };
import groupNouns from '../actors/groupNouns.json' with { type: 'json' };
import family from '../actors/family.json' with { type: 'json' };
import type { Subject } from './subjects.ts';

import {
  AGENCIES,
  alternatives,
  behindLocative,
  behindPartner,
  LOCATIVE,
  partOf,
  PLACE_JOINED,
  PLACE_PREPOSITION,
  PLACES,
  setOn,
} from './placeWords.ts';
import { asidePlaces, frontedPlaces, occasionPlaces, participlePlaces, saidAfterNews, whenPlaces, whereOf } from './clausePlaces.ts';
import { occasionSpeakers } from './speakingOccasions.ts';
import { BARE_DAYS, TELLING } from './telling.ts';
import { mapOf } from '../lists.ts';
import { PARTS_OF_DAY } from '../timex/lexicon.ts';
import { extend } from '../objects.ts';

/** A preposition right before a mention, past an article: "talks in Doha", "hosted by the army". */
const PREPOSITION = new RegExp(String.raw`(?:^|\s)(${alternatives(words.prepositions)})\s+(?:the\s+|a\s+|an\s+)?$`, 'i');
/** "east of New Orleans", "the city of Ramallah": a direction from a place, or the place a place noun names. */
const DIRECTION_OF = new RegExp(
  String.raw`\b(?:${alternatives(words.directions)}|${alternatives(names.placeNouns)})\s+of\s+(?:the\s+)?$`,
  'i',
);
/** A stretch of land a place names, right after it: "coast", "border". */
const STRETCH = new RegExp(String.raw`^\s+(?:${alternatives(words.stretches)})\b`);
/** Where a place is reached or left: "flew to Lyon", "lifted off from the Kennedy Space Center". */
const DESTINATION = new Set(words.destinations.split(' '));
/** Verbs of saying whose object is what is said: after "said", a name belongs to the words said ("Ruiz said Iraq's leaders …"). */
const CONTENT_VERBS = new Set(words.contentVerbs.split(' '));
/** A verb and the preposition behind which stands the one it addresses: "called on North Korea to …", "appealed to the council". */
const ADDRESSING = new RegExp(
  String.raw`^(?:${words.addressing
    .split(' ')
    .map((pair) => pair.replace(/^(\w+):(.*)$/, (_, verb: string, ps: string) => `${verb}(?:s|ed|ing)?\\s+(?:${ps.split(',').join('|')})`))
    .join('|')})\s+(?:the\s+|all\s+)?$`,
  'i',
);
/** "by" and an owner before a body's name: "released by Indonesia's relief agency". */
const BY_OWNER = /\bby\s+(?:the\s+)?\p{Lu}[\p{L}.-]*['’]s?\s+$/u;
/** A speaker set off by a comma right before a verb of saying: ", he", ", Gen. Ruiz". */
const SPEAKER_SET_OFF = /,\s*(?:he|she|they|we|it|(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)\s+$/u;
/** Prepositions after an event word before a country whose doings it is about or is held with: "over Syria's presence". */
const ABOUT = new Set(['over', 'against', 'about', 'with', 'toward', 'towards', 'between']);
/** "by" and a title before a person's name: "hailed by President Ana Ruiz", "led by former Prime Minister Ana Ruiz". */
const BY_TITLED = /^\s+(?:\p{Ll}+ly\s+)?by\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;
/** Between the event word and its object: determiners and modifiers, no clause break. */
const OBJECT_GAP = /^\s+(?:(?:the|a|an|its|their|his|her|two|three|several|some|all)\s+)?$/i;
/** A title or a demonym before the object's name: "met Israeli Prime Minister Ehud Olmert", "thanked Navy Capt. Ana Ruiz". */
const TITLED_OBJECT_GAP = /^\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u;
/** A preposition of where before a count or a modifier: "in 12 ", "across several ". */
const COUNTED_IN = new RegExp(String.raw`\b(?:${alternatives(words.locatives)})\s+(?:the\s+)?(?:[\p{Ll}\d,.-]+\s+){1,2}$`, 'u');
/** After a place's name, a noun that makes it a site, a stretch, a direction or a place still ("Aldgate station", "Kashmir region", "Sabratha west of"). */
const SITE = new RegExp(
  String.raw`^\s+(?:${alternatives(words.sites)}|${alternatives(words.stretches)}|${alternatives(words.directions)}|${alternatives(names.placeNouns)})\b`,
  'i',
);
/** The rest of a name after a place's name cut short: "Deir | al-Zor". */
const NAME_PARTICLE = /^\s+\p{Ll}+-\p{Lu}/u;
/** Before a place, how far something reached: "as far away as ", "as far north as the ". */
const AS_FAR_AS = /\bas\s+far\s+(?:\p{Ll}+\s+)?as\s+(?:the\s+)?$/u;
const ABOARD = /\b(?:aboard|on\s+board|onboard)\s+(?:the\s+)?$/i;
/** Before a craft's name, the words that say what it is: "launched the space shuttle Discovery", "sank the freighter Morning Quail". */
const CRAFT_OBJECT_GAP = /^\s+(?:the|a|an|its|their)\s+(?:[\p{Ll}-]+\s+){1,3}$/u;
/** A possessor of the event word: "Israel’s offer", "Hamas’ new demand". */
const POSSESSOR = /^['’]s?\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
/** A possessive pronoun of the event noun: "his resignation", "its latest launch". */
const POSSESSIVE = /^(?:his|her|its|their)$/i;
const NOUN_GAP = /^\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
/** Between a possessive and the second of two nouns it owns: " funeral and subsequent " ("his funeral and subsequent burial"). */
const JOINED_NOUN_GAP = /^\s+[\p{Ll}-]+\s+(?:and|or)\s+(?:[\p{Ll}-]+\s+)?$/u;
/** Event nouns of force aimed at someone, whose object behind "on" or "against" undergoes them: "strikes on Libya". */
const AIMED_AT = new Set(words.aimedAtNouns.split(' '));
/** Verbs (lemmas) of firing: "fired rockets at Israel", "shot at Jordan" aim at a target, not a place. */
const AIMING = new Set(words.aimingVerbs.split(' '));
/** Verbs (lemmas) of sending with other senses: they aim only what is a weapon ("threw stones at", not "threw a party at"). */
const THROWING = new Set(words.throwingVerbs.split(' '));
const WEAPONS = new Set(words.weapons.split(' '));
/** Between a verb of aiming and "at", what is sent and no other preposition: " rockets at ", " two missiles at the " (not " by Obama at the "). */
const AIMED_GAP = new RegExp(
  String.raw`^\s+(?:(?!(?:${alternatives(words.prepositions)})\s)[\p{L}\d-]+\s+){0,4}(at|on)\s+(?:the\s+)?$`,
  'iu',
);
/** A noun that makes the place behind its "of" what is spoken of: "the future of ", "the fate of the ". */
const TOPIC_OF = new RegExp(String.raw`\b(?:${alternatives(words.topicNouns)})\s+of\s+(?:the\s+)?$`, 'i');
/** A verb of blaming right before an event noun, past its modifiers: "blamed Sunday's ", "pinned the ". */
const BLAMED = new RegExp(String.raw`\b(?:${alternatives(words.blamingVerbs)})\s+(?:[^\s,;.]+\s+){0,3}$`, 'i');
/** Event nouns whose owner is who undergoes them: "his death", "Hariri's assassination". */
const UNDERGONE = new Set(words.undergoerNouns.split(' '));
/** "the assassination of Senator Ana Ruiz": "of", maybe a title. */
const OF_OBJECT = /^\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/** A verb of reacting between an actor and an event noun: "Ruiz criticized the court's decision". */
const REACTION = new RegExp(String.raw`\b(?:${alternatives(words.reactionVerbs)})\b`, 'i');
/** Between an actor and an event noun, a preposition that sets the noun in the actor's clause: "… after the death of", "… despite attacks". */
const SET_IN = /\s\p{Ll}+\s[^,;]*\b(?:after|before|since|following|despite|amid|during|until)\s+(?:[^\s,;]+\s+){0,3}$/u;
/** Right after a name, "-based" or another participle of where a body is: "the Lyon-based council", "the Lyon-headquartered firm". */
const BASED = new RegExp(String.raw`^[-‐–](?:${alternatives(words.settingParticiples)})\b`);
/** A relative clause, a parenthesis, or a participle saying where a body is ("the 5th Army, based in Lyon, …"): an aside. */
const RELATIVE = new RegExp(
  String.raw`,\s*(?:who|whom|whose|which|where|(?:${alternatives(words.settingParticiples)})\b(?!\s+(?:on|upon)\b))\b[^,;]*(?:,|$)|\([^()]*\)`,
  'gu',
);

/** The country a place of a document lies in, by id (a capital named as a city), else null. */
export function countriesOf(ctx: Pick<DocContext, 'actors'>): (actorId: string) => string | null {
  // A place named with its holder ("Biloxi, Mississippi", a capital named as a city) has a parent; the holder may be a state, and a capital's country may not be named itself.
  const countries = new Map(ctx.actors.flatMap((a) => (a.kind === 'place' && a.parentId ? [[a.id, a.parentId]] : [])));
  return (id) => countries.get(id) ?? null;
}

/** The kind of each actor of a document, by id. */
export function kindsOf(ctx: Pick<DocContext, 'actors'>): (actorId: string) => ActorKind | undefined {
  const kinds = new Map(ctx.actors.map((a) => [a.id, a.kind]));
  return (id) => kinds.get(id);
}

const RANK: Record<Role, number> = { agent: 3, patient: 2, location: 1, other: 0 };

/** What the clause reading needs: the analysed sentences and who says what in each. */
export interface Sentences {
  analysis: readonly AnalyzedSentence[];
  claims: readonly (Pick<Claim, 'span'> & Partial<Pick<Claim, 'quote'>>)[];
}

export function assignParticipants(
  text: string,
  events: readonly EventDraft[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  sentences?: Sentences,
  countryOf: (actorId: string) => string | null = () => null,
): EventDraft[] {
  // Where the reporter writes from, who reports, and the source "according to" whom it is told take no part in what the
  // report tells, nor does a name made an adjective of a stance ("pro-Egypt": datelines.ts, credits.ts, sourcesAndStances.ts).
  const sorted = withoutSourcesAndStances(
    text,
    mentions.filter((m) => !isDateline(text, m) && !isCredit(text, m, kindOf)).sort((a, b) => a.start - b.start),
  );
  const clausesOf = sentences ? clauseReader(sentences.analysis) : null;
  const classNoun = sentences ? classNounReader(text, sorted, kindOf, countryOf) : null;
  const datedFrom = sentences ? dateline(text, mentions, kindOf) : null;
  const pointedPlace = sentences
    ? pointedPlaceReader({
        text,
        sentences: sentences.analysis,
        mentions: sorted,
        kindOf,
        parentOf: countryOf,
        dateline: datedFrom?.placeId ?? null,
      })
    : null;
  const body = adheredTo(sorted, kindOf);
  const placed = mapOf(events, (event) => {
    // A name the passage cuts ("… in front of St. Peter's | Basilica") is read whole.
    const cut: ActorMention[] = [];
    for (let k = firstFrom(sorted, event.quote.start); k < sorted.length && sorted[k]!.start < event.quote.end; k++)
      if (sorted[k]!.end > event.quote.end) cut.push(sorted[k]!);
    const inQuote = [...inside(sorted, event.quote), ...cut];
    const found = clausesOf?.(event.trigger) ?? null;
    const subject = found ? readClause(text, event, sorted, kindOf, sentences!, found) : null;
    const claim = found ? (sentences!.claims[found.sentence.index]?.span ?? null) : undefined;
    const holder = found?.clauses.find((c) => c.head !== null && within(c)(event.trigger)) ?? null;
    const reading: Reading = {
      text,
      event,
      mentions: inQuote,
      kindOf,
      subject,
      claim,
      analysis: sentences?.analysis ?? null,
      clause: holder,
      body,
    };
    const roles = new Map<string, Role>();
    // The act of saying names its speaker and who it is told to or what is announced ("told Ana Ruiz", "announced the Lind Fund").
    const act = subject && claim && within(claim)(event.trigger) ? subject : null;
    for (const m of inQuote) {
      if (
        !event.actorIds.includes(m.actorId) &&
        !cut.includes(m) &&
        !subject?.actorIds.includes(m.actorId) &&
        !(act && within(act)(m) && m.start >= event.trigger.end)
      )
        continue;
      if (titleOfPerson(inQuote, m, kindOf) || ownerOfWhose(text, m, event.trigger)) continue;
      const role = roleOf(reading, m);
      if (role === null) continue;
      const had = roles.get(m.actorId);
      if (had === undefined || RANK[role] > RANK[had]) roles.set(m.actorId, role);
    }
    // The subject first, also when it is named by a pronoun outside the passage; a product only where roleOf kept it.
    const first = (subject?.actorIds ?? []).filter(
      (id) =>
        (kindOf(id) !== 'product' || roles.has(id)) &&
        (subject!.described || (roles.get(id) !== 'location' && !(found && placedOnly(text, found.sentence, sorted, id, kindOf)))) &&
        !onlyOutsider(text, inside(sorted, subject!), id, body) &&
        !onlyBase(text, inside(sorted, subject!), id) &&
        !onlyOwner(reading, inside(sorted, subject!), id),
    );
    // "waves across the Indian Ocean, which caused …", "stayed in New Orleans, which flooded": a place behind "in", "across"… that a relative clause tells of is where it happens, not who does it.
    // "arrived in Munich, which announced …": a place that speaks is the body that runs it.
    const saysIt = SPEECH_VERBS.has(text.slice(event.trigger.start, event.trigger.end).toLowerCase());
    for (const id of first)
      roles.set(
        id,
        subject!.passive
          ? 'patient'
          : kindOf(id) === 'place' && !saysIt && relativePlace(text, subject!, inQuote, id)
            ? 'location'
            : 'agent',
      );
    const whereClause = found ? whereOf(text, found, event.trigger, sorted, kindOf) : [];
    // "In Baghdad, a bomber attacked a hospital and succeeded only in killing himself": where the
    // sentence opens is where each of its clauses happens, unless one says where of its own.
    const opening = found && whereClause.length === 0 && ![...roles.values()].includes('location');
    const saying = CONTENT_VERBS.has(text.slice(event.trigger.start, event.trigger.end).toLowerCase()); // "said … the city": the words said
    const fronted =
      opening && !saidAfterNews(text, found.sentence, event.trigger)
        ? frontedPlaces(text, found.sentence, event.trigger, sorted, kindOf, saying)
        : whereClause;
    // "Thirteen people died when a bomb exploded on a bus in Tavistock Square": where it happened then.
    // "warned that clashes could erupt in Baghdad": what is said after a verb and "that" is no "when" clause; its places are not where it is said.
    const says =
      found?.sentence.tokens.find((x) => x.start === event.trigger.start)?.pos === 'VERB' &&
      /^\s+that\b/.test(text.slice(event.trigger.end));
    const when =
      opening && fronted.length === 0 && !says ? whenPlaces(text, found, event, subject?.actorIds ?? [], sorted, kindOf) : fronted;
    // "Ana Ruiz, speaking at the Lyon conference, said": where the subject's aside sets it.
    const aside = opening && when.length === 0 ? asidePlaces(text, found.sentence, event.trigger, sorted, kindOf) : when;
    // "A bomb exploded in Baghdad, killing 12 soldiers": where the clause a participle goes on from happens.
    const participle = opening && aside.length === 0 ? participlePlaces(text, found, event.trigger, sorted, kindOf) : aside;
    // "In one incident near Dallas, 20 people died when their bus exploded": where the occasion the sentence opens with was.
    const where = opening && participle.length === 0 ? occasionPlaces(text, found, event.trigger, sorted, kindOf) : participle;
    // A place the clause reading took for the subject but that stands behind "in" is where it happens.
    const last = [
      ...(subject?.actorIds ?? []).filter((id) => roles.get(id) === 'location' && !event.actorIds.includes(id) && !first.includes(id)),
    ];
    // "Ruiz's party won": whose party it is stands beside it.
    last.push(
      ...(subject?.actorIds ?? []).filter((id) => roles.get(id) === 'other' && !first.includes(id) && !event.actorIds.includes(id)),
    );
    last.push(...where.filter((id) => !roles.has(id)));
    for (const id of where) roles.set(id, roles.get(id) ?? 'location');
    // "Some stayed in the square", "The shuttle landed": the one place or craft of that class named before (classNouns.ts).
    const own = found?.clauses.find((c) => event.trigger.start >= c.start && event.trigger.end <= c.end) ?? null;
    const speaking = SPEECH_VERBS.has(text.slice(event.trigger.start, event.trigger.end).toLowerCase()); // "told reporters … below the basilica": the words told
    for (const use of saying || speaking || !classNoun ? [] : classNoun(event.quote)) {
      // "in the southern U.S. city": a place describing the class noun is not where it happens; the city is.
      const describing = inside(sorted, use).filter((m) => m.actorId !== use.actorId && roles.get(m.actorId) === 'location');
      const others = [...roles].filter(([id]) => !describing.some((m) => m.actorId === id)).map(([, role]) => role);
      const read = roles.has(use.actorId) ? null : classNounRole(text, use, event.trigger, own, subject, kindOf, others);
      // "The stadium lost electricity": a place that undergoes what befalls it is where it happens.
      const role = read === 'agent' && PLACES.includes(kindOf(use.actorId)!) && undergoes(reading, use.actorId) ? 'location' : read;
      if (role === null) continue;
      for (const m of describing) roles.delete(m.actorId);
      roles.set(use.actorId, role);
      last.push(use.actorId);
    }
    // "the assassination of Senator Ana Ruiz": who undergoes it, also when the passage stops at the noun.
    const victim = undergoerAfter(text, event.trigger, sorted);
    if (victim && !roles.has(victim)) {
      roles.set(victim, 'patient');
      last.push(victim);
    }
    // "a protest by students in Lyon": where an event noun is held, also when the passage stops at the noun.
    const heldIn =
      found && ![...roles.values()].includes('location') ? placeAfterNoun(text, found.sentence, event.trigger, sorted, kindOf) : null;
    if (heldIn && !roles.has(heldIn)) {
      roles.set(heldIn, 'location');
      last.push(heldIn);
    }
    // "At a news conference, Ana Ruiz said …", "he said in an interview": who speaks holds it (speakingOccasions.ts).
    for (const id of found ? occasionSpeakers(text, found.clauses, event.trigger, inside(sorted, found.sentence), kindOf) : []) {
      if (roles.get(id) === 'agent') continue;
      roles.set(id, 'agent');
      if (!first.includes(id)) first.push(id);
    }
    // "Police arrested 40 people there": the one place named just before (pointedPlaces.ts).
    const pointed = own && ![...roles.values()].includes('location') ? pointedPlace?.(own, event.trigger) : null;
    if (pointed && !roles.has(pointed)) {
      roles.set(pointed, 'location');
      last.push(pointed);
    }
    // "BAGHDAD, Dec. 16 – Families walked to the polls": the lead's own event happens where the reporter writes from.
    const fromDateline =
      datedFrom &&
      found &&
      own &&
      ![...roles.values()].includes('location') &&
      ofLead(sentences!.analysis, datedFrom, found, own, event.trigger, sorted, kindOf)
        ? datedFrom.placeId
        : null;
    if (fromDateline && !roles.has(fromDateline)) {
      roles.set(fromDateline, 'location');
      last.push(fromDateline);
    }
    // "attacks in Baghdad": a city where it happens places it in its country too (capitalPlaces.ts).
    for (const [id, role] of [...roles]) {
      const country = role === 'location' ? countryOf(id) : null;
      if (country === null || roles.has(country)) continue;
      roles.set(country, 'location');
      last.push(country);
    }
    const named = new Set([
      ...event.actorIds,
      ...mapOf(cut, (m) => m.actorId),
      ...(act
        ? mapOf(
            inQuote.filter((m) => within(act)(m) && m.start >= event.trigger.end),
            (m) => m.actorId,
          )
        : []),
    ]);
    // Each actor once, where it first comes.
    const actorIds = [
      ...new Set([...first, ...[...named].filter((id) => roles.has(id) && !first.includes(id) && !last.includes(id)), ...last]),
    ];
    return extend(event, { actorIds, roles: mapOf(actorIds, (actorId) => ({ actorId, role: roles.get(actorId)! })) });
  });
  if (!sentences) return placed;
  return carryScene(placed, {
    text,
    sentences: sentences.analysis,
    claims: sentences.claims,
    mentions: sorted,
    kindOf,
    parentOf: countryOf,
  });
}

/** Openers of a clause that goes on telling the lead's news: "… and closed the road". */
const GOING_ON = new Set(['and', 'but', 'then']);

/**
 * Whether an event is the lead's own, set where the dateline places the report: told by a verb of
 * the sentence right after the dateline, in a clause of its own (not what a clause opened by "that",
 * "after", "to" tells), in a sentence that names no place past the dateline.
 */
function ofLead(
  analysis: readonly AnalyzedSentence[],
  line: Dateline,
  found: Found,
  own: VerbClause,
  t: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): boolean {
  const { sentence } = found;
  // The sentence the dateline opens, or the one right after a dateline alone on its line.
  const before = sentence.index > 0 ? analysis[sentence.index - 1]! : null;
  if (sentence.end <= line.end || t.start < line.end || (before !== null && before.end > line.end)) return false;
  if (sentence.tokens.find((x) => x.start === t.start)?.pos !== 'VERB') return false;
  if (own.opener && !GOING_ON.has(own.opener.lower)) return false;
  return !inside(sorted, sentence).some((m) => m.start >= line.end && PLACES.includes(kindOf(m.actorId)));
}

/** "The U.S. secretary", "commander of the Pacific Command": a mention inside a person's description names whose they are. */
function titleOfPerson(mentions: readonly ActorMention[], m: ActorMention, kindOf: (actorId: string) => ActorKind | undefined): boolean {
  return mentions.some(
    (x) =>
      x !== m &&
      x.actorId !== m.actorId &&
      x.start <= m.start &&
      x.end >= m.end &&
      x.end - x.start > m.end - m.start &&
      kindOf(x.actorId) === 'person',
  );
}

/** A place the clause reading took for a subject that the sentence names only behind "in", "at"…: "After surveying the damage in Kashmir, …". */
function placedOnly(
  text: string,
  sentence: Span,
  sorted: readonly ActorMention[],
  id: string,
  kindOf: (actorId: string) => ActorKind | undefined,
) {
  if (!PLACES.includes(kindOf(id))) return false;
  const named = inside(sorted, sentence).filter((m) => m.actorId === id);
  return (
    named.length > 0 &&
    named.every((m) => behindLocative(text.slice(Math.max(sentence.start, m.start - 48), m.start), text.slice(m.end, m.end + 16)))
  );
}

/** A place named right before the relative clause of the event word, behind a preposition of where: "across the Indian Ocean, | which caused". */
function relativePlace(text: string, subject: Subject, mentions: readonly ActorMention[], id: string): boolean {
  const m = mentions.findLast((x) => x.end <= subject.start);
  if (!m || m.actorId !== id || !/^\s*,?\s*(?:which|that|where)\b/.test(text.slice(m.end, subject.end))) return false;
  const preposition = PLACE_PREPOSITION.exec(text.slice(Math.max(0, m.start - 48), m.start))?.[1]?.toLowerCase();
  return preposition !== undefined && LOCATIVE.has(preposition);
}

/** The one named right after an event noun of what is undergone and "of": "the assassination of Senator Ana Ruiz". */
function undergoerAfter(text: string, t: Span, sorted: readonly ActorMention[]): string | null {
  if (!UNDERGONE.has(text.slice(t.start, t.end).toLowerCase())) return null;
  const m = sorted[firstFrom(sorted, t.end)];
  return m && m.start - t.end < 48 && OF_OBJECT.test(text.slice(t.end, m.start)) ? m.actorId : null;
}

/** After an event noun, the preposition of where it is held, maybe past who holds it: " by 10,000 people in", " in front of the". */
const HELD_IN = /^\s+(?:(?:by|of)\s+(?:[^,;:()"“”]|\d,\d){1,30}?\s+)?(?:in\s+front\s+of|in|at|near|outside|inside)\s+(?:the\s+)?$/;

/** The place right after an event noun that says where it is held: "a protest by students in Lyon", "the ceremony in front of the Lyon basilica". */
function placeAfterNoun(
  text: string,
  sentence: AnalyzedSentence,
  t: Span,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string | null {
  const word = sentence.tokens.find((x) => x.start === t.start);
  if (word?.pos !== 'NOUN') return null;
  const m = sorted[firstFrom(sorted, t.end)];
  if (!m || m.end > sentence.end || m.start - t.end > 64 || !PLACES.includes(kindOf(m.actorId))) return null;
  if (!HELD_IN.test(text.slice(t.end, m.start)) || /^['’]/.test(text.slice(m.end, m.end + 1))) return null;
  // No verb between: "the protest that began in Lyon" tells where another clause happens.
  return sentence.tokens.some((x) => x.start >= t.end && x.end <= m.start && (x.pos === 'VERB' || x.pos === 'AUX')) ? null : m.actorId;
}

/** What roleOf reads: the event, the mentions of its passage and how its clause reads. */
interface Reading {
  text: string;
  event: EventDraft;
  mentions: readonly ActorMention[];
  kindOf: (actorId: string) => ActorKind | undefined;
  subject: Subject | null;
  /** The attribution phrase of the event's sentence ("British officials confirmed"); null when it has none, undefined when unknown. */
  claim: Span | null | undefined;
  analysis: readonly AnalyzedSentence[] | null;
  /** The verb clause that holds the event word, when the sentence was split into clauses. */
  clause?: VerbClause | null;
  /** Whether a mention names a body whose supporters act for it (adheredTo). */
  body?: (m: ActorMention) => boolean;
}

/** The subject of the event's clause; for the act of saying itself ("Jobs said"), the speaker. */
function readClause(
  text: string,
  event: EventDraft,
  sorted: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  sentences: Sentences,
  found: Found,
): Subject | null {
  const speaker = event.attribution.actorId;
  const claim = sentences.claims[found.sentence.index]?.span;
  // The whole sentence: a subject may stand before the quote's clause ("Gen. Ana Ruiz, head of the unit, told …").
  const inSentence = inside(sorted, found.sentence);
  if (speaker !== null && claim && event.trigger.start >= claim.start && event.trigger.end <= claim.end)
    return speakersOf(text, found, event.trigger, claim, speaker, inSentence, kindOf);
  const read = subjectOf(text, found.clauses, event.trigger, inSentence, kindOf);
  // "The ambassador said the insurgents … are becoming isolated": what is said does not borrow
  // the subject of the saying; who is named only in the attribution phrase takes no part in it.
  // A clause joined to the saying ("confirmed the arrests and released the names") or a participle
  // hanging on it ("…, saying that …") is the speaker's own act.
  const own = found.clauses.find((c) => event.trigger.start >= c.start && event.trigger.end <= c.end);
  const joined =
    ['and', 'but', 'or', 'then'].includes(own?.opener?.lower ?? '') || (/ing$/.test(own?.head?.lower ?? '') && own?.group.length === 0);
  const named = (id: string) => inSentence.some((m) => m.actorId === id && !(claim && within(claim)(m)));
  const subject = read && claim && !joined && event.trigger.start >= claim.end ? { ...read, actorIds: read.actorIds.filter(named) } : read;
  if (subject?.actorIds.length) return subject;
  // '"We urge …," he said': the one who says the quoted words, also when "he" names them.
  const quote = sentences.claims[found.sentence.index]?.quote ?? quoteAround(text, found.sentence, event.trigger);
  const voice = quote ? (speaker ?? inSentence.find((m) => !within(quote)(m) && speaks(text, m.start, m.end))?.actorId ?? null) : null;
  const we = quote && own && voice ? weSaid(own, event.trigger, quote, voice) : null;
  if (we) return we;
  if (speaker === null || !claim) return subject;
  return speakerAsSubject(event, found.sentence, claim, speaker, inSentence, kindOf) ?? subject;
}

/** Between a verb of saying and the one it is told to or what it announces: "told Finance Minister Ana Ruiz", "announced the Lind Fund". */
const SAID_TO = /^\s+(?:to\s+)?(?:the\s+|a\s+|an\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;

/**
 * The act of saying itself: the speaker the attribution names, with those joined to it in the
 * clause's subject ("Ana Ruiz and Peter Lind announced"), and the one named right after the verb
 * when what is said does not go on from there ("told Ana Ruiz that …", "announced the Lind Fund on
 * Tuesday"; after "said", a name opens what is said: "said Iraq's leaders must …").
 */
function speakersOf(
  text: string,
  found: Found,
  trigger: Span,
  claim: Span,
  speaker: string,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): Subject {
  const own = subjectOf(text, found.clauses, trigger, mentions, kindOf);
  const actorIds = own?.actorIds.includes(speaker) ? own.actorIds.filter((id) => kindOf(id) !== 'place') : [speaker];
  const k = found.clauses.findIndex((c) => trigger.start >= c.start && trigger.end <= c.end);
  const c = found.clauses[k];
  const next = found.clauses[k + 1];
  // "told Reuters they would stay": after a verb of telling, the one told, also before what is told with no "that".
  const telling = TELLING.has(text.slice(trigger.start, trigger.end).toLowerCase());
  const object = telling ? toldAfter(text, found.sentence.tokens, trigger, mentions, kindOf) : mentions.find((m) => m.start >= trigger.end);
  const told =
    c !== undefined &&
    object != null &&
    !CONTENT_VERBS.has(text.slice(trigger.start, trigger.end).toLowerCase()) &&
    (telling ||
      (object.end <= c.end &&
        SAID_TO.test(text.slice(trigger.end, object.start)) &&
        !/^\s*[-–]/.test(text.slice(object.end, object.end + 3)) && // "announced an iTunes-compatible phone": a modifier
        (!next || next.opener !== null || /[,;:–—()"“”]/.test(text.slice(c.end, next.start)))));
  return { actorIds, passive: false, start: claim.start, end: told ? Math.max(claim.end, object.end) : claim.end };
}

/** The quoted words of the sentence that hold a span: between a quotation mark before it and the next one. */
function quoteAround(text: string, sentence: Span, at: Span): Span | null {
  const before = text.slice(sentence.start, at.start);
  const marks = before.match(/["“”]/g)?.length ?? 0;
  if (marks % 2 === 0) return null;
  const close = text.slice(at.end, sentence.end).search(/["“”]/);
  return close < 0 ? null : { start: sentence.start + before.search(/["“”][^"“”]*$/), end: at.end + close + 1 };
}

/**
 * '"We strongly urge those still carrying arms to talk," he said': "we" as the subject of a clause
 * of the quoted words is the speaker, who speaks for them.
 */
function weSaid(own: VerbClause, trigger: Span, quote: Span, speaker: string): Subject | null {
  if (!within(quote)(trigger) || !own.head || !within(own.head)(trigger)) return null;
  const before = own.tokens.filter((t) => t.end <= own.head!.start && t !== own.opener && !['AUX', 'ADV', 'PART', 'PUNCT'].includes(t.pos));
  if (before.length !== 1 || before[0]!.lower !== 'we') return null;
  return { actorIds: [speaker], passive: false, start: own.start, end: own.end };
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being']);

/**
 * "The government of North Korea says (that) it has conducted a nuclear test": a pronoun that opens
 * what a source says, as the subject of the event's clause, is the source when its kind fits ("it"
 * a country or organization, "he" or "she" a person).
 */
function speakerAsSubject(
  event: EventDraft,
  sentence: AnalyzedSentence,
  claim: Span,
  speaker: string,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): Subject | null {
  if (event.trigger.start < claim.end) return null;
  const words = sentence.tokens.filter((t) => t.start >= claim.end && t.end <= event.trigger.start && t.pos !== 'PUNCT');
  const first = words[0]?.lower === 'that' ? 1 : 0;
  const pronoun = words[first];
  if (!pronoun || pronoun.pos !== 'PRON' || mentions.some((m) => m.start <= pronoun.start && m.end >= pronoun.end)) return null;
  const between = words.slice(first + 1);
  if (between.some((t) => t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART')) return null;
  const kind = kindOf(speaker);
  const p = pronoun.lower;
  const fits =
    p === 'it' ? kind !== undefined && kind !== 'person' : p === 'he' || p === 'she' ? kind === 'person' : p === 'they' || p === 'we';
  if (!fits) return null;
  const passive =
    between.some((t) => BE.has(t.lower)) && /(?:ed|en)$/i.test(sentence.tokens.find((t) => t.start === event.trigger.start)?.text ?? '');
  return { actorIds: [speaker], passive, start: pronoun.start, end: sentence.end };
}

/** The sentence of an event word and its verb clauses. */
export interface Found {
  sentence: AnalyzedSentence;
  clauses: VerbClause[];
}

/** The sentence holding a span and its verb clauses, each sentence split once (verbClauses.ts). */
function clauseReader(analysis: readonly AnalyzedSentence[]): (at: Span) => Found | null {
  return (at) => {
    const sentence = analysis[firstFrom(analysis, at.start + 1) - 1];
    if (!sentence || at.start >= sentence.end) return null;
    return { sentence, clauses: sentenceClauses(sentence.tokens) };
  };
}

/**
 * The part one mention's actor takes in the event, or null for a bystander: the subject's part when
 * the clause reading found it the subject, else the part where it stands says; a product only
 * where it is what does it or what it is done to (productRole.ts).
 */
function roleOf(r: Reading, m: ActorMention): Role | null {
  if (outsider(r.text, m, r.body)) return null;
  const role = readRole(r, m);
  // "Ruiz's party won", "his lawyers said": whose party or lawyers they are stands beside what they do.
  return role !== null && ownPeopleAct(r, m) ? 'other' : role;
}

/** The part a mention's actor takes, read from the clause's subject and from where it stands. */
function readRole(r: Reading, m: ActorMention): Role | null {
  // "recognized the Lyon-based council", "The Lyon-based council said": where a body is based only says which body.
  if (BASED.test(r.text.slice(m.end, m.end + 16))) return null;
  // "figures released by Scotland Yard, the agency leading the inquiry": a description set off right after the name takes its part.
  const named = r.mentions.findLast((x) => x.end <= m.start && x.actorId === m.actorId);
  if (named && named.start >= r.event.trigger.end && /^\p{Ll}/u.test(m.text) && /^\s*,\s*$/.test(r.text.slice(named.end, m.start)))
    return roleOf(r, named);
  // "Medical personnel aboard Comfort treated …": a craft people are on is where it happens.
  if (r.kindOf(m.actorId) === 'craft' && ABOARD.test(r.text.slice(Math.max(0, m.start - 16), m.start))) return 'location';
  // "Officials at the U.S. Embassy in Islamabad announced": a place behind "in" is where, not who
  // (read only for the subject: placedRole reads the place of the others).
  const subject = r.subject?.actorIds.includes(m.actorId) ?? false;
  // "New Orleans lost power", "Most of Iraq went dark", "Peru's port city of Callao suffered": a place that undergoes what befalls it,
  // or a part of a place a clause is about or its owner, is where it happens, not who acts ("Texas is sheltering evacuees", "Dresden, which announced …": its people act).
  const role =
    subject && (r.subject!.described || !placeBehindLocative(r, m))
      ? r.subject!.passive
        ? 'patient'
        : PLACES.includes(r.kindOf(m.actorId)!) &&
            (undergoes(r, m.actorId) ||
              ownsPart(r, m) ||
              (PART_OF_PLACE.test(r.text.slice(Math.max(0, m.start - 24), m.start)) &&
                !SPEECH_VERBS.has(r.text.slice(r.event.trigger.start, r.event.trigger.end).toLowerCase())))
          ? 'location'
          : 'agent'
      : placedRole(r, m);
  if (role === null || r.analysis === null || r.kindOf(m.actorId) !== 'product') return role;
  return productRole(r.text, m, role, r.event, r.analysis);
}

/** Verbs (lemmas) of undergoing: a place their subject names is where it happens ("New Orleans lost power"). */
const UNDERGOING = new Set(words.undergoingVerbs.split(' '));
/** The lemma of the event word when it is a verb, else null. */
function triggerLemma(r: Reading): string | null {
  const t = r.event.trigger;
  const sentence = r.analysis?.[firstFrom(r.analysis, t.start + 1) - 1];
  const word = sentence?.tokens.find((x) => x.start === t.start);
  return word?.pos === 'VERB' ? word.lemma : null;
}
/** Verbs (lemmas) of undergoing whatever their object: "The country underwent reforms". */
const UNDERGONE_ANYHOW = new Set(words.undergoneVerbs.split(' '));
/** What a country undergoes rather than does: "Haiti lost power", not "China lost patience", "Germany lost to Italy". */
const BEFALLEN = new Set(words.befallenThings.split(' '));
/** Between an undergoing verb and what befalls: a few modifiers ("lost all power", "suffered heavy storm damage", "suffers from drought"). */
const BEFALLEN_GAP =
  /^\s+(?:from\s+)?(?:(?:a|an|its|their|all|some|most|much|heavy|severe|major|chronic|recurrent|widespread|extensive|serious|significant|storm|flood|\w+ing)\s+){0,3}(\p{L}+)\b/iu;

/** A count of people lost right after the event word: " at least 25,000 people", " thousands of its citizens", " 300 lives". */
const PEOPLE_LOST = new RegExp(
  String.raw`^\s+(?:(?:at\s+least|more\s+than|over|nearly|almost|about|around|some|up\s+to|an\s+estimated|close\s+to)\s+)?(?:\d[\d,.]*|${alternatives(words.counts)})(?:\s+(?:${alternatives(words.counts)}|of|its|their|own))*\s+(?:${alternatives(words.lostPeople)})\b`,
  'i',
);

/**
 * Whether the subject, a place, undergoes the event word: a city or region whatever befalls it ("New Orleans flooded"),
 * a country only when what it loses or suffers is power, water or damage ("Haiti lost power") or a count of its people
 * ("Peru lost 3,000 people": where they died); a country that loses a match, patience or a case, or floods a market, acts.
 */
function undergoes(r: Reading, actorId: string): boolean {
  const lemma = triggerLemma(r) ?? '';
  if (!UNDERGOING.has(lemma)) return false;
  if (r.kindOf(actorId) === 'place' || UNDERGONE_ANYHOW.has(lemma)) return true;
  const after = r.text.slice(r.event.trigger.end, r.event.trigger.end + 60);
  const thing = BEFALLEN_GAP.exec(after)?.[1];
  return (thing !== undefined && BEFALLEN.has(thing.toLowerCase())) || PEOPLE_LOST.test(after);
}

/** A part of a place before its name: "most of ", "parts of the " ("all of the United States mourned": its people). */
const PART_OF_PLACE = new RegExp(String.raw`\b(?:${alternatives(words.parts)})\s+of\s+(?:the\s+)?$`, 'i');
/** Right after the event word, a part of a place: " much of ", " large parts of the ". */
const PART_OBJECT = new RegExp(
  String.raw`^\s+(?:(?:${alternatives(words.partSizes)})\s+){0,2}(?:${alternatives(words.parts)})\s+of\s+(?:the\s+)?$`,
  'i',
);
/** After a place's name, up to three words it owns: "'s southern coast", "'s biggest port operator". */
const OWNED_WORDS = /^['’]s?((?:\s+[\p{L}-]+){1,3})/u;
/** Nouns of a part of a place: a stretch ("coast", "region") or a place noun ("province", "capital"). */
const PART_NOUNS = new Set(`${words.stretches} ${names.placeNouns}`.split(' '));
/** Nouns of a site or a road in a place: "'s main square", "'s northern suburbs", "'s coastal boulevard". */
const SITE_NOUNS = new Set(`${words.sites} ${words.waterAndLand}`.split(' '));
/** Words that may follow a noun phrase: its prepositions and joining words ("'s capital of", "'s coast and"). */
const AFTER_PHRASE = new Set(`${words.prepositions} and or which that`.split(' '));

/**
 * Whether a place's name owns a part of it, a noun of a part that ends its phrase: "'s Anbar province",
 * "'s southern coast was", "'s capital, Lima"; not a noun that only describes another ("'s biggest port operator",
 * "'s coast guard"). With `sites` (behind "in", "at", "on"), a site or a road is its own too, but only behind
 * words that describe it ("in Lima's northern suburbs"), not behind another noun ("'s coast guard station":
 * the body's). Elsewhere a site may be a body or a home ("Italy's foreign office summoned") or what is acted
 * on ("bombed Tripoli's eastern suburbs"), and the place keeps its own part.
 */
function ownsPart(r: Reading, m: ActorMention, sites = false): boolean {
  const found = OWNED_WORDS.exec(r.text.slice(m.end, m.end + 48));
  if (!found) return false;
  const from = m.end + found[0].length - found[1]!.length;
  let described = true;
  for (const word of found[1]!.matchAll(/[\p{L}-]+/gu)) {
    const at = from + word.index;
    const ends = phraseEnds(r, at + word[0].length);
    if ((PART_NOUNS.has(word[0]) || (sites && described && SITE_NOUNS.has(word[0]))) && ends) return true;
    described &&= wordAt(r, at)?.pos === 'ADJ';
  }
  return false;
}

/** Whether a noun phrase may end at `at`: no common noun follows that it would describe ("port operator"; "city Misrata", "coast when" end it). */
function phraseEnds(r: Reading, at: number): boolean {
  const next = /^\s*(?:(\p{L}[\p{L}-]*)|\S|$)/u.exec(r.text.slice(at, at + 24));
  if (!next?.[1]) return true;
  if (AFTER_PHRASE.has(next[1].toLowerCase())) return true;
  return wordAt(r, at + next[0].length - next[1].length)?.pos !== 'NOUN';
}

/** The analysed word that starts at `start`, if any. */
function wordAt(r: Reading, start: number) {
  const sentence = r.analysis?.[firstFrom(r.analysis, start + 1) - 1];
  return sentence?.tokens.find((x) => x.start === start);
}

/**
 * Whether the place `m` behind "at" after the event verb is aimed at: a verb of firing with what is sent
 * and no other preposition between ("fired two rockets at"), a verb of throwing only with a weapon ("threw stones at").
 */
function aimedAt(r: Reading, m: ActorMention): boolean {
  const lemma = triggerLemma(r) ?? '';
  const gap = r.text.slice(r.event.trigger.end, m.start);
  const aimed = AIMED_GAP.exec(gap);
  if (!aimed) return false;
  // "aimed at Washington", "hurled at police": with nothing sent between, a verb of throwing aims too.
  const sent = gap
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '' && w !== aimed[1]!.toLowerCase() && w !== 'the');
  // "fired on the crowd", "fired tear gas on the crowd": only a verb of firing aims "on", and only a weapon it fires
  // (the last word of what is sent); not a name that owns what follows ("fired on Hamas's orders"), nor, in a
  // passive with nothing sent, the place it is done on ("was shot on Malta").
  if (aimed[1]!.toLowerCase() === 'on')
    return (
      AIMING.has(lemma) &&
      (sent.length === 0
        ? !PASSIVE_BEFORE.test(r.text.slice(Math.max(0, r.event.trigger.start - 24), r.event.trigger.start))
        : WEAPONS.has(sent.at(-1)!)) &&
      !/^['’]/.test(r.text.slice(m.end, m.end + 1))
    );
  return AIMING.has(lemma) || (THROWING.has(lemma) && (sent.length === 0 || sent.some((w) => WEAPONS.has(w))));
}

/** A form of "be" right before a verb, with at most one adverb in -ly: "was shot", "were quickly fired". */
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+(?:\p{L}+ly\s+)?$/iu;

/**
 * The one told right after a verb of telling: the first name after it, or the one a name before it only says
 * whose or where from ("told CNN's Ana Ruiz", "told the Qatar-based Al Jazeera channel", "told the Lind Fund
 * director Ana Ruiz"), which after 's must end its phrase (not "told America's Middle East allies"). A body
 * whose programme is named is told itself ("told the BBC's World Today programme"), a place or a person that
 * owns those told is not. Never a name that opens what is told ("told AFP Israel would": a name run on into
 * the next clause's subject).
 */
function toldAfter(
  text: string,
  tokens: readonly Token[],
  trigger: Span,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention | null {
  if (!TELLING.has(text.slice(trigger.start, trigger.end).toLowerCase())) return null;
  const first = mentions.find((x) => x.start >= trigger.end);
  if (!first || !SAID_TO.test(text.slice(trigger.end, first.start))) return null;
  const next = (at: number) => tokens.find((x) => x.start >= at && /^\s*$/.test(text.slice(at, x.start)));
  const second = mentions.find((x) => x.start >= first.end && x.actorId !== first.actorId);
  const gap = second ? text.slice(first.end, second.start) : '';
  let m = first;
  // "told CNN's Ana Ruiz", "told Reuters columnist Ana Ruiz"; not "told CNN Friday he …": a day after the one told, then what is told.
  if (
    second &&
    kindOf(second.actorId) === 'person' &&
    kindOf(first.actorId) !== 'person' &&
    /^(?:\s+\p{Lu}[\p{L}.'’-]*){1,4}\s+$/u.test(gap) &&
    /^\p{Lu}/u.test(second.text) &&
    !gap.split(/\s+/).some((w) => BARE_DAYS.has(w.toLowerCase()))
  )
    m = second;
  else if (/^[-–'’]/.test(text.slice(first.end, first.end + 1))) {
    const owns = /^['’]/.test(gap || text.slice(first.end, first.end + 1));
    const ends =
      second !== undefined &&
      /^(?:['’]s?|[-–]\p{L}+)\s+(?:the\s+)?$/u.test(gap) &&
      !/^[-–'’]/.test(text.slice(second.end, second.end + 1)) &&
      !(owns && next(second.end)?.pos === 'NOUN');
    if (ends) m = second;
    else if (!owns || PLACES.includes(kindOf(first.actorId)) || kindOf(first.actorId) === 'person') return null;
  }
  const after = next(m.end);
  return after && (after.pos === 'VERB' || after.pos === 'AUX') ? null : m;
}

/** After a place's name, a time of day it owns, past two modifiers: "'s morning rush hour", "'s night". */
const DAY_TIMES = [...Object.keys(PARTS_OF_DAY), ...words.dayTimes].map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');
const OWNED_TIME = new RegExp(String.raw`^['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:${DAY_TIMES})\b`, 'u');
/** A preposition of time right before a place: "during ", "in ". */
const TIME_PREPOSITION = /\b(?:during|in|at|before|after|until)\s+$/i;

/** After the event word, an occasion it happens at and the place that occasion is held in: "revealed at a meeting held in ". */
const HELD_AT = new RegExp(
  String.raw`^\s+(?:[^,;]*\s)?(?:at|during)\s+(?:a|an|the|its|their)\s+(?:[\p{L}-]+\s+){1,3}(?:${alternatives(words.holdingParticiples)})\s+(?:in|at)\s+(?:the\s+)?$`,
  'u',
);
/** Whether a place is where the occasion the event happens at is held ("announced at a meeting held in Lyon"). */
function heldAt(r: Reading, m: ActorMention): boolean {
  const t = r.event.trigger;
  return PLACES.includes(r.kindOf(m.actorId)!) && m.start >= t.end && HELD_AT.test(r.text.slice(t.end, m.start));
}

/** A place behind "in", "at" and the like in the event's passage: where it happens. */
const placeBehindLocative = (r: Reading, m: ActorMention): boolean =>
  PLACES.includes(r.kindOf(m.actorId)!) &&
  behindLocative(r.text.slice(Math.max(r.event.quote.start, m.start - 48), m.start), r.text.slice(m.end, m.end + 16));

/** The part the place of a mention in its passage gives its actor, or null for a bystander. */
function placedRole(r: Reading, m: ActorMention): Role | null {
  const { text, event, mentions, kindOf, subject } = r;
  const t = event.trigger;
  const kind = kindOf(m.actorId);
  // The source that claims the event stays in its attribution: named in the attribution phrase
  // ("British officials confirmed that …"), it is the agent of the saying only.
  if (m.actorId === event.attribution.actorId && !placeBehindLocative(r, m) && (!r.claim || within(r.claim)(m)))
    return r.claim && !within(r.claim)(t) ? null : 'agent';
  // Whatever else the attribution phrase names ("said the commander of the Lyon garrison") describes the source.
  if (r.claim && within(r.claim)(m) && !within(r.claim)(t)) return null;
  if (aside(text, event.quote, m, t)) return null;
  // "worried about the future of the country": a place whose future or fate is spoken of takes no part.
  if (m.start >= t.end && PLACES.includes(kind) && TOPIC_OF.test(text.slice(Math.max(t.end, m.start - 32), m.start))) return null;
  // "The U.S. ambassador to Peru said": where an envoy is sent, in the words that name who acts, only says which envoy.
  if (m.end <= t.start && ENVOY_TO.test(text.slice(Math.max(event.quote.start, m.start - 40), m.start))) return null;
  // Named in another clause; not the one told right after a verb of telling ("told Reuters they would stay").
  // Not a name that only describes who is told ("told France-based Euronews").
  const told =
    m.start >= t.end ? toldAfter(text, r.analysis?.[firstFrom(r.analysis, m.start + 1) - 1]?.tokens ?? [], t, mentions, kindOf) : null;
  const toldTo = told === m;
  // Between a verb of telling and the one told, a name that only says whose or where from ("told the Qatar-based Al Jazeera") takes no part.
  const besideTold = told !== null && m.end <= told.start;
  if (subject && (m.end <= subject.start || m.start >= subject.end || besideTold) && !toldTo && !heldAt(r, m)) return null;
  const next = mentions.find((x) => x.start >= m.end && x.actorId !== m.actorId);
  if (next && (givesRole(text, m, next, kindOf) || givesRolePast(text, m, next, mentions, kindOf))) return null;
  // "NASA's Kennedy Space Center": a body before the place it owns only says whose it is.
  if (next && AGENCIES.includes(kind) && PLACES.includes(kindOf(next.actorId)!) && /^['’]s?\s+$/.test(text.slice(m.end, next.start)))
    return null;
  // "U.S. Agency for International Development": a country before its agency's name only says whose it is.
  if (next && kind === 'country' && AGENCIES.includes(kindOf(next.actorId)!) && /^[ \t]+$/.test(text.slice(m.end, next.start))) return null;
  if (inApposition(r, m)) return null;
  // "Ana Torres of Peru": the country a person belongs to, not a participant of its own.
  const prev = mentions.findLast((x) => x.end <= m.start);
  if (prev && kindOf(prev.actorId) === 'person' && /^,?\s+of\s+(?:the\s+)?$/.test(text.slice(prev.end, m.start))) return null;
  const place = PLACES.includes(kind);
  // After "said", a name belongs to what is said: "Ruiz said Iraq's leaders must debate" (a place it is said in keeps its preposition).
  const contentVerb = CONTENT_VERBS.has(text.slice(t.start, t.end).toLowerCase());
  // "Iraqis, for their part, he said, are …": before a speaker set off inside the words said, a name belongs to them.
  if (
    contentVerb &&
    m.end <= t.start &&
    !subject?.actorIds.includes(m.actorId) &&
    SPEAKER_SET_OFF.test(text.slice(m.end, t.start)) &&
    !(PLACES.includes(kind) ? PLACE_PREPOSITION : PREPOSITION).test(text.slice(Math.max(event.quote.start, m.start - 48), m.start))
  )
    return null;
  const content = m.start >= t.end && contentVerb;
  // '…," said interim Vice President Ana Ruiz': the speaker behind a title.
  if (
    content &&
    kind === 'person' &&
    /[,"“”]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) &&
    /^\s+(?:the\s+)?(?:\p{Ll}+\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}$/u.test(text.slice(t.end, m.start))
  )
    return 'agent';
  if (content && /^[\s,]*(?:that\s+)?(?:the\s+)?$/i.test(text.slice(t.end, m.start)))
    // '…," said Ana Ruiz': after the words said, who says them.
    return /[,"“”]\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && m.start >= t.end ? 'agent' : null;
  // "in Ukraine's next government": a place that owns what follows is no place where it happens,
  // unless what it owns is a place ("in California's Mojave Desert") or the event ("London's blackout").
  // So is a part of it its name and a place noun name ("in Iraq's Anbar province", "flooded Peru's southern coast").
  const owned = place && /^['’]/.test(text.slice(m.end, m.end + 1)) ? mentions.find((x) => x.start >= m.end) : null;
  const ownsNamed = owned && PLACES.includes(kindOf(owned.actorId)!) && POSSESSOR.test(text.slice(m.end, owned.start));
  // A site is the place's own behind "in", "at" and the like, and right after the event word: "bombed Tripoli's eastern suburbs" (the city undergoes it).
  const behind = place
    ? PLACE_PREPOSITION.exec(text.slice(Math.max(event.quote.start, m.start - 48), m.start))?.[1]?.toLowerCase()
    : undefined;
  const sites =
    (behind !== undefined && (LOCATIVE.has(behind) || behind === 'on')) || (m.start >= t.end && /^\s+$/.test(text.slice(t.end, m.start)));
  const ownsPlace = ownsNamed || (place && ownsPart(r, m, sites));
  // "Peru's port city of Callao was shaken by an earthquake": an owner before the event word takes the part of what it owns, never who acts.
  if (ownsPlace && !ownsNamed && m.end <= t.start) return owned && roleOf(r, owned) === 'patient' ? 'patient' : 'location';
  // "during London's morning rush hour": a place whose time of day the event happens in is where it happens.
  if (place && OWNED_TIME.test(text.slice(m.end, m.end + 40)) && TIME_PREPOSITION.test(text.slice(Math.max(0, m.start - 12), m.start)))
    return 'location';
  if (owned !== null && !ownsPlace) {
    if (m.end <= t.start && POSSESSOR.test(text.slice(m.end, t.start))) return 'location';
    // "protesting over Syria's military presence", "talks with Israel's government": a country whose doings the event is about or is held with takes part.
    const about = m.start >= t.end && kind === 'country' ? PREPOSITION.exec(text.slice(Math.max(t.end, m.start - 24), m.start)) : null;
    return about && ABOUT.has(about[1]!.toLowerCase()) ? 'other' : null;
  }
  // "The announcement comes despite a resolution condemning Japan": after the verb an event noun is
  // the subject of, what a preposition of time or contrast sets beside it is another event's.
  if (m.start >= t.end && r.analysis && setBeside(r.analysis, t, m)) return null;
  // "escorted the ambulance carrying the coffin of Ana Ruiz": who a participle tells of a noun about takes no part.
  if (!place && kind !== 'craft' && m.start >= t.end && r.analysis && behindNounParticiple(r.analysis, t, m)) return null;
  // "strikes on Libya", "sanctions against Iran": what an act of force is aimed at undergoes it.
  // Not the one an act is blamed on: "blamed Sunday's attack on Hamas".
  if (
    m.start >= t.end &&
    AIMED_AT.has(text.slice(t.start, t.end).toLowerCase()) &&
    /^\s+(?:on|against|upon)\s+(?:the\s+)?$/i.test(text.slice(t.end, m.start)) &&
    !BLAMED.test(text.slice(Math.max(event.quote.start, t.start - 48), t.start))
  )
    return 'patient';
  // "called on North Korea to stop", "appealed to Orvell": the one addressed is acted on.
  if (m.start >= t.end && ADDRESSING.test(text.slice(t.start, m.start))) return 'patient';
  // After the event word, only what stands between them ("assisting Haiti" is not behind the "for" before "assisting").
  const lead = text.slice(Math.max(event.quote.start, m.start - 48, m.start >= t.end ? t.end : 0), m.start);
  // "Engineers from Okinawa, Japan arrived": where those who act come from is neither where it happens nor a participant.
  if (
    place &&
    m.end <= t.start &&
    ORIGIN.test(lead) &&
    !r.analysis?.some((s) => s.tokens.some((x) => x.start >= m.end && x.end <= t.start && (x.pos === 'VERB' || x.pos === 'AUX')))
  )
    return null;
  const before = (place ? PLACE_PREPOSITION : PREPOSITION).exec(lead);
  // "spoke about the situation in Baghdad": a place of what it is about is not where it happens.
  if (place && m.start >= t.end && ABOUT_PLACE.test(text.slice(t.end, m.start))) return null;
  // "Egypt, along with Jordan, …": a partner, no place.
  const preposition = behindPartner(lead) ? 'with' : (before?.[1]?.toLowerCase() ?? null);
  // "destroyed much of Haiti": the part of a place right after the event word is what it is done to.
  if (place && m.start >= t.end && PART_OBJECT.test(text.slice(t.end, m.start))) return 'patient';
  // "fired rockets at Israel", "fired on Hamas supporters": what is aimed at is the target, not where it happens.
  // A place naming the site aimed at stays where it happens ("shooting at a Damascus funeral").
  if ((preposition === 'at' || preposition === 'on') && m.start >= t.end && aimedAt(r, m) && !(kind === 'place' && modifies(r, m)))
    return 'patient';
  if (preposition && LOCATIVE.has(preposition) && place) return 'location';
  // "The waves struck as far away as Tanzania": how far it reached names a place where it happens.
  if (place && m.start >= t.end && AS_FAR_AS.test(text.slice(t.end, m.start))) return 'location';
  if (kind === 'country' && !preposition && heldUnnamed(r, m)) return 'location';
  if (preposition && DESTINATION.has(preposition) && kind === 'place') return 'location';
  // "flew supplies into Haiti", "defected to Malta", "moving ships from Guam": a country gone to or from is where it happens ("offered peace to Israel": not a place gone to).
  if (preposition && DESTINATION.has(preposition) && kind === 'country' && movedThrough(r, m)) return 'location';
  // "on the Louisiana coast", "along the Afghan border": a place naming a stretch of land where it happens.
  if (
    place &&
    preposition &&
    (LOCATIVE.has(preposition) || preposition === 'on') &&
    (STRETCH.test(text.slice(m.end, m.end + 16)) || ownsPart(r, m, true))
  )
    return 'location';
  if (place && preposition === 'of' && DIRECTION_OF.test(text.slice(Math.max(event.quote.start, m.start - 24), m.start))) return 'location';
  // "on Lake Nemora", "on India's Andaman Islands": land or water something is set on.
  if (place && preposition === 'on' && setOn((owned ?? m).text)) return 'location';
  // "into the settlements of the Gaza Strip", "in the streets of Baghdad": a part of the place.
  if (place && preposition === 'of' && partOf(text.slice(Math.max(event.quote.start, m.start - 64), m.start), kind === 'country'))
    return 'location';
  // "in Jakarta, Indonesia", "east of New Orleans, Louisiana": a place that places the one before
  // it; "in Baquba and Basra", "in Fallujah, Ramadi or Samarra": places joined to where it happens;
  // "visited Hamburg, Paris and Rome": places joined to the place visited.
  if (
    place &&
    prev &&
    PLACES.includes(kindOf(prev.actorId)!) &&
    PLACE_JOINED.test(text.slice(prev.end, m.start)) &&
    !/^['’]/.test(text.slice(m.end)) &&
    prev.start >= event.quote.start
  ) {
    const joined = placedRole(r, prev);
    if (joined === 'location' || joined === 'patient') return joined;
  }
  // "pummeled Pakistan's northern Kashmir region": a place its owner's name opens takes the owner's part.
  if (place && prev && prev.start >= t.end && PLACES.includes(kindOf(prev.actorId)!) && POSSESSOR.test(text.slice(prev.end, m.start))) {
    const owner = placedRole(r, prev);
    if (owner === 'location' || owner === 'patient') return owner;
  }
  // "timed during the summit hosted by Britain": "by" after another verb names who did that, not the event.
  // "released by Indonesia's relief agency": "by" before the body's owner.
  const byOwner = !preposition && AGENCIES.includes(kind) && BY_OWNER.test(lead);
  // "hailed by President Ana Ruiz": "by" before a person's title.
  // Not the owner of who does it: "shot by former President Ana Ruiz's bodyguard".
  const byTitled =
    !preposition &&
    kind === 'person' &&
    m.start >= t.end &&
    BY_TITLED.test(text.slice(t.end, m.start)) &&
    !/^['’]/.test(text.slice(m.end, m.end + 1));
  // "an appeal by his opponent": who acts is whom "his" owns, not its owner.
  // Not a leader's forces or government: "killed by his forces" is his doing.
  if (preposition === 'by' && /^(?:his|her)$/i.test(m.text) && owns(r, m) && !FORCES_AFTER.test(text.slice(m.end, m.end + 48)))
    return 'other';
  if (preposition === 'by' || byOwner || byTitled) return byAnother(r, m) || byBefore(r, m) ? null : 'agent';
  // "Hariri's assassination", "the death of Yasser Arafat": who undergoes it, else who does it ("Hamas’ demand").
  // "his funeral and subsequent burial": the noun ends the event word.
  const undergone = UNDERGONE.has(text.slice(t.start, t.end).toLowerCase().split(/\s+/).at(-1)!);
  if (m.end <= t.start && POSSESSOR.test(text.slice(m.end, t.start))) return undergone ? 'patient' : 'agent';
  if (m.end <= t.start && POSSESSIVE.test(m.text) && NOUN_GAP.test(text.slice(m.end, t.start))) return undergone ? 'patient' : 'agent';
  if (undergone && m.end <= t.start && POSSESSIVE.test(m.text) && JOINED_NOUN_GAP.test(text.slice(m.end, t.start))) return 'patient';
  if (undergone && m.start >= t.end && OF_OBJECT.test(text.slice(t.end, m.start))) return 'patient';
  // "Ruiz criticized the court's decision": who reacts to an event takes no part in it; "Voters
  // went to the polls after the death of …": who acts in the clause an event noun is set in, neither.
  if (m.end <= t.start && !subject && (REACTION.test(text.slice(m.end, t.start)) || SET_IN.test(text.slice(m.end, t.start)))) return null;
  // "The commission released results from the election", "the court, which cleared the way for the
  // re-run": who does what an event noun hangs on, past another noun and a preposition, takes no part in it.
  if (m.end <= t.start && !subject && r.clause && m.end <= r.clause.head!.start && hangsOnNoun(r.clause, t)) return null;
  // "His rival, Ana Ruiz, was declared the winner": whose the subject is only describes it.
  if (m.end <= t.start && POSSESSIVE.test(m.text) && subject?.actorIds.length && !subject.actorIds.includes(m.actorId)) return null;

  // Before the event word: the agent when nothing else says who is; another clause's actor, or one
  // beside the subject the clause reading found, is only involved. A place (not a country: "Israel
  // offered" speaks for its government) acts in nothing: right before an event noun it says where
  // ("the Indian Ocean tsunami"), else it takes no part.
  if (m.end <= t.start && kind === 'place' && !preposition)
    return /^[\s-]*$/.test(text.slice(m.end, t.start)) && !subject?.actorIds.length ? 'location' : null;
  // "In an interview with the Interfax news agency, Ana Ruiz called …": the outlet that carries it is no participant.
  if (m.end <= t.start && kind === 'media' && subject?.actorIds.length && OUTLET_WITH.test(lead)) return null;
  // "Shortly after Ana Ruiz's speech, India said": who a phrase of time opening the sentence names takes no part in what its subject does.
  // "During a visit to Iraq, Ana Ruiz met …": a place a phrase of "during" goes to or stands in is where it happens.
  if (m.end <= t.start && subject?.actorIds.length && !subject.actorIds.includes(m.actorId) && frontedBeside(r, m))
    return place && DURING_IN.test(text.slice(Math.max(0, m.start - 80), m.start)) ? 'location' : null;
  // "The late pope's body will lie in state until his burial": who is named before what is undergone does not do it.
  if (m.end <= t.start) return preposition || subject || undergone ? 'other' : 'agent';
  // "wore his robes", "raised its rates": the owner of what it is done to is not what it is done to ("killing her, …" is she).
  if (m.start >= t.end && !preposition && owns(r, m) && OBJECT_GAP.test(text.slice(t.end, m.start))) return 'other';
  if (m.start >= t.end && !preposition && OBJECT_GAP.test(text.slice(t.end, m.start)))
    // "struck Indian Ocean nations": a place naming where what is struck stands; "gave the United States permission": a country is given to.
    // "reached Muzaffarabad", "entered Gaza": a place gone to or through is where it happens.
    return place && ((modifies(r, m) && (kind === 'place' || landAfter(r, m))) || goneTo(r, m)) ? 'location' : 'patient';
  if (m.start >= t.end && kind === 'person' && TITLED_OBJECT_GAP.test(text.slice(t.end, m.start))) return 'patient';
  if (m.start >= t.end && kind === 'craft' && CRAFT_OBJECT_GAP.test(text.slice(t.end, m.start))) return 'patient';
  // "released the cruiser Bunker Hill and the survey ship Henson": joined to what it is done to, it is done to as well.
  if (
    m.start >= t.end &&
    prev &&
    prev.start >= t.end &&
    JOINED_OBJECT.test(text.slice(prev.end, m.start)) &&
    placedRole(r, prev) === 'patient'
  )
    return 'patient';
  // "killed 150,000 people in 12 Indian Ocean nations": a place naming where the things counted are, behind a
  // preposition of where, is where; "… as a result of the Indian Ocean tsunami": behind another one, it only names the thing.
  if (
    m.start >= t.end &&
    kind === 'place' &&
    modifies(r, m) &&
    !SITE.test(text.slice(m.end, m.end + 16)) &&
    !NAME_PARTICLE.test(text.slice(m.end, m.end + 16))
  )
    return COUNTED_IN.test(lead) ? 'location' : null;
  if (m.start < t.end && m.end > t.start) return 'agent'; // the event word holds its actor: "Egypt-brokered ceasefire"
  return 'other';
}

/** A phrase of time or contrast that opens the sentence, up to a mention: "Shortly after ", "Hours before the ". */
const FRONTED_BESIDE = new RegExp(
  String.raw`^[\s"“]*(?:\p{L}+\s+)?(?:after|before|since|until|following|despite|amid|during)\s+[^,;:()"“”]*$`,
  'iu',
);

/** A phrase of "during" up to a place it goes to or stands in: "During a visit to ", "During talks in the ". */
const DURING_IN = /\bduring\s+[^,;:()"“”]*\b(?:to|in|at)\s+(?:the\s+)?$/i;

/** Whether `m` stands in a phrase of time or contrast that opens the sentence and ends at a comma before the event word. */
function frontedBeside(r: Reading, m: ActorMention): boolean {
  const sentence = r.analysis?.[firstFrom(r.analysis, m.start + 1) - 1];
  if (!sentence || sentence.start > m.start) return false;
  return FRONTED_BESIDE.test(r.text.slice(sentence.start, m.start)) && r.text.slice(m.end, r.event.trigger.start).includes(',');
}

/** "with" or "to" before an outlet's name, past an article and two modifiers: "in an interview with the Russian ". */
const OUTLET_WITH = /\b(?:with|to)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;

/** After the event word, "about" and what it is about, then a preposition of where: " about the situation in "; not "about" before a count ("arrested about a dozen protesters in"). */
const ABOUT_PLACE = new RegExp(
  String.raw`^\s+(?:\p{Ll}+ly\s+)?(?:about(?!\s+(?:a\s+|an\s+)?(?:\d|(?:${alternatives(words.counts)})\b))|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}-]+\s+){1,3}(?:in|at|inside|across|throughout)\s+(?:the\s+)?$`,
  'u',
);

/** Words for people or craft, also opening a sentence: "[Ee]ngineers". */
const COMERS = `${names.unnamedPeople} ${words.comers} ${groupNouns.crews} ${groupNouns.craft}`
  .split(' ')
  .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
  .join('|');
/** People, "from" and places, right before a place: "engineers from Okinawa, ", "teams from Israel and ", "people evacuated from Houston "; not "a withdrawal from the Golan Heights occupied in 1967", "weapons from Iran". */
const ORIGIN = new RegExp(
  String.raw`(?:\b(?:${COMERS})|\p{Ll}ed|team|crew|delegation|staff|force|unit|contingent)[ \t]+from[ \t]+(?:the[ \t]+)?(?:(?:\p{Lu}[\p{L}'’-]*|U\.S\.|and|or|the),?[ \t]+)*$`,
  'u',
);

/** Between two things done to, joined: " and the survey ship ", ", and ". */
const JOINED_OBJECT = /^\s*,?\s*(?:and|or)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;

/** Nouns of taking part that an event noun may hang on: "took part in the ceremony", "won a majority in the election". */
const TAKING_PART = new Set(words.takingPart.split(' '));

/** Between a clause's verb and an event noun, another noun and then a preposition: "released results from the election". */
function hangsOnNoun(c: VerbClause, t: Span): boolean {
  const between = c.tokens.filter((x) => x.start >= c.head!.end && x.end <= t.start);
  const noun = between.findIndex((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
  if (noun < 0 || TAKING_PART.has(between[noun]!.lower)) return false;
  return between.slice(noun + 1).some((x) => x.pos === 'ADP');
}

/** Prepositions that set one event beside another: "comes despite", "came after". */
const BESIDE = new Set(['despite', 'after', 'before', 'amid', 'following', 'since', 'until']);

/** An event noun, then a verb, then one of BESIDE before the mention: "the announcement comes despite … Japan". */
function setBeside(analysis: readonly AnalyzedSentence[], t: Span, m: ActorMention): boolean {
  const sentence = analysis[firstFrom(analysis, t.start + 1) - 1];
  const tokens = sentence?.tokens.filter((x) => x.start >= t.start && x.end <= m.start) ?? [];
  if (tokens[0]?.pos !== 'NOUN') return false;
  const verb = tokens.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  return verb > 0 && tokens.slice(verb + 1).some((x) => BESIDE.has(x.lower));
}

/** A name that may be a place no place actor names, then a comma, before the country that holds it: "Port-Au-Prince, ". */
const UNNAMED_HELD = /(?:\p{Lu}[\p{L}'’.-]*[\s-]+){0,2}\p{Lu}[\p{L}'’.-]*,\s+$/u;

/** "arrived off the coast of Port-Au-Prince, Haiti", the city named by no place actor: the country holds where it happens. */
function heldUnnamed(r: Reading, m: ActorMention): boolean {
  const { text, event, mentions } = r;
  const lead = text.slice(Math.max(event.quote.start, m.start - 48), m.start);
  const held = UNNAMED_HELD.exec(lead);
  if (!held) return false;
  const at = m.start - held[0].length;
  if (mentions.some((x) => x.end > at && x.start < m.start && r.kindOf(x.actorId) === 'person')) return false;
  const front = text.slice(Math.max(event.quote.start, at - 64), at);
  const preposition = PLACE_PREPOSITION.exec(front)?.[1]?.toLowerCase();
  if (preposition === undefined) return false;
  return LOCATIVE.has(preposition) || (preposition === 'of' && (partOf(front, true) || DIRECTION_OF.test(front.slice(-24))));
}

/** The "by" before a mention after the event word follows another verb: "the summit hosted by Britain". */
function byAnother(r: Reading, m: ActorMention): boolean {
  const t = r.event.trigger;
  if (m.start < t.end || !r.analysis) return false;
  const sentence = r.analysis[firstFrom(r.analysis, m.start + 1) - 1];
  const by = sentence?.tokens.findLast((x) => x.end <= m.start && x.lower === 'by');
  const verb = by && sentence!.tokens[sentence!.tokens.indexOf(by) - 1];
  return verb !== undefined && verb.start >= t.end && verb.pos === 'VERB';
}

/**
 * The "by" before a mention ahead of the event word ends another verb's clause: "annulled by the
 * court in a ruling that opened the way for the vote"; not the event word's own auxiliaries ("a
 * bombing by Hamas has killed 12").
 */
function byBefore(r: Reading, m: ActorMention): boolean {
  const t = r.event.trigger;
  if (m.end > t.start || !r.analysis) return false;
  const sentence = r.analysis[firstFrom(r.analysis, m.start + 1) - 1];
  if (!sentence) return false;
  // "By Ana Ruiz, Special to CNN": a "By" that opens the sentence is a byline or a means, no doer.
  const by = sentence.tokens.findLast((x) => x.end <= m.start && x.lower === 'by');
  if (by?.text === 'By') return true;
  // "Security forces led by Assad relatives have shown": "by" after a participle names who did that,
  // not who does the verb ("ousted by Ruiz in a coup" may still name who staged the coup).
  const verb = sentence.tokens.find((x) => x.start === t.start)?.pos === 'VERB';
  if (verb && by && sentence.tokens[sentence.tokens.indexOf(by) - 1]?.pos === 'VERB') return true;
  const between = sentence.tokens.filter((x) => x.start >= m.end && x.end <= t.start);
  let own = between.length;
  while (own > 0 && OWN_GROUP.has(between[own - 1]!.pos)) own--;
  // "The claim by Ana Ruiz, who cited": a relative clause of the one named, holding the event word.
  if (between[0]?.lower === ',' && RELATIVE_PRONOUNS.has(between[1]?.lower ?? '') && own <= 2) return false;
  // "The advance by the army was stopped": in the passive, who does what the subject names is not who does the event.
  if (between.slice(own).some((x) => x.pos === 'AUX' && PASSIVE_AUX.has(x.lemma))) return true;
  // "the coalition headed by Hezbollah, are allied": past a mark of a clause's end, another clause.
  return between.slice(0, own).some((x) => x.pos === 'VERB' || x.pos === 'AUX' || x.pos === 'PUNCT');
}

/** What an event verb's own group holds before it: "has", "will not", "has already". */
const OWN_GROUP = new Set(['AUX', 'ADV', 'PART']);
const PASSIVE_AUX = new Set(['be', 'get']);
const RELATIVE_PRONOUNS = new Set(['who', 'which']);

const LISTING = new Set(['including', 'excluding']);
/** Participles of a craft carrying people, who undergo what befalls it: "a convoy carrying". */
const CARRYING = new Set(words.carryingParticiples.split(' '));

/**
 * Between the event word and a mention, a noun then a participle in -ing that tells of it: "the
 * ambulance carrying the coffin of", "a statement criticizing"; not who a craft carries, right after
 * its participle ("attacked a convoy carrying Prime Minister Ana Ruiz": she is attacked too).
 */
function behindNounParticiple(analysis: readonly AnalyzedSentence[], t: Span, m: ActorMention): boolean {
  const sentence = analysis[firstFrom(analysis, t.start + 1) - 1];
  const tokens = sentence?.tokens.filter((x) => x.start >= t.end && x.end <= m.start) ?? [];
  // Not "including", "excluding": they list what the event takes in ("deployed a team to Haiti including engineers").
  const at = tokens.findIndex(
    (x, i) => i > 0 && x.pos === 'VERB' && /ing$/i.test(x.text) && !LISTING.has(x.lower) && tokens[i - 1]!.pos === 'NOUN',
  );
  if (at <= 0) return false;
  // "…, the sea base supporting Joint Task Force Haiti": past a comma the noun is no longer what the event word takes.
  const carried =
    CARRYING.has(tokens[at]!.lower) &&
    !tokens.slice(at + 1).some((x) => x.pos === 'NOUN') &&
    !tokens.slice(0, at).some((x) => x.pos === 'PUNCT') &&
    !/^['’]/.test(sentence!.tokens.find((x) => x.start >= m.end)?.text ?? '');
  return !carried;
}

/** A place naming where what follows is, right before a common noun: "struck Indian Ocean nations", "the Caribbean nation". */
function modifies(r: Reading, m: ActorMention): boolean {
  const next = /^\s+(?=\p{Ll})/u.exec(r.text.slice(m.end, m.end + 4));
  if (!next || !r.analysis) return false;
  const at = m.end + next[0].length;
  const sentence = r.analysis[firstFrom(r.analysis, at + 1) - 1];
  return sentence?.tokens.find((x) => x.start === at)?.pos === 'NOUN';
}

/** Verbs (lemmas) by which whoever does them moves, or reports from somewhere: a country they go to or come from is where it happens. */
const MOVING = new Set(words.movingVerbs.split(' '));
/** Verbs (lemmas) that move only when people, craft or goods move ("moved troops to", not "moved closer to", "the contract went to"). */
const MOVING_WHAT = new Set(words.movingWhatVerbs.split(' '));
/** What moves (lemmas): people, craft, goods. */
const MOVERS = new Set(words.movers.split(' '));
/** Between a verb and the country it goes to: no clause break. */
const MOVED_GAP = /^[^,;:.!?()"“”]{0,80}$/;

/**
 * Whether the event word, a verb, moves someone or something to, into or from the country `m` ("flew aid into Haiti",
 * "Ana Ruiz returned to Spain", "moved five ships from Guam"); not a thing given or a word sent ("returned the bronzes to
 * Nigeria", "criticism came from France", "pumped billions into Greece").
 */
function movedThrough(r: Reading, m: ActorMention): boolean {
  const t = r.event.trigger;
  if (m.start < t.end || !MOVED_GAP.test(r.text.slice(t.end, m.start))) return false;
  const sentence = r.analysis?.[firstFrom(r.analysis, t.start + 1) - 1];
  const word = sentence?.tokens.find((x) => x.start === t.start);
  if (!sentence || word?.pos !== 'VERB') return false;
  if (MOVING.has(word.lemma)) return true;
  // People, craft or goods named just before the country move; or people or craft themselves, when nothing else is moved.
  const into = moves(r, m);
  const named = sentence.tokens.filter((x) => x.start >= Math.max(sentence.start, t.start - 60) && x.end <= m.start);
  const mover = (x: { pos: string; lemma: string }) =>
    (x.pos === 'NOUN' || x.pos === 'PROPN') && (MOVERS.has(x.lemma.toLowerCase()) || MOVERS.has(x.lemma.toLowerCase().replace(/s$/, '')));
  if (named.some(mover)) return MOVING_WHAT.has(word.lemma) || into;
  if (!MOVING_WHAT.has(word.lemma) && !into) return false;
  const object = named.some((x) => x.start >= t.end && (x.pos === 'NOUN' || x.pos === 'PROPN' || x.pos === 'PRON'));
  return !object && !!r.subject?.actorIds.some((id) => MOVING_KINDS.includes(r.kindOf(id)!));
}

/** Kinds of actor that move themselves. */
const MOVING_KINDS: readonly (ActorKind | undefined)[] = ['person', 'craft', 'group'];
/** Before a country, a preposition of moving into or onto it ("smuggled weapons into Syria"). */
const moves = (r: Reading, m: ActorMention) => /\b(?:into|onto)\s+(?:the\s+)?$/i.test(r.text.slice(Math.max(0, m.start - 12), m.start));

/** Verbs (lemmas) of going to, into or through a place: the place they take is where it happens. */
const GOING = new Set(words.goingVerbs.split(' '));

/** After a place left, the state it is left in: "left Haiti without power", "left Iraq in ruins". */
const LEFT_IN = new RegExp(String.raw`^\s+(?:in\s+)?(?:${words.leftInState.split(' ').join('|')})\b`, 'i');
/** Verbs of searching: the owner of what is searched ("searched Iran's embassy") undergoes it, where "crossed Libya's borders" is where. */
const SEARCHING = new Set(words.searchingVerbs.split(' '));
/** Adjectives of when after a place left ("left Benghazi early Wednesday", "left Libya last week"): no state it is left in. */
const WHEN_WORDS = /^(?:early|late|last|next|earlier|later)$/;
/** After a body or a country approached, what it is asked about: "approached Germany about a loan". */
const ADDRESSED = new RegExp(String.raw`^\s+(?:${words.addressedAbout.split(' ').join('|')})\b`, 'i');

/**
 * Whether the event word is a verb of going to or through the place `m`: "reached", "entered"; not
 * where the place only owns what is searched ("searched Iran's embassy"), is left in a state ("left
 * Haiti without power", "left Israel reeling") or is asked ("approached Germany about a loan").
 */
function goneTo(r: Reading, m: ActorMention): boolean {
  const t = r.event.trigger;
  const sentence = r.analysis?.[firstFrom(r.analysis, t.start + 1) - 1];
  const word = sentence?.tokens.find((x) => x.start === t.start);
  if (word?.pos !== 'VERB' || !GOING.has(word.lemma)) return false;
  const after = r.text.slice(m.end, m.end + 32);
  if (SEARCHING.has(word.lemma) && (/['’]s?$/.test(m.text) || /^['’]/.test(after))) return false;
  const next = sentence!.tokens.find((x) => x.start >= m.end);
  const state = (next?.pos === 'ADJ' && !WHEN_WORDS.test(next.lower)) || (next?.pos === 'VERB' && next.lower.endsWith('ing'));
  if (word.lemma === 'leave' && (LEFT_IN.test(after) || state)) return false;
  return !(word.lemma === 'approach' && ADDRESSED.test(after));
}

/** Of those, the many: "Costa's supporters", where "Costa's rival in the election" runs against Costa. */
const PLURAL_OUTSIDERS = words.outsiders
  .split(' ')
  .filter((w) => w.endsWith('s'))
  .join(' ');
/**
 * After a name, people who stand toward it, not for it: "Yushchenko supporters", "Yushchenko's
 * supporters" (not "Obama's opponent in the election"), "told Pentagon reporters", "Hamas and Fatah supporters" (of both), not "Israel and
 * Hamas's supporters" (Israel and the supporters of Hamas).
 */
const OUTSIDERS = new RegExp(
  String.raw`^(?:(?:\s+(?:and|or)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?\s+(?:${alternatives(words.outsiders)})|['’]s?\s+(?:${alternatives(PLURAL_OUTSIDERS)}))\b`,
  'u',
);

/** After a body's name, those who stand for it: "Hamas supporters", "Fatah's followers", "Hamas and Fatah supporters". */
const ADHERENTS = new RegExp(
  String.raw`^(?:\s+(?:and|or)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,2})?(?:['’]s?)?\s+(?:${alternatives(words.adherents)})\b`,
  'u',
);

/** A body whose adherents act acts through them ("police fired on Hamas supporters"); a person's stand toward the person. */
const ADHERED_TO = new Set<ActorKind | undefined>(['group', 'organization']);

/**
 * Of a document's mentions, those that name a group or an organization, not by the last name of a
 * person the document names ("Bashar al-Assad … Assad supporters": the person's, whatever kind the
 * name was first given), nor an organization by one word only ("Gadhafi supporters").
 */
function adheredTo(mentions: readonly ActorMention[], kindOf: (actorId: string) => ActorKind | undefined): (m: ActorMention) => boolean {
  // "al-Assad" is "Assad" too.
  const last = (name: string) => name.split(/\s+/).at(-1)!;
  const surnames = new Set(
    mentions.flatMap((m) => (kindOf(m.actorId) === 'person' ? [last(m.text), last(m.text).replace(/^\p{Ll}+-/u, '')] : [])),
  );
  // A lone word taken for an organization may be a person's name the document gives no more of ("Gadhafi supporters").
  const lone = (m: ActorMention) => kindOf(m.actorId) === 'organization' && /^\p{Lu}\p{Ll}+$/u.test(m.text);
  return (m) => ADHERED_TO.has(kindOf(m.actorId)) && !surnames.has(m.text) && !lone(m);
}

/** A name that only says whom the people after it stand toward: "Yushchenko supporters streamed into the square". */
function outsider(text: string, m: ActorMention, body: (m: ActorMention) => boolean = () => false): boolean {
  // Not a pronoun: "called on its followers" is the body's own call.
  if (!/^\p{Lu}/u.test(m.text) || /^(?:his|her|its|their)$/i.test(m.text)) return false;
  const after = text.slice(m.end, m.end + 64);
  return OUTSIDERS.test(after) && !(body(m) && ADHERENTS.test(after));
}

/** After a possessive, a leader's forces, government or officials: " security forces", " government's forces", " regime". */
const FORCES_AFTER = new RegExp(
  String.raw`^\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${alternatives(`${groupNouns.nouns} ${groupNouns.crews} ${groupNouns.craft} ${words.forces}`)})\b`,
  'u',
);

/** Whether a possessive pronoun owns a noun after it: "his robes", "her first blessing"; not the object "her" in "killing her, …". */
function owns(r: Reading, m: ActorMention): boolean {
  if (!POSSESSIVE.test(m.text)) return false;
  if (m.text.toLowerCase() !== 'her') return true;
  const next = /^\s+(?=\S)/.exec(r.text.slice(m.end, m.end + 8));
  const word = next ? wordAt(r, m.end + next[0].length) : undefined;
  return word !== undefined && ['NOUN', 'ADJ', 'PROPN', 'NUM'].includes(word.pos);
}

/** After a person's name, people or a body of their own, maybe past two modifiers: "'s party", "'s secular party", "'s wife". */
const OWN_PEOPLE = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:(?!(?:${alternatives(words.prepositions)}|and|or|but|his|her|its|their|the|a|an)\s)\p{Ll}[\p{Ll}-]*\s+){0,2}?(?:${alternatives(`${words.ownPeople} ${family.kin}`)})\b`,
  'u',
);

/**
 * Whether a person is named only as the one whose party, aides or kin do or undergo it: "Ruiz's party won",
 * "his lawyers said", "met Ruiz's wife"; not when that noun is the event word ("Ruiz's campaign").
 */
function ownPeopleAct(r: Reading, m: ActorMention): boolean {
  if (r.kindOf(m.actorId) !== 'person' || /^(?:its|their)$/i.test(m.text)) return false;
  const own = OWN_PEOPLE.exec(r.text.slice(m.end, m.end + 48));
  if (own === null || (!/^['’]/.test(own[0]) && !/^(?:his|her)$/i.test(m.text))) return false;
  return !(r.event.trigger.start >= m.end && r.event.trigger.start < m.end + own[0].length);
}

/** The subject names a person only as the one whose party, aides or kin act: "Ruiz's party won". */
function onlyOwner(r: Reading, mentions: readonly ActorMention[], id: string): boolean {
  const own = mentions.filter((m) => m.actorId === id);
  return own.length > 0 && own.every((m) => ownPeopleAct(r, m));
}

/** The subject names an actor only by the people who stand toward it. */
function onlyOutsider(text: string, mentions: readonly ActorMention[], id: string, body: (m: ActorMention) => boolean): boolean {
  const own = mentions.filter((m) => m.actorId === id);
  return own.length > 0 && own.every((m) => outsider(text, m, body));
}

/** Whether the subject names the actor only as where a body is based: "The Lyon-based council said". */
function onlyBase(text: string, mentions: readonly ActorMention[], id: string): boolean {
  const own = mentions.filter((m) => m.actorId === id);
  return own.length > 0 && own.every((m) => BASED.test(text.slice(m.end, m.end + 16)));
}

/** Nouns of land or of where people live, after a country's name: "Indian Ocean nations", "Iraqi towns". */
const LAND = new Set([...words.land.split(' '), ...names.placeNouns]);

/** The common noun right after a country's name names land: "hit Japanese cities", not "gave the United States permission". */
function landAfter(r: Reading, m: ActorMention): boolean {
  const next = /^\s+(?=\p{Ll})/u.exec(r.text.slice(m.end, m.end + 4));
  if (!next || !r.analysis) return false;
  const at = m.end + next[0].length;
  const noun = r.analysis[firstFrom(r.analysis, at + 1) - 1]?.tokens.find((x) => x.start === at);
  // By its lemma: "cities" is "city", "territories" "territory".
  return noun !== undefined && (LAND.has(noun.lower) || LAND.has(noun.lemma));
}

/** After a person's name, an apposition set off by commas: ", commanding officer of the Army's 1st Cavalry Division,". */
const APPOSITION_AFTER = /^,\s*(?:the\s+|a\s+|an\s+)?\p{Ll}[^,;:()"“”]*$/u;
/** Before a person's name set off by commas, the description of the person: "The new chairman of Ukraine's election commission,". */
const APPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:[Tt]he\s+|[Aa]n?\s+)?(?:(?:\p{Lu}[\p{L}.-]*|[\p{Ll}-]+)\s+){0,3}(?:of|at|for|with|(?:${alternatives(words.envoys)})\s+to)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*(?:['’]s?)?\s+)?$`,
  'u',
);
/** An envoy's title and "to" before where the envoy is sent: "ambassador to the ". */
const ENVOY_TO = new RegExp(String.raw`\b(?:${alternatives(words.envoyTitles)})\s+to\s+(?:the\s+)?$`, 'i');
/** A country or body that opens a person's description set off before the name: "The U.S. | ambassador to Spain, Ana Ruiz,". */
const APPOSITION_OWNER = /(?:^|[,;:]\s*)(?:[Tt]he\s+|[Aa]n?\s+)?$/u;
/** After it, the title, maybe with where or what of: " ambassador to Spain, ", " foreign minister, ". */
const APPOSITION_TITLE =
  /^\s+(?!(?:and|or|but|his|her|its|their)\b)(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+(?:\s+(?:of|to|for|at|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s*){1,4})?,\s*$/u;

/**
 * An actor named in an apposition that describes a person ("Ruiz, head of the Lyon office, said",
 * "The chairman of Acme, Ana Ruiz, said") only gives the person a role: a bystander, unless the
 * event word stands in the apposition too.
 */
function inApposition(r: Reading, m: ActorMention): boolean {
  const { text, event, mentions, kindOf } = r;
  const t = event.trigger;
  const person = (x: ActorMention | undefined) => x !== undefined && kindOf(x.actorId) === 'person';
  const prev = mentions.findLast((x) => x.end <= m.start && person(x));
  if (prev && APPOSITION_AFTER.test(text.slice(prev.end, m.start))) {
    const close = text.indexOf(',', m.end);
    if (close >= 0 && close < event.quote.end && /^[^;:()"“”]*$/.test(text.slice(m.end, close)))
      return !(t.start > prev.end && t.start < close);
  }
  const next = mentions.find((x) => x.start >= m.end && person(x));
  if (!next || !/^[^,;:()"“”]*,\s*$/.test(text.slice(m.end, next.start)) || !/^\s*,/.test(text.slice(next.end))) return false;
  const comma = text.lastIndexOf(',', m.start);
  const open = comma >= event.quote.start ? comma : event.quote.start; // the comma itself, or the passage's start
  const described =
    APPOSITION_BEFORE.test(text.slice(open, m.start)) ||
    (kindOf(m.actorId) !== 'person' &&
      APPOSITION_OWNER.test(text.slice(open, m.start)) &&
      APPOSITION_TITLE.test(text.slice(m.end, next.start)));
  return described && !(t.start >= open && t.start < next.start);
}

/** The mention stands in a parenthesis or relative clause that does not hold the event word. */
function aside(text: string, quote: Span, m: ActorMention, trigger: Span): boolean {
  const slice = text.slice(quote.start, quote.end);
  RELATIVE.lastIndex = 0;
  for (let r = RELATIVE.exec(slice); r; r = RELATIVE.exec(slice)) {
    const start = quote.start + r.index;
    const end = start + r[0].length;
    if (m.start >= start && m.end <= end) return !(trigger.start >= start && trigger.end <= end);
  }
  return false;
}
