// A named product takes part in an event only as what does it or what it is done to: the patient
// of "Apple unveiled the Nimbus 2", the agent of "the Nimbus 2 sold a million" or "the Nimbus 2
// will use a new chip", the product of "sales of the Nimbus 2". Elsewhere a product is named in
// passing and its timeline would fill with other actors' events:
//   - a name that modifies another noun is no participant: "Nimbus 2 owners called", "the
//     Nimbus 2 antenna failed", "he praised the device's design" (the owners, the antenna and the
//     design take part), unless that noun is the product's own kind ("Nimbus music players") or
//     the event word ("Nimbus use", "the device's launch");
//   - a name behind a preposition belongs to another noun ("the maker of the Nimbus 2 hired",
//     "the head of marketing for the Nimbus resigned", "dissatisfied with the Nimbus"), unless
//     it hangs on an event noun ("sales of its Nimbus players", "pre-orders of the Nimbus 2
//     began") or names the agent ("by");
//   - a product with any other part in the event ("other", "location") is a bystander.
// participants.ts asks this of every product mention once the clause reading has given it a role.
import type { ActorMention, Role } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { AnalyzedSentence, Token } from '../language/analyze.ts';
import { firstFrom } from '../spans.ts';
import { isEventNoun } from './occurrence.ts';
import lists from '../actors/names.json' with { type: 'json' };
import words from './participants.json' with { type: 'json' };

/** Nouns naming what a product is: "Nimbus music players" names the Nimbus. */
const OWN_KIND = new Set(lists.productNouns.split(' '));
const POSSESSIVE = /^['’]s?$/;
const PREPOSITIONS = words.prepositions.split(' ').join('|');
/** Between a product and the event noun it holds: "Nimbus sales", "the Nimbus's first launch". */
const ATTACHED = /^(?:['’]s?)?\s+(?:[\p{Ll}\d-]+\s+){0,2}$/u;
/** A preposition before the name, past a determiner and up to three lower-case modifiers (none a preposition). */
const BEHIND = new RegExp(
  String.raw`\b(?:${PREPOSITIONS})\s+(?:(?:the|a|an|its|their|his|her|this|that|these|those)\s+)?(?:(?!(?:${PREPOSITIONS})\s)[\p{Ll}\d-]+\s+){0,3}$`,
  'u',
);
/** Between a verb and its object: determiners, numbers and modifiers, no preposition or clause break. */
const OBJECT = /^\s+(?:(?!(?:and|or|but|that|which|who|to|of|for|with|from|in|on|at|by)\s)[\p{Ll}\d][\p{L}\d,.-]*\s+){0,4}$/u;
const MODIFIERS = new Set(['ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM', 'X']); // the tagger reads "new" in "the device's new screen" as an adverb

/** The part a product named here takes in the event (the clause reading gave it `role`), or null when it is named in passing. */
export function productRole(
  text: string,
  m: ActorMention,
  role: Role,
  event: EventDraft,
  analysis: readonly AnalyzedSentence[],
): Role | null {
  const t = event.trigger;
  if (m.start < t.end && m.end > t.start) return role; // the event word holds its product
  const sentence = analysis[firstFrom(analysis, m.start + 1) - 1];
  if (!sentence) return null;
  const tokens = sentence.tokens;
  if (modifies(m, t, tokens)) return null;
  const lead = text.slice(Math.max(event.quote.start, m.start - 60), m.start);
  // A gerund (the tagger may read it as a noun) has its object: "after launching the Nimbus".
  const trigger = tokens[firstFrom(tokens, t.start)];
  const gerund = trigger !== undefined && /ing$/i.test(trigger.text) && m.start >= t.end && OBJECT.test(text.slice(t.end, m.start));
  const behind = gerund ? null : BEHIND.exec(lead);
  if (behind) {
    // The noun "of" hangs on: an event ("the launch of", "sales of"), else in passing.
    const at = m.start - lead.length + behind.index;
    const head = tokens[firstFrom(tokens, at) - 1];
    if (/^by\s/.test(behind[0])) return role;
    const ofEvent = /^of\s/.test(behind[0]) && head !== undefined && /^\s*$/.test(text.slice(head.end, at));
    return ofEvent && head.pos !== 'VERB' && isEventNoun(head) ? role : null;
  }
  // An event noun holds its product right before it ("Nimbus sales", "the Nimbus's launch"), not across a verb.
  if (trigger && trigger.start === t.start && (trigger.pos === 'NOUN' || trigger.pos === 'PROPN') && !gerund)
    return m.end <= t.start && ATTACHED.test(text.slice(m.end, t.start)) ? role : null;
  if (role === 'agent' || role === 'patient') return role;
  // "sold eight million Nimbus players": the object after a few numbers and modifiers.
  return m.start >= t.end && OBJECT.test(text.slice(t.end, m.start)) ? 'patient' : null;
}

/** "Nimbus 2 owners", "the device's design": the name stands before a noun phrase whose head is neither its kind nor the event word. */
function modifies(m: ActorMention, trigger: Span, tokens: readonly Token[]): boolean {
  let k = firstFrom(tokens, m.end);
  if (k < tokens.length && POSSESSIVE.test(tokens[k]!.text)) k++;
  else if (k >= tokens.length || tokens[k]!.start > m.end + 1 || !isNoun(tokens[k]!)) return false;
  // The noun phrase after the name: a few modifiers and its head.
  let head: Token | undefined;
  for (let n = 0; k < tokens.length && n < 4 && MODIFIERS.has(tokens[k]!.pos); k++, n++) {
    const tok = tokens[k]!;
    if (tok.start < trigger.end && tok.end > trigger.start) return false;
    if (isNoun(tok)) head = tok;
  }
  return head !== undefined && !OWN_KIND.has(head.lower);
}

const isNoun = (t: Token) => t.pos === 'NOUN' || (t.pos === 'PROPN' && !/^\d/.test(t.text));
