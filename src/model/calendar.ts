// Calendar arithmetic on plain integers (proleptic Gregorian, days since 1970-01-01), for the
// extractor's time expressions and for reading dates in the dataset.
// Never touches Date, so results cannot depend on the process time zone or locale.

/** Days since 1970-01-01 of a civil date (month 1-12); day may overflow, it is added as days. */
export function dayNumber(y: number, m: number, d: number): number {
  // Howard Hinnant's days_from_civil, with the month normalized first.
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  const yr = mm <= 2 ? yy - 1 : yy;
  const era = Math.floor(yr / 400);
  const yoe = yr - era * 400;
  const doy = Math.floor((153 * (mm + (mm > 2 ? -3 : 9)) + 2) / 5);
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468 + (d - 1);
}

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function fromDayNumber(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** ISO weekday, Monday = 1 … Sunday = 7 (1970-01-01 was a Thursday). */
export function weekday(n: number): number {
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

export function daysInMonth(y: number, m: number): number {
  return dayNumber(y, m + 1, 1) - dayNumber(y, m, 1);
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(n: number): { y: number; w: number } {
  const thursday = n - weekday(n) + 4;
  const y = fromDayNumber(thursday).y;
  return { y, w: Math.floor((thursday - dayNumber(y, 1, 1)) / 7) + 1 };
}

/** Day number of the Monday of ISO week w of year y. */
export function isoWeekStart(y: number, w: number): number {
  const jan4 = dayNumber(y, 1, 4);
  return jan4 - weekday(jan4) + 1 + (w - 1) * 7;
}

/** Adds months to a date, clamping the day to the end of a shorter month. */
export function addMonths(date: Ymd, months: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

/** Easter Sunday (anonymous Gregorian algorithm). */
export function easter(y: number): number {
  const a = y % 19,
    b = Math.floor(y / 100),
    c = y % 100,
    d = Math.floor(b / 4),
    e = b % 4;
  const f = Math.floor((b + 8) / 25),
    g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30,
    i = Math.floor(c / 4),
    k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7,
    m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return dayNumber(y, month, ((h + l - 7 * m + 114) % 31) + 1);
}

/** The nth (1-based; -1 = last) given weekday of a month. */
export function nthWeekday(y: number, m: number, wd: number, nth: number): number {
  if (nth < 0) {
    const last = dayNumber(y, m + 1, 1) - 1;
    return last - ((weekday(last) - wd + 7) % 7);
  }
  const first = dayNumber(y, m, 1);
  return first + ((wd - weekday(first) + 7) % 7) + (nth - 1) * 7;
}

const pad = (n: number, w: number): string => String(Math.abs(n)).padStart(w, '0');

const ISO_CACHE = new Map<number, string>();

/** ISO date text (YYYY-MM-DD) of a day number (cached: the same days recur across a corpus). */
export function isoDate(n: number): string {
  let s = ISO_CACHE.get(n);
  if (s === undefined) {
    const { y, m, d } = fromDayNumber(n);
    s = `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
    if (ISO_CACHE.size > 50000) ISO_CACHE.clear();
    ISO_CACHE.set(n, s);
  }
  return s;
}

export { pad };

/** Parses YYYY-MM-DD (anything after the date, such as a time, is ignored); null when invalid. */
export function parseIsoDate(s: string | null | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s ?? '');
  if (!m) return null;
  const y = Number(m[1]),
    mo = Number(m[2]),
    d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}
