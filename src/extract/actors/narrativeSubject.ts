// The person a story is about at a given point: the subject of the sentence of narrative before a
// pronoun, read from where its names stand (no parser). "He" that speaks, or that opens its
// sentence, continues that person when several are named ("Ruiz's lawyer, Ana Berg, hailed the
// ruling. “…,” she said": Berg; "He smiled when asked whether he would appeal if Ruiz won. He said
// …": the one who smiled). A quotation's own sentences are skipped: "“… . …,” he said" looks at the
// sentence before the quotation opens.
import type { ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { firstFrom, inside } from '../spans.ts';
import lists from './names.json' with { type: 'json' };

const ROLE_WORDS = ['former', 'opposition', 'acting', 'outgoing', ...lists.roleNouns.split(' ')].join('|');
/** Words that open a sentence before its subject rather than name it: "When Ruiz arrived, …", "In Lyon …". */
const OPENERS =
  'When|After|Before|While|As|Since|Although|Though|Because|If|Once|Until|Upon|Despite|In|On|At|During|With|For|By|From|To|Of|But|And|Asked|Speaking|According';
/** Before a sentence's subject: quotation marks, an article, titles and roles ("Prime Minister", "Opposition leader", "former"). */
const LEAD = new RegExp(
  String.raw`^[\s"“‘]*(?!(?:${OPENERS})\s)(?:(?:The|A|An)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|${ROLE_WORDS})\s+){0,4}$`,
  'u',
);
/** Between a possessor and the person set off after it: "'s lawyer, ", "’s chief of staff, Gen. ". */
const POSSESSOR_GAP = /^['’]s?\s+[\p{Ll}\s-]{2,40},\s*(?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** A quotation that ends right before the pronoun: "…,” he said", "…?" she asked". */
const QUOTE_BEFORE = /[,.!?]?\s*[”"]\s*$/;

/**
 * The person who is the subject of the sentence of narrative before `at`, among `persons` (every
 * mention of a person, names and pronouns already resolved, sorted), or null when none stands as
 * its subject; `possessed` when it is named after its possessor ("Ruiz's lawyer, Ana Berg").
 */
export function narrativeSubject(
  text: string,
  sentences: readonly Sentence[],
  persons: readonly ActorMention[],
  at: number,
): { actorId: string; possessed: boolean } | null {
  let s = Math.max(0, firstFrom(sentences, at + 1) - 1);
  let from = sentences[s]!.start;
  // "“… . …,” he said": back to where the quotation opens.
  const lead = text.slice(from, at);
  if (QUOTE_BEFORE.test(lead)) {
    const close = lead.search(QUOTE_BEFORE) + from;
    const open = Math.max(text.lastIndexOf('“', close - 1), text.lastIndexOf('"', close - 1));
    if (open < 0) return null;
    from = open;
    s = Math.max(0, firstFrom(sentences, open + 1) - 1);
  }
  const sentence = sentences[s - 1];
  if (!sentence || /^[\s]*[“"]/.test(text.slice(sentence.start, sentence.end)) || sentence.end > from) return null;
  const named = inside(persons, sentence);
  const first = named[0];
  if (!first || !LEAD.test(text.slice(sentence.start, first.start)) || text.slice(sentence.start, first.start).includes(',')) return null;
  const after = text.slice(first.end, first.end + 60);
  if (!/^['’]/.test(after)) return { actorId: first.actorId, possessed: false };
  // "Ruiz's lawyer, Ana Berg, hailed": the one set off after the possessor.
  const next = named.find((m) => m.start > first.end && m.actorId !== first.actorId);
  return next && POSSESSOR_GAP.test(text.slice(first.end, next.start)) && /^\s*,/.test(text.slice(next.end))
    ? { actorId: next.actorId, possessed: true }
    : null;
}
