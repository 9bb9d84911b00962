import { describe, expect, it } from 'vitest';
import { isoDayNumber } from '../../../src/app/time/isoDayNumber.ts';
import { dayMs, DAY } from '../../../src/app/time/dayMs.ts';
import { parseIsoDate } from '../../../src/model/calendar.ts';

// The slow reference: what the schema accepts (z.iso.date()), and the day Date.parse gives.
const reference = (s: string) => (/^\d{4}-\d{2}-\d{2}$/.test(s) && parseIsoDate(s) !== null ? Date.parse(s) / DAY : NaN);

const pad = (n: number, w: number) => String(n).padStart(w, '0');

describe('isoDayNumber', () => {
  it('gives the day Date.parse gives for every day of leap and common years, centuries included', () => {
    for (const y of [0, 1, 4, 100, 400, 1600, 1899, 1900, 1969, 1970, 1999, 2000, 2023, 2024, 2100, 9999])
      for (let m = 1; m <= 12; m++)
        for (let d = 1; d <= 31; d++) {
          const s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
          expect(isoDayNumber(s), s).toEqual(reference(s));
        }
  });

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2023-04-31',
    '2023-00-10',
    '2023-13-01',
    '2023-01-00',
    '2023-1-01',
    '2023-01-1',
    '02023-01-01',
    '+2023-01-01',
    ' 2023-01-01',
    '2023-01-01 ',
    '2023-01-01T00:00',
    '2023/01/01',
    '2023-0a-01',
    '２０２３-01-01',
    '',
  ])('refuses %j, as the schema does', (s) => {
    expect(isoDayNumber(s)).toBeNaN();
    expect(reference(s)).toBeNaN();
  });

  it('leaves dayMs as Date.parse on what is not a plain day', () => {
    expect(dayMs('2024-02-29')).toBe(Date.parse('2024-02-29'));
    expect(dayMs('2024-02-30')).toBe(Date.parse('2024-02-30'));
    expect(dayMs('2024-02')).toBe(Date.parse('2024-02'));
  });
});
