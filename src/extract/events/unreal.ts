// Clauses whose verb names no occurrence of its own, read off the verb group, the word after the
// verb and the subject: a link between occurrences named elsewhere ("…, leading to protests", "the
// decision comes despite …": the protests and the decision are the events), a refusal or a
// failure (what was refused did not happen: "refused to sign" is the refusal), an aim in the
// present ("aims to support"), an effort ("are doing our best"), an occurrence nobody had ("no one
// was hurt"), a state that has lasted ("have been closed for months"), and a sentence that opens
// on its aim ("To speed up deliveries, …").
import type { Token } from '../language/analyze.ts';
import type { VerbClause } from './verbClauses.ts';
import { mapOf } from '../lists.ts';
import { MONTHS } from '../timex/lexicon.ts';
import lists from './occurrence.json' with { type: 'json' };
import { DAY_WORDS, EARLIER } from './words.ts';

const LINKS = new Set(lists.links);
const SUCCESSIONS = new Set(lists.successions);
const FAILURES = new Set(lists.failures);
const AIMS = new Set(lists.aims);
const EFFORTS = new Set(lists.efforts);
/** Words of length after "for" that make a period: "for months", "for three weeks". */
const PERIOD = /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|ages|long)$/;

const lower = (t: Token) => t.lower;
const headAt = (clause: VerbClause) => (clause.head ? clause.tokens.indexOf(clause.head) : -1);
/** The words of a clause before its verb, its opener aside. */
const subjectOf = (clause: VerbClause): Token[] => clause.tokens.slice(0, Math.max(0, headAt(clause))).filter((t) => t !== clause.opener);

/**
 * "leading to", "resulted in", "comes despite", "signaling that": the verb and the word after it
 * (maybe the opener of the clause after, `following`) link two occurrences; so does "follows".
 * Past an adverb or a day word, or on to the clause after, only when the subject names an
 * occurrence (`isEventNoun`): "The announcement came today at a fair", "The move came | after …",
 * not "Police came | after neighbours called" nor "The troops came back after …".
 */
export function linking(clause: VerbClause, isEventNoun: (t: Token) => boolean, following?: VerbClause): boolean {
  const at = headAt(clause);
  if (at < 0 || clause.copula) return false;
  if (succession(clause)) return true;
  // "signaling that …" links only as a participle that adds to a clause ("she signaled that …" is a statement).
  const participle = /ing$/i.test(clause.head?.text ?? '') && !clause.group.length;
  const opener = following?.opener;
  const direct = clause.tokens[at + 1] ?? (participle ? opener : undefined);
  const inside = clause.tokens.slice(at + 1).find((t) => t.pos !== 'ADV' && !DAY_WORDS.has(lower(t)));
  // "The move came | after …" links to the clause after when that clause tells what came before
  // ("… comes as …" tells what goes on beside it).
  const next = inside ?? (participle || (at > 0 && EARLIER.has(opener?.lower ?? '')) ? opener : undefined);
  if (!next || !LINKS.has(`${clause.head!.lemma} ${lower(next)}`)) return false;
  return next === direct || subjectOf(clause).some(isEventNoun);
}

/** "The visit follows sharp criticism": one occurrence after another, in the simple present. */
const succession = (clause: VerbClause): boolean =>
  !!clause.head && SUCCESSIONS.has(clause.head.lemma) && !clause.group.length && lower(clause.head) === `${clause.head.lemma}s`;

/**
 * The occurrence a linking verb's subject names ("The arrest led to protests", "The move came
 * after …"): its event noun, else its last common noun; none when the subject is a pronoun or a
 * name, or the verb is a participle with no subject ("…, leading to protests").
 */
export function linkedSubject(clause: VerbClause, isEventNoun: (t: Token) => boolean): Token | null {
  const subject = subjectOf(clause);
  return subject.findLast((t) => isEventNoun(t)) ?? subject.findLast((t) => t.pos === 'NOUN' && t.text === lower(t)) ?? null;
}

/** "refused to sign the accord", "failed to reach a deal": the refusal is the event, not what was refused. */
export const failure = (clause: VerbClause): Token | undefined => clause.group.find((t) => t.pos === 'VERB' && FAILURES.has(t.lemma));

/** "The rebels sought to block the road": the attempt happened, what it sought may not have. */
export function attempt(clause: VerbClause): Token | undefined {
  const aim = clause.group.find((t) => t.pos === 'VERB' && AIMS.has(t.lemma));
  return aim && !aimed(clause) ? aim : undefined;
}

/** "The fund aims to support farms": an aim held, in the present. */
export function aimed(clause: VerbClause): boolean {
  const aim = clause.group.find((t) => t.pos === 'VERB' && AIMS.has(t.lemma));
  if (!aim || clause.group.some((t) => /^(?:was|were|had|did)$/i.test(t.text))) return false;
  const w = lower(aim);
  return w === aim.lemma || w === `${aim.lemma}s` || /ing$/.test(w);
}

/** "We are doing our best": an effort made, no act. */
export function effort(clause: VerbClause): boolean {
  const at = headAt(clause);
  if (at < 0 || clause.head!.lemma !== 'do' || clause.copula) return false;
  return clause.tokens.slice(at + 1, at + 4).some((t) => EFFORTS.has(lower(t)));
}

/** "No one was hurt", "Nobody died", "None of the crew survived", "No ships sank", "Neither side won": an occurrence nobody had. */
export function nobody(clause: VerbClause): boolean {
  const at = headAt(clause);
  if (at < 0) return false;
  const words = clause.tokens.slice(0, at);
  // "Exit polls show that neither …": a "that" the split missed opens the subject.
  const that = words.findLastIndex((t) => lower(t) === 'that');
  const subject = words.slice(that + 1).filter((t) => t !== clause.opener && t.pos !== 'PUNCT' && t.pos !== 'AUX' && t.pos !== 'ADV');
  const first = subject[0] ? lower(subject[0]) : '';
  // "Neither candidate won", "neither Ruiz nor Costa obtained a majority".
  const neither = first === 'neither' && (subject.length === 2 || subject.some((t) => lower(t) === 'nor'));
  return first === 'nobody' || first === 'none' || first === 'nothing' || (first === 'no' && subject.length > 1) || neither;
}

/** "The schools have been closed for months": a passive perfect with a period, a state that lasted. */
export function lastedFor(clause: VerbClause): boolean {
  const at = headAt(clause);
  if (at < 0 || clause.copula || !clause.group.some((t) => lower(t) === 'been') || /ing$/i.test(clause.head!.text)) return false;
  const after = mapOf(clause.tokens.slice(at + 1), lower);
  return after.some((w, i) => w === 'for' && after.slice(i + 1, i + 4).some((x) => PERIOD.test(x)));
}

/** "To speed up deliveries and cut costs, they …": a sentence that opens on its aim (not "To date, …"). */
export function openingAim(clause: VerbClause, sentence: readonly VerbClause[]): boolean {
  const first = sentence[0]?.tokens[0];
  const head = clause.head;
  if (clause !== sentence[0] || sentence.length < 2 || !first || lower(first) !== 'to' || !head) return false;
  return (
    !clause.copula &&
    !clause.group.some((t) => t.pos === 'AUX') &&
    lower(head) === head.lemma &&
    lower(clause.tokens[1] ?? first) !== 'date'
  );
}

/** Openers of what is awaited ("once", "until", "before", "when", "after"). */
const PENDING = new Set(lists.pending);
const FUTURE_IN_PAST = /^(?:would|will|could|might|'d|’d|'ll|’ll)$/;

/**
 * "[Officials said] the results would be announced once they had tabulated the votes", "[said]
 * he would stay until a successor had been chosen": in what a source says, a clause in the past
 * perfect opened by a word of waiting, beside the future seen from the past it hangs on, is a
 * condition on that future, not an occurrence (told by the narrator, "Once she had resigned, she
 * would describe …" tells what then happened; occurrence.ts asks only of what is reported).
 */
export function awaitedInPast(clause: VerbClause, sentence: readonly VerbClause[]): boolean {
  if (!clause.opener || !PENDING.has(lower(clause.opener)) || !clause.group.some((t) => /^(?:had|'d|’d)$/.test(lower(t)))) return false;
  // "…, after floods had destroyed it in March": set off by a comma or dated, a past told in its own right.
  if (clause.before?.text === ',' || clause.tokens.some((t) => Object.hasOwn(MONTHS, lower(t)) || /^(?:1[89]|20)\d\d$/.test(t.text)))
    return false;
  // The clause it hangs on: the one before it, or the one after when it opens the sentence.
  // ("After the meeting the carrier had been withdrawn, and its tasks would be taken on": not one opened by "and".)
  const index = sentence.indexOf(clause);
  const main = index === 0 ? sentence[1] : sentence[index - 1];
  return !!main && !(index === 0 && main.opener) && main.group.some((t) => FUTURE_IN_PAST.test(lower(t)));
}
