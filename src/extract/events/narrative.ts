// The time a narrative is told at, for a clause that names none of its own. A paragraph told in
// the past goes on from its last date: "On Monday, troops entered the town. They arrested five
// men." puts the arrests on that Monday. Only a clause in the simple past takes it ("They have
// arrested", "They will arrest", "They arrest" say nothing of that day), only from the sentence
// just before in the same paragraph (a blank line starts another), only a date the text gave in
// that sentence or carried there, and only one not after the document (a plan is no narrative).
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { VerbClause } from './verbClauses.ts';
import { isoDate, parseIsoDate } from '../timex/calendar.ts';

/** The time of a narrative and the expression that stated it. */
export interface NarrativeTime {
  time: EventTime;
  timex: Span | null;
}

/** Auxiliaries that take a clause out of the simple past ("has", "will", "is") or keep it in ("was", "were", "did"). */
const NOT_PAST = /^(?:has|have|'ve|’ve|'s|’s|will|'ll|’ll|shall|would|could|can|may|might|must|should|is|are|am|'re|’re|do|does|be)$/i;
const PAST_AUX = /^(?:was|were|did|had)$/i;

/** "arrested", "were killed", "took": a clause in the simple past (a past perfect too: it happened by then). */
export function isSimplePast(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula) return false;
  if (clause.group.some((t) => NOT_PAST.test(t.text))) return false;
  if (clause.group.some((t) => PAST_AUX.test(t.text))) return true;
  const word = head.text.toLowerCase();
  if (word === head.lemma || /ing$/.test(word) || word === `${head.lemma}s` || word === `${head.lemma}es`) return false;
  // A participle after no auxiliary ("areas devastated by the storm") qualifies a noun: only a finite past.
  const next = clause.tokens[clause.tokens.indexOf(head) + 1];
  if (next?.text.toLowerCase() === 'by' || clause.opener?.text.toLowerCase() === 'to') return false;
  return head.pos === 'VERB' || head.pos === 'AUX';
}

/** Whether a blank line stands between two offsets: the text starts another paragraph. */
export function newParagraph(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\n/.test(text.slice(from, to));
}

/**
 * The time a sentence leaves its narrative at: its last event dated by the text itself, when that
 * time is a point (no period), not a bound, and over by the document date (when it has one).
 */
export function narrativeAfter(events: readonly EventDraft[], docDate: string | null): NarrativeTime | null {
  const doc = parseIsoDate(docDate);
  for (let i = events.length - 1; i >= 0; i--) {
    const { time, timex } = events[i]!;
    if (!time || time.anchor === 'document' || time.mod === 'ON_OR_BEFORE' || time.interval) continue;
    if (doc !== null && time.end > isoDate(doc + 1)) continue;
    return { time, timex };
  }
  return null;
}
