// A credit names who reports, not who takes part in what the report tells: the outlet in brackets
// before a dash ("LONDON, Sept 1 (Wire) -", "… 6:30 pm BST (Wire) -", "(Net) -- The strikes …"),
// wherever the line starts, and the person or network of a transcript's speaker label in capitals
// ("ANA RUIZ, NET SENIOR CORRESPONDENT: The crowds left …": the speaker is the claimant, the
// network their employer). A name alone before a colon, behind an article or a number, heads what
// follows and still takes part ("THE UNION: travel bans on …", "2. NATO: allies agreed …"); so does a
// country or a body heading with one word more ("FRANCE VOTES: …") or in brackets ("52-48 (Senate) - …").
// A dateline that opens a line is datelines.ts's.
import type { ActorKind, ActorMention } from '../../model/dataset.ts';

/** After an outlet in brackets: the bracket, then a dash. */
const CREDIT_AFTER = /^\)[ \t]*(?:[–—]|--?)(?=\s)/;
/** Before an outlet in brackets: a line's or a sentence's start, a place in capitals, a date or a clock's zone. */
const CREDIT_BEFORE = /(?:^|[\n.!?|]|\p{Lu}{2,}|\d)[ \t]*\($/u;
/** Before a name in a speaker label: the start of a line or a sentence, then words in capitals. */
const LABEL_BEFORE = /(?:^|\n|[.!?"”]\s)[ \t]*(?:[\p{Lu}\d.'’-]+,?[ \t]+){0,8}$/u;
/** After a name in a speaker label: more words in capitals, then the colon. */
const LABEL_AFTER = /^(?:,?[ \t]+[\p{Lu}\d.'’()-]+){0,8}[ \t]*:/u;
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** Kinds of actor an outlet in brackets can be: a network, or a firm that runs one ("(NetMoney) --"). */
const OUTLETS: readonly (ActorKind | undefined)[] = ['media', 'organization'];
/** Before a name in brackets, a score or a tally: "passed 52-48 (". */
const SCORE_BEFORE = /\d[–-]\d+[ \t]*\($/;
/** A word of a label that names nobody: an article, or a number of a list ("THE", "2."). */
const NO_NAME = /^(?:THE|AN?|[\d.()-]+)$/;

/** Whether a mention is only a credit: an outlet in brackets before a dash, or a person or network in a speaker label in capitals. */
export function isCredit(text: string, m: ActorMention, kindOf: (actorId: string) => ActorKind | undefined): boolean {
  const kind = kindOf(m.actorId);
  if (text[m.start - 1] === '(' && CREDIT_AFTER.test(text.slice(m.end, m.end + 8)))
    return (
      OUTLETS.includes(kind) &&
      !SCORE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) &&
      CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))
    );
  if (!CAPITALS.test(m.text)) return false;
  const after = LABEL_AFTER.exec(text.slice(m.end, m.end + 120));
  const before = after && LABEL_BEFORE.exec(text.slice(Math.max(0, m.start - 120), m.start));
  if (!before) return false;
  // A name alone before the colon heads what follows ("UNION: travel bans …"): it is no label. A person or a network with a
  // word more is one ("PRESIDENT RUIZ:"); a country or a body needs a label of its own around it ("U.S. PRESIDENT ANA RUIZ:").
  // "LIBYA, 6:35 p.m. ET:": a place and a clock head a blog's entry.
  const named = (words: string) => words.split(/[\s,:]+/).filter((w) => /[\p{L}\d]/u.test(w) && !NO_NAME.test(w)).length;
  if (/^,[ \t]*\d/.test(after[0])) return true;
  return named(before[0]) + named(after[0]) >= (kind === 'person' || kind === 'media' ? 1 : 2);
}
