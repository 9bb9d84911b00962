// TIMEX3 duration values: P11M, P2Y6M, PT1H30M, PXY. Fractions spill into the next smaller unit
// ("2 1/2 years" → P2Y6M); decades and centuries count in years (P20Y), unknown ones as PXDE.
import type { Unit } from './lexicon.ts';

interface Code {
  letter: string;
  time: boolean;
  /** Next smaller unit for a fraction, and how many of it make one of this. */
  smaller?: [Unit, number];
  years?: number;
}
const CODES: Readonly<Record<Unit, Code>> = {
  second: { letter: 'S', time: true }, minute: { letter: 'M', time: true, smaller: ['second', 60] },
  hour: { letter: 'H', time: true, smaller: ['minute', 60] }, day: { letter: 'D', time: false, smaller: ['hour', 24] },
  week: { letter: 'W', time: false, smaller: ['day', 7] }, weekend: { letter: 'WE', time: false },
  month: { letter: 'M', time: false }, quarter: { letter: 'Q', time: false, smaller: ['month', 3] },
  half: { letter: 'H', time: false, smaller: ['month', 6] }, season: { letter: 'M', time: false },
  year: { letter: 'Y', time: false, smaller: ['month', 12] }, decade: { letter: 'DE', time: false, years: 10 },
  century: { letter: 'CE', time: false, years: 100 }, millennium: { letter: 'ML', time: false, years: 1000 },
};

function part(amount: number, unit: Unit): { date: string; time: string } {
  const c = CODES[unit];
  if (c.years) return part(amount * c.years, 'year');
  const whole = Math.floor(amount + 1e-9);
  const frac = amount - whole;
  let out = { date: '', time: '' };
  if (whole > 0 || frac < 1e-9) out = c.time ? { date: '', time: `${whole}${c.letter}` } : { date: `${whole}${c.letter}`, time: '' };
  if (frac > 1e-9) {
    if (!c.smaller) return c.time ? { date: '', time: `${+amount.toFixed(2)}${c.letter}` } : { date: `${+amount.toFixed(2)}${c.letter}`, time: '' };
    const rest = part(frac * c.smaller[1], c.smaller[0]);
    out = { date: out.date + rest.date, time: out.time + rest.time };
  }
  return out;
}

/** TIMEX3 value of an amount of units; amount null = unknown ("several years" → PXY). */
export function durationValue(amount: number | null, unit: Unit): string {
  const c = CODES[unit];
  if (amount === null) return c.time ? `PTX${c.letter}` : `PX${c.letter}`;
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
