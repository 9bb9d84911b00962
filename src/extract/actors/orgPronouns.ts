// "Its": a possessive that refers back to an organization, a group or a country only when that is
// clear: when exactly one such actor is named between the start of the previous sentence and the
// pronoun ("Apple … its stores"), or, when several are, the sentence's named subject or the body a
// verb makes act (owners.ts: "X lost its appeal", "forced X to lower its prices"). "It" is left alone: as often as not it stands for nothing ("it
// is likely") or for a thing named without a name (the device, a law); "its" after a craft or a
// ship named since the actor ("the shuttle and its crew") is the thing's.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { groupBy, lastEndingBy } from '../spans.ts';
import { pronounPattern, referBack } from './pronouns.ts';
import { ownersBySubject } from './owners.ts';
import { NAME_HEAD_WORDS } from './things.ts';

const BODIES: readonly ActorKind[] = ['organization', 'group', 'country', 'media'];
const ITS = pronounPattern('its');

/** A craft or a ship named since the actor ("the shuttle and its crew"): "its" is the thing's. */
const THING = new RegExp(String.raw`\b(?:the|a|an)\s+(?:space\s+|hospital\s+)?(?:${NAME_HEAD_WORDS.join('|')})\b`, 'i');

export function findOrgPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const bodies = mentions.filter((m) => BODIES.includes(kindOf(m.actorId)!)).sort((a, b) => a.start - b.start);
  const bodiesOf = groupBy(bodies, (m) => m.actorId);
  const found = referBack(text, sentences, bodies, ITS, false);
  found.push(...ownersBySubject(text, sentences, bodies, ITS, new Set(found.map((f) => f.start))));
  found.sort((a, b) => a.start - b.start);
  return found.filter((its) => {
    const last = lastEndingBy(bodiesOf.get(its.actorId)!, its.start);
    return !last || !THING.test(text.slice(last.end, its.start));
  });
}
