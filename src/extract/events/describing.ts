// "the effort launched by Obama on January 16", "the areas hit by the storm": a participle with
// its agent right after a noun describes that noun. A date in it is the participle's (the
// launch), not the time of the verb whose object the noun is ("thanked Clinton for the effort").
import type { Span } from '../context.ts';
import type { VerbClause } from './verbClauses.ts';
import lists from './occurrence.json' with { type: 'json' };

const RELATIONS = new Set(lists.relations);
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
 */
export function describingState(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.opener || clause.group.length || !/ing$/i.test(head.text) || !RELATIONS.has(head.lemma)) return false;
  const i = clause.tokens.indexOf(head);
  // "students holding a sit-in", "crowds holding a vigil": an event held is an occurrence.
  const object = clause.tokens.slice(i + 1).find((t) => t.pos !== 'DET' && t.pos !== 'ADJ' && t.pos !== 'NUM');
  if (head.lemma === 'hold' && object?.pos === 'NOUN' && (EVENT_NOUNS.has(object.lower) || EVENT_NOUNS.has(object.lemma))) return false;
  return clause.tokens[i - 1]?.pos === 'NOUN';
}
