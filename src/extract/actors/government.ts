// "The government" (or "the regime"): the government of the country in scene, named as that country (as "the Bush
// administration" and "the Iraqi government" are). It is clear only when the paragraph, up to
// the description, names one country; or, with several, when the paragraph or the three
// sentences before name one country's government ("the Indonesian government", "the government
// of Indonesia"); or, with no country in the paragraph, when the document so far names one.
// Otherwise it is left alone, as is "the government of …" (its country is named right there).
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Sentence } from '../context.ts';
import { firstFrom } from '../spans.ts';

const PATTERN = /\b[Tt]he\s+(?:(?:federal|central|national)\s+)?(?:government|regime)(?!\s+of\b)(?![\p{L}\p{N}-])/gu;
const NEAR = 3;

export function findGovernments(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
): ActorMention[] {
  const countries = mentions.filter((m) => kindOf(m.actorId) === 'country');
  const out: ActorMention[] = [];
  PATTERN.lastIndex = 0;
  for (let d = PATTERN.exec(text); d; d = PATTERN.exec(text)) {
    const end = d.index + d[0].length;
    const before = countries.slice(0, firstFrom(countries, d.index));
    const other = mentions[firstFrom(mentions, d.index)];
    if ((other && other.start < end) || (before.at(-1) && before.at(-1)!.end > d.index)) continue; // already a mention
    const paragraph = text.lastIndexOf('\n', d.index - 1) + 1;
    const s = Math.max(0, firstFrom(sentences, d.index + 1) - 1);
    const near = Math.min(paragraph, sentences[Math.max(0, s - NEAR)]!.start);
    const ids = (from: number, keep: (m: ActorMention) => boolean = () => true) =>
      new Set(before.filter((m) => m.start >= from && keep(m)).map((m) => m.actorId));
    const inParagraph = ids(paragraph);
    const governments = ids(
      near,
      (m) => /\b(?:government|regime)$/.test(m.text) || /\b(?:government|regime)\s+of\s+(?:the\s+)?$/.test(text.slice(near, m.start)),
    );
    const one =
      inParagraph.size === 1 ? inParagraph : governments.size === 1 ? governments : inParagraph.size === 0 ? ids(0) : new Set<string>();
    if (one.size === 1) out.push({ start: d.index, end, text: d[0], actorId: [...one][0]! });
  }
  return out;
}
