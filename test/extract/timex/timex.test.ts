// Every type and anchoring rule of the stage, as a table (cases.ts), run under several time zones.
import { describe, expect, it } from 'vitest';
import { analyzeTimes } from '../../../src/extract/timex/index.ts';
import { CASES, NEGATIVES } from './cases.ts';
import { TENSE_CASES } from './tenseCases.ts';
import { CONVENTION_CASES } from './conventionCases.ts';
import { eachTimeZone } from './timezones.ts';

eachTimeZone(() => {
  describe('finds and normalizes', () => {
    it.each([...CASES, ...TENSE_CASES, ...CONVENTION_CASES].map((c) => [c.name, c] as const))('%s', (_name, c) => {
      const { timexes } = analyzeTimes(c.text, { dct: c.dct, sentences: [] });
      let cursor = 0;
      for (const e of c.expect) {
        const start = c.text.indexOf(e.text, cursor);
        expect(start, `"${e.text}" is in the case text`).toBeGreaterThanOrEqual(0);
        cursor = start + 1;
        const t = timexes.find((x) => x.start === start && x.end === start + e.text.length);
        expect(
          t,
          `a timex spans exactly "${e.text}" at ${start}; got ${timexes.map((x) => `"${x.text}"@${x.start}`).join(', ')}`,
        ).toBeDefined();
        expect(c.text.slice(t!.start, t!.end)).toBe(t!.text);
        expect(t!.value).toBe(e.value);
        if (e.type) expect(t!.type).toBe(e.type);
        if (e.anchor) expect(t!.anchor).toBe(e.anchor);
        if (e.mod !== undefined) expect(t!.mod).toBe(e.mod);
      }
      if (c.exact)
        expect(
          timexes.map((x) => x.text),
          'nothing else is found',
        ).toEqual(c.expect.map((e) => e.text));
    });
  });

  describe('finds nothing in', () => {
    it.each(NEGATIVES)('%s', (text) => {
      expect(analyzeTimes(text, { dct: '2020-01-15', sentences: [] }).timexes).toEqual([]);
    });

    it('the 24-hour time of another place after a clock time, which is no year', () => {
      const text = 'Crowds filled the square (updated 1:33 p.m. (2033 in Cairo)).';
      expect(analyzeTimes(text, { dct: '2020-01-15', sentences: [] }).timexes.map((t) => t.text)).toEqual(['1:33 p.m.']);
    });
  });
});

describe('calendar bounds', () => {
  const bound = (text: string, dct: string | null = null) => analyzeTimes(text, { dct, sentences: [] }).timexes[0]!.bound;

  it('spans a day, a month, a year, a week and a quarter, end exclusive', () => {
    expect(bound('on March 5, 2019')).toMatchObject({ start: '2019-03-05', end: '2019-03-06', granularity: 'day' });
    expect(bound('in May 2024')).toMatchObject({ start: '2024-05-01', end: '2024-06-01', granularity: 'month' });
    expect(bound('in 2017')).toMatchObject({ start: '2017-01-01', end: '2018-01-01', granularity: 'year' });
    expect(bound('last week', '2013-03-20')).toMatchObject({
      value: '2013-W11',
      start: '2013-03-11',
      end: '2013-03-18',
      granularity: 'week',
    });
    expect(bound('in the fourth quarter of 2018')).toMatchObject({ start: '2018-10-01', end: '2019-01-01', granularity: 'quarter' });
  });

  it('narrows "early 2020" to its first third and marks it approximate', () => {
    expect(bound('in early 2020')).toMatchObject({ value: '2020', start: '2020-01-01', end: '2020-05-02', approximate: true });
  });

  it('has no bound for durations, sets and present/past/future references', () => {
    const { timexes } = analyzeTimes('For two weeks, every day, prices rose; now they fall.', { dct: null, sentences: [] });
    expect(timexes.map((t) => t.bound)).toEqual([null, null, null]);
  });
});
