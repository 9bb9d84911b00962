// The span a TIMEX3 value names on its own, which version 3 of the dataset leaves unwritten.
import { describe, expect, it } from 'vitest';
import { valueSpan } from '../../src/model/valueSpan.ts';

describe('valueSpan', () => {
  it.each([
    ['2024-06-10', '2024-06-10', '2024-06-11', 'day'],
    ['2024-02-29', '2024-02-29', '2024-03-01', 'day'],
    ['2024-12-31', '2024-12-31', '2025-01-01', 'day'],
    ['2024-06-10T14:30', '2024-06-10', '2024-06-11', 'time'],
    ['2024-06-10TEV', '2024-06-10', '2024-06-11', 'time'],
    ['2024-12', '2024-12-01', '2025-01-01', 'month'],
    ['2017', '2017-01-01', '2018-01-01', 'year'],
    ['0050', '0050-01-01', '0051-01-01', 'year'],
    ['199', '1990-01-01', '2000-01-01', 'decade'],
    ['19', '1900-01-01', '2000-01-01', 'century'],
    ['2013-W12', '2013-03-18', '2013-03-25', 'week'],
    ['2021-W01', '2021-01-04', '2021-01-11', 'week'],
    ['2004-W52-WE', '2004-12-25', '2004-12-27', 'week'],
    ['2024-Q4', '2024-10-01', '2025-01-01', 'quarter'],
    ['2024-H2', '2024-07-01', '2025-01-01', 'half'],
    ['2004-FA', '2004-09-01', '2004-12-01', 'season'],
    ['2004-WI', '2004-12-01', '2005-03-01', 'season'],
  ])('%s is [%s, %s) at %s granularity', (value, start, end, granularity) => {
    expect(valueSpan(value)).toEqual({ start, end, granularity });
  });

  it.each(['2023-02-30', '2024-13', 'PRESENT_REF', 'P3D', 'XXXX-06', '2024-06-10 ', ''])('%j names no span of its own', (value) => {
    expect(valueSpan(value)).toBeNull();
  });
});
