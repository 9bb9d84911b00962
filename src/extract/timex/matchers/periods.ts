// Parts of a year as business news names them: quarters ("the third quarter", "3Q", "Q3 2019"),
// halves and fiscal years (the periods that refer back to one are in reporting.ts).
import type { DateSpec, Matcher, Parsed } from '../spec.ts';
import { YEAR, before, rx } from '../patterns.ts';
import { ordinalNumber } from '../lookup.ts';
import { determiner } from './relative.ts';
import { extend } from '../../objects.ts';

export const date = (spec: DateSpec, mod: string | null = null): Parsed => ({ type: 'DATE', meaning: { kind: 'date', spec }, mod });
const QORD = '(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)';
const DET = "(?<det>the|its|this|last|next|their|his|her|our|this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s)";

/** Quarter number of an ordinal; "last"/"final" is the fourth. */
export const quarterOf = (w: string): number => {
  const n = ordinalNumber(w.toLowerCase());
  return n === undefined || n < 1 ? 4 : Math.min(4, n);
};

/** "the year ended March 31": an accounting period, a duration ending on the stated date. */
export const endedFollows = (text: string, i: number): boolean =>
  /^\s+(?:that\s+)?(?:ended|ending|ends|through|to)\b/i.test(text.slice(i, i + 20));

/** "this year's", "last year's": the year of a part, counted from the document date. */
function yearShift(det: string | undefined): DateSpec {
  const m = det ? /^(this|last|next)\s+year/i.exec(det) : null;
  return m ? { shift: { unit: 'year', n: determiner(m[1]!).n }, base: 'dct' } : {};
}

/** Nouns of a report after a period ("fourth-quarter results", "first-half net income"). */
const RESULTS_AFTER =
  /^(?:\s+(?:and\s+full-year|and\s+(?:fiscal\s+)?(?:year|annual))?[\w\s-]{0,12}?)?\s*(?:results|earnings|profits?|loss(?:es)?|revenues?|sales|income|numbers|figures)\b/i;

export const periodMatchers: Matcher[] = [
  {
    name: 'quarter',
    atAnchor: true,
    startWords: ['quarter', 'half'],
    anchors: ['unit'],
    pattern: rx(`(?<n>quarter|half)(?![a-z])(?:\\s+of\\s+(?:fiscal\\s+)?(?<year2>${YEAR}))?`),
    before: before(`(?:${DET}\\s+)?(?:(?<year>${YEAR})\\s+)?(?:(?<fiscal>fiscal)[-\\s]+)?${QORD}[-\\s]+(?:(?<fiscal2>fiscal)[-\\s]+)?`),
    after: /^(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th|fiscal)$/,
    extract(m, text) {
      const g = m.groups!;
      if (!g.ord) return null;
      const year = g.year ?? g.year2;
      // "its fourth quarter", "the third-quarter loss": a possessive, or "the" before the adjective,
      // belongs to the noun phrase around the time, not to it.
      const det = /^(?:its|their|his|her|our|the)\s+/i.exec(m[0]);
      const adjective = /-quarter$|-half$/i.test(m[0]) && /^\s+[a-z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
      const start = det && (!/^the/i.test(det[0]) || adjective) ? m.index + det[0].length : undefined;
      // "fourth-quarter results", "third-quarter earnings": only a period already begun has results.
      const results = RESULTS_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40)) || undefined;
      const base: DateSpec = {
        ...yearShift(g.det),
        year: year ? Number(year) : undefined,
        fiscal: !!(g.fiscal ?? g.fiscal2) || undefined,
        results,
      };
      if (/half/i.test(g.n!)) {
        const ord = ordinalNumber(g.ord!.toLowerCase()) ?? 1;
        if (Math.abs(ord) > 2 && ord !== -1) return null;
        return { ...date(extend(base, { half: ord === 1 ? 1 : 2 })), start };
      }
      return { ...date(extend(base, { quarter: quarterOf(g.ord!) })), start };
    },
  },
  {
    name: 'quarterCode',
    anchors: ['digit'],
    pattern: rx(
      `(?:Q(?<q>[1-4])(?:\\s+|-|/)?(?<year>${YEAR}|'?\\d\\d)?|(?<q2>[1-4])Q(?<yy>\\d\\d)?|(?<h>[12])H(?<hy>\\d\\d)?|H(?<h2>[12])(?:\\s+(?<hyear>${YEAR}))?)(?![a-z\\d])`,
    ),
    extract(m) {
      const g = m.groups!;
      if (!/[QH]/.test(m[0])) return null; // the codes are upper case
      const yy = g.year ?? g.yy ?? g.hy ?? g.hyear;
      const year = yy
        ? yy.replace("'", '').length === 2
          ? 1900 + Number(yy.replace("'", '')) + (Number(yy.replace("'", '')) < 50 ? 100 : 0)
          : Number(yy)
        : undefined;
      if (g.h ?? g.h2) return date({ half: Number(g.h ?? g.h2), year });
      return date({ quarter: Number(g.q ?? g.q2), year });
    },
  },
  {
    name: 'fiscalYear',
    atAnchor: true,
    startWords: ['fiscal', 'fy'],
    anchors: ['unit'],
    pattern: rx(`(?:fiscal(?:\\s+year)?|FY)\\s*(?<year>${YEAR}|['’]?\\d\\d(?![\\d%]))`),
    extract(m) {
      const raw = m.groups!.year!.replace(/['’]/, '');
      const year = raw.length === 4 ? Number(raw) : 1900 + Number(raw) + (Number(raw) < 50 ? 100 : 0);
      return date({ year, fiscal: true });
    },
  },
  {
    name: 'theFiscalYear',
    atAnchor: true,
    startWords: ['fiscal'],
    anchors: ['unit'],
    pattern: rx(`fiscal\\s+year(?![a-z-])`),
    before: before(`(?<the>the)\\s+(?:(?<det>current|latest|previous|prior|most\\s+recent|full|new)\\s+)?`),
    after: /^(?:the|current|latest|previous|prior|recent|full|new)$/,
    extract(m, text) {
      if (!m.groups!.the) return null;
      const det = (m.groups!.det ?? '').toLowerCase();
      if (endedFollows(text, m.index + m[0].length)) return { type: 'DURATION', meaning: { kind: 'duration', value: 'P1Y' }, mod: null };
      const n = /latest|previous|prior|recent/.test(det) ? -1 : /new/.test(det) ? 1 : 0;
      const current: DateSpec = { shift: { unit: 'year', n }, base: 'dct', fiscal: true };
      return date(det === '' ? { anaphor: 'year', fallback: current, fiscal: true } : current);
    },
  },
];
