// What a matcher understood from the text, before it is resolved against an anchor.
// A DateSpec keeps the fields the text states apart from what resolution later infers.
import type { TimexType } from '../../model/dataset.ts';
import type { Holiday, PartOfDay, Season, Unit } from './lexicon.ts';
import type { AnchorKind } from './anchors.ts';

/** Granularity of a resolved point, finest last. */
export type Gran = 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend' | 'day' | 'pod' | 'time';

/** Calendar fields, any subset; a resolved Point has every field its granularity needs. */
export interface Fields {
  century?: number;
  decade?: number;
  year?: number;
  half?: number;
  quarter?: number;
  season?: Season;
  month?: number;
  /** ISO week; with it, year is the ISO week-numbering year. */
  week?: number;
  weekend?: boolean;
  day?: number;
  pod?: PartOfDay;
  hour?: number;
  minute?: number;
  second?: number;
}

export interface DateSpec extends Fields {
  weekday?: number;
  holiday?: Holiday;
  fiscal?: boolean;
  /** "Tuesday last week": the week of the weekday, in weeks from the document date's (-1). */
  weekOf?: number;
  /** The first day of a range of weekdays and the days to its last ("from Monday to Thursday": 3). */
  spanDays?: number;
  /** "the last day of June": the month's last day, whatever its length. */
  lastDay?: boolean;
  /** A quarter or half whose results are reported: it has begun by the time they are. */
  results?: boolean;
  /** "the full year" of a report: the year of the period reported on. */
  periodYear?: boolean;
  /** "753 BC": a year before the common era, which the ISO calendar of the timeline cannot hold. */
  era?: 'BC';
  /** Move the base by n units (n null: an unknown count, "a few years ago"). */
  shift?: { unit: Unit; n: number | null };
  /** Deictic expressions count from the document date, anaphoric ones from the date under discussion. */
  base?: 'dct' | 'ref';
  /** For a bare weekday, month or season: which occurrence (-1 the last, +1 the next, 0 this). */
  dir?: -1 | 0 | 1;
  /** "the quarter", "that year": the period of the date under discussion, at this unit. */
  anaphor?: Unit;
  /** "by evening", "until morning": of a day the passage told (its sentence or the one before) for a past act, else of none. */
  toldDay?: boolean;
  /** "that year", "the same day": read the unit off any finer date under discussion ("June 1998"). */
  anyRef?: boolean;
  /** "a year ago", "year-earlier": compares with the reporting period under discussion, if any. */
  comparative?: boolean;
  /** Report the result at this granularity ("the year-ago quarter" is a quarter). */
  gran?: Gran;
  /** Keep the granularity of the date counted from when it is finer ("a year earlier" than a day). */
  keepGran?: boolean;
  /** "the 1988 period": the same part of the year as the period under discussion. */
  likeRef?: boolean;
  /** What to resolve when the date under discussion cannot serve ("the quarter" with none named). */
  fallback?: DateSpec;
  /** Days to move the resolved day by ("the day before last Tuesday's hearing": -1). */
  offsetDays?: number;
  /** The year was taken from a neighbouring date ("from May to July 2019"), not stated. */
  yearFromNeighbour?: boolean;
}

export type RefValue = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';

export type Meaning =
  | { kind: 'date'; spec: DateSpec }
  | { kind: 'duration'; value: string }
  | { kind: 'set'; value: string; spec?: DateSpec }
  | { kind: 'ref'; value: RefValue };

/** What a matcher's extract step returns; the span defaults to the whole match. */
export interface Parsed {
  type: TimexType;
  meaning: Meaning;
  mod?: string | null;
  start?: number;
  end?: number;
}

export interface Candidate {
  start: number;
  end: number;
  type: TimexType;
  meaning: Meaning;
  mod: string | null;
  /** Name of the matcher (or merger) that produced it, for traces and tests. */
  rule: string;
  /** Position of the matcher in rules.ts: breaks ties in the overlap rule. */
  priority: number;
}

export interface Matcher {
  name: string;
  /** Anchor words every match contains (see anchors.ts): the matcher runs only around them. */
  anchors: readonly AnchorKind[];
  /** The pattern begins with one of its anchor words: it is tried only where one starts. */
  atAnchor?: boolean;
  /**
   * With atAnchor: the anchor words the pattern can begin with ("#4": a run of four digits).
   * Default: every word of its anchor kinds.
   */
  startWords?: readonly string[];
  /** Must carry the g flag; named groups feed the extract step. */
  pattern: RegExp;
  /** Optional words right before the pattern (see patterns.ts `before`); their groups join the match's. */
  before?: RegExp;
  /**
   * The `before` pattern can only match when the word right before the pattern matches this: a
   * cheap test that spares it at most anchors ("that" before "day", a number before "years").
   */
  after?: RegExp;
  extract(m: RegExpExecArray, text: string): Parsed | null;
}

/** A resolved calendar point: the fields its granularity needs. */
export interface Point extends Fields {
  gran: Gran;
}
