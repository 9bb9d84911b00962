// "He", "his", "she", "her": a personal pronoun refers back to a person only when that is clear:
// when exactly one person is named between the start of the previous sentence and the pronoun, of
// a sex that fits when the document says it ("Mr.", "Mrs.", a pronoun already resolved). A pronoun
// already resolved names its person too, so a story told in "he … he …" keeps its person. With
// several people named, "he said" (a pronoun that speaks) continues the speaker before it when
// exactly one person spoke there ("Ruiz said … . He said …", "…, Ruiz said. “…,” he added."), and
// "he" right after a clause that opens the sentence is the one person named in that clause ("When
// Ruiz arrived, he said …"); "he" right after a person's verb of saying is that person ("Ruiz met Berg,
// and Berg said he would stay"). With no person named there at all, the one person named since the
// previous paragraph or the three sentences before (a quotation's speaker, the subject of a story),
// unless someone the text does not name ("a spokesman", "the man") stands between.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { firstFrom, inside } from '../spans.ts';
import { saysThat, speaks } from './speech.ts';
import { narrativeSubject } from './narrativeSubject.ts';
import words from './pronouns.json' with { type: 'json' };
import lists from './names.json' with { type: 'json' };
import { flatMapOf } from '../lists.ts';

/** A whole word of `list` ("he him"), its first letter in either case. */
export function pronounPattern(list: string): RegExp {
  const alternatives = list.split(' ').map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`);
  return new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?:${alternatives.join('|')})(?![\p{L}\p{N}’'-])`, 'gu');
}

/** Every pronoun of the lists, capitalized: an alias that starts with one is no name ("He", "Their"). */
export const PRONOUNS: readonly string[] = [words.male, words.female, words.plural, words.body, words.first]
  .flatMap((list) => list.split(' '))
  .map((w) => w[0]!.toUpperCase() + w.slice(1));

const PRONOUN = pronounPattern(`${words.male} ${words.female}`);
const MALE = new Set(words.male.split(' '));
const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Pope|Father|Brother|Archbishop|Cardinal)\.?\s+$/;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister)\.?\s+$/;
/** A clause that opens a sentence and ends at a comma: "When Ruiz arrived, ", "After the talks, ". */
const OPENING =
  /^\W*(?:when|after|before|while|as|since|although|though|because|if|once|until|upon|despite|in|on|at|during)\b[^,;:.!?“”"]*,\s*$/i;
/** Someone the text does not name, whom "he" or "she" could be: "a spokesman", "this man", "the head of", "Sister Paulina" (a name not recognized). */
const UNNAMED = new RegExp(
  String.raw`\b(?:(?:a|an|the|this|that|another|one)\s+(?:[\p{L}-]+\s+){0,2}?(?:${[...lists.roleNouns.split(' '), ...lists.descriptions.person, ...words.people.split(' ')].join('|')})\b|(?:${lists.honorifics
    .split(' ')
    .map((h) => h.replace('.', ''))
    .join('|')}|Sister|Brother|Father)\.?\s+\p{Lu})`,
  'iu',
);
/** An honorific and the surname after it: "Mr. Blair". */
const SAME_PERSON = new RegExp(
  String.raw`\b(?:${lists.honorifics
    .split(' ')
    .map((h) => h.replace('.', ''))
    .join('|')})\.?\s+(\p{Lu}[\p{L}'’-]+)`,
  'gu',
);
/** How far back "he" looks when nobody is named in the sentence before it: the previous paragraph or NEAR sentences, whichever is longer, and never more than FAR sentences. */
const NEAR = 3;
const FAR = 8;
type Sex = 'm' | 'f';
const sexOf = (pronoun: string): Sex => (MALE.has(pronoun.toLowerCase()) ? 'm' : 'f');

export function findPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const named = mentions.filter((m) => kindOf(m.actorId) === 'person').sort((a, b) => a.start - b.start);
  const sex = new Map<string, Sex>();
  for (const m of named) {
    const before = text.slice(Math.max(0, m.start - 12), m.start);
    const said = MALE_TITLE.test(before) ? 'm' : FEMALE_TITLE.test(before) ? 'f' : undefined;
    if (said && !sex.has(m.actorId)) sex.set(m.actorId, said);
  }
  return referBack(text, sentences, named, PRONOUN, true, (near, m, chained) => {
    const want = sexOf(m[0]);
    // '"As President Ruiz has said, we will stay," she added': who is named in the words a pronoun speaks is not who speaks them.
    const quote = quotedBefore(text, m.index, m.index + m[0].length);
    const fits = (w: ActorMention) => (sex.get(w.actorId) ?? want) === want && !(quote && w.start >= quote.start && w.end <= quote.end);
    const window = near.filter(fits);
    const actors = new Set(window.map((w) => w.actorId));
    let actorId = actors.size === 1 ? [...actors][0]! : null;
    // "Ruiz announced he would resign", whoever else was named before: the speaker says it of themselves
    // (not "the lawyer for Ruiz said he", where Ruiz does not speak).
    const last = window[0];
    if (actors.size > 1 && /^(?:he|she)$/i.test(m[0]) && saysThat(text.slice(last!.end, m.index)) && opensClause(text, last!.start))
      actorId = last!.actorId;
    else if (actors.size > 1 && /^(?:he|she)$/i.test(m[0])) {
      const sentence = sentences[Math.max(0, firstFrom(sentences, m.index + 1) - 1)]!;
      const lead = window.filter((w) => w.start >= sentence.start);
      const speaking = speaks(text, m.index, m.index + m[0].length);
      if (speaking) {
        const speakers = new Set(window.filter((w) => speaks(text, w.start, w.end)).map((w) => w.actorId));
        if (speakers.size === 1) actorId = [...speakers][0]!;
      } else if (new Set(lead.map((w) => w.actorId)).size === 1 && OPENING.test(text.slice(sentence.start, m.index))) {
        actorId = lead[0]!.actorId;
      }
      // Nobody spoke there, or "He" opens the sentence: the subject of the sentence of narrative before (narrativeSubject.ts).
      if (actorId === null && (speaking || /^[\s"“]*$/.test(text.slice(sentence.start, m.index)))) {
        // Only of the sex the pronoun says ("Mr.", a pronoun before), or the one set off after its possessor: "Ana Ruiz met Tom
        // Berg. He said …" is either, when their sexes are unknown.
        const subject = narrativeSubject(text, sentences, merged(named, chained), m.index);
        const sure = subject !== null && (subject.possessed || sex.get(subject.actorId) === want);
        if (sure && window.some((w) => w.actorId === subject.actorId)) actorId = subject.actorId;
      }
    }
    if (actors.size === 0) actorId = farBack(text, sentences, m.index, [named, chained], fits);
    if (actorId !== null && !sex.has(actorId)) sex.set(actorId, want);
    return actorId;
  });
}

/** Before a clause's subject: the clause's start, a conjunction, an article, titles and roles ("and Defense Secretary", "the opposition leader"). */
const SUBJECT_LEAD = new RegExp(
  String.raw`(?:^|[.;:!?,“"(]|\b(?:and|but|then|while|as|when)\b)\s*(?:(?:the|The|a|A|an|An)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|former|${lists.roleNouns.split(' ').join('|')})\s+){0,5}$`,
  'u',
);
/** The mention starting at `start` opens its clause: only a conjunction, an article, titles and roles stand before it. */
const opensClause = (text: string, start: number) => SUBJECT_LEAD.test(text.slice(Math.max(0, start - 80), start));

/** A quotation that closes right before a pronoun that speaks ('"…," she added'), else null. */
const QUOTE_CLOSED = /[,.!?]?["”]\s*$/;
function quotedBefore(text: string, at: number, end: number): { start: number; end: number } | null {
  const before = text.slice(Math.max(0, at - 4), at);
  if (!QUOTE_CLOSED.test(before) || !speaks(text, at, end)) return null;
  const close = at - before.length + before.search(/["”]\s*$/);
  const start = Math.max(text.lastIndexOf('"', close - 1), text.lastIndexOf('“', close - 1));
  return start >= 0 && start > text.lastIndexOf('\n', close - 1) ? { start, end: close } : null;
}

/** Two lists of mentions sorted by start, as one. */
const merged = (a: readonly ActorMention[], b: readonly ActorMention[]) => [...a, ...b].sort((x, y) => x.start - y.start);

/** The one person (that fits) named since the previous paragraph, with no one unnamed between: or null. */
function farBack(
  text: string,
  sentences: readonly Sentence[],
  at: number,
  persons: readonly (readonly ActorMention[])[],
  fits: (m: ActorMention) => boolean,
): string | null {
  const s = Math.max(0, firstFrom(sentences, at + 1) - 1);
  let line = text.lastIndexOf('\n', at - 1); // the end of the paragraph before, past any blank line
  while (line > 0 && /\s/.test(text[line - 1]!)) line--;
  const paragraph = Math.min(text.lastIndexOf('\n', line - 1) + 1, sentences[Math.max(0, s - NEAR)]!.start);
  const from = Math.max(sentences[Math.max(0, s - FAR)]!.start, paragraph);
  const near = flatMapOf(persons, (list) => inside(list, { start: from, end: at }));
  const ids = new Set(near.map((p) => p.actorId));
  if (ids.size !== 1 || !near.every(fits)) return null;
  const last = near.reduce((a, b) => (b.start > a.start ? b : a));
  // "Mr. Blair" after "Ian Blair" (and no other Blair so far): the same person by a name not linked, not someone unnamed.
  const surname = (p: ActorMention) => p.text.split(/\s+/).at(-1)!;
  const before = persons[0]!.filter((p) => p.start < at);
  const others = new Set(before.filter((p) => p.actorId !== last.actorId).map(surname));
  const surnames = new Set(before.filter((p) => p.actorId === last.actorId && !others.has(surname(p))).map(surname));
  const between = text.slice(last.end, at).replace(SAME_PERSON, (all, name: string) => (surnames.has(name) ? ' ' : all));
  return UNNAMED.test(between) ? null : last.actorId;
}

/** The actor a match refers to, given the mentions before it (nearest first), or null. */
export type Choose = (near: readonly ActorMention[], match: RegExpExecArray, resolved: readonly ActorMention[]) => string | null;

/** The one actor named, or null. */
const onlyOne: Choose = (near) => (near.every((m) => m.actorId === near[0]?.actorId) ? (near[0]?.actorId ?? null) : null);

/**
 * The matches of `pattern` that refer back to an actor of `candidates`: `choose` picks it among
 * the candidates named between the start of the previous sentence and the match (by default, the
 * one named there, when there is exactly one). `chain`: a match resolved counts as naming its
 * actor for the next.
 */
export function referBack(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly ActorMention[],
  pattern: RegExp,
  chain: boolean,
  choose: Choose = onlyOne,
): ActorMention[] {
  const named = [...candidates].sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  let s = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.index) s++;
    const from = sentences[Math.max(0, s - 1)]!.start;
    const near = nearestFirst(named, from, m.index);
    // The matches resolved so far are in text order: those in the window join it.
    if (chain && out.length) near.push(...nearestFirst(out, from, m.index));
    if (chain) near.sort((a, b) => b.start - a.start);
    const actorId = choose(near, m, out);
    if (actorId !== null) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId });
  }
  return out;
}

/** The mentions (sorted by start) that start in [from, to), the nearest to `to` first. */
function nearestFirst(sorted: readonly ActorMention[], from: number, to: number): ActorMention[] {
  const out: ActorMention[] = [];
  for (let k = firstFrom(sorted, to) - 1; k >= 0 && sorted[k]!.start >= from; k--) out.push(sorted[k]!);
  return out;
}
