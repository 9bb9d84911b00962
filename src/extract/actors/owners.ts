// "Orvell lost its appeal", "Orvell announced the first of their phones": a possessive whose
// window names several bodies refers to the subject of its own sentence, a body named at the
// start of it by its name and followed by its verb, when no other body is named between them and
// no clause of its own ("said that …", a quotation) opens there; "the Commission forced Orvell to lower its prices": to the body made to
// act, named right before "to" and its verb. Anything else stays with the window's rule.
import type { ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { firstFrom, inside } from '../spans.ts';
import control from '../events/subjects.json' with { type: 'json' };

/** A verb that makes its object act: "forced", "urges", "asking". */
const VERBS = control.objectControl.map((v) => `${v.replace(/e$/, '')}(?:e|es|ed|ing|s|d)?`);
const CONTROLLED = new RegExp(String.raw`\b(?:${VERBS.join('|')})\s+(?:the\s+)?$`, 'i');
const TO_VERB = /^\s+to\s+\p{Ll}+(?:\s+\p{Ll}+){0,3}\s+$/u;
/** Before a sentence's subject: nothing, "The", or a phrase closed by a comma ("On Monday, "). */
const OPENS = /^[\s#]*(?:[^,;:“”"]*,\s+)?(?:the\s+)?$/i;
/** Whether `at` is where a sentence's subject stands: its start, or after a phrase closed by a comma. */
export const subjectSlot = (text: string, sentence: Sentence, at: number) => OPENS.test(text.slice(sentence.start, at));
/** After it, its verb: "lost", "today announced", "have released"; not "'s", ", " or "and". */
const VERB_AFTER = /^\s+(?!(?:and|or|of|in|on|at|for|to|with|from|by)\b)\p{Ll}/u;
/** A clause of its own between them, with a subject of its own: "said (that) …", "… that", "which …", a quotation. */
const NEW_CLAUSE = /[“”"]|\b(?:that|which|who|whose|whether|if|because|while|when|where|after|before|since|said|says|say|told|tells)\b/;

export function ownersBySubject(
  text: string,
  sentences: readonly Sentence[],
  bodies: readonly ActorMention[],
  pattern: RegExp,
  skip: ReadonlySet<number>,
  clear: (between: string) => boolean = () => true,
): ActorMention[] {
  const out: ActorMention[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (skip.has(m.index)) continue;
    const sentence = sentences[Math.max(0, firstFrom(sentences, m.index + 1) - 1)]!;
    const before = inside(bodies, { start: sentence.start, end: m.index });
    const owner = controlled(text, before, m.index) ?? subject(text, sentence, before, m.index);
    if (owner && clear(text.slice(owner.end, m.index)))
      out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId: owner.actorId });
  }
  return out;
}

function controlled(text: string, before: readonly ActorMention[], at: number): ActorMention | undefined {
  const last = before.at(-1);
  if (!last || !TO_VERB.test(text.slice(last.end, at))) return undefined;
  return CONTROLLED.test(text.slice(Math.max(0, last.start - 30), last.start)) ? last : undefined;
}

function subject(text: string, sentence: Sentence, before: readonly ActorMention[], at: number): ActorMention | undefined {
  const first = before[0];
  if (!first || before.some((b) => b.actorId !== first.actorId)) return undefined;
  if (!OPENS.test(text.slice(sentence.start, first.start)) || !VERB_AFTER.test(text.slice(first.end, first.end + 30))) return undefined;
  if (/^the\s+\p{Ll}/iu.test(first.text)) return undefined; // a description is only as sure as the name it stands for
  return NEW_CLAUSE.test(text.slice(first.end, at)) ? undefined : first;
}
