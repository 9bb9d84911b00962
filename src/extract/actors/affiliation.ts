// The body a person speaks for, when the document says it next to their name: the parent their
// title gives ("Orvell CEO Dara Okonkwo"), or an organization, group or country joined to the name
// by a role ("Dara Okonkwo, the Orvell chief executive", "Ana Ruiz is the spokeswoman for the Red
// Crescent", "the head of the Red Crescent, Ana Ruiz", "Ana Ruiz, who is with the Red Crescent").
// A person's "we" stands for it; with no such body said, "we" is left alone.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';

const BODIES: readonly ActorKind[] = ['organization', 'group', 'country', 'media'];
/** From the person to the body after it: ", the", ", spokeswoman for the", " is the head of". */
const ROLES = String.raw`(?:head|chief|director|leader|spokes(?:man|woman|person)|chairman|chairwoman|president|secretary|minister|member|official|commissioner|governor|ambassador|envoy|executive|officer|commander|representative|administrator)`;
const AFTER = new RegExp(
  String.raw`^(?:,\s+who\s+(?:is|was)\s+with\s+|(?:,\s+|\s+(?:is|was)\s+)(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?${ROLES}\s+(?:for|of|at|with)\s+)(?:the\s+)?$|^,\s+the\s+$`,
  'u',
);
/** From the body to the person after it: "the head of the Red Crescent, ". */
const BEFORE_ROLE =
  /\b(?:head|chief|director|leader|spokes(?:man|woman|person)|chairman|chairwoman|president|secretary|minister|member|official)\s+(?:of|for|at)\s+(?:the\s+)?$/;

export function affiliationOf(
  text: string,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  parentOf: (actorId: string) => string | null,
): (person: string) => string | null {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const found = new Map<string, string | null>();
  return (person) => {
    if (found.has(person)) return found.get(person)!;
    const parent = parentOf(person);
    // A parent the title gives ("Texas Governor Rick Perry") is whose they speak for, a state as well.
    let body = parent !== null && kindOf(parent) !== 'person' ? parent : null;
    if (body === null)
      for (const [i, m] of sorted.entries()) {
        if (m.actorId !== person) continue;
        const next = bodyAfter(sorted, i, kindOf);
        if (next && AFTER.test(text.slice(m.end, next.start))) body = next.actorId;
        const prev = sorted[i - 1];
        if (!body && prev && BODIES.includes(kindOf(prev.actorId)!) && /^,\s*$/.test(text.slice(prev.end, m.start)))
          if (BEFORE_ROLE.test(text.slice(Math.max(0, prev.start - 40), prev.start).replace(/(?:\p{Lu}[\p{L}.]*\s+)+$/u, '')))
            body = prev.actorId;
        if (body) break;
      }
    found.set(person, body ?? null);
    return body ?? null;
  };
}

/** The first body named within 60 characters after the mention at `i` (mentions in text order: the search ends past them). */
function bodyAfter(
  sorted: readonly ActorMention[],
  i: number,
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention | undefined {
  const end = sorted[i]!.end;
  for (let k = i + 1; k < sorted.length && sorted[k]!.start - end <= 60; k++)
    if (BODIES.includes(kindOf(sorted[k]!.actorId)!)) return sorted[k];
  return undefined;
}
