// "Its": a possessive that refers back to an organization, a group or a country only when that is
// clear, when exactly one such actor is named between the start of the previous sentence and the
// pronoun ("Apple … its stores"). "It" is left alone: as often as not it stands for nothing ("it
// is likely") or for a thing that is no actor (a product, a law).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { referBack } from './pronouns.ts';

const BODIES: readonly ActorKind[] = ['organization', 'group', 'country', 'media'];
const ITS = /(?<![\p{L}\p{N}’'-])[Ii]ts(?![\p{L}\p{N}’'-])/gu;

export function findOrgPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  return referBack(
    text,
    sentences,
    mentions.filter((m) => BODIES.includes(kindOf(m.actorId)!)),
    ITS,
    false,
  );
}
