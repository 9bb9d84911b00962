// Dates read off the date under discussion: "that day", "the same week", "the next morning",
// "the day before", "later in the year", "earlier in the day".
import type { Matcher } from '../spec.ts';
import type { Unit } from '../lexicon.ts';
import { before, rx } from '../patterns.ts';
import { podOf, unitOf } from '../lookup.ts';
import { rawWordAfter } from '../context.ts';
import { date } from './relative.ts';

export const anaphoricMatchers: Matcher[] = [
  {
    name: 'thatUnit',
    atAnchor: true,
    startWords: ['day', 'week', 'month', 'quarter', 'year', 'decade', 'morning', 'afternoon', 'evening', 'night'],
    anchors: ['unit', 'pod'],
    pattern: rx(`(?<unit>day|week|month|quarter|year|decade|morning|afternoon|evening|night)(?![a-z-])`),
    before: before(`(?<that>that(?:\\s+same)?|the\\s+same)\\s+`),
    after: /^(?:that|same)$/,
    extract(m) {
      if (!m.groups!.that) return null;
      const u = m.groups!.unit!.toLowerCase();
      const pod = podOf(u);
      return date(pod ? { anaphor: 'day', pod, anyRef: true } : { anaphor: unitOf(u) as Unit, anyRef: true }, pod ? 'TIME' : 'DATE');
    },
  },
  {
    name: 'nextDay',
    atAnchor: true,
    startWords: ['day', 'morning', 'afternoon', 'evening', 'night'],
    anchors: ['unit', 'pod'],
    pattern: rx(`(?<unit>day|morning|afternoon|evening|night)(?:\\s+(?<ba>before|after)(?![a-z]))?(?![a-z-])`),
    before: before(`(?<the>the)\\s+(?:(?<det>next|following|previous|preceding|prior)\\s+)?`),
    after: /^(?:the|next|following|previous|preceding|prior)$/,
    extract(m, text) {
      const g = m.groups!;
      if (!g.the || (g.det && g.ba) || (!g.det && (!g.ba || !/^(?:day|night)$/i.test(g.unit!)))) return null;
      if (g.ba && /^[a-z]/i.test(rawWordAfter(text, m.index + m[0].length))) return null; // "the day after the vote"
      const back = /^(?:previous|preceding|prior|before)$/i.test(g.det ?? g.ba!);
      const pod = podOf(g.unit!);
      return date({ shift: { unit: 'day', n: back ? -1 : 1 }, base: 'ref', pod }, pod ? 'TIME' : 'DATE');
    },
  },
  {
    // "The month before, …", "the year after": one unit off the date under discussion.
    name: 'unitBeforeAfter',
    atAnchor: true,
    startWords: ['week', 'month', 'year'],
    anchors: ['unit'],
    pattern: rx(`(?<unit>week|month|year)\\s+(?<ba>before|after)(?![a-z])`),
    before: before(`(?<the>the)\\s+`),
    after: /^the$/,
    extract(m, text) {
      const g = m.groups!;
      if (!g.the || /^\s*[a-z\d]/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null; // "the year after the war"
      return date({ shift: { unit: unitOf(g.unit!)!, n: /before/i.test(g.ba!) ? -1 : 1 }, base: 'ref', keepGran: true });
    },
  },
  {
    name: 'inTheUnit',
    atAnchor: true,
    startWords: ['day', 'week', 'month', 'year'],
    anchors: ['unit'],
    pattern: rx(`(?<unit>day|week|month|year)(?![a-z-])`),
    before: before(`(?<w>earlier|later)\\s+in\\s+the\\s+`),
    after: /^the$/,
    extract(m) {
      if (!m.groups!.w) return null;
      const u = m.groups!.unit!.toLowerCase();
      return date({ anaphor: u === 'day' ? 'day' : unitOf(u)! });
    },
  },
];
