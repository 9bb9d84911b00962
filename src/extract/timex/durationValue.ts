// TIMEX3 duration values: P11M, P2Y6M, PT1H30M, PXY. Fractions spill into the next smaller unit
// ("2 1/2 years" → P2Y6M). Quarters keep the schema's Q (P2Q, as annotated news writes them);
// other units ISO 8601 lacks are counted in one it has: halves and seasons in months, weekends in
// days, decades and centuries in years (P20Y). An unknown number of them takes the single letter
// the TimeML 1.2.1 schema gives it: PXE decades, PXC centuries, PXL millennia (no "DE" or "CE").
import type { Unit } from './lexicon.ts';

interface Code {
  letter: string;
  time: boolean;
  /** Next smaller unit for a fraction, and how many of it make one of this. */
  smaller?: [Unit, number];
  /** Counted in another unit: how many of it make one of this. */
  as?: [Unit, number];
  /** Letter of an unknown number of this unit, when it differs. */
  unknown?: string;
}
const CODES: Readonly<Record<Unit, Code>> = {
  second: { letter: 'S', time: true },
  minute: { letter: 'M', time: true, smaller: ['second', 60] },
  hour: { letter: 'H', time: true, smaller: ['minute', 60] },
  day: { letter: 'D', time: false, smaller: ['hour', 24] },
  week: { letter: 'W', time: false },
  weekend: { letter: 'D', time: false, as: ['day', 2] },
  month: { letter: 'M', time: false },
  quarter: { letter: 'Q', time: false, smaller: ['month', 3] },
  half: { letter: 'M', time: false, as: ['month', 6] },
  season: { letter: 'M', time: false, as: ['month', 3] },
  year: { letter: 'Y', time: false, smaller: ['month', 12] },
  decade: { letter: 'Y', time: false, as: ['year', 10], unknown: 'E' },
  century: { letter: 'Y', time: false, as: ['year', 100], unknown: 'C' },
  millennium: { letter: 'Y', time: false, as: ['year', 1000], unknown: 'L' },
};

function part(amount: number, unit: Unit): { date: string; time: string } {
  const c = CODES[unit];
  if (c.as) return part(amount * c.as[1], c.as[0]);
  // Weeks and quarters stand alone in a TimeML duration: "1 1/2 weeks" is counted in days.
  if (unit === 'week' && !Number.isInteger(amount)) return part(amount * 7, 'day');
  if (unit === 'quarter' && !Number.isInteger(amount)) return part(amount * 3, 'month');
  const whole = Math.floor(amount + 1e-9);
  const frac = amount - whole;
  let out = { date: '', time: '' };
  if (whole > 0 || frac < 1e-9) out = c.time ? { date: '', time: `${whole}${c.letter}` } : { date: `${whole}${c.letter}`, time: '' };
  if (frac > 1e-9) {
    if (!c.smaller)
      return c.time ? { date: '', time: `${+amount.toFixed(2)}${c.letter}` } : { date: `${+amount.toFixed(2)}${c.letter}`, time: '' };
    const rest = part(frac * c.smaller[1], c.smaller[0]);
    out = { date: out.date + rest.date, time: out.time + rest.time };
  }
  return out;
}

/** TIMEX3 value of an amount of units; amount null = unknown ("several years" → PXY). */
export function durationValue(amount: number | null, unit: Unit): string {
  const c = CODES[unit];
  if (amount === null) return c.time ? `PTX${c.letter}` : `PX${c.unknown ?? c.letter}`;
  const { date, time } = part(amount, unit);
  return `P${date}${time ? `T${time}` : ''}`;
}

/** Length of a duration value in months and days (for adding it to a date); null when unknown. */
export function durationLength(value: string): { months: number; days: number } | null {
  const m = /^P(?:(\d+)Y)?(?:(\d+)Q)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  const n = m.map((x) => Number(x ?? 0));
  return { months: n[1]! * 12 + n[2]! * 3 + n[3]!, days: n[4]! * 7 + n[5]! + Math.floor(n[6]! / 24) };
}
