// The one a "whose" clause hangs on only owns what takes part in it: in "Ana Ruiz, the summit
// host whose country was hardest hit, spoke", the country is hit, not Ruiz; in "Ruiz, whose
// son was arrested, resigned", the son is arrested. The owner stands beside the clause's event.
import type { ActorMention } from '../../model/dataset.ts';
import type { Span } from '../context.ts';

/** After the owner, up to the event word: an aside set off by a comma, then "whose" and words of the clause, no clause break. */
const WHOSE_CLAUSE = /^(?:,[^,;:()"“”]{1,60})?,?\s+whose\s+[^,;:()"“”.!?]*$/u;

/** Whether a mention is only the owner in a "whose" clause that holds the event word. */
export function ownerOfWhose(text: string, m: ActorMention, trigger: Span): boolean {
  return m.end <= trigger.start && WHOSE_CLAUSE.test(text.slice(m.end, trigger.start));
}
