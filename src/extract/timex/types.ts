// The contract between the time-expression stage and the rest of the pipeline.
import type { Anchor, EventTime, TimeBound, Timex } from '../../model/dataset.ts';

export interface Span {
  start: number;
  end: number;
}

export interface TimexOptions {
  /** Document creation (publication) date, ISO YYYY-MM-DD, or null when the document has none. */
  dct: string | null;
  /** Sentence spans of the text, in order (from the sentences stage). */
  sentences: readonly Span[];
}

/** A TIMEX3 annotation, as written to documents/<id>.json, plus how it was resolved. */
export interface FoundTimex extends Timex {
  mod: string | null;
  anchor: Anchor;
  /** Calendar span of a DATE or TIME value; null for durations, sets and *_REF values. */
  bound: TimeBound | null;
}

/**
 * A temporal phrase an event can take its time from: one date ("June 10"), a range
 * ("since May 2024", "from May to July 2019"), or a date with a duration attached
 * ("the 2021 ceasefire lasted 11 months"). The span covers the whole phrase.
 */
export interface TimeFinding extends Span {
  /** Indices into TimexAnalysis.timexes of the expressions that make up the phrase. */
  timexes: number[];
  time: EventTime;
}

export interface TimexAnalysis {
  timexes: FoundTimex[];
  times: TimeFinding[];
}
