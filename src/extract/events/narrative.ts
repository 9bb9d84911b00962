// The time a narrative is told at, for a clause that names none of its own. A paragraph told in
// the past goes on from its last date: "On Monday, troops entered the town. They arrested five
// men." puts the arrests on that Monday. Conservative on every side, as a wrong day is worse than
// none:
// - only a clause in the simple past takes it ("They have arrested", "had arrested", "will
//   arrest", "were arresting" say nothing of that day), in a sentence that names no time and opens
//   with no time of its own ("In his youth he enjoyed the theater", "During that launch, …");
// - only from the sentence just before, in the same paragraph (a blank line starts another);
// - only a month, a day or a time of day (a year or a century is a background, "two weeks ago" a
//   span), told as the time of that sentence: at its head ("Oct. 30 was a typical day"), after
//   "on", "in", "at", "during" ("forces on Monday moved in"), or right after a verb ("traveled
//   Saturday to Port-au-Prince"); a date that only names a thing ("the launch attempt July 13",
//   "the election of January 9") or a sentence that goes on for a length of time ("worked … in 33
//   days") leaves no narrative time;
// - only a time not after the document (a plan is no narrative), and not the day a source spoke
//   ("officials confirmed late Thursday that Hamas had won …" is no time of the story).
import type { EventTime } from '../../model/dataset.ts';
import type { EventDraft, Span } from '../context.ts';
import type { Token } from '../language/analyze.ts';
import type { FoundTimex } from '../timex/types.ts';
import type { VerbClause } from './verbClauses.ts';
import { isoDate, parseIsoDate } from '../../model/calendar.ts';
import { DETERMINER_BEFORE } from './patterns.ts';
import lists from './narrative.json' with { type: 'json' };
import occurrence from './occurrence.json' with { type: 'json' };

/** Verbs whose simple past is spelled as their base form: "hit", "shut", "put". */
const PAST_AS_BASE = new Set(occurrence.sameForm.filter((w) => !lists.pastNotAsBase.includes(w)));
/** Verbs of asking, after which "that" opens what is asked in the base form. */
const MANDATIVE = new Set(occurrence.directives);
/** Pronouns that stand for one who does the act: "it hit", not "they hit" (which may be a present). */
const ONE = new Set(['he', 'she', 'it']);
/** Pronouns that open a clause about the noun before them: "the quake, which hit the coast". */
const RELATIVE = new Set(['which', 'that', 'who']);

/** The time of a narrative and the expression that stated it. */
export interface NarrativeTime {
  time: EventTime;
  timex: Span | null;
}

/** Auxiliaries that take a clause out of the simple past ("has", "had", "will", "is", "were … -ing"). */
const NOT_PAST =
  /^(?:has|have|had|'ve|’ve|'d|’d|'s|’s|will|'ll|’ll|shall|would|could|can|may|might|must|should|is|are|am|'re|’re|do|does|be|being)$/i;
const PAST_AUX = /^(?:was|were|did)$/i;
/** Openings of a sentence that set a time of their own, which the text does not give as a date. */
const OWN_TIME =
  /^(?:during|after|before|since|until|till|later|earlier|previously|formerly|once|then|in\s+(?:his|her|their|its|the\s+past|the\s+meantime)\b)/i;
/** Words anywhere in a sentence that move it off the narrative's time: "The next quake came later". */
const ELSEWHEN = new RegExp(String.raw`\b(?:${lists.elsewhen.join('|')})\b`, 'i');
/** Words anywhere in a sentence that move a statement off the day its source spoke on: "Berg said earlier", "she has often said". */
export const SPEAKER_ELSEWHEN = new RegExp(String.raw`\b(?:${[...lists.elsewhen, ...lists.speakerElsewhen].join('|')})\b`, 'i');
const NARRATIVE_GRANULARITIES = new Set(['month', 'day', 'time']);
const TOLD_AFTER = new Set(['on', 'in', 'at', 'during', 'early', 'late', 'mid', 'earlier', 'later', 'the']);

/** "arrested", "were killed", "took": a clause in the simple past. */
export function isSimplePast(clause: VerbClause): boolean {
  const head = clause.head;
  if (!head || clause.copula || clause.opener?.lower === 'to') return false;
  const word = head.lower;
  if (/ing$/.test(word) || clause.group.some((t) => NOT_PAST.test(t.text))) return false;
  // A participle after no auxiliary ("areas devastated by the storm") qualifies a noun: only a finite past.
  if (clause.tokens[clause.tokens.indexOf(head) + 1]?.lower === 'by' && !clause.group.length) return false;
  if (clause.group.some((t) => PAST_AUX.test(t.text))) return true;
  if (head.pos !== 'VERB') return false;
  // "when it re-entered the atmosphere": a past the lemmas do not know.
  if (word === head.lemma && word.length > 5 && /[^e]ed$/.test(word) && !clause.group.length) return true;
  if (word === head.lemma && PAST_AS_BASE.has(word) && !clause.group.length) return singularSubject(clause, head);
  return word !== head.lemma && word !== `${head.lemma}s` && word !== `${head.lemma}es`;
}

/**
 * "The storm hit the coast", "Katrina shut down refineries", "the quake, which cut power": the
 * subject right before the verb is one, so the present would be "hits": the base form is the past.
 */
function singularSubject(clause: VerbClause, head: Token): boolean {
  // "demands that the government put an end to it": asked for, not done.
  if (clause.opener?.lower === 'that' && MANDATIVE.has(clause.before?.lemma ?? '')) return false;
  const before = clause.tokens.slice(0, clause.tokens.indexOf(head)).filter((t) => t.pos !== 'ADV');
  let subject = before.at(-1);
  if (subject && RELATIVE.has(subject.lower) && subject === clause.opener) subject = clause.before ?? undefined;
  if (!subject) return false;
  if (subject.pos === 'PRON') return ONE.has(subject.lower);
  if (subject.pos === 'PROPN') return !/[^s]s$/.test(subject.lower) || subject.text === subject.text.toUpperCase();
  return subject.pos === 'NOUN' && !/[^su]s$/.test(subject.lower);
}

/** Whether a sentence may go on from the narrative: it opens with no time of its own. */
export function mayGoOn(text: string, sentence: Span): boolean {
  if (ELSEWHEN.test(text.slice(sentence.start, sentence.end))) return false;
  return !OWN_TIME.test(text.slice(sentence.start, Math.min(sentence.end, sentence.start + 40)).trimStart());
}

/** Whether a blank line stands between two offsets: the text starts another paragraph. */
export function newParagraph(text: string, from: number, to: number): boolean {
  return /\n[ \t]*\n/.test(text.slice(from, to));
}

/** A time expression told as the time of its sentence: at its head, after "on"/"in"/…, or after a verb. */
function told(timex: Span, sentence: Span, tokens: readonly Token[]): boolean {
  const before = tokens.filter((t) => t.end <= timex.start && t.start >= sentence.start);
  const prev = before.at(-1);
  if (!prev || before.every((t) => t.pos === 'PUNCT' || TOLD_AFTER.has(t.lower))) return true;
  return TOLD_AFTER.has(prev.lower) || prev.pos === 'VERB' || prev.pos === 'AUX';
}

/** A date between a determiner (or with its possessive) and the event noun it names: "the Jan. 30 vote", "Monday's attack". */
function names(text: string, timex: Span, trigger: Span): boolean {
  if (trigger.start < timex.end || trigger.start - timex.end > 40) return false;
  const between = text.slice(timex.end, trigger.start);
  if (/^['’]s\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between)) return true;
  return /^\s+(?:[\p{L}-]+\s+){0,2}$/u.test(between) && DETERMINER_BEFORE.test(text.slice(Math.max(0, timex.start - 8), timex.start));
}

/**
 * The time a sentence leaves its narrative at: its last event dated by the text itself (or by the
 * narrative before it), as a month, day or time of day, told as the sentence's own, over by the
 * document date (when it has one).
 */
export function narrativeAfter(
  text: string,
  events: readonly EventDraft[],
  sentence: Span,
  timexes: readonly FoundTimex[],
  tokens: readonly Token[],
  saying: Span | null,
  docDate: string | null,
): NarrativeTime | null {
  if (timexes.some((t) => t.type === 'DURATION' || t.type === 'SET')) return null;
  const doc = parseIsoDate(docDate);
  // The day something was said is when it was reported, not a time of the story told.
  const said = (e: EventDraft) => saying !== null && e.trigger.start >= saying.start && e.trigger.end <= saying.end;
  const last = [...events].reverse().find((e) => e.time && !said(e));
  if (!last) return null;
  const { time, timex } = last;
  if (!time || time.anchor === 'document' || time.mod === 'ON_OR_BEFORE' || time.interval) return null;
  if (!NARRATIVE_GRANULARITIES.has(time.granularity) || (doc !== null && time.end > isoDate(doc + 1))) return null;
  // A time carried from the sentence before was told as such there.
  if (timex && timex.start >= sentence.start && !told(timex, sentence, tokens)) return null;
  // "the Jan. 30 vote": a date that names the event noun after it is that event's, no time of the story.
  if (timex && names(text, timex, last.trigger)) return null;
  return { time, timex };
}
