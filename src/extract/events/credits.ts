// A credit names who reports, not who takes part in what the report tells: the outlet in brackets
// before a dash ("LONDON, Sept 1 (Wire) -", "… 6:30 pm BST (Wire) -", "(Net) -- The strikes …"),
// wherever the line starts, and the names of a transcript's speaker label in capitals
// ("ANA RUIZ, NET SENIOR CORRESPONDENT: The crowds left …": the speaker is the claimant, the
// network their employer); a name alone before a colon heads what follows ("THE UNION: travel bans
// on …") and still takes part. A dateline that opens a line is datelines.ts's.
import type { ActorMention } from '../../model/dataset.ts';

/** After an outlet in brackets: the bracket, then a dash. */
const CREDIT_AFTER = /^\)[ \t]*(?:[–—]|--?)(?=\s)/;
/** Before an outlet in brackets: a line's or a sentence's start, a place in capitals, a date or a clock's zone. */
const CREDIT_BEFORE = /(?:^|[\n.!?|]|\p{Lu}{2,}|\d)[ \t]*\($/u;
/** Before a name in a speaker label: the start of a line or a sentence, then words in capitals. */
const LABEL_BEFORE = /(?:^|\n|[.!?"”]\s)[ \t]*(?:[\p{Lu}\d.'’-]+,?[ \t]+){0,8}$/u;
/** After a name in a speaker label: more words in capitals, then the colon. */
const LABEL_AFTER = /^(?:,?[ \t]+[\p{Lu}\d.'’()-]+){0,8}[ \t]*:/u;
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;

/** Whether a mention is only a credit: an outlet in brackets before a dash, or a name in a speaker label in capitals. */
export function isCredit(text: string, m: ActorMention): boolean {
  if (text[m.start - 1] === '(' && CREDIT_AFTER.test(text.slice(m.end, m.end + 8)))
    return CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
  if (!CAPITALS.test(m.text)) return false;
  const after = LABEL_AFTER.exec(text.slice(m.end, m.end + 120));
  const before = after && LABEL_BEFORE.exec(text.slice(Math.max(0, m.start - 120), m.start));
  // A name alone before the colon heads what follows ("UNION: travel bans …"): it is no label.
  return !!before && /[\p{L}\d]/u.test(before[0] + after[0]);
}
