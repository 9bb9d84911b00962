// Times named only by their relation to the present: PRESENT_REF ("now", "currently"),
// PAST_REF ("recently", "the past"), FUTURE_REF ("the future", "the near term").
import type { Matcher, RefValue } from '../spec.ts';
import { rx } from '../patterns.ts';
import { rawWordAfter, wordBefore } from '../context.ts';

const REFS: ReadonlyArray<[RegExp, RefValue]> = [
  [/^(?:right\s+)?now$|^currently$|^current$|^nowadays$|^these\s+days$|^at\s+present$|^presently$|^at\s+the\s+moment$/i, 'PRESENT_REF'],
  // "the then-current price": current at a time now past.
  [/^(?:recently|recent|lately|the\s+past|more\s+recently|until\s+recently|then[-\s]current)$/i, 'PAST_REF'],
  [
    /^(?:the\s+(?:near\s+|distant\s+|foreseeable\s+)?future|future|the\s+(?:near|short|long|medium)\s+term|a\s+later\s+date)$/i,
    'FUTURE_REF',
  ],
];

/** Words after "current" that make it a technical term rather than a time ("current account"). */
const NOT_TEMPORAL_AFTER =
  /^(?:account|accounts|assets|liabilities|affairs|events|flowing|flows?|density|source|sources|carrying|electric|electricity|strength|runs?)$/i;

export const refMatchers: Matcher[] = [
  {
    name: 'presentPastFuture',
    anchors: ['deictic'],
    pattern: rx(
      `(?:right\\s+now|now|currently|then[-\\s]current|current|nowadays|these\\s+days|at\\s+present|presently|at\\s+the\\s+moment|more\\s+recently|recently|recent|lately|` +
        `the\\s+past|the\\s+(?:near\\s+|distant\\s+|foreseeable\\s+)?future|the\\s+(?:near|short|long|medium)\\s+term|a\\s+later\\s+date)(?![a-z-])`,
    ),
    extract(m, text) {
      const w = m[0].replace(/\s+/g, ' ');
      const after = rawWordAfter(text, m.index + m[0].length);
      const before = wordBefore(text, m.index);
      if (/^current$/i.test(w) && NOT_TEMPORAL_AFTER.test(after)) return null;
      if (/^now$/i.test(w) && /^(?:that)$/i.test(after)) return { type: 'DATE', meaning: { kind: 'ref', value: 'PRESENT_REF' } };
      if (/^now$/i.test(w) && /^(?:until|till|by|from|for|since)$/.test(before))
        return { type: 'DATE', meaning: { kind: 'ref', value: 'PRESENT_REF' } };
      if (/^the past$/i.test(w) && /^(?:\d|[a-z]+s$|few|several|year|month|week|decade|century)/i.test(after)) return null;
      if (/^the long term$/i.test(w) && /^[a-z]/.test(after) && !/^(?:and|or|but)$/.test(after)) return null;
      for (const [re, value] of REFS) if (re.test(w)) return { type: 'DATE', meaning: { kind: 'ref', value } };
      return null;
    },
  },
];
