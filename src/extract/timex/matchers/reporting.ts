// Periods a report refers back to: "the latest quarter", "the year-ago period", "the 1988
// quarter", "year-earlier", "the quarter", "the year", "the weekend". They are read off the date
// under discussion when there is one, and counted from the document date otherwise.
import type { DateSpec, Matcher } from '../spec.ts';
import { YEAR, before, rx } from '../patterns.ts';
import { date, endedFollows, quarterOf } from './periods.ts';
import { extend } from '../../objects.ts';

export const reportingMatchers: Matcher[] = [
  {
    name: 'reportingPeriod',
    atAnchor: true,
    startWords: ['quarter', 'period', 'months'],
    anchors: ['unit'],
    pattern: rx(
      `(?<unit>quarter|period|months)(?![a-z-])(?:\\s+(?<tail>a\\s+year\\s+(?:ago|earlier)|last\\s+year|of\\s+last\\s+year|the\\s+year\\s+before))?`,
    ),
    before: before(
      `(?:the\\s+)?(?:(?<latest>latest|most\\s+recent|current|comparable|same|corresponding|previous|prior)\\s+)?` +
        `(?:(?<ago>year-ago|year-earlier|year\\s+earlier|prior-year|year-before|previous-year)\\s+)?(?:(?<ord>first|second|third|fourth|final|last)[-\\s]+)?(?:(?<three>three)\\s+)?`,
    ),
    after:
      /^(?:the|latest|recent|current|comparable|same|corresponding|previous|prior|ago|earlier|year|before|first|second|third|fourth|final|last|three)$/,
    extract(m) {
      const g = m.groups!;
      if (/months/i.test(g.unit!) && !g.three) return null;
      const latest = (g.latest ?? '').toLowerCase();
      const back = !!(g.ago || g.tail);
      const quarter = !/period/i.test(g.unit!);
      if (back) {
        // The same period a year before the one under discussion.
        const spec: DateSpec = { shift: { unit: 'year', n: -1 }, base: 'ref', comparative: true, keepGran: true };
        // "the final quarter of last year" counts from the document date; "a year earlier" from the period discussed.
        if (g.ord && g.tail && /last\s+year/i.test(g.tail))
          return date({ shift: { unit: 'year', n: -1 }, base: 'dct', quarter: quarterOf(g.ord) });
        if (g.ord) return date(extend(spec, { quarter: quarterOf(g.ord) }));
        const fallback: DateSpec = { shift: { unit: 'quarter', n: -5 }, base: 'dct', gran: 'quarter' };
        return date(quarter ? extend(spec, { gran: 'quarter', fallback }) : extend(spec, { fallback }));
      }
      if (g.ord || !latest) return null; // "the third quarter": see quarter; "the quarter": anaphoricPeriod
      if (/^(?:latest|most\s+recent)$/.test(latest)) return date({ shift: { unit: 'quarter', n: -1 }, base: 'dct' });
      if (latest === 'current' && quarter) return date({ shift: { unit: 'quarter', n: 0 }, base: 'dct' });
      if (/^(?:comparable|same|corresponding)$/.test(latest))
        return date({ anaphor: 'quarter', fallback: { shift: { unit: 'quarter', n: -1 }, base: 'dct' } });
      return null;
    },
  },
  {
    name: 'yearPeriod',
    atAnchor: true,
    startWords: ['#4'],
    anchors: ['digit'],
    pattern: rx(`(?<year>${YEAR})\\s+(?:(?<ord>first|second|third|fourth)[-\\s]+)?(?<unit>quarter|period|half)(?![a-z-])`),
    before: before(`(?<the>the)\\s+`),
    after: /^the$/,
    extract(m) {
      const g = m.groups!;
      if (!g.the) return null;
      const year = Number(g.year);
      if (g.ord) return date(/half/i.test(g.unit!) ? { year, half: quarterOf(g.ord) === 1 ? 1 : 2 } : { year, quarter: quarterOf(g.ord) });
      return date({ year, likeRef: true });
    },
  },
  {
    name: 'yearEarlierAdjective',
    atAnchor: true,
    startWords: ['year'],
    anchors: ['unit'],
    pattern: rx(`(?<w>year-ago|year-earlier)(?![a-z-])`),
    extract() {
      return date({ shift: { unit: 'year', n: -1 }, base: 'ref', comparative: true, keepGran: true });
    },
  },
  {
    name: 'anaphoricPeriod',
    atAnchor: true,
    startWords: ['quarter', 'year', 'week', 'month', 'decade'],
    anchors: ['unit'],
    pattern: rx(`(?<unit>quarter|year|week|month|decade)(?![a-z-])`),
    before: before(`(?<the>the)\\s+(?:(?<full>full|entire|whole)\\s+)?`),
    after: /^(?:the|full|entire|whole)$/,
    extract(m, text) {
      if (!m.groups!.the) return null;
      const u = m.groups!.unit!.toLowerCase() as 'quarter' | 'year' | 'week' | 'month' | 'decade';
      // "by the end of the decade": the decade under discussion, or the document's.
      if (u === 'decade')
        return /\bof\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))
          ? date({ anaphor: 'decade', fallback: { shift: { unit: 'decade', n: 0 }, base: 'dct' } })
          : null;
      if (u === 'year' && endedFollows(text, m.index + m[0].length))
        return { type: 'DURATION', meaning: { kind: 'duration', value: 'P1Y' }, mod: null };
      if (m.groups!.full && u === 'year') return date({ shift: { unit: 'year', n: 0 }, base: 'dct', periodYear: true });
      return date({ anaphor: u, fallback: { shift: { unit: u, n: u === 'quarter' ? -1 : 0 }, base: 'dct' } });
    },
  },
  {
    name: 'weekend',
    atAnchor: true,
    startWords: ['weekend'],
    anchors: ['unit'],
    pattern: rx(`weekend(?![a-z-])`),
    before: before(`the\\s+`),
    after: /^the$/,
    extract() {
      return date({ weekend: true, dir: 0, base: 'dct' });
    },
  },
];
