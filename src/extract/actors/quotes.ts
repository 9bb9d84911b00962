// "I", "we", "our" inside a quotation are its speaker: the one the sentence gives the quotation to,
// right after it ("“… we …,” said Gen. Ana Ruiz", "…,” he said") or right before it ("Ruiz said:
// “…”"). A quotation with no speaker of its own takes the one of its paragraph's other quotations
// when they all have the same ("“…,” Ruiz said. “…”"), and a paragraph that is a quotation given to
// no one the one person who speaks in the paragraph before, the only person named there ("Ruiz spoke on Sunday. ¶ “We …”"). "I" and "my" are a person's; "we" and "our"
// may be an organization's or a country's, and a person's "we" is the body they speak for, only when
// the document gives them one (affiliation.ts: "Orvell CEO Dara Okonkwo said: “We …”": Orvell). Nothing is resolved in a quotation no one is given.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import { firstFrom, inside, lastEndingBy, overlapsAny } from '../spans.ts';
import { speaks } from './speech.ts';
import { affiliationOf } from './affiliation.ts';
import { flatMapOf } from '../lists.ts';

const FIRST = /(?<![\p{L}\p{N}’'-])(?:I(?=[\s’',;:.!?])|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Uu]s|[Oo]ur|[Oo]urselves)(?![\p{L}\p{N}-])/gu;
const SINGULAR = /^(?:I|me|my|myself)$/i;
/** Between a quotation and a speaker after it: its comma, nothing more ("…,” said", "…,” he"). */
const GAP_AFTER = /^[\s,]*(?:(?:said|says|added|told|\p{Ll}+ed)\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,4}$/u;
/** Between a speaker and a quotation after it: the verb and a colon or comma ("Ruiz said: “"). */
const GAP_BEFORE = /^(?![^"“”\n]*[.!?]\s)[^"“”\n]{0,60}[,:]\s*$/;
/** A quotation introduced by a verb of saying in -ing: "…, stating, “", "by saying that “". */
const INTRODUCED = /\b(?:saying|stating|adding|writing|telling\s+\p{Ll}+|declaring|explaining)(?:\s+that)?\s*[,:]?\s*$/u;
/** Where the sentence before a quotation starts: after the last full stop of its paragraph. */
const SENTENCE_END = /[.!?]\s+(?=\p{Lu})/gu;

/** A character that opens or closes a quotation (quotations). */
const QUOTE_MARK = /["“”]/;

interface Quotation {
  start: number;
  end: number;
  speaker: string | null;
}

/** The quotations of a paragraph: “…” pairs, or straight quotes taken two by two; one left open runs to its end. */
function quotations(text: string, from: number, to: number): Quotation[] {
  const out: Quotation[] = [];
  let open = -1;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“' || (c === '"' && open < 0)) open = open < 0 ? i : open;
    else if ((c === '”' || c === '"') && open >= 0) {
      out.push({ start: open, end: i + 1, speaker: null });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: to, speaker: null });
  return out;
}

export function findQuoteSpeakers(
  text: string,
  mentions: readonly ActorMention[],
  kindOf: (actorId: string) => ActorKind | undefined,
  parentOf: (actorId: string) => string | null,
): ActorMention[] {
  const sorted = mentions.filter((m) => kindOf(m.actorId) !== 'place').sort((a, b) => a.start - b.start);
  const bodyOf = affiliationOf(text, mentions, kindOf, parentOf);
  const out: ActorMention[] = [];
  let from = 0;
  let previous: Span | null = null; // the paragraph before, the last with text
  // Who speaks in a paragraph: read only for one before a quotation given to no one.
  const speakersIn = (paragraph: Span | null) => {
    if (paragraph === null) return new Set<string>();
    const here = inside(sorted, paragraph);
    const people = new Set(here.filter((m) => kindOf(m.actorId) === 'person').map((m) => m.actorId));
    return people.size > 1 ? new Set<string>() : new Set(here.filter((m) => speaks(text, m.start, m.end)).map((m) => m.actorId));
  };
  for (const paragraph of text.split('\n')) {
    const to = from + paragraph.length;
    // Most paragraphs quote no one: they are not read character by character.
    const quotes = QUOTE_MARK.test(paragraph) ? quotations(text, from, to) : [];
    for (const q of quotes) q.speaker = speakerOf(text, q, sorted, from, to);
    let given = new Set(flatMapOf(quotes, (q) => (q.speaker ? [q.speaker] : [])));
    // A paragraph that is a quotation given to no one: the one who speaks in the paragraph before.
    if (given.size === 0 && quotes[0]?.start === from + paragraph.length - paragraph.trimStart().length) {
      const before = speakersIn(previous);
      if (before.size === 1) given = before;
    }
    if (paragraph.trim()) previous = { start: from, end: to };
    for (const q of quotes) {
      const speaker = q.speaker ?? (given.size === 1 ? [...given][0]! : null);
      if (speaker === null) continue;
      const person = kindOf(speaker) === 'person';
      FIRST.lastIndex = q.start;
      for (let m = FIRST.exec(text); m && m.index < q.end; m = FIRST.exec(text)) {
        if (SINGULAR.test(m[0]) && !person) continue;
        if (overlapsAny(sorted, m.index, m.index + m[0].length)) continue;
        const actorId = !person || SINGULAR.test(m[0]) ? speaker : bodyOf(speaker);
        if (actorId !== null) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], actorId });
      }
    }
    from = to + 1;
  }
  return out;
}

function speakerOf(text: string, q: Quotation, sorted: readonly ActorMention[], from: number, to: number): string | null {
  const after = sorted[firstFrom(sorted, q.end)];
  if (
    after &&
    after.start <= to &&
    after.start - q.end <= 50 &&
    GAP_AFTER.test(text.slice(q.end, after.start)) &&
    speaks(text, after.start, after.end)
  )
    return after.actorId;
  const before = lastEndingBy(sorted, q.start);
  if (before && before.start >= from && GAP_BEFORE.test(text.slice(before.end, q.start)) && speaks(text, before.start, before.end))
    return before.actorId;
  // "Ruiz resigned in a letter to the board, stating, “I …”": the sentence's subject, its first actor, speaks.
  let start = from;
  SENTENCE_END.lastIndex = from;
  for (let m = SENTENCE_END.exec(text); m && m.index < q.start; m = SENTENCE_END.exec(text)) start = m.index + m[0].length;
  const lead = inside(sorted, { start, end: q.start })[0];
  if (
    lead &&
    INTRODUCED.test(text.slice(start, q.start)) &&
    !/[“”"]/.test(text.slice(start, q.start)) &&
    /^\s*$/.test(text.slice(start, lead.start).replace(/^(?:\p{Lu}[\p{L}.]*\s+)+/u, ''))
  )
    return lead.actorId;
  return null;
}
