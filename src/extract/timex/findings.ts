// The temporal phrases events take their time from (TimeFinding): ranges ("since May 2024",
// "between 2017 and 2019", "until 2025"), dates with a duration attached ("the 2021 ceasefire
// lasted 11 months"), and every other datable expression on its own. Vague stays vague: an
// open end stays open, and an end computed from a vague start is marked approximate.
import type { EventTime, TimeBound } from '../../model/dataset.ts';
import type { FoundTimex, Span, TimeFinding } from './types.ts';
import { addMonths, dayNumber, fromDayNumber, isoDate, parseIsoDate } from '../../model/calendar.ts';
import { attachDuration } from './attach.ts';
import { FUTURE_BEFORE } from './normalize.ts';
import { sentenceIndex } from './sentences.ts';
import { SAID_ON, SAYING } from './saying.ts';
import { alternation } from './patterns.ts';
import lists from './findings.json' with { type: 'json' };

/** Words before a date that open a range, and the TIMEX3 mod they give an open one. */
const OPENERS: ReadonlyArray<[RegExp, 'from' | 'to', string]> = [
  [/\b(?:ever\s+)?since\s+$/i, 'from', 'ON_OR_AFTER'],
  [/\b(?:starting|beginning)\s+(?:in\s+|on\s+|from\s+)?$/i, 'from', 'ON_OR_AFTER'],
  [/\bafter\s+$/i, 'from', 'AFTER'],
  [/\b(?:until|till|through|up\s+to)\s+$/i, 'to', 'ON_OR_BEFORE'],
  [/\bby\s+$/i, 'to', 'ON_OR_BEFORE'],
  [/\bbefore\s+$/i, 'to', 'BEFORE'],
];
/** "the first contact since 2017": the date of an earlier event, not the start of a range. */
const SUPERLATIVE =
  /\b(?:first|highest|lowest|biggest|largest|smallest|worst|best|strongest|weakest|deepest|sharpest|steepest|fastest|slowest|longest|shortest|most|least|fewest|greatest|heaviest|record|only)\b(?:[^.;,!?]|\.(?=\S)){0,60}\bsince\s+$/i;
/** A limit after a possessive day ("by Friday's deadline"): "by" still tells a deadline. */
const LIMIT_AFTER = new RegExp(String.raw`^['’]s\s+(?:${alternation(lists.limits)})\b`, 'i');
/** A word before "by" and the day, and the possessive after it: "hit by | Monday | 's storm". */
const WORD_BY = /([a-z]+)\s+by\s+$/i;
const AGENTS: ReadonlySet<string> = new Set(lists.agents);

/** "hit", "damaged": a participle after which "by" names what did it ("homes damaged by Tuesday's flood"). */
export const affectedBy = (word: string | undefined): boolean => !!word && AGENTS.has(word.toLowerCase());

/**
 * "the nations affected by last weekend's tsunami", "towns hit by Monday's storm": after a
 * participle, "by" and a possessive day name what did it, an occurrence of that day: no deadline.
 */
function agentBy(text: string, t: FoundTimex): boolean {
  const after = text.slice(t.end, t.end + 24);
  if (!/^['’]s\s/.test(after) || LIMIT_AFTER.test(after)) return false;
  return affectedBy(WORD_BY.exec(text.slice(Math.max(0, t.start - 40), t.start))?.[1]);
}

const BOTH_DAYS = /^\s+and\s+$/i;
const RANGE_GAP = /^\s*(?:-|–|—|to|through|thru|until|till)\s*$/i;

const datable = (t: FoundTimex | undefined): t is FoundTimex & { bound: TimeBound } => !!t && t.bound !== null;

export function eventTime(b: TimeBound, mod: string | null, interval: EventTime['interval'] = null): EventTime {
  const { value, granularity, anchor } = b;
  if (!interval) return { value, start: b.start, end: b.end, granularity, anchor, approximate: b.approximate, mod, interval: null };
  const first = interval.from ?? interval.to!;
  const last = interval.to ?? interval.from!;
  const approximate = !!(interval.from?.approximate || interval.to?.approximate);
  return { value, start: first.start, end: last.end, granularity, anchor, approximate, mod, interval };
}

/** The document date as the relative end of an open range ("since May 2024" in a dated article). */
function today(dct: number): TimeBound {
  return { value: isoDate(dct), start: isoDate(dct), end: isoDate(dct + 1), granularity: 'day', anchor: 'relative', approximate: false };
}

/** "the past three weeks", "the last 10 days", "the past year": a period that runs up to now. */
const PAST_PERIOD = /^the\s+(?:past|last)\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?)$/i;
/** "the next three weeks", "the coming days": a period that runs from now. */
const NEXT_PERIOD = /^the\s+(?:next|coming)\s+(?:\S+\s+)?(?:days?|weeks?|months?|years?)$/i;

/** "within" right before a period: what is done at most that long from now. */
const WITHIN_BEFORE = /\bwithin\s+$/i;
/** "will leave within two weeks": the bound of that event's own, counted from the publication, which it lends to no other. */
export const boundWithin = (text: string, timex: Span, time: EventTime): boolean =>
  time.mod === 'ON_OR_BEFORE' && !!time.interval && !time.interval.from && countedWithin(text, timex);
const countedWithin = (text: string, timex: Span): boolean => WITHIN_BEFORE.test(text.slice(Math.max(0, timex.start - 8), timex.start));

/** A period counted in days, weeks, months or years: "two weeks", "10 days", "a month". */
const COUNTED = /^(?:an?|\S+)\s+(?:days?|weeks?|months?|years?)$/i;

/**
 * A clause of time or condition that a "within" period may count from instead of the publication:
 * "Once the truce holds, …", "After the vote, …", "… if the talks fail", "On signing the deal, …".
 */
const COUNTED_FROM = new RegExp(
  String.raw`\b(?:${alternation(lists.countedFrom)})\b|(?:^|[,;:]\s*)(?:${alternation(lists.gerundOpeners)})\s+\p{L}+ing\b`,
  'iu',
);

/** Besides a future ("will", "plans to"): a step toward what the period holds ("aims to", "moves to", "would"). */
const AIMED_BEFORE = /\b(?:would|(?:aims?|aimed|intends?|expects?|hopes?|seeks?|wants?|moves?|vows?|pledges?|promises?)\s+to)\s/i;

/** Everything up to the last clause that a comma and a relative or a conjunction open before the period: the clauses before its own. */
const CLAUSES_BEFORE = /^[^]*[,;]\s+(?=(?:where|which|who|whom|whose|when|while|whereas|although|though|because|but)\s)/i;
/** A future told in the past ("said it would open", "was to open"). */
const REPORTED_AHEAD = /\b(?:would|was\s+to|were\s+to)\s/i;
/** A source and its day after the period ("…, its chief said on Monday"); not a day of something said of ("reported Friday's attack"). */
const SAID_ON_AFTER = new RegExp(
  String.raw`^[^.;:“”"]{0,60},[^.;:“”",]{0,60}\b(?:${SAYING})\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d+)(?!\d|['’]s\b)`,
);

/**
 * "in the past three weeks", in a dated document: the period that ends on the publication day
 * (its start as loose as the count: approximate); "will deliver food over the next three weeks":
 * the period that starts on it (its end approximate), only for what the sentence tells ahead
 * before it ("the cuts proposed over the next ten years fall short" is no plan of those years).
 * `toldAt`: another time is named before it in its sentence; `spoken`: the day a source told of
 * it, which what lies ahead runs from instead of the publication.
 * Not "the last two weeks of May" (a date follows).
 */
function periodFromNow(
  text: string,
  t: FoundTimex,
  dct: number | null,
  sentences: readonly Span[],
  toldAt: boolean,
  spoken: number | null,
): EventTime | null {
  const m = /^P(\d+)([DWMY])$/.exec(t.value);
  const past = PAST_PERIOD.test(t.text);
  // "would withdraw within two weeks": at most that long from when it is said, a bound.
  const within = !past && countedWithin(text, t) && COUNTED.test(t.text);
  if (
    dct === null ||
    t.type !== 'DURATION' ||
    !m ||
    !(past || within || NEXT_PERIOD.test(t.text)) ||
    /^\s+of\b/i.test(text.slice(t.end, t.end + 4))
  )
    return null;
  const sentence = sentences[sentenceIndex(sentences, t.start)];
  const from = Math.max(sentence && sentence.start <= t.start ? sentence.start : 0, t.start - 300);
  // Only the clause of the verb looks ahead ("wants to visit Paris, where prices rose over the next two years" does not).
  const before = text.slice(from, t.start).replace(CLAUSES_BEFORE, '');
  if (!past && !FUTURE_BEFORE.test(before) && !AIMED_BEFORE.test(before)) return null;
  if (!past) {
    // A future reported from another time ("In 2005 the company said it would open 50 stores over
    // the next five years") does not run from publication; a plan a source stated on a day ("…,
    // its chief said on Monday") runs from that day (`spoken`), and from nothing else.
    const after = text.slice(t.end, sentence && sentence.end >= t.end ? sentence.end : t.end);
    if (spoken === null && REPORTED_AHEAD.test(before) && !FUTURE_BEFORE.test(before) && toldAt) return null;
    if (spoken === null && SAID_ON_AFTER.test(after)) return null;
    // "Once the truce holds, the troops will leave within two weeks": counted from the truce, not from now.
    if (within && (COUNTED_FROM.test(text.slice(from, t.start)) || COUNTED_FROM.test(after))) return null;
  }
  // What lies ahead counts from the day a source told of it ("said on Monday the troops would
  // withdraw within two weeks": by two weeks after Monday), else from the publication.
  const origin = past ? dct : (spoken ?? dct);
  const n = (past ? -1 : 1) * Number(m[1]);
  const d = fromDayNumber(origin);
  const far = m[2] === 'D' ? origin + n : m[2] === 'W' ? origin + 7 * n : dayNumber(...ymd(addMonths(d, m[2] === 'M' ? n : 12 * n)));
  const bound: TimeBound = {
    value: isoDate(far),
    start: isoDate(far),
    end: isoDate(far + 1),
    granularity: 'day',
    anchor: 'relative',
    approximate: true,
  };
  if (within) return eventTime(bound, 'ON_OR_BEFORE', { from: null, to: bound, duration: null });
  return past
    ? eventTime(bound, null, { from: bound, to: today(dct), duration: null })
    : eventTime(today(origin), null, { from: today(origin), to: bound, duration: null });
}

/** A relative clause set off by a comma and still open: "The minister, who said on". */
const IN_RELATIVE = /,\s*(?:who|which|whose)\b[^,;:]*$/i;

/**
 * The day a source told of the period on, in its sentence: a day right after a verb of saying,
 * before the period ("said on Monday the troops would withdraw within two weeks") or after it
 * ("…, the ministry said on Monday"), not in a relative clause; null when none.
 */
function dayOfSaying(text: string, timexes: readonly FoundTimex[], i: number, found: Span | undefined): number | null {
  const t = timexes[i]!;
  const sentence = found ?? { start: 0, end: text.length };
  for (const k of [i - 1, i + 1]) {
    const said = timexes[k];
    if (!datable(said) || said.bound.granularity !== 'day' || said.start < sentence.start || said.end > sentence.end) continue;
    if (!SAID_ON.test(text.slice(Math.max(sentence.start, said.start - 40), said.start))) continue;
    // "The minister, who said on Monday that …, will resign": the saying of a relative clause.
    if (IN_RELATIVE.test(text.slice(sentence.start, said.start))) continue;
    if (k > i && !SAID_ON_AFTER.test(text.slice(t.end, sentence.end))) continue;
    return parseIsoDate(said.bound.start);
  }
  return null;
}
const ymd = (d: { y: number; m: number; d: number }): [number, number, number] => [d.y, d.m, d.d];

export function findTimeFindings(text: string, timexes: FoundTimex[], dct: number | null, sentences: readonly Span[]): TimeFinding[] {
  const out: TimeFinding[] = [];
  const used = new Uint8Array(timexes.length);
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i]!;
    // Another time named earlier in the sentence ("In 2005 the company said it would …").
    const sentence = sentences[sentenceIndex(sentences, t.start)];
    const toldAt = i > 0 && !!sentence && timexes[i - 1]!.start >= sentence.start;
    const period = used[i] ? null : periodFromNow(text, t, dct, sentences, toldAt, dayOfSaying(text, timexes, i, sentence));
    if (period) out.push({ start: t.start, end: t.end, timexes: [i], time: period });
    if (used[i] || !datable(t)) continue;
    const before = text.slice(Math.max(0, t.start - 24), t.start);
    const next = timexes[i + 1];
    // Closed ranges: "from May to July 2019", "between 2017 and 2019", "1990-1995".
    const opener = /\b(from|between)\s+$/i.exec(before);
    const gap = next ? text.slice(t.end, next.start) : '';
    const withOpener =
      !!opener && (opener[1]!.toLowerCase() === 'between' ? /^\s+and\s+$/i : /^\s*(?:-|–|to|through|thru|until|till)\s*$/i).test(gap);
    // Only a forward range is one ("2024 - 1990s" is two dates side by side).
    if (datable(next) && (withOpener || RANGE_GAP.test(gap)) && t.bound.start <= next.bound.start) {
      const start = withOpener ? t.start - opener![0].length : t.start;
      out.push({
        start,
        end: next.end,
        timexes: [i, i + 1],
        time: eventTime(t.bound, t.mod, { from: t.bound, to: next.bound, duration: null }),
      });
      used[i] = used[i + 1] = 1;
      continue;
    }
    // Two days in a row joined by "and": "Jan. 1 and today", "on Monday and Tuesday": one span of both.
    if (
      datable(next) &&
      BOTH_DAYS.test(gap) &&
      t.bound.granularity === 'day' &&
      next.bound.granularity === 'day' &&
      t.bound.end === next.bound.start &&
      !t.mod &&
      !next.mod
    ) {
      out.push({
        start: t.start,
        end: next.end,
        timexes: [i, i + 1],
        time: eventTime(t.bound, null, { from: t.bound, to: next.bound, duration: null }),
      });
      used[i] = used[i + 1] = 1;
      continue;
    }
    const attached = attachDuration(text, timexes, i, sentences, dct);
    if (attached) {
      out.push(attached);
      for (const k of attached.timexes) used[k] = 1;
      continue;
    }
    const open = agentBy(text, t) ? undefined : OPENERS.find(([re]) => re.test(before));
    if (open && !(open[1] === 'from' && SUPERLATIVE.test(text.slice(Math.max(0, t.start - 100), t.start)))) {
      const [re, side, mod] = open;
      const start = t.start - re.exec(before)![0].length;
      const other = side === 'from' && mod === 'ON_OR_AFTER' && dct !== null && t.bound.end <= isoDate(dct + 1) ? today(dct) : null;
      const interval = side === 'from' ? { from: t.bound, to: other, duration: null } : { from: null, to: t.bound, duration: null };
      out.push({ start, end: t.end, timexes: [i], time: eventTime(t.bound, mod, interval) });
      continue;
    }
    out.push({ start: t.start, end: t.end, timexes: [i], time: eventTime(t.bound, t.mod) });
  }
  return out.sort((a, b) => a.start - b.start);
}
