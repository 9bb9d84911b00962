// Amounts of time: "11 months", "the past three months", "about two weeks", "a five-year plan",
// "2 1/2 years", "several decades", "for years". The value is a TIMEX3 duration (P11M, PT2H, PXY).
import type { Matcher, Parsed } from '../spec.ts';
import { AMOUNT_END, AMOUNT_MOD, NUMBER, UNIT, before, rx } from '../patterns.ts';
import { parseAmount, unitOf } from '../lookup.ts';
import { amountMod } from '../mods.ts';
import { durationValue } from '../durationValue.ts';
import type { Unit } from '../lexicon.ts';
import { wordBefore } from '../context.ts';
import { extend } from '../../objects.ts';

const DET =
  '(?<det>the\\s+(?:(?:past|last|next|first|final|coming|previous|following|latest|remaining|initial|same|entire|whole|full|early|recent|better\\s+part\\s+of\\s+the)\\s+)?' +
  '|(?:past|last|next|first|coming|another|recent)\\s+)?';
const ADJ = '(?:\\s+(?:more|additional|straight|consecutive|full|long|calendar|trading|business|successive|further|extra))?';
/** Words after which a bare plural unit ("for years", "in months") is a duration. */
const PLURAL_CUES = new Set([
  'for',
  'in',
  'over',
  'within',
  'after',
  'take',
  'takes',
  'took',
  'taking',
  'lasting',
  'lasted',
  'spent',
  'spend',
  'spending',
  'nearly',
  'almost',
  'than',
]);

/** Words before "one day" that make it "some day": a modal, or a subject right before its verb. */
const ONE_DAY_AHEAD = /^(?:will|would|could|can|may|might|shall|should|must|he|she|they|we|i|you|it)$/;

/** Words before a bare "last" that make it the verb ("to last", "will last", "which last"). */
const LAST_AS_VERB = /^(?:to|will|would|could|can|may|might|shall|should|must|not|which|that|and|or|'ll|’ll)$/i;

const duration = (value: string, mod: string | null): Parsed => ({ type: 'DURATION', meaning: { kind: 'duration', value }, mod });

/** "for years", "recent weeks", "the weeks ahead": an unknown number of units (PXY, PXW…). */
function uncounted(m: RegExpExecArray, text: string, unit: Unit): Parsed | null {
  const g = m.groups!;
  if (
    !/s$|millennia$/i.test(g.unit!) ||
    g.mod ||
    !/^(?:years|months|weeks|days|decades|centuries|millennia|quarters|hours|minutes)$/i.test(g.unit!)
  )
    return null;
  const det = (g.det ?? '').toLowerCase().replace(/\s+/g, ' ');
  // "the past years", "recent weeks" stand alone; a bare "years" or "the years" needs a cue before.
  const strong = /^(?:the (?:past|last|next|coming|following|early|first|recent) |recent |coming )$/.test(det);
  if (det !== '' && det !== 'the ' && !strong) return null;
  // "in the early hours of Thursday" names a part of that day, not an amount of hours.
  if (det === 'the early ' && /^\s+of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
  if (!strong && !g.ahead && !PLURAL_CUES.has(wordBefore(text, m.index))) return null;
  return duration(durationValue(null, unit), null);
}

export const durationMatchers: Matcher[] = [
  {
    // One matcher for counted ("11 months", "the past three months") and uncounted ("for years",
    // "recent weeks") amounts: both hang on the unit word, so it is read backwards once.
    name: 'amountOfUnits',
    atAnchor: true,
    anchors: ['unit'],
    pattern: rx(`(?<unit>${UNIT})(?<half>\\s+and\\s+a\\s+half)?(?<ahead>\\s+ahead|\\s+to\\s+come)?(?:\\s+or\\s+so)?(?![a-z]|-[a-z])`),
    before: before(`${DET}(?:(?<mod>${AMOUNT_MOD})\\s+)?(?:(?<num>${NUMBER})(?:\\s*(?:to|-|–|or)\\s*(?<num2>${NUMBER}))?${ADJ}[-\\s]+)?`),
    after: AMOUNT_END,
    extract(m, text) {
      const g = m.groups!;
      const unit = unitOf(g.unit!);
      if (!unit) return null;
      if (!g.num) return uncounted(m, text, unit);
      let amount = parseAmount(g.num);
      if (amount === undefined) return null;
      if (g.num2 !== undefined) {
        if (parseAmount(g.num2) === undefined) return null;
        amount = null;
      }
      if (/^an?$/i.test(g.num) && /s$/i.test(g.unit!)) return null; // "a years" is no amount
      if (/^(?:one|1)$/i.test(g.num) && /^(?:the|a)$/.test(wordBefore(text, m.index)) && !g.det) return null;
      // "Islam will one day be…", "she hopes she one day wins": an indefinite time ahead, not a lapse.
      if (/^one\s+day$/i.test(m[0]) && ONE_DAY_AHEAD.test(wordBefore(text, m.index)))
        return { type: 'DATE', meaning: { kind: 'ref', value: 'FUTURE_REF' } };
      if (typeof amount === 'number' && g.half) amount += 0.5;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      if (/^(?:-|\s+)old\b|^\s+of\s+age\b/i.test(after)) return null; // an age, not a time
      // "a second round", "a quarter of", "three-quarters": ordinals and fractions, not units.
      if ((unit === 'second' || unit === 'quarter') && /^(?:an?|one)$/i.test(g.num) && !g.det && !g.mod) return null;
      if (unit === 'quarter' && (/-quarters$/i.test(m[0]) || /^\s+of\s+(?:the|a|an|all|its|their|his|her|our|this|that)\b/i.test(after)))
        return null;
      // "60 Minutes", "24 Hours": a title, not a time, when the unit alone is capitalized.
      if (/^[A-Z]/.test(g.unit!) && !/^[A-Z]/.test(m[0]) && !/[A-Z]/.test(text.slice(m.index - 2, m.index))) return null;
      // "the two-week crisis", "the 30-day rate": before a noun the amount is an adjective and the
      // determiner belongs to the noun, so it stays out of the span (as TimeML annotates them).
      const parsed = duration(durationValue(amount, unit), amountMod(g.mod));
      // "expected to last about six weeks", "could last two years": the verb, not "the last".
      if (g.det && /^last\s+$/i.test(g.det) && (g.mod || LAST_AS_VERB.test(wordBefore(text, m.index))))
        return extend(parsed, { start: m.index + g.det.length });
      if (!g.det || !/^the\s+$/i.test(g.det)) return parsed;
      const unitAt = m.index + m[0].lastIndexOf(g.unit!);
      const adjectival = text[unitAt - 1] === '-' || (!/s$/i.test(g.unit!) && amount !== 1 && /^\s+[a-z]/.test(after));
      return adjectival ? extend(parsed, { start: m.index + g.det.length }) : parsed;
    },
  },
  {
    name: 'unitLong',
    atAnchor: true,
    startWords: [
      'hour',
      'hours',
      'day',
      'days',
      'week',
      'weeks',
      'month',
      'months',
      'year',
      'years',
      'decade',
      'decades',
      'century',
      'centuries',
      'hourlong',
      'daylong',
      'weeklong',
      'monthlong',
      'yearlong',
      'decadelong',
    ],
    anchors: ['unit'],
    pattern: rx(`(?<unit>hour|day|week|month|year|decade|century)(?<pl>s)?-?long(?![a-z])`),
    extract(m) {
      return duration(durationValue(m.groups!.pl ? null : 1, unitOf(m.groups!.unit!)!), null);
    },
  },
];
