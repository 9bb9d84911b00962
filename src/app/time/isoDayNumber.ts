// A calendar day written YYYY-MM-DD, read by its character codes: a million events carry several
// such dates each, and a regular expression with three Number() calls, then Date.parse, per date
// took a large share of reading a dataset. Accepts exactly what the schema's `z.iso.date()` does
// (model/calendar.ts parseIsoDate behind /^\d{4}-\d{2}-\d{2}$/), and gives the day Date.parse
// gives for it (test/app/time/isoDayNumber.test.ts).

const digit = (s: string, k: number) => {
  const c = s.charCodeAt(k) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days since 1970-01-01 of a date YYYY-MM-DD naming a day of the Gregorian calendar, else NaN. */
export function isoDayNumber(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  const m = digit(s, 5) * 10 + digit(s, 6);
  const d = digit(s, 8) * 10 + digit(s, 9);
  // NaN fails every comparison: a character that is not a digit ends here.
  if (!(y >= 0 && m >= 1 && m <= 12 && d >= 1 && d <= (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]!))) return NaN;
  // Howard Hinnant's days_from_civil, as model/calendar.ts dayNumber.
  const yr = m <= 2 ? y - 1 : y;
  const era = Math.floor(yr / 400);
  const yoe = yr - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
