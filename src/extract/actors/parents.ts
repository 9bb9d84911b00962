// Who an actor found in the text belongs to: a person, the country or organization named right
// before their role ("UN envoy Tor Wennesland", "Apple CEO Steve Jobs"); an organization, the
// country its name holds or that owns it ("Egyptian Foreign Ministry", "Cuba's National
// Assembly"); a city, the state or country named after it with a comma ("Biloxi, Mississippi").
// Mentions are in text order, so each look-up is a binary search.
import type { ActorMention } from '../../model/dataset.ts';
import type { ActorDraft } from '../context.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { Match } from './match.ts';
import type { Detected } from './people.ts';
import { firstFrom } from '../spans.ts';

/** What may stand between a parent and the role it gives: "UN special envoy", "Iraq's Foreign Minister". */
const PARENT_GAP =
  /^(?:['’]s)?(?:\s+(?:special|deputy|senior|chief|top|former|acting|foreign|defen[cs]e|interior|finance|security|peace|regional|official))*\s*$/u;

export function setParent(
  text: string,
  found: Detected,
  draft: ActorDraft | undefined,
  groupMentions: readonly ActorMention[],
  gazetteer: Gazetteer,
  firstPass: readonly Match[],
): void {
  if (!draft || draft.parentId) return;
  const isCountry = (id: string) => gazetteer.actors.get(id)?.kind === 'country';
  if (found.kind === 'organization' || found.kind === 'media' || found.kind === 'group') {
    // "Italy's RAI television network": the country that owns the name right before it.
    const owner = firstPass[firstFrom(firstPass, found.start) - 1];
    if (owner && isCountry(owner.form.actorId) && /^['’]s\s+$/.test(text.slice(owner.end, found.start))) {
      draft.parentId = owner.form.actorId;
      return;
    }
    for (let i = firstFrom(firstPass, found.roleStart); i < firstPass.length && firstPass[i]!.start < found.end; i++) {
      const m = firstPass[i]!;
      if (m.end > found.end || !isCountry(m.form.actorId)) continue;
      if (m.start >= found.start || /^['’]s\s+$/.test(text.slice(m.end, found.start))) {
        draft.parentId = m.form.actorId;
        return;
      }
    }
    return;
  }
  if (found.kind !== 'person') return;
  // The last group mention that ends before the role starts.
  let i = firstFrom(groupMentions, found.roleStart) - 1;
  while (i >= 0 && groupMentions[i]!.end > found.roleStart) i--;
  const before = groupMentions[i];
  if (before && before.actorId !== draft.id && PARENT_GAP.test(text.slice(before.end, found.roleStart))) draft.parentId = before.actorId;
}

/** After a place and its comma, the state or country that holds it, ending the phrase: "Biloxi, Mississippi," not "Basra, Mosul and …", "Hamburg, Paris, and Rome". */
const HOLDER_AFTER = /^(?:,(?!\s*(?:and|or)\b)|[.;:)]|\s+(?!and\b|or\b)\p{Ll}|\s*$)/u;

/**
 * "in Biloxi, Mississippi", "Gonaives, Haiti": a place the document names of its own (a city, a
 * town) lies in the country or known region named right after it with a comma.
 */
export function setPlaceParents(
  text: string,
  mentions: readonly ActorMention[],
  draftOf: (id: string) => ActorDraft | undefined,
  holds: (id: string) => boolean,
): void {
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    const draft = draftOf(m.actorId);
    if (!draft || draft.kind !== 'place' || draft.parentId || next.actorId === m.actorId || !holds(next.actorId)) continue;
    if (!/^,\s*$/.test(text.slice(m.end, next.start)) || !HOLDER_AFTER.test(text.slice(next.end, next.end + 8))) continue;
    // A place right after another and a comma is part of a list: "Hamburg, Paris, and Rome" names no
    // Paris in Rome ("On Monday, Marlowe, Mississippi," still lies in Mississippi).
    const prev = mentions[i - 1];
    if (prev && /^,\s*$/.test(text.slice(prev.end, m.start))) continue;
    draft.parentId = next.actorId;
  }
}
