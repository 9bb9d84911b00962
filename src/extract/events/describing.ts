// "the effort launched by Obama on January 16", "the areas hit by the storm": a participle with
// its agent right after a noun describes that noun. A date in it is the participle's (the
// launch), not the time of the verb whose object the noun is ("thanked Clinton for the effort").
// Who heads a thing now ("the party is headed by a former mayor") is no occurrence either.
import type { Span } from '../context.ts';
import type { VerbClause } from './verbClauses.ts';
import type { Token } from '../language/analyze.ts';
import lists from './occurrence.json' with { type: 'json' };

const RELATIONS = new Set(lists.relations);
const HEADED_BY = new Set(lists.headedBy);
const EVENT_NOUNS = new Set(lists.eventNouns);

/** Words that make the participle after them part of a verb group ("was launched by"), or that cannot end a noun. */
const NOT_A_NOUN =
  /^(?:is|are|am|was|were|be|been|being|has|have|had|get|got|gets|and|or|but|that|which|who|to|of|in|on|at|for|from|with|by|as|not|also|then|later|first|jointly|quickly|reportedly|already)$/i;

/** Whether the word at `at` is a participle in "-ed" right after a noun and right before "by". */
export function participleAfterNoun(text: string, at: Span): boolean {
  const word = text.slice(at.start, at.end);
  if (!/^\p{Ll}+ed$/u.test(word) || !/^\s+by\s/.test(text.slice(at.end, at.end + 5))) return false;
  const before = /([\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, at.start - 40), at.start));
  return !!before && !NOT_A_NOUN.test(before[1]!) && !/ly$/.test(before[1]!);
}

/**
 * "the huge challenge facing the region", "the militias controlling the airport": a participle in
 * -ing of a standing relation right after a noun describes that noun; it tells no occurrence.
 * So does its participle with its agent ("a committee headed by the minister": `headedBy`).
 */
export function describingState(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head) return false;
  // "The party is headed by a former mayor": who heads it now, in the present passive.
  if (clause.group.length === 1 && /^(?:is|are)$/.test(clause.group[0]!.lower) && HEADED_BY.has(head.lemma))
    return clause.tokens[clause.tokens.indexOf(head) + 1]?.lower === 'by';
  if (clause.opener || clause.group.length) return false;
  if (!/ing$/i.test(head.text)) return headedBy(clause, head);
  if (!RELATIONS.has(head.lemma)) return false;
  const i = clause.tokens.indexOf(head);
  // "students holding a sit-in", "crowds holding a vigil": an event held is an occurrence.
  const object = clause.tokens.slice(i + 1).find((t) => t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM');
  if (head.lemma === 'hold' && object?.pos === 'NOUN' && (EVENT_NOUNS.has(object.lower) || EVENT_NOUNS.has(object.lemma))) return false;
  return clause.tokens[i - 1]?.pos === 'NOUN';
}

/**
 * "a committee headed by the minister", "the coalition, led by the socialists,", "rebels backed by
 * the army": the participle of a standing relation with its agent, right after a noun (or its
 * comma), says who stands at the noun's head or behind it; it tells no occurrence.
 */
function headedBy(clause: VerbClause, head: Token): boolean {
  if (!HEADED_BY.has(head.lemma) && !RELATIONS.has(head.lemma)) return false;
  const i = clause.tokens.indexOf(head);
  if (clause.tokens[i + 1]?.lower !== 'by') return false;
  const before = clause.tokens[i - 1]?.pos === 'PUNCT' ? clause.tokens[i - 2] : clause.tokens[i - 1];
  return before?.pos === 'NOUN' || before?.pos === 'PROPN';
}

/** Verbs (lemmas) whose participle gives a thing its name: "a shepherd named Ali". */
const NAMING_PARTICIPLES = new Set(['name', 'call', 'dub', 'nickname']);

/**
 * "a shepherd named Ali", "a boy called Sam": a participle of naming right after "a" and a noun,
 * before a name, says who the noun is; it tells no occurrence.
 */
export function namedAfterNoun(clause: VerbClause, following: VerbClause | undefined): boolean {
  const head = clause.head;
  if (!head || clause.group.length || !NAMING_PARTICIPLES.has(head.lemma) || !/(?:ed|en)$/i.test(head.text)) return false;
  const i = clause.tokens.indexOf(head);
  // "named Ali", "called the Valley Front": a name, maybe after "the".
  const after = clause.tokens.length > i + 1 ? clause.tokens.slice(i + 1) : (following?.tokens ?? []);
  const next = after[0]?.lower === 'the' ? after[1] : after[0];
  if (next?.pos !== 'PROPN') return false;
  // "a shepherd named", "an elderly man named": "a" or "an", adjectives, then the noun.
  let j = i - 1;
  if (clause.tokens[j]?.pos !== 'NOUN') return false;
  while (j > 0 && (clause.tokens[j - 1]!.pos === 'ADJ' || clause.tokens[j - 1]!.pos === 'NOUN')) j--;
  return /^(?:a|an)$/i.test(clause.tokens[j - 1]?.text ?? '');
}

/** Verbs (lemmas) whose progressive passive after a noun tells how the thing stands: "prisoners being held" ("force being used" goes on). */
const HELD = new Set(['hold', 'keep', 'consider']);

/** "the prisoners being held at the base", "the options being considered": a noun, "being" and a participle of holding. */
export function beingHeld(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || !HELD.has(head.lemma) || !/(?:ed|en|pt|ld)$/i.test(head.text)) return false;
  const group = clause.group.filter((t) => t.pos !== 'ADV');
  if (group.length !== 1 || group[0]!.lower !== 'being') return false;
  const i = clause.tokens.indexOf(group[0]!);
  return clause.tokens[i - 1]?.pos === 'NOUN';
}
