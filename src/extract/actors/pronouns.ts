// "He", "his", "she", "her": a personal pronoun refers back to a person only when that is clear:
// when exactly one person is named between the start of the previous sentence and the pronoun, of
// a sex that fits when the document says it ("Mr.", "Mrs.", a pronoun already resolved). A pronoun
// already resolved names its person too, so a story told in "he … he …" keeps its person. With
// several people named, "he said" (a pronoun that speaks) continues the speaker before it when
// exactly one person spoke there ("Ruiz said … . He said …", "…, Ruiz said. “…,” he added.").
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { speaks } from './speech.ts';

const PRONOUN = /(?<![\p{L}\p{N}’'-])(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)(?![\p{L}\p{N}’'-])/gu;
const MALE_TITLE = /\b(?:Mr|Sir|Lord|King|Prince|Pope|Father|Brother|Archbishop|Cardinal)\.?\s+$/;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister)\.?\s+$/;
type Sex = 'm' | 'f';
const sexOf = (pronoun: string): Sex => (/^(?:he|him|his|himself)$/i.test(pronoun) ? 'm' : 'f');

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
  const out: ActorMention[] = [];
  let s = 0;
  let p = 0;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.index) s++;
    while (p < named.length && named[p]!.start < m.index) p++;
    const from = sentences[Math.max(0, s - 1)]!.start;
    const want = sexOf(m[0]);
    const fits = (id: string) => (sex.get(id) ?? want) === want;
    const window: ActorMention[] = [];
    for (let k = p - 1; k >= 0 && named[k]!.start >= from; k--) if (fits(named[k]!.actorId)) window.push(named[k]!);
    const actors = new Set(window.map((w) => w.actorId));
    let actorId = actors.size === 1 ? [...actors][0]! : null;
    if (actors.size > 1 && /^(?:he|she)$/i.test(m[0]) && speaks(text, m.index, m.index + m[0].length)) {
      const speakers = new Set(window.filter((w) => speaks(text, w.start, w.end)).map((w) => w.actorId));
      if (speakers.size === 1) actorId = [...speakers][0]!;
    }
    if (actorId === null) continue;
    const found = { start: m.index, end: m.index + m[0].length, text: m[0], actorId };
    out.push(found);
    if (!sex.has(actorId)) sex.set(actorId, want);
    named.splice(p++, 0, found); // every mention from p on starts after it
  }
  return out;
}

/**
 * The matches of `pattern` that refer back to an actor of `candidates`: the one named between the
 * start of the previous sentence and the match, when there is exactly one. `chain`: a match
 * resolved counts as naming its actor for the next.
 */
export function referBack(
  text: string,
  sentences: readonly Sentence[],
  candidates: readonly ActorMention[],
  pattern: RegExp,
  chain: boolean,
): ActorMention[] {
  const named = [...candidates].sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  let s = 0;
  let p = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.index) s++;
    while (p < named.length && named[p]!.start < m.index) p++;
    const from = sentences[Math.max(0, s - 1)]!.start;
    const actors = new Set<string>();
    for (let k = p - 1; k >= 0 && named[k]!.start >= from && actors.size < 2; k--) actors.add(named[k]!.actorId);
    if (actors.size !== 1) continue;
    const found = { start: m.index, end: m.index + m[0].length, text: m[0], actorId: [...actors][0]! };
    out.push(found);
    if (chain) named.splice(p++, 0, found); // every mention from p on starts after it
  }
  return out;
}
