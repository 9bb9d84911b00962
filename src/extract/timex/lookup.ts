// Lookups from matched words to lexicon entries (case, periods and spacing ignored).
import {
  HOLIDAYS,
  MONTHS,
  ORDINALS,
  PARTS_OF_DAY,
  SEASONS,
  UNITS,
  WEEKDAYS,
  type Holiday,
  type PartOfDay,
  type Season,
  type Unit,
} from './lexicon.ts';
import { parseAmount } from './numbers.ts';

/** Lexicon key of a matched word: lower case, curly apostrophe straightened, no final period. */
function key(w: string): string {
  const k = w.toLowerCase();
  return /[’.\s]/.test(k) ? k.replace(/’/g, "'").replace(/\.$/, '').replace(/\s+/g, ' ').trim() : k;
}

export const monthNumber = (w: string): number | undefined => MONTHS[key(w)];
export const weekdayNumber = (w: string): number | undefined => WEEKDAYS[key(w)];
export const seasonOf = (w: string): Season | undefined => SEASONS[key(w)];
export const podOf = (w: string): PartOfDay | undefined => PARTS_OF_DAY[key(w).replace(/s$/, '')];
export const holidayOf = (w: string): Holiday | undefined => HOLIDAYS[key(w)];

export function unitOf(w: string): Unit | undefined {
  return UNITS[key(w).replace(/-/g, ' ')];
}

/** "third" → 3, "3rd" → 3, "twenty-first" → 21, "last" → -1. */
export function ordinalNumber(w: string): number | undefined {
  const k = key(w);
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(k);
  if (digits) return Number(digits[1]);
  if (k in ORDINALS) return ORDINALS[k];
  const compound = /^(twenty|thirty)[- ](\w+)$/.exec(k);
  if (compound && compound[2]! in ORDINALS) return (compound[1] === 'twenty' ? 20 : 30) + ORDINALS[compound[2]!]!;
  return undefined;
}

/** A day of the month written in digits ("23", "23rd") or words ("twenty-third"). */
export function dayNumber(w: string): number | undefined {
  const k = key(w);
  if (/^\d{1,2}(?:st|nd|rd|th)?$/.test(k)) return parseInt(k, 10);
  const n = ordinalNumber(k);
  return n !== undefined && n > 0 ? n : undefined;
}

export { parseAmount };
