// A calendar day written YYYY-MM-DD, read by its character codes: a million events carry several
// such dates each, and a regular expression with three Number() calls, then Date.parse, per date
// took a large share of reading a dataset. Accepts exactly what the schema's `z.iso.date()` does
// (model/calendar.ts parseIsoDate behind /^\d{4}-\d{2}-\d{2}$/), and gives the day Date.parse
// gives for it (test/app/time/isoDayNumber.test.ts).
import { dayNumber } from '../../model/calendar.ts';

const digit = (s: string, k: number) => {
  const c = s.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

/** Days since 1970-01-01 of a date YYYY-MM-DD naming a day of the Gregorian calendar, else NaN. */
export function isoDayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  // NaN fails every comparison: a character that is not a digit ends here.
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return NaN;
  const n = dayNumber(y, m, d);
  // "02-30" would be a day of March: a day past the 28th must come before the next month's first.
  return d <= 28 || n < dayNumber(y, m + 1, 1) ? n : NaN;
}
