// The subject of the clause that holds an event word, read off the part-of-speech tags (there is no
// parser): the actor named before the clause's verb group, or, when the clause has no subject of
// its own, the one it shares with the clause it hangs on:
//   coordination  "Jobs welcomed the crowd and announced …"     the subject of the clause before
//   participle    "…, saying …", "… by walking onto the stage"   the subject of the clause before
//   infinitive    "She flew to Rome to meet the envoy"           the subject of the clause before
//   relative      "…, a firm which bought the studio"            the actor right before "which"
//   fronted       "While visiting the plant, the minister said"  the subject of the next clause
// A clause whose subject names no actor ("the device was …", "it …") has none: nothing is guessed.
// In the passive ("he was fired", "the plant was closed by the army") the subject is acted on.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import { AGENCIES, PARTNER_WITH, PLACES, alternatives } from './placeWords.ts';
import type { Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { clauseTrigger } from './clauseEvents.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';
import lists from './subjects.json' with { type: 'json' };
import pronouns from '../actors/pronouns.json' with { type: 'json' };
import names from '../actors/names.json' with { type: 'json' };
import groupNouns from '../actors/groupNouns.json' with { type: 'json' };
import { POSSESSIVES } from './words.ts';

/** How the clause of an event word reads: who its subject names, and its voice. */
export interface Subject {
  /** The subject's actors; empty when the subject names none ("the device", "it"). */
  actorIds: string[];
  /** The clause is passive: its subject is acted on. */
  passive: boolean;
  /** Where the clause starts and ends: an actor named outside belongs to another clause. */
  start: number;
  end: number;
  /** The subject is a noun a past participle tells of ("from the Golan Heights occupied in 1967"): what it was done to, wherever it stands. */
  described?: boolean;
}

const RELATIVE = new Set(['who', 'which']);
/** Openers after which a clause shares the subject of the one before it. */
const SHARED = new Set([
  'and',
  'but',
  'or',
  'then',
  'so',
  'to',
  'by',
  'after',
  'before',
  'while',
  'when',
  'since',
  'without',
  'upon',
  'as',
]);
/** Openers of a clause that is part of another's content: a subject is never borrowed from it. */
const EMBEDDED = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'if', 'unless', 'because', 'although', 'though']);
/** Openers that join a clause to another of the same rank. */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'so']);
/** Openers of a clause set inside the one before it by a word of time or manner ("…, as he cast his ballot, …"). */
const SUBORDINATE = new Set(['as', 'when', 'while', 'whereas', 'after', 'before', 'since', 'until']);
/** Openers of a fronted clause before the main one: "after casting his ballot", "while in Rome". */
const FRONTED = new Set(['after', 'before', 'while', 'when', 'since', 'upon', 'as', 'without', 'by']);
const SUBJECT_WORDS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
const PASSIVE_AUX = new Set(['be', 'get']);
const OBJECT_CONTROL = new Set(lists.objectControl);
/** Between two actors of one subject: "Britain, France and Germany". */
const JOINED = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s+)(?:the\s+)?$/;
/** A mention right behind a preposition is not a subject: "In Paris, …", "the head of Apple". */
const BEHIND_PREPOSITION =
  /(?:^|\s)(?:in|at|on|of|for|with|to|from|by|about|over|under|into|near|after|before|during|since|following|like|than)\s+(?:the\s+|a\s+|an\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/i;

/** A preposition of place before a name, past two modifiers ("In the provincial capital Banda Aceh"); not "after", "since": they also open clauses, "after North Korea announced"; nor "of": "hundreds of Israeli troops". */
const PLACE_BEHIND = new RegExp(
  String.raw`(?:^|\s)(?:[Ii]n\s+front\s+of|[Ii]n|[Aa]t|to|from|into|[Nn]ear|[Aa]cross|[Tt]hroughout|[Ii]nside|[Oo]utside)\s+(?:[Tt]he\s+)?(?:\p{Ll}+\s+)?(?:(?:${alternatives(names.placeNouns)})\s+)?$`,
  'u',
);

/** A country after a place no actor names, behind a preposition: "Engineers from Okinawa, | Japan arrived". */
const HOLDER_BEHIND =
  /(?:^|\s)(?:[Ii]n|[Aa]t|from|to|into|[Nn]ear|of)[ \t]+(?:the[ \t]+)?(?:\p{Lu}[\p{L}'’-]*[ \t]+){0,2}\p{Lu}[\p{L}'’-]*,[ \t]+$/u;

/** Names of months and days: "In March, | France sent troops" holds no place. */
const CALENDAR = new Set(names.calendar.split(' '));

/**
 * A place or country right after a name no actor names, behind a preposition: "from Okinawa, Japan",
 * not "in Iraq, U.S. commanders", "In March, France sent", nor a fronted place the clause's subject
 * follows ("At Davos, China pledged"; "In Osaka, Japan, police …" is still held).
 */
function heldBehind(s: Scope, m: ActorMention): boolean {
  const held = HOLDER_BEHIND.exec(s.text.slice(Math.max(0, m.start - 48), m.start));
  if (held === null) return false;
  const comma = m.start - held[0].length + held[0].lastIndexOf(',');
  const holder = /(\S+),[ \t]*$/.exec(held[0])![1]!;
  const fronted = /^\s*\p{Lu}/u.test(held[0]) && !/^\s*,/.test(s.text.slice(m.end));
  return !CALENDAR.has(holder) && !fronted && !s.mentions.some((x) => x.end === comma);
}

/** What may stand between an organization and the person it gives a role: "Apple CEO", "UN special envoy". */
const ROLE_GAP = /^(?:['’]s)?\s+(?:[\p{L}.-]+\s+){0,3}$/u;
/** A gap that is no title: a conjunction alone ("Apple and Steve Jobs"), or a verb or clause word between ("Israel thanked Minister …"). */
const NOT_A_ROLE = /^\s*(?:,\s*)?(?:and|or|but)\s+$|\b(?:as|when|while|after|before|than|that|which|who|is|was|were|are|has|had|have)\b/i;
const VERB_GAP = /^\s+\p{Ll}+ed\s/u;
/** "he", "her": a pronoun is not a name an organization before it gives a role ("Apple CEO he" is no title). */
const PERSONAL = new Set(`${pronouns.male} ${pronouns.female}`.split(' '));

/** "Apple CEO Steve Jobs": an organization naming the role of the person right after it (a name, not "he"). */
export function givesRole(text: string, m: ActorMention, next: ActorMention, kindOf: (id: string) => ActorKind | undefined): boolean {
  if (kindOf(next.actorId) !== 'person' || kindOf(m.actorId) === 'person' || PERSONAL.has(next.text.toLowerCase())) return false;
  const gap = text.slice(m.end, next.start);
  return ROLE_GAP.test(gap) && !NOT_A_ROLE.test(gap) && !VERB_GAP.test(gap);
}

interface Scope {
  text: string;
  clauses: readonly VerbClause[];
  mentions: readonly ActorMention[];
  kindOf: (actorId: string) => ActorKind | undefined;
}

/** Where the verb group of a clause starts (its first auxiliary, else its verb). */
function groupStart(c: VerbClause): number {
  return (c.group[0] ?? c.head ?? c.tokens[0]!).start;
}

/** "was fired", "have been cut", "will be held": a form of "be" (or "get") right before a verb that is not in -ing. */
function isPassive(c: VerbClause): boolean {
  const head = c.head;
  if (!head || c.copula || /ing$/i.test(head.text)) return false;
  // "Ruiz is due to attend", "was expected to attend": the infinitive's subject acts.
  const before = c.tokens[c.tokens.indexOf(head) - 1];
  if (before?.lower === 'to') return false;
  // "Ruiz got arrested", "is getting hit": "get" before a participle, whatever its tag.
  if (before?.lemma === 'get' && before.lower !== head.lower) return true;
  const aux = c.group.filter((t) => t.pos === 'AUX').at(-1);
  // "was being transported": the tagger leaves "being" as its own lemma.
  if (aux !== undefined) return PASSIVE_AUX.has(aux.lemma) || aux.lower === 'being';
  // "smiled when asked by a reporter", "if elected": a past participle right after a word of time or condition.
  if (c.opener !== null && PARTICIPLE_OPENERS.has(c.opener.lower) && openingParticiple(c)) return true;
  // "The pope's body, borne on a platform by ushers, …": a past participle set off after its noun, with "by" and the doer.
  return setOffParticiple(c);
}

/** Words of a noun phrase: "The president, Ana Ruiz", "Her deputy". */
export const NOUN_PHRASE: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);
const SENTENCE_END = new Set(['.', '!', '?']);
/** Words of time or condition a past participle may follow with no subject: "when asked", "if elected", "once approved". */
const PARTICIPLE_OPENERS = new Set(lists.participleOpeners);

/**
 * A past participle set off by a comma right after the noun it tells of, with "by" after it, and the
 * sentence's own verb still to come: "The body, carried by soldiers, was buried". Not a verb in the
 * past after a name set off by commas ("The president, Ana Ruiz, arrived by helicopter on Monday."),
 * nor one that ends the sentence ("Ana Ruiz, the new chairman, resigned by letter.").
 */
function setOffParticiple(c: VerbClause): boolean {
  const head = c.head!;
  const i = c.tokens.indexOf(head);
  const before = c.tokens[i - 1];
  const noun = c.tokens[i - 2];
  if (c.group.length > 0 || before?.lower !== ',' || !noun || !['NOUN', 'PROPN'].includes(noun.pos)) return false;
  if (head.lower === head.lemma || /(?:ing|s)$/.test(head.lower)) return false;
  // "The president, Ana Ruiz, arrived": the noun closes a name set off by commas; the verb is the clause's own.
  const words = c.tokens.slice(0, i - 1);
  const comma = words.findIndex((t) => t.lower === ',');
  if (comma > 0 && words.every((t, k) => k === comma || NOUN_PHRASE.has(t.pos))) return false;
  // A clause that runs to the sentence's end has no other verb to be the main one.
  if (SENTENCE_END.has(c.tokens.at(-1)!.text)) return false;
  const rest = c.tokens.slice(i + 1);
  const stop = rest.findIndex((t) => t.pos === 'PUNCT');
  return (stop < 0 ? rest : rest.slice(0, stop)).some((t) => t.lower === 'by' && t.pos === 'ADP');
}

/** The words before the verb group that belong to the clause itself (its opener left out). */
function preVerb(c: VerbClause): Token[] {
  const at = groupStart(c);
  // "Ana Ruiz, whose country was hit": what "whose" owns is the subject, not the one it hangs on.
  const from = c.opener?.lower === 'whose' ? c.opener.end : c.start;
  return c.tokens.filter((t) => t.end <= at && t.start >= from && t !== c.opener);
}

/**
 * The actors the words before the verb name as subject: the first that is not behind a preposition
 * or a mere role-giver, with those joined to it ("Britain, France and Germany have proposed").
 */
function namedSubject(s: Scope, c: VerbClause, words: Token[], borrowed = false): string[] {
  if (words.length === 0) return [];
  const from = words[0]!.start;
  const to = groupStart(c);
  // A name the tagger split at a verb-like word ("Save | the Children opened") is still the subject.
  // "showed Ana Ruiz's | body being carried": the tagger may cut the owner from the noun it owns;
  // in the passive, what is done to the noun is done to its owner ("Jobs' | health was deteriorating" is not Jobs' doing).
  const owner =
    isPassive(c) &&
    s.mentions.find(
      (m) =>
        m.end <= from &&
        m.end >= from - 4 &&
        /^['’]s?\s*$/.test(s.text.slice(m.end, from)) &&
        !BEHIND_PREPOSITION.test(s.text.slice(Math.max(0, m.start - 24), m.start)), // not "the number of dead from South Asia's | earthquake nears"
    );
  let inside = s.mentions.filter((m) => m === owner || (m.end > from && m.start < to && m.end <= to));
  // "The agency's adviser in Rome, Ana Ruiz, said", "His rival, Prime Minister Ana Ruiz, was declared":
  // a person set off by commas right before the verb is who.
  const last = inside.at(-1);
  if (
    last &&
    s.kindOf(last.actorId) === 'person' &&
    /,\s*(?:\p{Lu}[\p{L}.]*\s+){0,4}$/u.test(s.text.slice(from, last.start)) &&
    /^\s*,\s*$/.test(s.text.slice(last.end, to))
  )
    return [last.actorId];
  // "Iraqis, for their part, he said": a pronoun set off by a comma right before the verb is the subject, not what opens the words.
  const lastWord = words.at(-1)!;
  // A clause that borrows the subject ("…, he said, are providing") takes the one of the words said, not the speaker.
  if (lastWord.pos === 'PRON' && SET_OFF_PRONOUNS.has(lastWord.lower) && /,\s*$/.test(s.text.slice(from, lastWord.start))) {
    const speaker = (m: ActorMention) => m.start <= lastWord.start && m.end >= lastWord.end;
    if (!borrowed) return inside.filter(speaker).map((m) => m.actorId);
    if (c.head && SPEECH_VERBS.has(c.head.lower)) inside = inside.filter((m) => m.end <= lastWord.start);
  }
  // "Peruvians, for their part, Ana Ruiz said": so is a person's name, maybe behind a title.
  // A clause that borrows the subject ("…, Ana Ruiz said, are providing") takes the one of the words said,
  // also when they name no actor ("The army, Ruiz told reporters, had attacked": no agent).
  // The clause of saying is short, as an aside is ("Ruiz told reporters,"; not "Ruiz urged patience from critics of the plan, noting").
  const saidSetOff =
    borrowed &&
    c.head !== null &&
    SPEECH_VERBS.has(c.head.lower) &&
    c.tokens.length - c.tokens.indexOf(c.head) <= 4 &&
    SET_OFF_END.test(s.text.slice(c.end, c.end + 12));
  if (
    last &&
    s.kindOf(last.actorId) === 'person' &&
    /^\s*$/.test(s.text.slice(last.end, to)) &&
    /,\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(s.text.slice(from, last.start)) &&
    (saidSetOff || inside.some((m) => m.end <= last.start && m.actorId !== last.actorId))
  ) {
    if (!borrowed) return [last.actorId];
    if (c.head && SPEECH_VERBS.has(c.head.lower)) inside = inside.filter((m) => m.end <= last.start);
  }
  let behind: ActorMention | null = null; // the last mention behind a preposition: "In Tikrit and Kirkuk, …" puts both there
  for (const [i, m] of inside.entries()) {
    // "Despite protests from France, Germany signed", "…, the U.S. has provided": past a comma (and an article), a name right before the verb opens the clause itself.
    // Not a place right after a place inside a subject that opens on its own noun: "A blast in Beirut, Lebanon has killed" (Lebanon places Beirut).
    const placesBehind =
      behind !== null &&
      PLACES.includes(s.kindOf(m.actorId)) &&
      PLACES.includes(s.kindOf(behind.actorId)) &&
      /^\s*,\s*$/.test(s.text.slice(behind.end, m.start)) &&
      c.opener === null &&
      !FRONTING.has(words[0]!.pos);
    const opensClause =
      !placesBehind &&
      /^\p{Lu}/u.test(m.text) &&
      /^\s*,\s*(?:the\s+)?$/.test(s.text.slice(behind?.end ?? 0, m.start)) &&
      /^\s*$/.test(s.text.slice(m.end, to));
    const joined =
      behind !== null &&
      !opensClause &&
      sameFamily(s.kindOf(behind.actorId), s.kindOf(m.actorId)) &&
      JOINED.test(s.text.slice(behind.end, m.start));
    behind = null;
    // A place behind a preposition of the clause before is no subject either: "the people who rode out the storm in | New Orleans are …".
    const placed =
      PLACES.includes(s.kindOf(m.actorId)) && (PLACE_BEHIND.test(s.text.slice(Math.max(0, m.start - 40), m.start)) || heldBehind(s, m));
    if (joined || placed || ((behindPreposition(s, from, m) || behindModifiers(c, m)) && !partOfSubject(s, c, from, m))) {
      behind = m;
      continue;
    }
    // "the Indian Ocean tsunami is …": a place before a noun only says where the noun is.
    if (s.kindOf(m.actorId) === 'place' && c.tokens.some((t) => t.start > m.end && t.start <= m.end + 1 && t.pos === 'NOUN')) continue;
    const next = inside[i + 1];
    if (next && givesRole(s.text, m, next, s.kindOf)) continue;
    if (next && givesRolePast(s.text, m, next, inside.slice(i + 2), s.kindOf)) continue;
    // "Ukraine's Supreme Court ruled": whose the body is only names its owner; the body is who.
    if (next && AGENCIES.includes(s.kindOf(next.actorId)) && OWNER_GAP.test(s.text.slice(m.end, next.start))) continue;
    const ids = [m.actorId];
    for (let j = i + 1; j < inside.length && joinedIn(s, inside[j - 1]!, inside[j]!); j++)
      if (!ids.includes(inside[j]!.actorId)) ids.push(inside[j]!.actorId);
    return ids;
  }
  return [];
}

/** The parts of speech that open a phrase set before the subject: "Despite …", "In …", "After …", "Speaking …". */
const FRONTING: ReadonlySet<string> = new Set(['ADP', 'SCONJ', 'ADV', 'VERB', 'AUX', 'PART']);

/** "Hundreds of | Israeli troops", "some of the | Hamas fighters": a count before "of" (the name is the subject's own). */
const OF_COUNT = new RegExp(String.raw`(?:^|\s)(?:${alternatives(lists.quantities)})\s+of\s+(?:the\s+)?$`, 'i');
const AGAINST_BODY = new Set(lists.againstBody.split(' '));
/** A verb of acting against one's own body: "Staff from the BBC walked out", "went on strike". */
function againstBody(s: Scope, c: VerbClause): boolean {
  return c.head !== null && (AGAINST_BODY.has(c.head.lemma) || /^\s+on\s+strike\b/i.test(s.text.slice(c.head.end, c.head.end + 16)));
}

/** Simple past forms that are never a past participle ("rose", not "risen"). */
const PAST_ONLY = new Set(lists.pastOnly.split(' '));
/**
 * "The government of | Iraq", "…, the armed forces of | Chile": those who act for the country or body named,
 * opening the subject's words (or past a comma); not behind other people or a preposition
 * ("Supporters of the government of | Peru", "Talks with the army of | Chile": they are another's).
 */
const GROUP_OF = new RegExp(
  String.raw`(?:^|[,;:]\s*)(?:the\s+)?(?:(?:${alternatives(groupNouns.modifiers)})\s+)?(?:${alternatives(`${groupNouns.nouns} ${groupNouns.crews} ${groupNouns.craft}`)})\s+of\s+(?:the\s+)?$`,
  'i',
);
/** "Helicopters from the | Abraham Lincoln Battle Group", "inspectors from the | IAEA": people or craft a body sends. */
const FROM_BODY = new RegExp(String.raw`(?:^|\s)(?:${alternatives(lists.bodyMembers)})\s+from\s+(?:the\s+)?$`, 'i');

/** A mention behind a preposition within the subject's words ("In Paris, …", "the head of Apple"). */
function behindPreposition(s: Scope, from: number, m: ActorMention): boolean {
  return BEHIND_PREPOSITION.test(s.text.slice(Math.max(from, m.start - 24), m.start));
}

/**
 * A name behind a preposition that still names who acts: the many of it, or a body's members or craft
 * (unless they act against it: "staff from the BBC walked out");
 * not the owner of what is counted ("several of Israel's enemies"), nor a land counted in part
 * ("most of Florida lost power"; a country stands for its people: "hundreds of Israeli troops").
 */
function partOfSubject(s: Scope, c: VerbClause, from: number, m: ActorMention): boolean {
  const lead = s.text.slice(Math.max(0, m.start - 40), m.start);
  // "The government of Iraq asked", "the navy of Chile sent": those who act for a country or body;
  // not its owner ("a leader of Bahrain's opposition"), nor one of a phrase set off before the subject ("after consulting the leadership of Congress, I").
  if (
    s.kindOf(m.actorId) !== 'place' &&
    s.kindOf(m.actorId) !== 'person' &&
    GROUP_OF.test(s.text.slice(from, m.start)) &&
    !/['’]s?$/.test(m.text) &&
    !/^['’]/.test(s.text.slice(m.end, m.end + 1)) &&
    !(c.head && s.text.slice(m.end, c.head.start).includes(','))
  )
    return true;
  if (AGENCIES.includes(s.kindOf(m.actorId)) && FROM_BODY.test(lead)) return !againstBody(s, c);
  if (!OF_COUNT.test(lead) || /['’]s?$/.test(m.text) || /^['’]/.test(s.text.slice(m.end, m.end + 1))) return false;
  return s.kindOf(m.actorId) !== 'place';
}

/** Words that may stand between a preposition and the name it governs: "with the Russian Interfax" (no count: "about 40 Hamas fighters" are the subject). */
const MODIFIERS = new Set(['DET', 'ADJ', 'PROPN']);

/**
 * A name behind a preposition past an article and its modifiers, in the clause's own words: "In an
 * interview with the Russian Interfax news agency, …"; not behind "of" ("Hundreds of unarmed Israeli
 * troops", "Secretary of State Colin Powell": the name is the subject's own).
 */
function behindModifiers(c: VerbClause, m: ActorMention): boolean {
  const at = c.tokens.findIndex((t) => t.start >= m.start);
  let k = at - 1;
  while (k >= 0 && MODIFIERS.has(c.tokens[k]!.pos)) k--;
  const word = c.tokens[k];
  if (!word || k >= at - 1 || word.pos !== 'ADP' || word === c.opener || word.lower === 'of') return false;
  return c.tokens[k + 1]!.pos === 'DET';
}

/** A comma that closes a clause of saying set off inside the words said (", Ruiz said, are"), not one before a verb it joins (", and resigned"). */
const SET_OFF_END = /^\s*,(?!\s*(?:and|but|or|then)\b)/;
/** Pronouns that stand for a subject set off before the verb. */
const SET_OFF_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it']);
/** Between two actors of one subject set off by commas: "Egypt, together with Jordan, announced". */
const JOINED_WITH = new RegExp(String.raw`^\s*,\s*${PARTNER_WITH}$`);
/** Between two people of one subject, the second's title: ", Foreign Minister ", " and Secretary of State ". */
const JOINED_TITLED = /^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?(?:(?:\p{Lu}[\p{L}.'’-]*|of|for|and)\s+){1,6}$/u;
/**
 * Whether two mentions name one subject: joined by "and" or a comma, set off "together with" the
 * first, or two people each behind a title ("Defense Minister Ana Ruiz, Foreign Minister Tom Berg and …").
 */
function joinedIn(s: Scope, a: ActorMention, b: ActorMention): boolean {
  const gap = s.text.slice(a.end, b.start);
  if (JOINED.test(gap) || (JOINED_WITH.test(gap) && /^\s*,/.test(s.text.slice(b.end)))) return true;
  return (
    s.kindOf(a.actorId) === 'person' &&
    s.kindOf(b.actorId) === 'person' &&
    JOINED_TITLED.test(gap) &&
    !/^['’]/.test(s.text.slice(b.end, b.end + 1)) &&
    !(/^\s*,(?!\s*and\b)/.test(gap) && SET_OFF_TITLE_END.test(s.text.slice(b.end, b.end + 24)))
  );
}
/** After a title set off by commas, its close before the verb: "Ana Ruiz, Widow of President Tom Berg, died" (one subject, not two). */
const SET_OFF_TITLE_END = /^\s*,\s*(?!(?:and|or)\b)\p{Ll}/u;
/** "U.S. Ambassador to Iraq Ana Ruiz": past the place the title names (`next`), the person it gives a role. */
export function givesRolePast(
  text: string,
  m: ActorMention,
  next: ActorMention,
  after: readonly ActorMention[],
  kindOf: (id: string) => ActorKind | undefined,
): boolean {
  const person = after.find((x) => x.start >= next.end && kindOf(x.actorId) === 'person');
  return (
    person !== undefined &&
    behindTitle(text, next) &&
    /^\s+$/.test(text.slice(next.end, person.start)) &&
    givesRole(text, m, person, kindOf)
  );
}
/** A mention behind "to", "of" or "for" in a title, right before a name: "Ambassador to | Iraq | Ana Ruiz". */
function behindTitle(text: string, m: ActorMention): boolean {
  return /\p{Lu}[\p{L}.-]*\s+(?:to|of|for)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, m.start - 32), m.start));
}
/** Between an owner and the body it owns: "Ukraine's Supreme Court", "the country's election commission", "Italy's official RAI". */
const OWNER_GAP = /^['’]s?\s+(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}$/u;
/** Two kinds a list may join: places with countries, else the same kind ("In Tikrit and Iraq, …", not "At a stop in Lyon, Ruiz said"). */
const sameFamily = (a: ActorKind | undefined, b: ActorKind | undefined) => a === b || (PLACES.includes(a) && PLACES.includes(b));

/** The first actor named after a clause's verb and before the next clause, not behind a preposition. */
function objectOf(s: Scope, c: VerbClause, next: VerbClause): string[] {
  const m = s.mentions.find((x) => x.start >= c.head!.end && x.end <= next.start);
  return m && !BEHIND_PREPOSITION.test(s.text.slice(Math.max(c.head!.end, m.start - 24), m.start)) ? [m.actorId] : [];
}

/** Between a body and the place it is in: "Command (PACOM) in". */
const PLACED_IN = /^\s*(?:\([^()]*\)\s*)?(?:in|at)\s+(?:the\s+)?$/;

/** The actor a relative pronoun refers to: the mention right before it, or the body that place holds. */
function antecedent(s: Scope, c: VerbClause): string[] {
  const opener = c.opener!;
  const k = s.mentions.findLastIndex((m) => m.end <= opener.start);
  const before = s.mentions[k];
  if (!before || !/^[\s,]*$/.test(s.text.slice(before.end, opener.start))) return [];
  // "the Pacific Command in Hawaii, which is coordinating": the body placed there, not the place.
  const placed = s.mentions[k - 1];
  if (
    placed &&
    PLACES.includes(s.kindOf(before.actorId)) &&
    !PLACES.includes(s.kindOf(placed.actorId)) &&
    PLACED_IN.test(s.text.slice(placed.end, before.start))
  )
    return [placed.actorId];
  return [before.actorId];
}

/** Before a sentence's first name, only titles: "President", "Foreign Minister". */
const TITLES_ONLY = /^[\s"“]*(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u;
/** Between a name and the relative pronoun of its description: ", the summit host ", ", a former minister, ". */
const DESCRIPTION = /^\s*,\s*(?:the|a|an)\s+[^,;:()"“”]*?(?:,\s*)?$/;

/** The actor a sentence opens with, described before the relative clause that hangs on the description: "Ana Ruiz, the summit host whose …". */
function described(s: Scope, c: VerbClause): string[] {
  const opener = c.opener!;
  const m = s.mentions.find((x) => x.start >= c.start && x.end <= opener.start);
  if (!m || !TITLES_ONLY.test(s.text.slice(c.start, m.start))) return [];
  return DESCRIPTION.test(s.text.slice(m.end, opener.start)) ? [m.actorId] : [];
}

/** A person's name set off by commas, with an apposition after it: ", Gen. Ana Ruiz, head of the unit, ". */
const SET_OFF_BEFORE = /(?:^|,)\s*(?:\p{Lu}[\p{L}.]*\s+){0,6}$/u;
const SET_OFF_AFTER = /^\s*,\s*(?:[^,;:"“”()]{1,80},\s*)?$/;

/**
 * "Asked about the vote, Gen. Ana Ruiz, head of the unit, told reporters …": a person named right
 * before a clause that has no subject of its own, set off by commas, after the verb of the clause
 * before, is its subject.
 */
function setOff(s: Scope, k: number): string[] {
  const c = s.clauses[k]!;
  if (preVerb(c).some((t) => SUBJECT_WORDS.has(t.pos))) return [];
  const at = s.mentions.findLastIndex((x) => x.end <= c.start && s.kindOf(x.actorId) === 'person');
  if (at < 0) return [];
  const prev = s.clauses[k - 1];
  const isSetOff = (m: ActorMention | undefined): m is ActorMention => {
    if (!m || (prev?.head && prev.head.start > m.start)) return false;
    const before = s.text.slice(Math.max(prev?.start ?? 0, m.start - 60), m.start);
    return SET_OFF_BEFORE.test(before) && /,/.test(before) && SET_OFF_AFTER.test(s.text.slice(m.end, c.start));
  };
  // "Gen. Ana Ruiz, commander of the 2nd Brigade – North, told": the apposition names her again; she is set off before it.
  for (let j = at; j >= 0 && s.mentions[j]!.actorId === s.mentions[at]!.actorId; j--) {
    if (isSetOff(s.mentions[j])) return [s.mentions[j]!.actorId];
    if (j === 0 || !/^\s*,\s*$/.test(s.text.slice(s.mentions[j - 1]!.end, s.mentions[j]!.start))) break;
  }
  return [];
}

/**
 * A clause the tagger cut from its subject: no opener, no subject words, nothing setting it off
 * from the clause before ("said Iraq's leaders still | must debate", "acknowledged that users |
 * were experiencing"). Its subject is at the end of the clause before, and is not that one's.
 */
function fragment(s: Scope, k: number): boolean {
  const c = s.clauses[k]!;
  if (k === 0 || c.opener !== null || preVerb(c).some((t) => SUBJECT_WORDS.has(t.pos))) return false;
  const prev = s.clauses[k - 1]!;
  const link =
    prev.tokens
      .filter((t) => t.pos !== 'PUNCT')
      .at(-1)
      ?.text.toLowerCase() ?? '';
  return !SHARED.has(link) && !/[,;:–—()]/.test(s.text.slice(prev.tokens.at(-1)!.start, c.start));
}

/** The subject actors of clause k (none when it names none). */
function subjectAt(s: Scope, k: number, depth = 0): string[] {
  const c = s.clauses[k]!;
  if (depth > 4) return [];
  const opener = c.opener?.lower ?? null;
  const relative = opener !== null && (RELATIVE.has(opener) || (opener === 'that' && ['NOUN', 'PROPN'].includes(c.before?.pos ?? '')));
  const words = preVerb(c);
  // "a career in which she helped": after a preposition and the relative pronoun, a personal pronoun is the subject
  // (not in "an attack, which it says is allowed": there the relative pronoun is the subject of what is said).
  const owned = c.before?.pos === 'ADP';
  if (
    words.some(
      (t) => SUBJECT_WORDS.has(t.pos) && !(relative && t === c.tokens[0] && t.pos === 'PRON' && !(owned && SET_OFF_PRONOUNS.has(t.lower))),
    )
  )
    return namedSubject(s, c, words, depth > 0);
  if (relative) return antecedent(s, c);
  if (opener === null) {
    const named = setOff(s, k);
    if (named.length) return named;
  }
  // "sanctions on North Korea for conducting a test", "thanked the crews for working": who is named right before "for".
  if (opener === null && forBefore(s, k)) return beforeFor(s, c, forBefore(s, k)!);
  if (opener !== null && !SHARED.has(opener)) return [];
  // "The ministry, which backed the cabinet said …", "Ana Ruiz, the activist who led the march to the
  // square sought …": a verb with no subject right after the aside the sentence opens with, its
  // closing comma left out, is the sentence's own; its subject is what the aside hangs on. Not after
  // a verb of saying, whose words go on ("Ruiz, who said Iraq's leaders still | must debate").
  // Not when the aside is closed further on, before the sentence's verb ("Ruiz, who had his win | annulled, criticized …").
  const aside = s.clauses[0]!;
  const after = s.clauses[2];
  const closed =
    c.tokens.some((t) => t.text === ',') || (after !== undefined && after.opener === null && /,/.test(s.text.slice(c.end, after.start)));
  if (opener === null && k === 1 && !closed && RELATIVE.has(aside.opener?.lower ?? '') && !SPEECH_VERBS.has(aside.head?.lower ?? '')) {
    const named = antecedent(s, aside);
    if (named.length) return named;
    const description = described(s, aside);
    if (description.length) return description;
  }
  if (fragment(s, k)) return [];
  // "Police reported seven blasts, timed during the rush hour": a past participle after the clause
  // before tells of what that clause names, not of its subject.
  if (opener === null && k > 0 && reducedRelative(c, s.clauses[k - 1]!)) return [];
  // No subject of its own: the one of the clause it hangs on, skipping clauses inside another's content.
  // Only a finite verb of the sentence's own rank skips them: after a comma and maybe "and", not one
  // inside the clause of time ("after the quake left many dead and more trapped") nor one whose
  // subject follows it ("…, said Capt. Ana Ruiz").
  const head = c.head;
  const at = (c.opener ?? head)?.start ?? 0;
  const afterComma = /,\s*$/.test(s.text.slice(Math.max(0, at - 3), at));
  const inverted = head !== null && c.tokens[c.tokens.indexOf(head) + 1]?.pos === 'PROPN';
  const mainVerb = (opener === null || COORDINATORS.has(opener)) && head !== null && !/ing$/i.test(head.text) && afterComma && !inverted;
  for (let j = k - 1; j >= 0; j--) {
    const prev = s.clauses[j]!;
    // "urged the rebels to lay down their arms": the one urged does it, not the one who urges; and
    // an infinitive after a fragment ("leaders still must debate whether to amend") is the fragment's.
    if (opener === 'to' && j === k - 1 && prev.head && OBJECT_CONTROL.has(prev.head.lemma)) return objectOf(s, prev, c);
    if (opener === 'to' && j === k - 1 && fragment(s, j)) return [];
    // "residents who have agreed to move", "said that Iran agreed to stop": an infinitive is of the clause right before it, whatever opens that.
    if (opener === 'to' && j === k - 1 && EMBEDDED.has(prev.opener?.lower ?? '')) return subjectAt(s, j, depth + 1);
    const prevOpener = prev.opener?.lower ?? '';
    // "Hamas, which won most seats, has sworn …": the sentence opens on the subject and its aside;
    // "Ana Ruiz, the summit host whose region was hit, says …": past a description of it.
    if (j === 0 && (RELATIVE.has(prevOpener) || prevOpener === 'whose')) {
      const named = antecedent(s, prev);
      return named.length ? named : described(s, prev);
    }
    // "Mr. Kovac, who voted in Lviv as he promised, said …", "resigned after protesters stormed the
    // ministry, and fled": a clause set in another by a word of time hangs on the one before it.
    // A participle ("…, killing", "while re-entering") hangs on the clause right before it, whatever it is.
    if (EMBEDDED.has(prevOpener) || (j > 0 && mainVerb && SUBORDINATE.has(prevOpener)) || fragment(s, j)) continue;
    return subjectAt(s, j, depth + 1);
  }
  // A fronted clause ("While visiting the plant, the minister said …") shares the next one's, past
  // other fronted clauses ("Speaking to reporters after casting his ballot, Mr. Kuchma said …").
  if (k !== 0) return [];
  for (let j = k + 1; j < s.clauses.length; j++) {
    const next = s.clauses[j]!;
    const nextWords = preVerb(next);
    if (nextWords.some((t) => SUBJECT_WORDS.has(t.pos))) return namedSubject(s, next, nextWords);
    if (next.opener === null || !FRONTED.has(next.opener.lower)) return [];
  }
  return [];
}

/** The "for" that ends the clause before clause k, right before its verb ("sanctions on Iran for | breaking"). */
function forBefore(s: Scope, k: number): Token | null {
  const c = s.clauses[k]!;
  const last = s.clauses[k - 1]?.tokens.at(-1);
  return last && last.lower === 'for' && c.head === c.tokens[0] ? last : null;
}

/** The actors named right before a clause's "for" (past a parenthesis): "… on Iran and Syria (both members) for". */
function beforeFor(s: Scope, c: VerbClause, opener: Token): string[] {
  if (!c.head || !/ing$/i.test(c.head.text)) return [];
  const k = s.mentions.findLastIndex((m) => m.end <= opener.start);
  const m = s.mentions[k];
  if (!m || !/^\s*(?:\([^()]*\)\s*)?$/.test(s.text.slice(m.end, opener.start)) || s.kindOf(m.actorId) === 'place') return [];
  const ids = [m.actorId];
  for (let j = k - 1; j >= 0 && JOINED.test(s.text.slice(s.mentions[j]!.end, s.mentions[j + 1]!.start).replace(/\([^()]*\)\s*/g, '')); j--)
    if (!ids.includes(s.mentions[j]!.actorId)) ids.unshift(s.mentions[j]!.actorId);
  return ids;
}

/** The subject of the clause holding `trigger` as its own event word; null when it is none's (a noun inside a phrase). */
export function subjectOf(
  text: string,
  clauses: readonly VerbClause[],
  trigger: Span,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): Subject | null {
  const k = clauses.findIndex((c) => c.head !== null && trigger.start >= c.start && trigger.end <= c.end);
  if (k < 0) return null;
  const c = clauses[k]!;
  // Only the clause's own event word has its subject: its verb, or the noun a light verb carries
  // ("made an appearance"); another event noun inside it ("marking the first contact") has none.
  const word = clauseTrigger(c, clauses[k + 1]);
  const own = (t: Token | null) => t !== null && t.start < trigger.end && trigger.start < t.end;
  if (!own(c.head) && !own(word)) return null;
  // A verb-tagged word after a possessive is a noun ("his keynote address", "their return").
  const i = c.tokens.indexOf(c.head!);
  if (own(c.head) && c.tokens.slice(Math.max(0, i - 2), i).some((t) => POSSESSIVES.has(t.lower))) return null;
  const scope = { text, clauses, mentions, kindOf };
  // "with 2,000 Palestinians trapped on the other side": the noun behind the preposition undergoes what the participle tells.
  const behind = k > 0 ? behindPrepositionBefore(c, clauses[k - 1]!) : null;
  if (behind) {
    const told = mentions.findLast((m) => m.start >= c.start && m.end <= c.head!.start && /^\s+$/.test(text.slice(m.end, c.head!.start)));
    if (told && behind === 'participle') return { actorIds: [told.actorId], passive: true, start: c.start, end: c.end, described: true };
    if (told) return { actorIds: [], passive: false, start: c.start, end: c.end };
  }
  const actorIds = subjectAt(scope, k);
  // "Asked about the vote, Gen. Ana Ruiz, head of the unit, told …", "Founded in 1976, Orvell …": a
  // past participle that opens the sentence says what was done to the subject of the clause after it.
  if (k === 0 && openingParticiple(c))
    return { actorIds: actorIds.length ? actorIds : doneTo(scope, k), passive: true, start: c.start, end: c.end };
  return { actorIds, passive: isPassive(c), start: c.start, end: c.end };
}

/**
 * "a withdrawal from | the Golan Heights occupied in 1967", "with up to | 2,000 Palestinians trapped
 * on the other side": a noun right behind the preposition the clause before ends on, then a past
 * participle with no auxiliary and no object ('participle'); not "in Gaza troops killed three men".
 * The same shape with a form that is only a simple past ("the uprising against | Assad began"), or
 * after a verb of saying and a noun ("said flights to | Iraq resumed"), has the noun in the subject
 * of the words before ('inside'): the name is not who acts.
 */
function behindPrepositionBefore(c: VerbClause, prev: VerbClause): 'participle' | 'inside' | null {
  const head = c.head;
  if (c.opener !== null || c.group.length > 0 || !head || head.lower === head.lemma || /(?:ing|s)$/.test(head.lower)) return null;
  const last = prev.tokens.at(-1);
  // Not "by": behind it stands who does it ("a rescue operation by | Tunisian authorities continued").
  if (!last || (last.pos !== 'ADP' && last.lower !== 'to') || last.lower === 'by' || !prev.head) return null;
  // The preposition belongs to the verb before, with no break between ("…, the ambassador to | Pakistan said" is a title),
  // and that verb is no participle after its noun itself ("people evacuated from | Houston died").
  const p = prev.tokens.indexOf(prev.head);
  if (
    prev.tokens.slice(p).some((t) => t.pos === 'PUNCT' || t.pos === 'CCONJ') ||
    (prev.group.length === 0 && prev.tokens[p - 1]?.pos === 'NOUN')
  )
    return null;
  const i = c.tokens.indexOf(head);
  if (c.tokens.slice(0, i).some((t) => t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'PRON')) return null;
  const after = c.tokens[i + 1];
  if (after && !['ADP', 'PUNCT', 'SCONJ'].includes(after.pos)) return null;
  if (PAST_ONLY.has(head.lower)) return 'inside';
  // After a verb of saying, a noun and its preposition open the words said; not "insisted on a withdrawal from |
  // the Golan Heights occupied" (the preposition after the verb is its own) nor "argued that with | the group sidelined".
  const said = prev.tokens.slice(p + 1, -1);
  if (SPEECH_VERBS.has(prev.head.lower) && said[0]?.pos !== 'ADP' && said.some((t) => t.pos === 'NOUN')) return 'inside';
  return 'participle';
}

/**
 * ", timed during the rush hour", ", hidden in a car": a past participle and its preposition right
 * after a main clause (one with no opener) that ends on a noun; past tense reads the same (", said
 * the …", "tripled in 2004, doubled in 2005"), so the preposition must follow and the noun precede.
 */
function reducedRelative(c: VerbClause, prev: VerbClause): boolean {
  const next = c.tokens[1];
  // The noun it describes ends the clause before: "four sites, timed", not "tripled in 2004, doubled in 2005".
  const noun = prev.tokens.filter((t) => t.pos !== 'PUNCT').at(-1)?.pos === 'NOUN';
  return openingParticiple(c) && noun && prev.opener === null && prev.head !== null && next?.pos === 'ADP' && next.lower !== 'that';
}

/** A clause that opens on a past participle with no auxiliary: "Asked about …", "Founded in 1976". */
function openingParticiple(c: VerbClause): boolean {
  const head = c.head;
  return head === c.tokens[0] && head.lower !== head.lemma && !/(?:ing|s)$/.test(head.lower) && c.group.length === 0;
}

/** The subject of the first clause after clause k that has no opener, also one set off by commas ("…, Gen. Ana Ruiz, head of the unit, told"). */
function doneTo(s: Scope, k: number): string[] {
  for (let j = k + 1; j < s.clauses.length; j++) {
    const next = s.clauses[j]!;
    if (next.opener !== null) continue;
    const words = preVerb(next);
    return words.some((t) => SUBJECT_WORDS.has(t.pos)) ? namedSubject(s, next, words) : setOff(s, j);
  }
  return [];
}
