// Named filters: each drops one candidate that a matcher accepted but its surroundings rule out.
import type { Candidate } from './spec.ts';

/** / @ _ \ = : characters that join a match to an address or a code. */
const IDENTIFIER_MARK = new Set([47, 64, 95, 92, 61]);

export interface Filter {
  name: string;
  reject(c: Candidate, text: string): boolean;
}

/** "the 2023/24 season": a year and the next one's last two digits, not a path. */
function seasonOfYears(c: Candidate, text: string): boolean {
  const spec = c.meaning.kind === 'date' ? c.meaning.spec : null;
  const m = /^\/(\d\d)(?!\d)/.exec(text.slice(c.end, c.end + 4));
  return !!m && spec?.year !== undefined && Number(m[1]) === (spec.year + 1) % 100;
}

export const FILTERS: readonly Filter[] = [
  {
    // Parts of URLs, file names, e-mail addresses and codes ("/2019/05/", "v2.2019", "A-1990").
    name: 'insideIdentifier',
    reject: (c, text) =>
      IDENTIFIER_MARK.has(text.charCodeAt(c.start - 1)) ||
      (IDENTIFIER_MARK.has(text.charCodeAt(c.end)) && /\w/.test(text[c.end + 1] ?? '') && !seasonOfYears(c, text)),
  },
  {
    // Phone and serial numbers: digits joined to the match by a hyphen ("555-2017", "2017-4471");
    // a year range ("1990-1995", "1998-99") joins groups of four or two digits and stays, and so
    // does a range of days before a month ("3-5 June").
    name: 'joinedDigits',
    reject: (c, text) => {
      const first = text.charCodeAt(c.start);
      if (!(first >= 48 && first <= 57)) return false;
      if (text.charCodeAt(c.start - 1) !== 45 && text.charCodeAt(c.end) !== 45) return false; // no hyphen beside it
      const before = /(\d+)-$/.exec(text.slice(Math.max(0, c.start - 12), c.start));
      const after = /^-(\d+)/.exec(text.slice(c.end, c.end + 12));
      // "3-5 June": the first day of a range before a date written day first.
      const spec = c.meaning.kind === 'date' ? c.meaning.spec : null;
      if (before && !after && spec?.day !== undefined && spec.month !== undefined && before[1]!.length <= 2 && Number(before[1]) < spec.day)
        return false;
      // "9-11am": the first hour of a range of clock times.
      if (before && !after && spec?.hour !== undefined && before[1]!.length <= 2) return false;
      return (!!before && before[1]!.length !== 4) || (!!after && after[1]!.length !== 4 && after[1]!.length !== 2);
    },
  },
];

export function applyFilters(candidates: Candidate[], text: string): Candidate[] {
  return candidates.filter((c) => !FILTERS.some((f) => f.reject(c, text)));
}
