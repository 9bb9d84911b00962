// Inputs built to make a careless rule slow: the same few words repeated, in one long sentence or
// many. Each runs at two sizes; a stage that stays linear takes about twice as long for twice the
// text (the printed growth), where a quadratic one would take four times as long.
import { analyzeTimes } from '../src/extract/timex/index.ts';

export const WORST_CASES: readonly { name: string; unit: string }[] = [
  { name: 'quoted weekdays in one sentence', unit: 'May 5, 2019 "on Monday" and ' },
  { name: 'days before a date', unit: '3-5 June, ' },
  { name: 'spans of years', unit: '1990-95, ' },
  { name: 'hour ranges', unit: '9-11am, ' },
  { name: 'dates back to back', unit: 'March 3, 2019 ' },
  { name: 'a story day by day', unit: 'On Sunday, May 12, 2002, troops left. On Monday, they came back. ' },
  { name: 'a speaker again and again', unit: 'Jake Sullivan said on Tuesday. ' },
];

export interface WorstCase {
  name: string;
  /** Seconds for the smaller and the larger text. */
  small: number;
  large: number;
  /** large / small: about 2 when the stage is linear. */
  growth: number;
}

function seconds(text: string): number {
  const started = performance.now();
  analyzeTimes(text, { dct: '2024-06-12', sentences: [] });
  return (performance.now() - started) / 1000;
}

export function benchWorstCases(smallBytes = 250_000): WorstCase[] {
  return WORST_CASES.map(({ name, unit }) => {
    const small = unit.repeat(Math.ceil(smallBytes / unit.length));
    seconds(small); // warm-up
    const s = seconds(small);
    const l = seconds(small + small);
    return { name, small: s, large: l, growth: l / s };
  });
}
