// Gives every candidate its TIMEX3 value, walking the text in order so that each anaphoric
// expression sees the date under discussion (the last date resolved before it).
import type { Anchor, TimeBound, TimexType } from '../../model/dataset.ts';
import type { FoundTimex, Span } from './types.ts';
import type { Candidate, Point } from './spec.ts';
import { resolveDate, type DateReferences } from './resolve.ts';
import { boundOf, partialValue, timexValue } from './format.ts';
import { sentenceIndex } from './sentences.ts';
import { tenseAt, type Tense } from './tense.ts';
import { dayNumber, fromDayNumber, parseIsoDate } from '../../model/calendar.ts';
import { endOf, startOf } from './point.ts';
import { quotedCandidates, speakingDay } from './quotes.ts';
import { IRREGULAR_PARTICIPLES } from '../language/verbForms.ts';
import { SAID_ON } from './saying.ts';
import { ZONE } from './matchers/clock.ts';

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
/** Participles that the suffixes of LOOKED_BACK miss ("lost", "made"): not "had dinner on", "had to return on". */
const OTHER_PARTICIPLES = [...IRREGULAR_PARTICIPLES].filter((p) => !/(?:ed|en|wn|ne)$/.test(p));
/**
 * A past perfect before the date in its clause: "the port they had lost on", "which had already
 * been seized in". The word after "had" is a participle (not "had dinner on", "had to return on"),
 * and the window stops at a coordinator ("had taken the port and on March 8 they entered").
 */
const LOOKED_BACK = new RegExp(
  `\\b(?:had|['’]d)\\s+(?:(?:already|just|previously|earlier|not|never|been)\\s+)*(?:\\p{L}+(?:ed|en|wn|ne)|${OTHER_PARTICIPLES.join('|')})(?:\\s+(?!(?:and|but|or|then)\\s)[^\\s.;:,“”"]+){0,6}\\s+$`,
  'iu',
);
/** A time zone of clock.ts, as a word: "ET", "GMT", "CET", "Eastern time". */
const ZONE_WORD = new RegExp(`\\b(?:${ZONE})(?![a-z])`, 'i');
/** The most a bracket that restates a time holds on each side of a date in it: "(Tuesday, 11 p.m. EST)". */
const ASIDE_REACH = 24;
/** Right before the bracket, the time it restates: "at 5 a.m. Wednesday (", "around 6 a.m. (", "0400 GMT (". */
const RESTATED = /(?:\d|[ap]\.?\s?m\.?|day|time|\b[A-Z]{2,4})\s*$/;

/**
 * "attacked around 6 a.m. (11 p.m. Tuesday ET)", "at 5 a.m. Wednesday (Tuesday, 11 p.m. EST)",
 * "at 8 a.m. (0200 CET Tuesday)": a time restated in brackets in another zone moves the story to
 * no other day. Not a bracket that opens its line ("(4:37 p.m. Monday ET) The admiral said …").
 */
function inZoneAside(text: string, c: Span): boolean {
  // Windows of a bounded length: a long text with no bracket is not searched to its ends.
  const from = Math.max(0, c.start - ASIDE_REACH);
  const open = text.slice(from, c.start).lastIndexOf('(');
  const close = text.slice(c.end, c.end + ASIDE_REACH).indexOf(')');
  if (open < 0 || close < 0) return false;
  const inside = text.slice(from + open + 1, c.end + close);
  return !/[()]/.test(inside) && ZONE_WORD.test(inside) && RESTATED.test(text.slice(Math.max(0, from + open - ASIDE_REACH), from + open));
}

/** A "by" or "until" right before an expression. */
const BY_BEFORE = /\b(?:by|until|till)\s+$/i;
/** What comes before a year that names the subject of its sentence: "The 2020 election …", "In the 2020 election, …". */
const SUBJECT_BEFORE = /^\s*(?:(?:in|during|at|for)\s+)?(?:the|its|their|his|her|this|that)\s+$/i;
/** After a speech verb's own day, a reported future ("said on Monday the tariffs would take effect on Tuesday"). */
const REPORTED_FUTURE =
  /^[^.;:“”"]{0,80}?\b(?:would|was\s+to|were\s+to|was\s+going\s+to|were\s+going\s+to|planned\s+to|intended\s+to)\b[^.;:“”"]{0,80}$/i;
/** A reported future right before the expression, in its clause ("the tariffs would take effect on"). */
const REPORTED_FUTURE_BEFORE = /\b(?:would|was\s+to|were\s+to|was\s+going\s+to|were\s+going\s+to)\b[^.;:“”",]{0,80}$/i;
/** After a day told after a speech verb, what makes it part of what is said: a possessive, or a verb. */
const NAMED_AFTER = /^(?:['’]s\b|\s+(?:was|were|is|are|will|would|had|has|have|can|could|may|might|must|should)\b)/i;
/** Between a reported date and the day of saying after it: the rest of the clause, a comma, the source ("…, the minister said"). */
const SOURCE_AFTER = /^[^.;:“”",]{0,60},[^.;:“”",]{1,80}$/;
/** A preposition that places an event in the date after it. */
const PLACED = /\b(?:in|on|by|during|until|till|before)\s+(?:(?:early|late|mid)[\s-]+)?$/i;
export const FUTURE_BEFORE = /\b(?:will|shall|'ll|’ll|(?:is|are|plans?|planning|scheduled|set|due|expected|going)\s+to)\s/i;
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
class Context implements DateReferences {
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
    readonly refDistance: number,
  ) {}

  later(): boolean {
    return /^later\b/i.test(this.text.slice(this.at.start, this.at.end));
  }

  afterTonight(): boolean {
    return /\btonight\b/i.test(this.text.slice(this.sentence.start, this.at.start));
  }

  tense(): Tense {
    return tenseAt(this.text, this.sentence, this.at.start, this.at.end);
  }

  clauseTense(): Tense {
    const by = BY_BEFORE.exec(this.text.slice(Math.max(this.sentence.start, this.at.start - 8), this.at.start));
    return tenseAt(this.text, this.sentence, this.at.start - (by?.[0].length ?? 0), this.at.end);
  }

  reportedOn(): boolean {
    return SAID_ON.test(this.text.slice(Math.max(this.sentence.start, this.at.start - 40), this.at.start));
  }

  placed(): boolean {
    // A future verb before the date and a preposition right before it: "will visit Japan in April".
    const before = this.text.slice(Math.max(this.sentence.start, this.at.start - 80), this.at.start);
    return PLACED.test(before) && FUTURE_BEFORE.test(before);
  }
}

function found(text: string, c: Candidate, type: TimexType, value: string, anchor: Anchor, bound: TimeBound | null): FoundTimex {
  return { start: c.start, end: c.end, text: text.slice(c.start, c.end), type, value, mod: c.mod, anchor, bound };
}

const REPORTING_SPAN = /^the\s+(?:(?:first|latest|past|last)\s+)?(?:\w+\s+months|(?:fiscal\s+)?year)$/i;

/**
 * For each candidate, the first year the text states from it on with a month ("Dec. 26, 2004",
 * "January 2005"): an undated text's first month may come before its year. A year named alone
 * ("has claimed nuclear arms since 2003") is a time the story looks back to, not its own.
 */
function nextStatedYears(cands: readonly Candidate[]): (number | null)[] {
  const out: (number | null)[] = new Array<number | null>(cands.length).fill(null);
  let next: number | null = null;
  for (let i = cands.length - 1; i >= 0; i--) {
    const c = cands[i]!;
    if (c.meaning.kind === 'date' && c.meaning.spec.year !== undefined && c.meaning.spec.month !== undefined) next = c.meaning.spec.year;
    out[i] = next;
  }
  return out;
}

/** What the walk through the text remembers: the date under discussion and the period reported on. */
interface Walk {
  ref: Point | null;
  refSentence: number;
  /** The date under discussion heads its sentence or follows a preposition (see TOLD_FROM). */
  refTold: boolean;
  /** It is the first date of its sentence, or follows "In"/"By"/"Since" there ("In 2015, …"). */
  refHeads: boolean;
  /** It named a weekday or a weekend: a story told day by day. */
  refWeekday: boolean;
  /** It was stated, not counted from another date ("2011:", not "next year"). */
  refExplicit: boolean;
  /** It is a year naming the sentence's subject ("The 2020 election was held on Nov. 3"). */
  refSubject: boolean;
  period: Point | null;
  periodSentence: number;
}

const START: Readonly<Walk> = {
  ref: null,
  refSentence: -1,
  refTold: false,
  refHeads: false,
  refWeekday: false,
  refExplicit: false,
  refSubject: false,
  period: null,
  periodSentence: -1,
};

/**
 * Resolves the candidate at `index` from what the walk remembers, with `dct` the day it counts
 * from (the document date, or the day its words were said); with `commit`, the walk moves on.
 */
function step(
  text: string,
  cands: readonly Candidate[],
  index: number,
  dct: number | null,
  sentences: readonly Span[],
  nextYears: readonly (number | null)[],
  w: Walk,
  commit: boolean,
  toldOnADay = false,
): FoundTimex {
  const c = cands[index]!;
  const m = c.meaning;
  // "For the nine months", "the year ended Sept. 30": the report now covers the year to date,
  // so "a year earlier" compares years, not the last quarter named.
  if (commit && m.kind === 'duration' && dct !== null && REPORTING_SPAN.test(text.slice(c.start, c.end))) {
    w.period = { gran: 'year', year: fromDayNumber(dct).y };
    w.periodSentence = sentenceIndex(sentences, c.start);
  }
  if (m.kind === 'duration' || m.kind === 'set') return found(text, c, c.type, m.value, 'explicit', null);
  if (m.kind === 'ref') return found(text, c, 'DATE', m.value, 'relative', null);
  const si = sentenceIndex(sentences, c.start);
  const sentence = sentences[si] ?? { start: 0, end: text.length };
  const ref = w.ref;
  // A weekday follows a story from the sentence before at most, and only one told day by day
  // ("On Sunday, May 12, 2002, … On Monday, …"): after "was arrested on Dec. 3, 2022. On
  // Monday, …" news means this week's Monday. A month may follow a story longer.
  const day = m.spec.weekday !== undefined || !!m.spec.weekend;
  const near = day ? (dct === null || w.refWeekday) && si - w.refSentence <= 1 : si - w.refSentence <= NARRATIVE_REACH;
  // A stated date at the head of its sentence ("2011: the troops leave on Dec. 18", "In 2015, …
  // in June", "Nov. 5, 2024: Election Day") dates what the sentence names after it.
  const headed =
    ref !== null && si === w.refSentence && w.refHeads && w.refExplicit && dct !== null && ref.year !== undefined && !coversDay(ref, dct);
  // A timeline's entry ("Feb. 28: Ceasefire declared.") follows the entry before it, whatever its tense.
  const entry = ref !== null && si - w.refSentence <= 2 && c.start - sentence.start < 2 && /^\s*[:–—]/.test(text.slice(c.end, c.end + 2));
  // "The 2020 election was held on Nov. 3": the year of the subject dates its own day, in the past.
  const subject = ref !== null && si === w.refSentence && w.refSubject && w.refExplicit;
  // A night or a yesterday told from the day a source spoke counts from that day, not from the story's.
  const narrative =
    !toldOnADay &&
    ref !== null &&
    ref.year !== undefined &&
    (entry || headed || subject || (near && (dct === null || (w.refTold && awayFrom(ref, dct)))));
  const nextYear = nextYears[index] ?? null;
  const r = resolveDate(
    m.spec,
    new Context(
      text,
      sentence,
      c,
      dct,
      toldOnADay ? null : ref,
      si - w.periodSentence <= PERIOD_REACH ? w.period : null,
      nextYear,
      narrative,
      headed || entry,
      si - w.refSentence,
    ),
  );
  if (!r) return found(text, c, c.type, partialValue(m.spec), 'explicit', null);
  // Before the common era, or outside years 1–9999 ("2500 years ago", "10,000 years from now"):
  // the expression is kept, but it dates nothing on a calendar of ISO dates.
  if (m.spec.era === 'BC' || ERA_BC.test(text.slice(c.end, c.end + 8)))
    return found(text, c, 'DATE', `BC${timexValue(r.point)}`, r.anchor, null);
  if (startOf(r.point) < FIRST_DAY || endOf(r.point) >= LAST_DAY) return found(text, c, c.type, partialValue(m.spec), r.anchor, null);
  // A comparison ("a year earlier", "the year-ago quarter") looks back without moving the story.
  const comparison = m.spec.comparative || m.spec.likeRef || (m.spec.base === 'ref' && (m.spec.shift?.n ?? 0) < 0);
  // "On March 5 the rebels seized the port they had lost on March 2. The next day, …": a date
  // the sentence looks back to in the past perfect leaves the story at the date it is told from.
  const lookedBack = si === w.refSentence && LOOKED_BACK.test(text.slice(Math.max(sentence.start, c.start - 60), c.start));
  if (commit && !comparison && !lookedBack && !inZoneAside(text, c)) {
    w.ref = r.point;
    w.refSentence = si;
    w.refTold = TOLD_FROM.test(text.slice(Math.max(sentence.start, c.start - 16), c.start));
    w.refWeekday = day;
    w.refExplicit = r.anchor === 'explicit';
    w.refSubject =
      r.point.gran === 'year' &&
      SUBJECT_BEFORE.test(text.slice(sentence.start, c.start)) &&
      /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3));
    w.refHeads =
      c.start - sentence.start < 4 ||
      (c.start - sentence.start < 12 && /^\s*(?:in|by|since)\s+$/i.test(text.slice(sentence.start, c.start)));
  }
  // Only a period already begun has results to compare with ("losses through the third quarter
  // of 1990", a forecast, does not become the period "a year ago" is measured from).
  const reported =
    (r.point.gran === 'quarter' || r.point.gran === 'half' || (r.point.gran === 'year' && (m.spec.anaphor || m.spec.fiscal))) &&
    (dct === null || startOf(r.point) <= dct);
  if (commit && !comparison && reported) {
    w.period = r.point;
    w.periodSentence = si;
  }
  const type = r.point.gran === 'time' || r.point.gran === 'pod' ? 'TIME' : 'DATE';
  return found(text, c, type, timexValue(r.point), r.anchor, boundOf(r.point, r.anchor, c.mod, !!m.spec.fiscal));
}

/**
 * The day a statement was made, for a future it reports without quotation marks: "the minister
 * said on Monday the tariffs would take effect on Tuesday" counts Tuesday from that Monday.
 */
function reportedDay(
  text: string,
  cands: readonly Candidate[],
  out: readonly FoundTimex[],
  i: number,
  sentences: readonly Span[],
): number | null {
  const j = i - 1;
  const said = out[j];
  if (
    !said?.bound ||
    said.bound.granularity !== 'day' ||
    sentenceIndex(sentences, cands[j]!.start) !== sentenceIndex(sentences, cands[i]!.start)
  )
    return null;
  const sentence = sentences[sentenceIndex(sentences, cands[j]!.start)]!;
  if (!SAID_ON.test(text.slice(Math.max(sentence.start, cands[j]!.start - 40), cands[j]!.start))) return null;
  if (!REPORTED_FUTURE.test(text.slice(cands[j]!.end, cands[i]!.start))) return null;
  return parseIsoDate(said.bound.start);
}

/**
 * The day of saying told after what is said: "the tariffs would take effect on Monday, the
 * minister said last Thursday" counts Monday from that Thursday. `look` resolves the day of saying
 * ahead without keeping anything.
 */
function reportedDayAfter(
  text: string,
  cands: readonly Candidate[],
  i: number,
  sentences: readonly Span[],
  look: (j: number) => FoundTimex,
): number | null {
  const c = cands[i]!;
  const next = cands[i + 1];
  const si = sentenceIndex(sentences, c.start);
  if (!next || sentenceIndex(sentences, next.start) !== si) return null;
  const spec = c.meaning.kind === 'date' ? c.meaning.spec : null;
  // "Residents heard gunshots overnight, a resident said on Monday": a day or a night told from
  // the day of saying ("overnight", "last night", "this morning", "yesterday") is that day's.
  const deictic = !!spec && spec.month === undefined && spec.day === undefined && (spec.anaphor === 'day' || spec.shift?.unit === 'day');
  if (!deictic && !REPORTED_FUTURE_BEFORE.test(text.slice(sentences[si]!.start, c.start))) return null;
  const between = text.slice(c.end, next.start);
  if (!SOURCE_AFTER.test(between) || !SAID_ON.test(between)) return null;
  // "said Tuesday's talks …" and "said Monday was the worst day" name what is said, not the day of saying.
  if (NAMED_AFTER.test(text.slice(next.end, next.end + 12))) return null;
  const said = look(i + 1).bound;
  const day = said && said.granularity === 'day' ? parseIsoDate(said.start) : null;
  // "Overnight" said on a day is the night that ended that morning: the night of the day before;
  // a plan ("troops will patrol the streets overnight") is the night to come.
  const before = text.slice(sentences[si]!.start, c.start);
  const planned = FUTURE_BEFORE.test(before) || REPORTED_FUTURE_BEFORE.test(before);
  return day !== null && deictic && !planned && spec!.anaphor === 'day' && spec!.pod === 'NI' && !spec!.shift ? day - 1 : day;
}

/** Whether point p holds day n. */
const coversDay = (p: Point, n: number): boolean => startOf(p) <= n && n < endOf(p);

/**
 * Every candidate in text order. One inside a quotation counts from the day its words were said
 * (see quotes.ts), found before it or, looked at ahead, after it ('"…," he said Tuesday').
 */
export function normalize(text: string, cands: readonly Candidate[], docDct: number | null, sentences: readonly Span[]): FoundTimex[] {
  const years = nextStatedYears(cands);
  const quoted = quotedCandidates(text, cands);
  const out: FoundTimex[] = [];
  const walk: Walk = { ...START };
  for (let i = 0; i < cands.length; i++) {
    let dct = docDct;
    const quote = quoted.get(i);
    if (quote) {
      // A day after the quotation is looked at ahead, from the walk as it stands: nothing is kept.
      const said = speakingDay(text, cands, i, quote, sentences, (j) =>
        j < i ? out[j]! : step(text, cands, j, docDct, sentences, years, walk, false),
      );
      if (said !== null) dct = said;
    } else {
      const before = reportedDay(text, cands, out, i, sentences);
      const after =
        before ?? reportedDayAfter(text, cands, i, sentences, (j) => step(text, cands, j, docDct, sentences, years, walk, false));
      if (after !== null) {
        out.push(step(text, cands, i, after, sentences, years, walk, true, before === null));
        continue;
      }
    }
    out.push(step(text, cands, i, dct, sentences, years, walk, true));
  }
  return out;
}
