// "It": a subject pronoun refers back to an organization, a group, a country, a product, a storm
// or a craft ("Katrina weakened as it moved inland") only when that is clear: exactly one such actor is named between the start of the previous
// sentence and the pronoun, and nothing that "it" could be instead stands between them, no thing
// named without a name ("Orvell released the update. It fixes …": the update) and no clause of
// its own before a verb of being ("it is likely that", "it was not clear whether": nothing), unless
// "it" speaks ("Orvell reported a loss. It said …": a loss says nothing). What a body says of "it"
// is said of itself, whoever else was named before ("Orvell said it would", "It said it would").
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { groupBy, inside, lastEndingBy, textWithout } from '../spans.ts';
import { referBack } from './pronouns.ts';
import { saysThat, speaksNext } from './speech.ts';
import { PLURAL } from './plurals.ts';
import words from './pronouns.json' with { type: 'json' };

const BODIES: readonly ActorKind[] = ['organization', 'group', 'country', 'media', 'product', 'storm', 'craft'];
const IT = /(?<![\p{L}\p{N}’'-])[Ii]t(?![\p{L}\p{N}-]|['’](?!s\b))/gu;
/** A noun phrase that "it" could stand for: "the update", "a new law", "this deal", "its plan". */
const THING = /\b(?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?\p{Ll}[\p{Ll}-]*\b/u;
/** "it is likely that", "it became clear that", "it takes", "it's time to", "it's been a week": "it" stands for nothing. */
const BE = String.raw`(?:\s+(?:is|was|seems|seemed|appears|appeared|remains|remained|becomes|became|would\s+be|will\s+be|has\s+been|had\s+been|may\s+be|might\s+be|could\s+be)|['’]s)`;
const EMPTY = new RegExp(
  String.raw`^(?:${BE}\s+(?:not\s+)?(?:(?:[\p{L}’'-]+,?\s+){0,3}(?:that|to|whether|if|for|who)\b|(?:time|clear|unclear|likely|unlikely|possible|impossible|important|necessary|hard|difficult|easy)\b)|\s+(?:only\s+|just\s+)?(?:takes|took|rained|snowed)\b|(?:['’]s|\s+has|\s+had)\s+been\s+(?:a|an)\s)`,
  'u',
);

/** A thing that says something itself: "the report", "a new study" ("… released a report. It says …": the report). */
const TEXT = new RegExp(
  String.raw`\b(?:the|a|an|this|that|its|his|her|their)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:${words.texts.split(' ').join('|')})\b`,
  'iu',
);

/** What a text does as well as a body: "it says", "it also noted" (not "it announced"). */
const TEXT_VERB =
  /^\s+(?:also\s+)?(?:says|said|states|stated|notes|noted|shows|showed|finds|found|suggests|suggested|reads|claims|claimed)\b/;

/** "It" as a subject: at a sentence's or clause's start ("…, it said", "said it would", "because it"). */
const SUBJECT_SLOT =
  /(?:^|[.,;:!?“"(]\s*|\b(?:that|said|says|and|but|because|as|when|if|since|while|after|before|until|once|although|though|where|so|whether)\s+)$/i;

export function findItPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // A people named in the plural ("the Iraqis") is "they", never "it".
  const bodies = sorted.filter((m) => BODIES.includes(kindOf(m.actorId)!) && !PLURAL.test(m.text));
  const bodiesOf = groupBy(bodies, (m) => m.actorId);
  const found = referBack(text, sentences, bodies, IT, false);
  const resolved = new Set(found.map((f) => f.start));
  // "Orvell said it would …", whoever else was named before: the speaker says it of itself.
  IT.lastIndex = 0;
  for (let m = IT.exec(text); m; m = IT.exec(text)) {
    if (resolved.has(m.index)) continue;
    const speaker = lastEndingBy(bodies, m.index);
    if (speaker && saysThat(text.slice(speaker.end, m.index)))
      found.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId: speaker.actorId });
  }
  found.sort((a, b) => a.start - b.start);
  /** The words between "it" and the last mention of its body before it, other actors' names left out. */
  const textBetween = (it: ActorMention) => {
    const gap = { start: lastEndingBy(bodiesOf.get(it.actorId)!, it.start)!.end, end: it.start };
    return textWithout(text, gap, inside(sorted, gap));
  };
  const kept = found.filter((it) => {
    if (EMPTY.test(text.slice(it.end, it.end + 60))) return false;
    // "It said …", "in mid-year it announced": "it" that speaks is a subject, and no thing named between ("a loss") speaks.
    const speaking = speaksNext(text, it.end) && !(TEXT_VERB.test(text.slice(it.end, it.end + 24)) && TEXT.test(textBetween(it)));
    // "It" right after what its body says is the subject of what it says: "Orvell announced Monday it …".
    const speaker = lastEndingBy(bodies, it.start);
    const said = speaker?.actorId === it.actorId && saysThat(text.slice(speaker.end, it.start));
    if (!said && !speaking && !SUBJECT_SLOT.test(text.slice(Math.max(0, it.start - 12), it.start))) return false;
    const last = lastEndingBy(bodiesOf.get(it.actorId)!, it.start)!;
    // "Iraq's election commission … it", "the example of North Korea … it": the body only says whose
    // (but "the government of North Korea … it" is North Korea).
    if (
      /^['’]s?(?![\p{L}])/u.test(text.slice(last.end, last.end + 3)) ||
      /\b(?!government|state|people)\p{Ll}+\s+of\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, last.start - 30), last.start))
    )
      return false;
    const gap = { start: last.end, end: it.start };
    const between = inside(sorted, gap);
    // "U.N. Secretary-General Kofi Annan says it": what a person says "it" of is no body of theirs.
    if (between.some((m) => kindOf(m.actorId) === 'person')) return false;
    // Other actors' mentions are names, no thing: "Orvell told Reuters it …" keeps Orvell.
    return speaking || !THING.test(textWithout(text, gap, between));
  });
  // "It said it would …": what a body named by "it" says of "it" is said of itself too.
  const more: ActorMention[] = [];
  IT.lastIndex = 0;
  for (let m = IT.exec(text); m; m = IT.exec(text)) {
    const speaker = lastEndingBy(kept, m.index);
    if (!speaker || kept.some((k) => k.start === m!.index) || EMPTY.test(text.slice(m.index + m[0].length, m.index + 60))) continue;
    if (!saysThat(text.slice(speaker.end, m.index))) continue;
    if (inside(sorted, { start: speaker.end, end: m.index }).length === 0)
      more.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId: speaker.actorId });
  }
  return [...kept, ...more].sort((a, b) => a.start - b.start);
}
