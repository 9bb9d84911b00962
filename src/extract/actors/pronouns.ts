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
  const people = mentions.filter((m) => kindOf(m.actorId) === 'person').sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  let s = 0;
  let p = 0;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.index) s++;
    while (p < people.length && people[p]!.start < m.index) p++;
    const from = sentences[Math.max(0, s - 1)]!.start;
    const named = new Set<string>();
    for (let k = p - 1; k >= 0 && people[k]!.start >= from && named.size < 2; k--) named.add(people[k]!.actorId);
    if (named.size !== 1) continue;
    const found = { start: m.index, end: m.index + m[0].length, text: m[0], actorId: [...named][0]! };
    out.push(found);
    people.splice(p, 0, found); // every person mention from p on starts after it
    p++;
  }
  return out;
}
