// THE ORDER OF THE RULES. Every matcher runs over the whole text; overlaps are settled afterwards
// by one rule (overlap.ts): the longest candidate wins, and on a tie of length the matcher that
// comes first here wins. So the order below only decides between candidates of equal span:
import type { Matcher } from './spec.ts';
import { explicitMatchers } from './matchers/explicit.ts';
import { yearMatchers } from './matchers/years.ts';
import { periodMatchers } from './matchers/periods.ts';
import { reportingMatchers } from './matchers/reporting.ts';
import { namedMatchers } from './matchers/named.ts';
import { relativeMatchers } from './matchers/relative.ts';
import { anaphoricMatchers } from './matchers/anaphoric.ts';
import { clockMatchers } from './matchers/clock.ts';
import { setMatchers } from './matchers/sets.ts';
import { durationMatchers } from './matchers/durations.ts';
import { refMatchers } from './matchers/refs.ts';

export const RULES: readonly Matcher[] = [
  // 1. What the text states outright comes first: a calendar date beats any other reading of
  //    the same words ("May 2024" is a month, not a modal verb and a number).
  ...explicitMatchers,
  ...yearMatchers,
  // 2. Business periods before relative dates: "the latest quarter" is a quarter the report
  //    covers, and "the third quarter" must not be read as an ordinal and a duration.
  ...periodMatchers,
  ...reportingMatchers,
  ...namedMatchers,
  ...relativeMatchers,
  ...anaphoricMatchers,
  ...clockMatchers,
  // 3. Sets before durations: "$5 million a year" is a rate, though "a year" is also an amount.
  ...setMatchers,
  ...durationMatchers,
  // 4. PRESENT_REF/PAST_REF/FUTURE_REF last: "the past" only counts when no longer phrase
  //    ("the past three months") claims it.
  ...refMatchers,
];
