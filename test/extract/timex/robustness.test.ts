// The stage never throws, keeps its offsets exact, answers the same whatever the time zone, and
// stays linear on huge or pathological inputs.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { analyzeTimes } from '../../../src/extract/timex/index.ts';
import { runPipeline } from '../../../src/extract/timex/pipeline.ts';
import type { TimexAnalysis } from '../../../src/extract/timex/types.ts';
import { CASES } from './cases.ts';
import { ZONES } from './timezones.ts';

const SEED = readFileSync(new URL('../../../seeds/000_2b6efa1eab75da58.txt', import.meta.url), 'utf8');
const MB = 1024 * 1024;

/** Offsets and references that every analysis must satisfy. */
function expectSound(text: string, r: TimexAnalysis): void {
  for (const t of r.timexes) {
    expect(t.start).toBeLessThan(t.end);
    expect(text.slice(t.start, t.end)).toBe(t.text);
    if (t.bound) expect(t.bound.start < t.bound.end).toBe(true);
  }
  for (const f of r.times) {
    expect(f.start).toBeLessThan(f.end);
    for (const i of f.timexes) expect(r.timexes[i]).toBeDefined();
    expect(f.time.start < f.time.end).toBe(true);
  }
}

const newsy = fc
  .array(
    fc.constantFrom(
      'In',
      'May',
      '2024',
      'since',
      'the',
      'past',
      'three',
      'months',
      'Friday',
      'last',
      'year',
      'ago',
      'a',
      '10:35',
      'p.m.',
      "'98",
      'early',
      '1990s',
      'of',
      ',',
      '.',
      '\n',
      '-',
      'Q3',
      'every',
      'week',
      'fiscal',
      'until',
      '\u0000',
      '\u{1F600}',
      '\uD800',
    ),
    { maxLength: 40 },
  )
  .map((w) => w.join(' '));

describe('never throws', () => {
  it('on arbitrary strings, dates and sentence spans', () => {
    const span = fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), newsy),
        fc.option(fc.string({ maxLength: 12 })),
        fc.array(span, { maxLength: 4 }),
        (text, dct, sentences) => {
          const r = runPipeline(text, { dct, sentences });
          expectSound(text, r);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('on dates in the text that do not exist and document dates that are not dates', () => {
    for (const dct of ['2023-02-30', 'yesterday', '', '99999-01-01', '2024-13-01']) {
      expect(() => runPipeline('Feb. 30, 2023 and 31/31/2020 and 2019-13-45, then Friday.', { dct, sentences: [] })).not.toThrow();
    }
  });

  it('on NUL characters, lone surrogates and lines without spaces', () => {
    for (const text of [
      '\u0000'.repeat(1000) + 'May 2024\u0000',
      '\uD800\uDC00\uDFFF May 5, 2020 \uD83D',
      'x'.repeat(200000) + ' in 2019',
    ]) {
      expectSound(text, runPipeline(text, { dct: null, sentences: [] }));
    }
  });
});

describe('is deterministic', () => {
  it('gives the same answer twice', () => {
    expect(analyzeTimes(SEED, { dct: '2024-09-01', sentences: [] })).toEqual(analyzeTimes(SEED, { dct: '2024-09-01', sentences: [] }));
  });

  it('gives the same answer in every time zone', () => {
    const texts = [SEED, ...CASES.map((c) => c.text)];
    const run = () => JSON.stringify(texts.map((t) => analyzeTimes(t, { dct: '1998-01-08', sentences: [] })));
    const saved = process.env.TZ;
    try {
      const answers = ZONES.map(([zone]) => {
        process.env.TZ = zone;
        return run();
      });
      expect(new Set(answers).size).toBe(1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});

// Speed is measured by npm run bench:extract, never asserted here; these only prove that huge and
// degenerate inputs are read to the end (the test timeout catches a runaway).
describe('huge inputs', () => {
  it('reads a 20 MB document', { timeout: 120_000 }, () => {
    const text = SEED.repeat(Math.ceil((20 * MB) / SEED.length)).slice(0, 20 * MB);
    const r = runPipeline(text, { dct: null, sentences: [] });
    expect(r.timexes.length).toBeGreaterThan(50_000);
  });

  it('reads 20 MB without a space, and 20 MB of digits', { timeout: 60_000 }, () => {
    for (const text of ['a'.repeat(20 * MB), '1'.repeat(20 * MB)])
      expect(runPipeline(text, { dct: null, sentences: [] }).timexes).toEqual([]);
  });
});
