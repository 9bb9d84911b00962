// One event per clause that names an occurrence: the clauses of a sentence's claimed content that
// no dated event already covers (see verbClauses.ts for the split, occurrence.ts for what is not
// an event). The trigger is the clause's verb, or the event noun a light verb or "be" carries
// ("faces collapse", "there was an explosion"). Time: the clause's own comes first (those clauses
// are dated events already); then the sentence's, from the nearest dated clause, for a clause that
// is not a plan or a hypothesis; then, in the lead of a dated article (its first sentences, which
// tell the news), the publication date as an honest bound. Deeper in, an undated clause is as
// often background as news ("the army fired on protesters" may be last year's): it stays undated.
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { eventNounIn, isEventNoun, nonEvent } from './occurrence.ts';
import type { Report } from './occurrence.ts';
import { titleOf } from './titles.ts';
import lists from './occurrence.json' with { type: 'json' };

const LIGHT = new Set(lists.light);
const VOWS = new Set(lists.vows);
/** Words of a verb group that put its event ahead of the document, or make it a mere possibility. */
const NOT_YET = new Set(['will', 'would', 'shall', 'could', 'might', 'may', 'can', 'should', 'must', "'ll", 'wo', 'ca']);

export interface ClauseScope {
  text: string;
  clauses: VerbClause[];
  /** Events the sentence already has (dated ones): a clause holding one of their triggers is theirs. */
  existing: EventDraft[];
  base: Pick<EventDraft, 'attribution' | 'quote'>;
  actorsIn: (spans: Span[]) => string[];
  /** The publication date as a bound (documentTime.ts), or null when the document has no date. */
  documentTime: EventTime | null;
  /** The sentence is in the article's lead (its first sentences), which tells the news itself. */
  lead: boolean;
  /** Where the first clause's title starts when the source must be named (a denial). */
  titleStart: number | null;
  /** The clauses are what a source says ("she said she would resign"), after a past or present cue. */
  reported: Report;
}

const span = (t: Token): Span => ({ start: t.start, end: t.end });

/** The event word of a clause: its verb, a vow, or the event noun a light verb or "be" carries. */
export function clauseTrigger(clause: VerbClause): Token | null {
  const head = clause.head;
  if (!head || clause.copula) return eventNounIn(clause);
  // "pledged to rebuild the school": the vow happened, the rebuilding may never.
  const vow = clause.group.find((t) => t.pos === 'VERB' && VOWS.has(t.lemma));
  if (vow) return vow;
  if (LIGHT.has(head.lemma)) {
    const i = clause.tokens.indexOf(head);
    for (let j = i + 1; j < Math.min(clause.tokens.length, i + 5); j++) {
      const t = clause.tokens[j]!;
      if (isEventNoun(t)) return t;
      if (!['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'NOUN'].includes(t.pos)) break;
    }
  }
  return head;
}

/** Whether the clause tells of something done or under way, not planned or possible. */
export function isRealis(clause: VerbClause): boolean {
  return !clause.group.some((t) => NOT_YET.has(t.text.toLowerCase())) && !/^(?:to)$/i.test(clause.opener?.text ?? '');
}

export function clauseEvents(scope: ClauseScope): EventDraft[] {
  const { text, clauses, existing, base, actorsIn } = scope;
  const dated = existing.filter((e) => e.time);
  const out: EventDraft[] = [];
  for (const [k, clause] of clauses.entries()) {
    if (existing.some((e) => e.trigger.start >= clause.start && e.trigger.end <= clause.end)) continue;
    if (nonEvent(clause, clauses, scope.reported)) continue;
    const trigger = clauseTrigger(clause);
    if (!trigger) continue;
    const realis = isRealis(clause);
    // The nearest dated clause before this one, else after it, in the same sentence.
    const before = dated.filter((e) => e.trigger.start < clause.start).at(-1);
    const after = dated.find((e) => e.trigger.start >= clause.end);
    const near = realis ? (before ?? after) : undefined;
    const time = near?.time ?? (realis && scope.lead ? scope.documentTime : null);
    const start = k === 0 && scope.titleStart !== null ? scope.titleStart : clause.start;
    out.push({
      ...base,
      title: titleOf(text, { start, end: clause.end }),
      time,
      actorIds: actorsIn([clause]),
      trigger: span(trigger),
      timex: near?.timex ?? null,
    });
  }
  return out;
}
