// Who holds an occasion of speaking: the subject of the clause that sets a news conference, a
// briefing or an interview (not a conference alone, a meeting of many), when the clause is its
// speaker's ("At a news conference, Ana Ruiz pledged …", "During a briefing Wednesday, Mr. Ruiz
// said …", "Ruiz told a news conference …", "he said in an interview with …"). Only a clause of
// speaking (or "held", "gave") places its subject there after the verb: "Troops stormed the news
// conference" says nothing of who held it.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import type { VerbClause } from './verbClauses.ts';
import { subjectOf } from './subjects.ts';
import { SPEECH_VERBS } from '../actors/speech.ts';
import lists from './speakingOccasions.json' with { type: 'json' };

const NOUNS = new Set(lists.nouns.split(' '));
const GATHERINGS = new Set(lists.gatherings.split(' '));
/** "news conference", "press conference": the word before a gathering that makes it one of speaking. */
const GATHERING_OF = new RegExp(String.raw`\b(?:${lists.gatheringOf.split(' ').join('|')})\s+$`, 'i');
const VERBS = new Set([...lists.verbs.split(' '), ...SPEECH_VERBS]);
/** What sets the occasion in the clause: a preposition or a verb right before it, past its article and up to three modifiers. */
const SET_BY = /(?:^|\s)(at|in|during|to|before|\p{Ll}+)\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{L}\d.'’-]+\s+){0,3}$/u;
const PREPOSITIONS = new Set(['at', 'in', 'during', 'to', 'before']);
const ASKED = new Set(lists.asked.split(' '));

/**
 * "Asked at a briefing Wednesday whether the plant would close, the spokesman told reporters …":
 * the clause that answers a question told by a participle opening the sentence; the answer is
 * given when the question is asked.
 */
export function answerTo(clauses: readonly VerbClause[]): VerbClause | undefined {
  const opening = clauses[0];
  const head = opening?.head;
  if (!head || opening.opener || opening.group.length || opening.tokens[0] !== head || !ASKED.has(head.lower)) return undefined;
  return clauses.find((c, k) => k > 0 && !c.opener && !!c.head && c.tokens[0] !== c.head);
}

/**
 * Whether a noun phrase names an occasion of speaking by its last word: "a Sunday interview",
 * "Monday's news conference" (not "the May 3 election", "a developers' conference").
 */
export function isSpeakingOccasion(text: string, phrase: Span): boolean {
  const words = text.slice(phrase.start, phrase.end).toLowerCase().split(/\s+/);
  const noun = words.at(-1)!;
  return NOUNS.has(noun) || (GATHERINGS.has(noun) && GATHERING_OF.test(`${words.at(-2) ?? ''} `));
}

/** The actors who hold the speaking occasion named at `trigger`; none when it is no such noun or its clause does not say. */
export function occasionSpeakers(
  text: string,
  clauses: readonly VerbClause[],
  trigger: Span,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): string[] {
  const noun = text.slice(trigger.start, trigger.end).toLowerCase();
  const gathering = GATHERINGS.has(noun) && GATHERING_OF.test(text.slice(Math.max(0, trigger.start - 8), trigger.start));
  if (!NOUNS.has(noun) && !gathering) return [];
  const c = clauses.find((x) => trigger.start >= x.start && trigger.end <= x.end);
  if (!c?.head) return [];
  const set = SET_BY.exec(text.slice(c.start, trigger.start).toLowerCase());
  if (!set) return [];
  const word = set[1]!.toLowerCase();
  const fronted = c.head.start > trigger.end; // "At a news conference, following the ceremony, Ruiz pledged"
  if (fronted ? !PREPOSITIONS.has(word) : !VERBS.has(c.head.lower) || (!PREPOSITIONS.has(word) && word !== c.head.lower)) return [];
  let subject = subjectOf(text, clauses, c.head, mentions, kindOf);
  // "At a news conference, following the ceremony, Ruiz pledged": past a fronted participle, the next clause's.
  const next = clauses[clauses.indexOf(c) + 1];
  if (fronted && !subject?.actorIds.length && /ing$/.test(c.head.lower) && next?.head && next.opener === null)
    subject = subjectOf(text, clauses, next.head, mentions, kindOf);
  if (!subject || subject.passive) return [];
  return subject.actorIds.filter((id) => kindOf(id) !== 'place');
}
