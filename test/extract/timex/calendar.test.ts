// Integer calendar maths and TIMEX3 duration values: no Date, so no time zone can move a day.
import { describe, expect, it } from 'vitest';
import { dayNumber, easter, fromDayNumber, isoDate, isoWeek, nthWeekday, parseIsoDate, weekday } from '../../../src/model/calendar.ts';
import { durationLength, durationValue } from '../../../src/extract/timex/durationValue.ts';
import { parseAmount, parseWordYear } from '../../../src/extract/timex/numbers.ts';

describe('calendar', () => {
  it.each([
    ['1970-01-01', 0],
    ['2000-02-29', 11016],
    ['1969-12-31', -1],
    ['1600-03-01', -135080],
  ])('%s is day %i since 1970', (iso, n) => {
    expect(parseIsoDate(iso)).toBe(n);
    expect(isoDate(n)).toBe(iso);
    const { y, m, d } = fromDayNumber(n);
    expect(dayNumber(y, m, d)).toBe(n);
  });

  it.each([
    ['2013-03-20', 3, 2013, 12],
    ['1998-01-01', 4, 1998, 1],
    ['2021-01-03', 7, 2020, 53],
    ['1997-12-29', 1, 1998, 1],
  ])('%s is ISO weekday %i of week %i-W%i', (iso, wd, y, w) => {
    const n = parseIsoDate(iso)!;
    expect(weekday(n)).toBe(wd);
    expect(isoWeek(n)).toEqual({ y, w });
  });

  it('finds Easter and nth weekdays', () => {
    expect(isoDate(easter(2024))).toBe('2024-03-31');
    expect(isoDate(easter(2000))).toBe('2000-04-23');
    expect(isoDate(nthWeekday(1999, 11, 4, 4))).toBe('1999-11-25'); // Thanksgiving
    expect(isoDate(nthWeekday(2024, 5, 1, -1))).toBe('2024-05-27'); // Memorial Day
  });

  it('rejects dates that do not exist', () => {
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('not a date')).toBeNull();
  });
});

describe('durations and amounts', () => {
  it.each([
    [11, 'month', 'P11M'],
    [3, 'day', 'P3D'],
    [2, 'hour', 'PT2H'],
    [20, 'year', 'P20Y'],
    [2.5, 'year', 'P2Y6M'],
    [1.5, 'hour', 'PT1H30M'],
    [2, 'decade', 'P20Y'],
    [null, 'year', 'PXY'],
    [null, 'minute', 'PTXM'],
  ] as const)('%s %s is %s', (n, unit, value) => {
    expect(durationValue(n, unit)).toBe(value);
  });

  it('measures durations in months and days', () => {
    expect(durationLength('P11M')).toEqual({ months: 11, days: 0 });
    expect(durationLength('P2Y6M')).toEqual({ months: 30, days: 0 });
    expect(durationLength('P2W')).toEqual({ months: 0, days: 14 });
    expect(durationLength('PXY')).toBeNull();
  });

  it('reads amounts and years in words', () => {
    expect(parseAmount('twenty-four')).toBe(24);
    expect(parseAmount('1,500')).toBe(1500);
    expect(parseAmount('2 1/2')).toBe(2.5);
    expect(parseAmount('a couple of')).toBe(2);
    expect(parseAmount('several')).toBeNull();
    expect(parseAmount('troops')).toBeUndefined();
    expect(parseWordYear('nineteen ninety-six')).toBe(1996);
    expect(parseWordYear('two thousand')).toBe(2000);
  });
});
