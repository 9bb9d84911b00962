// A capital names its country when it acts ("Baghdad rejected the plan": the government), and the
// city when it is where something happens ("attacks in Baghdad", "flew to central London"): there
// it is a place of its own, inside its country, so that the city and not the whole country is
// where an event took place.
import lists from './names.json' with { type: 'json' };
import words from './capitalPlaces.json' with { type: 'json' };
import going from '../events/participants.json' with { type: 'json' };
import { formsOf, ingOf, pastOf } from '../language/verbForms.ts';
import { flatMapOf } from '../lists.ts';

const PREPOSITIONS = [...lists.placePrepositions.split(' '), 'at', 'from', 'to', 'into', 'through', 'outside', 'of']; // "the people of London", "north of Baghdad"
/**
 * Going verbs spelled as nouns as well, before a capital that acts or is only headed for: "turned
 * down approaches by Lisbon", "lorries queued at the border crossing toward Kabul". Read without
 * parts of speech, they stay out of the capital rule (the going verbs of participants read the
 * tagger's verb).
 */
const NOUNS_TOO = new Set(['approach', 'cross']);
/**
 * Going verbs whose lemma and -s form are nouns as well ("a search by Beijing", "patrols by
 * Moscow", "the searches Washington ordered"): only their past and -ing forms stand for the verb
 * ("searched Lisbon", "patrolling Kabul").
 */
const BARE_NOUNS_TOO = new Set(['comb', 'patrol', 'search']);
/** The forms of a going verb that read as the verb before a place. */
const verbFormsOf = (lemma: string): string[] =>
  BARE_NOUNS_TOO.has(lemma) ? [pastOf(lemma), ingOf(lemma)] : NOUNS_TOO.has(lemma) ? [] : formsOf(lemma);
/**
 * Verbs (word forms) whose object is a place gone to, through or left: "reached Baghdad", "left
 * Washington", "patrolled Kabul"; and those of paying a visit, which the going verbs of
 * participants leave out (the place visited is what the visit is paid to) though the capital
 * visited is the city all the same: "visited Paris", "toured Kabul".
 */
const VISITS = flatMapOf([...going.goingVerbs.split(' '), 'visit', 'tour'], verbFormsOf);
/** Names of a list before the capital: "in Hamburg, Paris and |". */
const LIST = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}\s*,?\s+(?:(?:and|or)\s+)?)*`;
/** A preposition of place before the name, past an article and a lower-case modifier ("in central London"), or a list. */
const BEFORE = new RegExp(
  String.raw`\b(?:${[...PREPOSITIONS, ...VISITS].map((p) => `[${p[0]}${p[0]!.toUpperCase()}]${p.slice(1)}`).join('|')})\s+(?:the\s+)?(?:\p{Ll}+\s+)?${LIST}$`,
  'u',
);

/**
 * A noun of a place right before the name, set off or not: "the capital, Kabul", "in the Afghan
 * capital Kabul". Not when the phrase opens the sentence or a clause, where the capital acts: "The
 * Syrian capital Damascus rejected the plan", "said the capital, Tehran, would".
 */
const PLACE_NOUN_BEFORE = new RegExp(
  String.raw`(?:^|(\S+)\s+)(?:[Tt]he\s+)?(?:[\p{L}-]+\s+)?(?:${lists.placeNouns.split(' ').join('|')}),?\s+$`,
  'u',
);
/** What ends before a subject: a clause's start. */
const CLAUSE_OPENING = /(?:[,;:]|^(?:that|said|says|while|as|when|but|because))$/;
const placeNounBefore = (lead: string) => {
  const noun = PLACE_NOUN_BEFORE.exec(lead);
  return noun !== null && noun[1] !== undefined && !CLAUSE_OPENING.test(noun[1]);
};

/** Right after the name, a noun of what happens at a place: "the Madrid bombings", "the Beirut blast", "Monday's Oslo summit". */
const EVENT_AFTER = new RegExp(String.raw`^\s+(?:${words.placeEvents.split(' ').join('|')})\b`, 'i');
/** The same, with nouns that are no verbs: "Madrid bombings left 30 dead". */
const EVENT_NOUN_AFTER = new RegExp(String.raw`^\s+(?:${words.placeEventNouns.split(' ').join('|')})\b`, 'i');
/** An article or possessive before the name, past one lower-case modifier: "the deadly |Madrid", "Monday's |Oslo". */
const DETERMINED =
  /(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hese|[Tt]hose|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Ll]ast|[Nn]ext)|['’]s)\s+(?:\p{Ll}[\p{L}-]*\s+)?$/u;

const BODY_SITES = new Set(going.bodySites.split(' '));
/** After the name, a part of the town it owns, past up to two words that describe it: "Tripoli's eastern suburbs", "Cairo's main airport". */
const SITE_AFTER = new RegExp(
  String.raw`^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${going.sites
    .split(' ')
    .filter((w) => !BODY_SITES.has(w))
    .join('|')})\b`,
  'u',
);

/** After the name, what the town has of its own, past up to two words that describe it: "London's mayor", "Cairo's riot police". */
const OWN_AFTER = new RegExp(String.raw`^['’]s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?:${words.cityOwn.split(' ').join('|')})\b`, 'u');

/** A name that is a state here, not the capital: "Washington state", "Seattle, Washington" (a town, then its state; not "in Hamburg, Paris and Rome"). */
const STATE_AFTER = /^\s+state\b/;
const TOWN_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s*$/u;
/** What follows a "City, State" pair: an end, or a preposition ("from Seattle, Washington to Ankara"), not a verb ("Ramadan, Tripoli shook"). */
const PAIR_END = /^(?:\s*[.;:)]|\s*$|\s+(?:in|on|at|to|from|for|before|after|until|since|during|where|when|with)\b)/;

/** Whether the capital named at [start, end) stands where a place does ("Beijing protests the sale" is its government's act). */
export function isCityUse(text: string, start: number, sentenceStart: number, end = start): boolean {
  const lead = Math.max(sentenceStart, start - 60);
  const before = text.slice(lead, start);
  const after = text.slice(end, end + 24);
  if (STATE_AFTER.test(after) || (TOWN_BEFORE.test(before) && PAIR_END.test(after))) return false;
  return (
    BEFORE.test(before) ||
    placeNounBefore(lead === sentenceStart ? before : before.replace(/^\S*\s+/, '')) ||
    SITE_AFTER.test(after) ||
    OWN_AFTER.test(after) ||
    EVENT_NOUN_AFTER.test(after) ||
    (EVENT_AFTER.test(after) && DETERMINED.test(before))
  );
}
