// Clauses that tell how things stand rather than something that happens: a
// role held as the news is written ("helicopters are providing a lifeline", "3,000 people are
// running for office", "the agency is working to overcome obstacles"), what reports or figures
// suggest ("reports suggest 400 hikers are missing"), an attitude ("refused to be intimidated") and
// a level that held ("violence stayed at normal levels"). A day of their own still dates them.
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { mapOf } from '../lists.ts';
import lists from './occurrence.json' with { type: 'json' };

const ROLES = new Map(Object.entries(lists.ongoingRoles).map(([verb, words]) => [verb, new Set(words)]));
const INDICATING = new Set(lists.indicating);
const INDICATORS = new Set(lists.indicators);
const ATTITUDES = new Set(lists.attitudes);
const FAILURES = new Set(lists.failures);
const LEVELS = new Set(lists.levels);
const LINKING = new Set(lists.linking);

const lower = (t: Token) => t.lower;
const at = (clause: VerbClause) => (clause.head ? clause.tokens.indexOf(clause.head) : -1);
const PRESENT_BE = /^(?:is|are|am|'s|’s|'re|’re)$/;

/**
 * "Helicopters are providing a lifeline", "more than 3,000 people are running for office", "the
 * agency is working to overcome obstacles", "the effort is now moving beyond first aid": a verb
 * of a role or a course held (`ongoingRoles`, some only with the word after them) in the present
 * progressive. Not an act under way ("rescuers are searching the rubble", "the navy is sending
 * ships"), nor one told in the past.
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
  if (!words.size) return true;
  // "is working | to overcome": the word may open the clause after.
  const next = clause.tokens.slice(at(clause) + 1).find((t) => t.pos !== 'ADV') ?? following?.opener;
  return !!next && words.has(lower(next));
}

/**
 * "Some reports suggest 400 hikers are missing", "figures show that turnout is high": reports,
 * figures or signs that suggest, indicate or show something, in the simple present, tell how
 * things stand; no one said anything.
 */
export const indication = (clause: VerbClause): boolean =>
  !!clause.head && !clause.group.some((t) => t.pos === 'AUX') && indicatedAt(clause.tokens, at(clause));

/** The verb at `i` is "suggest", "indicate" or "show" in the simple present, after a noun of reports or figures. */
export function indicatedAt(tokens: readonly Token[], i: number): boolean {
  const verb = tokens[i];
  if (!verb || !INDICATING.has(verb.lemma) || /(?:ed|wn)$/.test(lower(verb))) return false;
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
  INDICATING.has(clause.head.lemma) &&
  !/(?:ed|wn)$/.test(lower(clause.head)) &&
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
  return after.slice(0, 7).some((t) => t.pos === 'NOUN' && LEVELS.has(lower(t)));
}
