// "The storm", "the shuttle", "the ship": a description of a storm or a craft refers back to the
// one thing of its class the document has named before it ("Hurricane Katrina … the storm"; "the
// space shuttle Discovery … the orbiter"; "USS Carl Vinson … the carrier"). With two named ("Katrina
// … Rita … the storm") or none, it is left alone, as is a description that modifies the noun after
// it ("the storm surge", "the shuttle program") or that is itself followed by a name ("the shuttle
// Discovery", which is the name's own mention).
import type { ActorMention } from '../../model/dataset.ts';
import type { Token } from '../language/analyze.ts';
import { firstFrom } from '../spans.ts';
import { DESCRIPTION_HEADS } from './things.ts';
import type { ThingClass } from './things.ts';
import words from './things.json' with { type: 'json' };

const HEADS = [...DESCRIPTION_HEADS.keys()].sort((a, b) => b.length - a.length);
const PATTERN = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:${words.modifiers.split(' ').join('|')})\s+)?(${HEADS.join('|')})(?![\p{L}\p{N}-])`,
  'gu',
);
/** After the head, a noun it modifies or a name: "the storm surge", "the shuttle Discovery". */
const NOUNS = new Set(['NOUN', 'PROPN']);
const MODIFIED = new Set(words.modified.split(' '));

export function findThingDescriptions(
  text: string,
  tokens: readonly Token[],
  mentions: readonly ActorMention[],
  classOf: (actorId: string) => ThingClass | undefined,
): ActorMention[] {
  const out: ActorMention[] = [];
  const named = new Map<ThingClass, Set<string>>(); // the things of each class named so far
  let m = 0;
  PATTERN.lastIndex = 0;
  for (let d = PATTERN.exec(text); d; d = PATTERN.exec(text)) {
    const end = d.index + d[0].length;
    for (; m < mentions.length && mentions[m]!.start < end; m++) {
      const c = classOf(mentions[m]!.actorId);
      if (c) named.set(c, (named.get(c) ?? new Set()).add(mentions[m]!.actorId));
    }
    if (mentions[m - 1] && mentions[m - 1]!.end > d.index) continue; // inside a name: "Space Shuttle Discovery"
    const next = tokens[firstFrom(tokens, end)];
    if (next && (NOUNS.has(next.pos) || MODIFIED.has(next.lower)) && /^[ \t]+$/.test(text.slice(end, next.start))) continue;
    const things = named.get(DESCRIPTION_HEADS.get(d[1]!.toLowerCase())!);
    if (things?.size !== 1) continue;
    out.push({ start: d.index, end, text: d[0], actorId: [...things][0]! });
  }
  return out;
}
