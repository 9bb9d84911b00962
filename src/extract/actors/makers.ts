// "The maker of the Nimbus 2" describes a company by what it makes. The description is one
// mention of that company, its product's name inside it, and says which company only where the
// sentence puts the two side by side: "Orvell is the maker of the Nimbus 2", "Orvell, the maker of
// the Nimbus 2, …", "the maker of the Nimbus 2 (…) – Orvell – …". Elsewhere it is left alone.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import lists from './names.json' with { type: 'json' };

const MAKERS = lists.makers.split(' ').join('|');
/** "the maker of the Nimbus 2", "the producer of the best-selling music player": up to a break, at most eight words. */
const DESCRIPTION = new RegExp(
  String.raw`\b[Tt]he\s+(?:(?:${MAKERS})\s+of)\s+(?:[^\s,;:()–—]+\s+){0,7}?[^\s,;:()–—]+(?=\s*[,;:()–—.]|\s+-\s|$)`,
  'gu',
);
/** Between a company and a description of it: "Orvell is", "Orvell was", "Orvell,". */
const BEFORE = /^(?:\s+(?:is|was|has been|became)\s+|\s*,\s*)$/;
/** Between a description and the company it describes, a parenthesis skipped: ", Orvell", " – Orvell". */
const AFTER = /^\s*(?:\([^()]*\)\s*)?(?:[,–—]|\s-)\s*$/;

export function findMakers(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const isCompany = (m: ActorMention) => kindOf(m.actorId) === 'organization';
  const out: ActorMention[] = [];
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    DESCRIPTION.lastIndex = 0;
    for (let d = DESCRIPTION.exec(slice); d; d = DESCRIPTION.exec(slice)) {
      const start = s.start + d.index;
      const end = start + d[0].length;
      const inSentence = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
      // A company name inside the description makes it no description of another ("the maker of Orvell phones").
      if (inSentence.some((m) => m.start >= start && m.end <= end && isCompany(m))) continue;
      const before = inSentence.findLast((m) => m.end <= start);
      const after = inSentence.find((m) => m.start >= end);
      const company =
        before && isCompany(before) && BEFORE.test(text.slice(before.end, start))
          ? before
          : after && isCompany(after) && AFTER.test(text.slice(end, after.start))
            ? after
            : null;
      if (company) out.push({ start, end, text: text.slice(start, end), actorId: company.actorId });
    }
  }
  return out;
}
