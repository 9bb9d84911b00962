// Axis ticks that adapt from decades to days as one zooms: D3 picks the interval, and each label
// names only what changed since the previous tick (a year at a year boundary, else the month…).
import type { ScaleTime } from 'd3';

export interface Tick {
  ms: number;
  label: string;
  /** A year boundary (or coarser): drawn stronger. */
  major: boolean;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
// About one label per this many pixels keeps even "Sep 2024" labels apart.
const PIXELS_PER_TICK = 96;

export function timeTicks(x: ScaleTime<number, number>, width: number): Tick[] {
  const count = Math.max(2, Math.floor(width / PIXELS_PER_TICK));
  const dates = x.ticks(count).filter((d) => isMidnight(d));
  return dates.map((date, k) => {
    const month = date.getUTCMonth();
    const day = date.getUTCDate();
    const yearStart = month === 0 && day === 1;
    const first = k === 0;
    let label: string;
    if (yearStart) label = `${date.getUTCFullYear()}`;
    else if (day === 1) label = first ? `${MONTHS[month]} ${date.getUTCFullYear()}` : MONTHS[month]!;
    else label = first || (dates[k - 1] && dates[k - 1]!.getUTCMonth() !== month) ? `${day} ${MONTHS[month]}` : `${day}`;
    return { ms: date.getTime(), label, major: yearStart };
  });
}

// The app never zooms below a day, but D3 could still offer 12-hour ticks at the deepest zoom.
function isMidnight(date: Date): boolean {
  return date.getUTCHours() === 0 && date.getUTCMinutes() === 0;
}
