// Gives every candidate its TIMEX3 value, walking the text in order so that each anaphoric
// expression sees the date under discussion (the last date resolved before it).
import type { Anchor, TimeBound, TimexType } from '../../model/dataset.ts';
import type { FoundTimex, Span } from './types.ts';
import type { Candidate, Point } from './spec.ts';
import { resolveDate, type Anchors } from './resolve.ts';
import { boundOf, partialValue, timexValue } from './format.ts';
import { sentenceIndex } from './sentences.ts';
import { tenseAt, type Tense } from './tense.ts';
import { dayNumber, fromDayNumber } from './calendar.ts';
import { endOf, startOf } from './point.ts';

const ERA_BC = /^\s*(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}\p{N}])/u;
const FIRST_DAY = dayNumber(1, 1, 1);
/** 10000-01-01: an exclusive end on or after it has no four-digit ISO date. */
const LAST_DAY = dayNumber(10000, 1, 1);

/** How many sentences back a reporting period ("the third quarter") stays the one compared with. */
const PERIOD_REACH = 3;

/**
 * How many sentences after a date a story may still be told from it: "On March 3, 2019, the firm
 * filed for bankruptcy. In April, workers were laid off." puts April in 2019.
 */
const NARRATIVE_REACH = 2;
/**
 * A date that starts a story stands at the head of its sentence or after a preposition ("On March
 * 3, 2019, …", "was founded in May 1990"); one before a noun ("the Dec. 21, 1988, bombing") only
 * names an event in passing.
 */
const TOLD_FROM = /(?:^|\b(?:on|in|since|from|by|until|till|during|through|before|after)\s+)$/i;
/** A speech verb right before the expression ("he said Tuesday", "told reporters on Monday"). */
const SAID_ON = /\b(?:said|says|told|tells|announced|added|reported|stated|wrote|declared|confirmed)\s+(?:[a-z]+\s+)?(?:on\s+)?$/i;
/** Days from the document date beyond which a date mentioned starts a story of another time. */
const AWAY_DAYS = 183;

/** Whether the date under discussion lies far enough from the document date to be a story's own time. */
function awayFrom(ref: Point, dct: number | null): boolean {
  if (ref.year === undefined) return false;
  if (dct === null) return true;
  // News names years in passing ("founded in 1974") and comes back to its own time; a story is
  // told from a month or a day ("On March 3, 2019, …").
  if (!['month', 'week', 'day', 'pod', 'time'].includes(ref.gran)) return false;
  return endOf(ref) < dct - AWAY_DAYS || startOf(ref) > dct + AWAY_DAYS;
}

/** The anchors of one expression; the tense is read only if resolution asks for it. */
class Context implements Anchors {
  constructor(
    private readonly text: string,
    private readonly sentence: Span,
    private readonly at: Span,
    readonly dct: number | null,
    readonly ref: Point | null,
    readonly period: Point | null,
    readonly nextYear: number | null,
    readonly narrative: boolean,
    readonly headed: boolean,
  ) {}

  tense(): Tense {
    return tenseAt(this.text, this.sentence, this.at.start, this.at.end);
  }

  reportedOn(): boolean {
    return SAID_ON.test(this.text.slice(Math.max(this.sentence.start, this.at.start - 40), this.at.start));
  }
}

function found(text: string, c: Candidate, type: TimexType, value: string, anchor: Anchor, bound: TimeBound | null): FoundTimex {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), type, value, mod: c.mod, anchor, bound };
}

const REPORTING_SPAN = /^the\s+(?:(?:first|latest|past|last)\s+)?(?:\w+\s+months|(?:fiscal\s+)?year)$/i;

/** Positions of the years the text states, for an undated text whose first month comes before them. */
function statedYears(cands: readonly Candidate[]): { at: number; year: number }[] {
  const out: { at: number; year: number }[] = [];
  for (const c of cands) if (c.meaning.kind === 'date' && c.meaning.spec.year !== undefined) out.push({ at: c.start, year: c.meaning.spec.year });
  return out;
}

/**
 * `saidOn` gives, for a candidate inside a quotation, the day its words were said (see
 * quotes.ts): what they call "tomorrow" or "Monday" counts from that day instead of the document's.
 */
export function normalize(text: string, cands: readonly Candidate[], docDct: number | null, sentences: readonly Span[], saidOn?: ReadonlyMap<number, number>): FoundTimex[] {
  const years = statedYears(cands);
  let nextYearIdx = 0;
  let ref: Point | null = null;
  let period: Point | null = null;
  let periodSentence = -1;
  let refSentence = -1;
  let refTold = false;
  let refHeads = false;
  let refWeekday = false;
  return cands.map((c, index): FoundTimex => {
    const m = c.meaning;
    const dct = saidOn?.get(index) ?? docDct;
    // "For the nine months", "the year ended Sept. 30": the report now covers the year to date,
    // so "a year earlier" compares years, not the last quarter named.
    if (m.kind === 'duration' && dct !== null && REPORTING_SPAN.test(text.slice(c.start, c.end))) {
      period = { gran: 'year', year: fromDayNumber(dct).y };
      periodSentence = sentenceIndex(sentences, c.start);
    }
    if (m.kind === 'duration' || m.kind === 'set') return found(text, c, c.type, m.value, 'explicit', null);
    if (m.kind === 'ref') return found(text, c, 'DATE', m.value, 'relative', null);
    const si = sentenceIndex(sentences, c.start);
    while (nextYearIdx < years.length && years[nextYearIdx]!.at < c.start) nextYearIdx++;
    // A weekday follows a story from the sentence before at most, and only one told day by day
    // ("On Sunday, May 12, 2002, … On Monday, …"): after "was arrested on Dec. 3, 2022. On
    // Monday, …" news means this week's Monday. A month may follow a story longer.
    const day = m.spec.weekday !== undefined || !!m.spec.weekend;
    const daily = dct === null || refWeekday;
    // A year at the head of its sentence ("2011: the troops leave on Dec. 18", "In 2015, … in June")
    // dates what the sentence names after it.
    const headYear = ref !== null && si === refSentence && refHeads && ref.gran === 'year' && dct !== null && ref.year !== fromDayNumber(dct).y;
    const near = day ? daily && si - refSentence <= 1 : si - refSentence <= NARRATIVE_REACH;
    const narrative = ref !== null && ref.year !== undefined && near && (dct === null || headYear || (refTold && awayFrom(ref, dct)));
    // A timeline's entry ("Feb. 28: Ceasefire declared.") follows the entries before it, whatever its tense.
    const entry = narrative && c.start - (sentences[si]?.start ?? 0) < 2 && /^\s*[:–—]/.test(text.slice(c.end, c.end + 2));
    const r = resolveDate(m.spec, new Context(text, sentences[si] ?? { start: 0, end: text.length }, c, dct, ref, si - periodSentence <= PERIOD_REACH ? period : null, years[nextYearIdx]?.year ?? null, narrative, headYear || entry));
    if (!r) return found(text, c, c.type, partialValue(m.spec), 'explicit', null);
    // Before the common era, or outside years 1–9999 ("2500 years ago", "10,000 years from now"):
    // the expression is kept, but it dates nothing on a calendar of ISO dates.
    if (m.spec.era === 'BC' || ERA_BC.test(text.slice(c.end, c.end + 8))) return found(text, c, 'DATE', `BC${timexValue(r.point)}`, r.anchor, null);
    if (startOf(r.point) < FIRST_DAY || endOf(r.point) >= LAST_DAY) return found(text, c, c.type, partialValue(m.spec), r.anchor, null);
    // A comparison ("a year earlier", "the year-ago quarter") looks back without moving the story.
    const comparison = m.spec.comparative || m.spec.likeRef || (m.spec.base === 'ref' && (m.spec.shift?.n ?? 0) < 0);
    if (!comparison) {
      ref = r.point;
      refSentence = si;
      refTold = TOLD_FROM.test(text.slice(Math.max(sentences[si]?.start ?? 0, c.start - 16), c.start));
      refWeekday = m.spec.weekday !== undefined || !!m.spec.weekend;
      refHeads = c.start - (sentences[si]?.start ?? 0) < 4 || /^\s*(?:in|by|since)\s+$/i.test(text.slice(sentences[si]?.start ?? 0, c.start));
    }
    // Only a period already begun has results to compare with ("losses through the third quarter
    // of 1990", a forecast, does not become the period "a year ago" is measured from).
    const reported = (r.point.gran === 'quarter' || r.point.gran === 'half' || (r.point.gran === 'year' && (m.spec.anaphor || m.spec.fiscal))) && (dct === null || startOf(r.point) <= dct);
    if (!comparison && reported) {
      period = r.point;
      periodSentence = si;
    }
    const type = r.point.gran === 'time' || r.point.gran === 'pod' ? 'TIME' : 'DATE';
    return found(text, c, type, timexValue(r.point), r.anchor, boundOf(r.point, r.anchor, c.mod, !!m.spec.fiscal));
  });
}
