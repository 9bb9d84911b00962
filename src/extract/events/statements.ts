// Statements as events: a quotation with its speaker ("“…,” stated Jake Sullivan"), and the act of
// saying when what is said names no event itself ("The union warned of a strike if …").
import type { EventTime } from '../../model/dataset.ts';
import type { Claim, DocContext, EventDraft, Sentence, Span } from '../context.ts';
import { statementTitle, titleOf } from './titles.ts';
import { extend } from '../objects.ts';

export type Base = Pick<EventDraft, 'attribution' | 'quote'>;
/** The document as statements see it: its text and the actors who speak. */
type Doc = Pick<DocContext, 'text' | 'actors'>;

/** "“…,” stated Jake Sullivan": the event is the utterance, titled with the speaker and the words. */
export function statementEvent(
  ctx: Doc,
  sentence: Sentence,
  claim: Claim,
  base: Base,
  actorIds: string[],
  time: EventTime | null,
  timex: Span | null,
): EventDraft {
  const { text } = ctx;
  const quote = claim.quote!;
  const speaker = ctx.actors.find((a) => a.id === claim.attribution.actorId)?.name ?? claim.attribution.source ?? 'Unnamed source';
  const cue = claim.attribution.cues[0] ?? '';
  const cueAt = claim.span ? text.indexOf(cue, claim.span.start) : -1;
  const trigger = cueAt >= 0 && cueAt < sentence.end ? { start: cueAt, end: cueAt + cue.length } : quote;
  const title = statementTitle(speaker, text.slice(quote.start, quote.end));
  return extend(base, { title, time, actorIds, trigger, timex });
}

/** The act of saying, as the event of a sentence whose content names none: trigger on the cue verb. */
export function statementAct(ctx: Doc, claim: Claim, base: Base, actorIds: string[], time: EventTime | null): EventDraft[] {
  const span = claim.span!;
  const cue = claim.attribution.cues.find((c) => /^\p{Ll}+$/u.test(c.split(' ').at(-1) ?? '')) ?? '';
  const word = cue.split(' ').at(-1) ?? '';
  const at = word ? ctx.text.indexOf(word, span.start) : -1;
  if (at < 0 || at >= span.end) return [];
  // The source and what it says, in the order of the text ("X warned of …", "…, X said Monday").
  const title = titleOf(
    ctx.text,
    span.start <= claim.content.start ? { start: span.start, end: claim.content.end } : { start: claim.content.start, end: span.end },
  );
  return [extend(base, { title, time, actorIds, trigger: { start: at, end: at + word.length }, timex: null })];
}
