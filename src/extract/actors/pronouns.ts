// "He", "his", "she", "her": a personal pronoun refers back to a person only when that is clear,
// when exactly one person is named between the start of the previous sentence and the pronoun. A
// pronoun already resolved names its person too, so a story told in "he … he …" keeps its person.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';

const PRONOUN = /(?<![\p{L}\p{N}’'-])(?:[Hh]e|[Hh]im|[Hh]is|[Ss]he|[Hh]er|[Hh]imself|[Hh]erself)(?![\p{L}\p{N}’'-])/gu;

export function findPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  return referBack(
    text,
    sentences,
    mentions.filter((m) => kindOf(m.actorId) === 'person'),
    PRONOUN,
    true,
  );
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
