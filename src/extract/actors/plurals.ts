// "They", "their", "them": a plural pronoun refers back to a group named in the plural only when
// that is clear, when exactly one actor is named in the plural ("U.S. officials", "Lebanese
// troops", "the Iraqis") between the start of the previous sentence and the pronoun, and no two
// actors joined by "and" ("Japan and South Korea", "Ruiz and Tan") could be meant together, and no
// people the text does not name stand between ("… Palestinian voters had their say": the voters). A name
// in the singular ("Egypt", "Acme Corp.") is "they" only where the document itself calls it "their"
// (owners.ts: "Acme announced the first of their phones"): as often as not "they" are people the
// text does not name.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { firstFrom, groupBy, inside, lastEndingBy, textWithout } from '../spans.ts';
import { pronounPattern, referBack } from './pronouns.ts';
import { ownersBySubject, subjectSlot } from './owners.ts';
import lists from './names.json' with { type: 'json' };
import words from './pronouns.json' with { type: 'json' };

const THEY = pronounPattern(words.plural);
const THEIR = pronounPattern('their');
const BODIES: readonly ActorKind[] = ['organization', 'group', 'media'];
/** A group noun in the plural ("officials", "forces") or a people ("Iraqis", "Palestinians", "Catholics"). */
export const PLURAL = /(?:^|\s)(?:\p{Ll}{3,}[^s]s|\p{Lu}\p{Ll}+(?:ans|is|ics|ists))$/u;
const JOINED = /^\s*(?:,\s*)?and\s+(?:the\s+)?$/;
/** People the text does not name, whom "they" could be: "Palestinian voters", "the settlers", "many". */
const PEOPLE = new RegExp(String.raw`\b(?:${lists.unnamedPeople.split(' ').join('|')})\b`, 'i');

export function findPluralPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const plural = sorted.filter((m) => kindOf(m.actorId) !== 'place' && kindOf(m.actorId) !== 'person' && PLURAL.test(m.text));
  // "Orvell announced the first of their phones": a body named in the singular may be "their"
  // too, as the subject of the possessive's own sentence (owners.ts); then "they" may follow it.
  const singular = sorted.filter((m) => BODIES.includes(kindOf(m.actorId)!) && !PLURAL.test(m.text));
  const owned = ownersBySubject(text, sentences, singular, THEIR, new Set(), (between) => !PEOPLE.test(between));
  const ownerAt = new Map(owned.map((o) => [o.start, o.actorId]));
  const pluralOf = groupBy(
    [...plural, ...owned].sort((a, b) => a.start - b.start),
    (m) => m.actorId,
  );
  const found = referBack(text, sentences, [...plural, ...owned], THEY, true);
  const at = new Set(found.map((f) => f.start));
  // Where the two rules name different actors, neither is sure.
  const doubtful = new Set(found.filter((f) => (ownerAt.get(f.start) ?? f.actorId) !== f.actorId).map((f) => f.start));
  // A body called "their" is "they" for the subject of the next clause, and for nothing else.
  const grouped = new Set(plural.map((m) => m.actorId));
  const subjectThey = (they: ActorMention) =>
    /^they$/i.test(they.text) && subjectSlot(text, sentences[Math.max(0, firstFrom(sentences, they.start + 1) - 1)]!, they.start);
  const kept = found.filter(
    (they) => !doubtful.has(they.start) && (ownerAt.has(they.start) || ((grouped.has(they.actorId) || subjectThey(they)) && clearOf(they))),
  );
  kept.push(...owned.filter((o) => !at.has(o.start)));
  return kept.sort((a, b) => a.start - b.start);

  function clearOf(they: ActorMention): boolean {
    const s = Math.max(0, firstFrom(sentences, they.start + 1) - 1);
    const from = sentences[Math.max(0, s - 1)]!.start;
    const near = inside(sorted, { start: from, end: they.start });
    if (near.some((m, i) => i > 0 && near[i - 1]!.actorId !== m.actorId && JOINED.test(text.slice(near[i - 1]!.end, m.start))))
      return false;
    const last = lastEndingBy(pluralOf.get(they.actorId)!, they.start)!;
    // Other actors' names are no unnamed people: "Hamas officials told Reuters they …".
    const between = textWithout(text, { start: last.end, end: they.start }, near);
    return !PEOPLE.test(between);
  }
}
