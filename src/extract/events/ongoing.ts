// Clauses that tell how things stand rather than something that happens: a
// role held as the news is written ("helicopters are providing a lifeline", "3,000 people are
// running for office", "the agency is working to overcome obstacles"), what reports or figures
// suggest ("reports suggest 400 hikers are missing"), an attitude ("refused to be intimidated") and
// a level that held ("violence stayed at normal levels"). A day of their own still dates them.
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { mapOf } from '../lists.ts';
import lists from './occurrence.json' with { type: 'json' };

const SKIPPED = new Set(['DET', 'ADJ', 'ADV', 'PART', 'NUM']);
const ROLES = new Map(Object.entries(lists.ongoingRoles).map(([verb, words]) => [verb, new Set(words)]));
const INDICATING = new Set(lists.indicating);
const INDICATORS = new Set(lists.indicators);
const ATTITUDES = new Set(lists.attitudes);
const FAILURES = new Set(lists.failures);
const LEVELS = new Set(lists.levels);
const LINKING = new Set(lists.linking);
const ROLE_MEANS = new Set(lists.roleMeans);
/** What may stand before the noun of a level: "at or below normal", "near the". */
const LEVEL_LEAD = new Set(['ADP', 'ADV', 'CCONJ', 'DET', 'ADJ', 'NUM']);

const lower = (t: Token) => t.lower;
const at = (clause: VerbClause) => (clause.head ? clause.tokens.indexOf(clause.head) : -1);
const PRESENT_BE = /^(?:is|are|am|'s|’s|'re|’re)$/;

/**
 * "Helicopters are providing a lifeline", "more than 3,000 people are running for office", "the
 * agency is working to overcome obstacles": a verb of a role or a course held in the present
 * progressive, with an abstract object or complement (`ongoingRoles`). Not an act under way
 * ("police are serving arrest warrants", "crews are working to contain the blaze", "rescuers are
 * searching the rubble"), nor one told in the past.
 */
export function ongoingRole(clause: VerbClause, following: VerbClause | undefined): boolean {
  const head = clause.head;
  if (!head || !/ing$/i.test(head.text)) return false;
  const words = ROLES.get(head.lemma);
  const group = mapOf(
    clause.group.filter((t) => t.pos !== 'ADV' && t.pos !== 'PART'),
    lower,
  );
  if (!words || group.length !== 1 || !PRESENT_BE.test(group[0]!)) return false;
  // "is providing | a vital lifeline", "is working | to overcome": the words after the verb, the
  // clause after it included, without determiners, adjectives and "to".
  const after = [...clause.tokens.slice(at(clause) + 1), ...(following?.tokens ?? [])]
    .filter((t) => !SKIPPED.has(t.pos))
    .slice(0, 2)
    .map(lower);
  // "supporting the assault with mortar fire": the means make an act of it.
  if (clause.tokens.slice(at(clause) + 1).some((t) => ROLE_MEANS.has(lower(t)))) return false;
  return words.has('*') || words.has(after[0] ?? '') || words.has(after.join(' '));
}

/**
 * "Some reports suggest 400 hikers are missing", "figures show that turnout is high": reports,
 * figures or signs that suggest, indicate or show something, in the simple present, tell how
 * things stand; no one said anything.
 */
export const indication = (clause: VerbClause): boolean =>
  !!clause.head && !clause.group.some((t) => t.pos === 'AUX') && indicatedAt(clause.tokens, at(clause));

/** "suggests", "indicate", "show": a verb of indicating in the present, not "suggested" or "shown". */
const indicatesNow = (verb: Token): boolean =>
  INDICATING.has(verb.lemma) && (lower(verb) === verb.lemma || lower(verb) === `${verb.lemma}s`);

/** The verb at `i` is "suggest", "indicate" or "show" in the simple present, after a noun of reports or figures. */
export function indicatedAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (!verb || !indicatesNow(verb)) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  const noun = tokens[j];
  return !!noun && (noun.pos === 'NOUN' || noun.pos === 'PROPN') && INDICATORS.has(lower(noun));
}

/** A word of reports or figures ("reports", "data"). */
export const isIndicator = (word: string): boolean => INDICATORS.has(word.toLowerCase());

/** "[Some reports] also suggest …": a verb of indicating in the simple present with no subject of its own. */
export const indicating = (clause: VerbClause): boolean =>
  !!clause.head &&
  indicatesNow(clause.head) &&
  !clause.group.some((t) => t.pos === 'AUX') &&
  clause.tokens.slice(0, at(clause)).every((t) => t.pos === 'ADV' || t.pos === 'PUNCT');

/**
 * "Villagers refused to be intimidated", "the council refused to be rushed": a refusal to be
 * moved by pressure (`attitudes`) is an attitude, no act (a refusal to sign is one).
 */
export function refusedAttitude(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !ATTITUDES.has(lower(head)) || !clause.group.some((t) => lower(t) === 'be')) return false;
  return clause.group.some((t) => t.pos === 'VERB' && FAILURES.has(t.lemma));
}

/**
 * "Violence stayed at or below normal levels", "prices remained near record highs": "stay" or
 * "remain" at a level is a state that held, not an act.
 */
export function heldLevel(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !LINKING.has(head.lemma)) return false;
  const after = clause.tokens.slice(at(clause) + 1);
  if (after[0]?.pos !== 'ADP' && after[0]?.pos !== 'ADV') return false;
  // The noun of the first phrase: "at or below normal levels", not "at sea for a record 200 days".
  const noun = after.find((t) => !LEVEL_LEAD.has(t.pos));
  return noun?.pos === 'NOUN' && LEVELS.has(lower(noun));
}
