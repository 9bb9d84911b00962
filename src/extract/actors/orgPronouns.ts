// "Its": a possessive that refers back to an organization, a group or a country only when that is
// clear, when exactly one such actor is named between the start of the previous sentence and the
// pronoun ("Apple … its stores"). "It" is left alone: as often as not it stands for nothing ("it
// is likely") or for a thing that is no actor (a product, a law).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';

const BODIES: readonly ActorKind[] = ['organization', 'group', 'country', 'media'];
const ITS = /(?<![\p{L}\p{N}’'-])[Ii]ts(?![\p{L}\p{N}’'-])/gu;

export function findOrgPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const bodies = mentions.filter((m) => BODIES.includes(kindOf(m.actorId)!)).sort((a, b) => a.start - b.start);
  const out: ActorMention[] = [];
  let s = 0;
  let b = 0;
  ITS.lastIndex = 0;
  for (let m = ITS.exec(text); m; m = ITS.exec(text)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= m.index) s++;
    while (b < bodies.length && bodies[b]!.start < m.index) b++;
    const from = sentences[Math.max(0, s - 1)]!.start;
    const named = new Set<string>();
    for (let k = b - 1; k >= 0 && bodies[k]!.start >= from && named.size < 2; k--) named.add(bodies[k]!.actorId);
    if (named.size !== 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId: [...named][0]! });
  }
  return out;
}
