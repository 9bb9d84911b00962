// Dates stated relative to another: deictic ones count from the document date ("yesterday",
// "last week", "two years ago"), anaphoric ones from the date under discussion ("two days later",
// "the following year"; see also anaphoric.ts).
import type { DateSpec, Matcher, Parsed } from '../spec.ts';
import { AMOUNT_END, AMOUNT_MOD, NUMBER, UNIT, before, rx } from '../patterns.ts';
import { parseAmount, podOf, unitOf } from '../lookup.ts';
import { amountMod } from '../mods.ts';
import { rawWordAfter, wordBefore } from '../context.ts';
import { durationValue } from '../durationValue.ts';

const DAY_SHIFT: Readonly<Record<string, number>> = { today: 0, tonight: 0, tomorrow: 1, yesterday: -1 };
const POD = '(?<pod>morning|afternoon|evening|night)';

export const date = (spec: DateSpec, type: 'DATE' | 'TIME' = 'DATE', mod: string | null = null): Parsed => ({
  type,
  meaning: { kind: 'date', spec },
  mod,
});

/** Determiners of "last year", "the following month": direction and what they count from. */
export function determiner(det: string): { n: number; base: 'dct' | 'ref' } {
  const d = det.toLowerCase().replace(/\s+/g, ' ');
  if (/^(?:the )?(?:previous|preceding|prior)$/.test(d)) return { n: -1, base: 'ref' };
  if (/^(?:the )?(?:following)$|^the next$/.test(d)) return { n: 1, base: 'ref' };
  if (/same$/.test(d)) return { n: 0, base: 'ref' };
  if (/(?:last|past)$/.test(d)) return { n: -1, base: 'dct' };
  if (/(?:next|coming)$/.test(d)) return { n: 1, base: 'dct' };
  return { n: 0, base: 'dct' };
}

/** "more than a decade ago" lies before the date two counts back; "nearly" after it. */
function pointModOfAmount(mod: string | undefined, backwards: boolean): string | null {
  const m = amountMod(mod);
  if (m === 'MORE_THAN' || m === 'EQUAL_OR_MORE') return backwards ? 'BEFORE' : 'AFTER';
  if (m === 'LESS_THAN' || m === 'EQUAL_OR_LESS') return backwards ? 'AFTER' : 'BEFORE';
  return m;
}

export const relativeMatchers: Matcher[] = [
  {
    name: 'deicticDay',
    atAnchor: true,
    startWords: ['today', 'tonight', 'tomorrow', 'yesterday'],
    anchors: ['deictic'],
    pattern: rx(`(?<w>today|tonight|tomorrow|yesterday)(?![a-z])(?:\\s+${POD}(?![a-z]))?`),
    before: before(`the\\s+day\\s+(?<ba>before|after)\\s+`),
    after: /^(?:before|after)$/,
    extract(m) {
      const g = m.groups!;
      const w = g.w!.toLowerCase();
      const n = DAY_SHIFT[w]! + (g.ba ? (g.ba.toLowerCase() === 'before' ? -1 : 1) : 0);
      const pod = g.pod ? podOf(g.pod) : w === 'tonight' ? 'NI' : undefined;
      return date({ shift: { unit: 'day', n }, base: 'dct', pod }, pod ? 'TIME' : 'DATE');
    },
  },
  {
    name: 'lastThisNextUnit',
    atAnchor: true,
    startWords: ['fiscal', 'week', 'weekend', 'month', 'quarter', 'year', 'decade', 'century', 'half'],
    anchors: ['unit'],
    pattern: rx(
      `(?:(?<fiscal>fiscal)\\s+)?(?<unit>week|weekend|month|quarter|year|decade|century|half)(?![a-z-])(?:\\s+or\\s+so(?![a-z]))?`,
    ),
    before: before(
      `(?<det>this\\s+past|this\\s+coming|last|this|next|past|coming|previous|current|the\\s+(?:past|last|next|coming|current|previous|following|same|preceding|prior))\\s+`,
    ),
    after: /^(?:this|past|coming|last|next|previous|current|following|same|preceding|prior)$/,
    extract(m) {
      const g = m.groups!;
      if (!g.det) return null;
      const unit = unitOf(g.unit!) ?? 'year';
      const { n, base } = determiner(g.det!);
      if (/^[A-Z]/.test(g.unit!)) return null; // "This Week", "Last Year": a title, not a time
      if (unit === 'weekend') return date({ weekend: true, dir: n === 0 ? 0 : (n as -1 | 1), base });
      // "over the past decade", "in the next century": the ten (hundred) years up to or from the
      // date, not the calendar decade before or after it (the 1980s, the 2030s).
      if ((unit === 'decade' || unit === 'century' || unit === 'millennium') && n !== 0) {
        return { type: 'DURATION', meaning: { kind: 'duration', value: durationValue(1, unit) }, mod: null };
      }
      return date({ shift: { unit, n }, base, fiscal: !!g.fiscal || undefined });
    },
  },
  {
    name: 'agoLater',
    atAnchor: true,
    anchors: ['unit'],
    pattern: rx(
      `(?<unit>${UNIT})\\s+(?:or\\s+(?:so|more)\\s+)?(?<dir>ago|earlier|later|before|after|hence|from\\s+now|from\\s+today|back)(?![a-z])`,
    ),
    before: before(`(?:(?<mod>${AMOUNT_MOD})\\s+)?(?<num>${NUMBER})[-\\s]+`),
    after: AMOUNT_END,
    extract(m, text) {
      const g = m.groups!;
      const dir = g.dir!.toLowerCase();
      if ((dir === 'before' || dir === 'after' || dir === 'back') && /^[a-z\d]/i.test(rawWordAfter(text, m.index + m[0].length)))
        return null;
      const unit = unitOf(g.unit!);
      if (!unit) return null;
      const plural = /s$/i.test(g.unit!);
      let amount = g.num ? parseAmount(g.num) : plural ? null : 1;
      if (amount === undefined) return null;
      if (!g.num && !plural && !/^(?:ago|earlier|later)$/.test(dir)) return null;
      const backwards = /^(?:ago|earlier|before|back)$/.test(dir);
      const base = /^(?:ago|hence|from\s+now|from\s+today|back)$/.test(dir) ? 'dct' : 'ref';
      if (amount === null && /^(?:million|billion|thousand|hundred)$/i.test(wordBefore(text, m.index))) return null; // "2 million years ago"
      if (amount === null) {
        // "several years ago" lies somewhere in the past; "a few days later" is no date we can place,
        // only the lapse of time it counts from the date under discussion (the amount, as a duration).
        if (base === 'dct') return { type: 'DATE', meaning: { kind: 'ref', value: backwards ? 'PAST_REF' : 'FUTURE_REF' } };
        const end = m.index + m[0].toLowerCase().lastIndexOf(g.unit!.toLowerCase()) + g.unit!.length;
        return { type: 'DURATION', meaning: { kind: 'duration', value: durationValue(null, unit) }, mod: amountMod(g.mod), end };
      }
      if (!Number.isInteger(amount)) amount = Math.round(amount);
      // "an hour later" names a lapse of time more than a date a day-level reader could place.
      if (unit === 'hour' || unit === 'minute' || unit === 'second')
        return { type: 'DURATION', meaning: { kind: 'duration', value: durationValue(amount, unit) }, mod: amountMod(g.mod) };
      // "a year ago/earlier" in a report compares with the same period a year before.
      const comparative = (backwards && unit === 'year' && amount === 1) || undefined;
      const spec: DateSpec = { shift: { unit, n: backwards ? -amount : amount }, base, comparative, keepGran: base === 'ref' || undefined };
      if (unit === 'decade' || unit === 'century' || unit === 'millennium') spec.gran = 'year'; // "four decades ago" is a year
      return date(spec, 'DATE', pointModOfAmount(g.mod, backwards));
    },
  },
  {
    name: 'yearEnd',
    atAnchor: true,
    startWords: ['year'],
    anchors: ['unit'],
    pattern: rx(`year(?:['’]s)?[-\\s]end(?![a-z])`),
    before: before(`(?:the\\s+)?(?:(?<det>this|last|next)\\s+)?`),
    after: /^(?:the|this|last|next)$/,
    extract(m) {
      const { n } = determiner(m.groups!.det ?? 'this');
      return date({ shift: { unit: 'year', n }, base: 'dct' }, 'DATE', 'END');
    },
  },
];
