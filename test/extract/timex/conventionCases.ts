// TimeML conventions the stage follows for values, types and spans (our own sentences): what
// the expression covers, which unit letters a duration takes, which anaphors it resolves.
// Run by timex.test.ts with the other tables.
import type { Case } from './cases.ts';

const D = 'DATE',
  P = 'DURATION';

export const CONVENTION_CASES: Case[] = [
  // Values.
  {
    name: 'an unknown number of decades, centuries, millennia: the schema letters E, C, L',
    text: 'The feud ran for decades, the empire for centuries, the myth for millennia.',
    dct: null,
    expect: [
      { text: 'decades', type: P, value: 'PXE' },
      { text: 'centuries', value: 'PXC' },
      { text: 'millennia', value: 'PXL' },
    ],
  },
  {
    name: 'counted decades are years',
    text: 'The plant ran for two decades.',
    dct: null,
    expect: [{ text: 'two decades', value: 'P20Y' }],
  },
  {
    name: 'quarters keep Q; a weekend lasts two days',
    text: 'After a weekend of talks, the cuts took three quarters.',
    dct: null,
    expect: [
      { text: 'a weekend', value: 'P2D' },
      { text: 'three quarters', value: 'P3Q' },
    ],
  },
  {
    name: 'a fraction of a week is counted in days',
    text: 'The strike lasted 1 1/2 weeks.',
    dct: null,
    expect: [{ text: '1 1/2 weeks', value: 'P10DT12H' }],
  },
  {
    name: 'the week of a date is its ISO week',
    text: 'The trial opens the week of April 10, a clerk said.',
    dct: '2000-02-24',
    expect: [{ text: 'the week of April 10', type: D, value: '2000-W15' }],
  },
  {
    name: 'the day before a named day',
    text: 'He phoned her the day before last Tuesday\u2019s vote.',
    dct: '2000-02-24',
    expect: [{ text: 'the day before last Tuesday', value: '2000-02-21' }],
  },
  {
    name: '"that same day" is the day under discussion',
    text: 'The bank failed on May 3, 2001. Regulators met that same day.',
    dct: null,
    expect: [
      { text: 'May 3, 2001', value: '2001-05-03' },
      { text: 'that same day', value: '2001-05-03' },
    ],
  },
  {
    name: '"then-current" is past',
    text: 'The fee was pegged to the then-current rate of inflation.',
    dct: null,
    expect: [{ text: 'then-current', value: 'PAST_REF' }],
  },
  {
    name: '"a few weeks later" is the lapse, not a date ahead of today',
    text: 'The mill closed. A few weeks later, its owner sold the land.',
    dct: '1989-10-27',
    expect: [{ text: 'A few weeks', type: P, value: 'PXW' }],
  },
  {
    name: '"will one day" is some day ahead',
    text: 'Engineers hope the bridge will one day carry trains.',
    dct: null,
    expect: [{ text: 'one day', type: D, value: 'FUTURE_REF' }],
  },

  {
    name: 'a counted plural noun makes "a week" a rate (SET), not a length',
    text: 'The ferry makes six crossings a week; the clinic sees hundreds of patients a day.',
    dct: null,
    expect: [
      { text: 'a week', type: 'SET', value: 'P1W' },
      { text: 'a day', type: 'SET', value: 'P1D' },
    ],
  },

  // Spans.
  {
    name: 'an adjectival duration leaves the determiner to its noun',
    text: 'The two-week strike ended, as did the 30-day review.',
    dct: null,
    expect: [
      { text: 'two-week', type: P, value: 'P2W' },
      { text: '30-day', value: 'P30D' },
    ],
  },
  {
    name: 'a possessive before a quarter stays out',
    text: 'The chain raised its third-quarter forecast and its fourth quarter outlook.',
    dct: '1989-10-26',
    expect: [
      { text: 'third-quarter', value: '1989-Q3' },
      { text: 'fourth quarter', value: '1989-Q4' },
    ],
  },
  {
    name: '"the" before an adjectival quarter stays out; before the noun it stays in',
    text: 'The third-quarter loss grew in the fourth quarter.',
    dct: '1989-10-26',
    expect: [
      { text: 'third-quarter', value: '1989-Q3' },
      { text: 'the fourth quarter', value: '1989-Q4' },
    ],
  },
  {
    name: '"only" and "barely" stay out of an amount',
    text: 'She served only six months; he lasted barely a month.',
    dct: null,
    expect: [
      { text: 'six months', value: 'P6M', mod: null },
      { text: 'a month', value: 'P1M', mod: null },
    ],
  },
  {
    name: '"around" before a possessive goes with the noun',
    text: 'Critics hunted for a way around Tuesday\u2019s decree.',
    dct: '2024-05-15',
    expect: [{ text: 'Tuesday', value: '2024-05-14', mod: null }],
  },
  {
    name: '"last May" keeps its determiner (a three-letter month is no abbreviation)',
    text: 'The dam was finished last May.',
    dct: '1998-02-27',
    expect: [{ text: 'last May', value: '1997-05' }],
  },
  {
    name: '"the early hours of" a day is no amount of hours',
    text: 'Troops entered the town in the early hours of Monday morning.',
    dct: '1999-10-08',
    expect: [{ text: 'Monday morning', type: D, value: '1999-10-04' }],
  },
  {
    name: 'a part of the day alone stays TIME',
    text: 'Officials met this morning and again Friday night.',
    dct: '2024-05-15',
    expect: [
      { text: 'this morning', type: 'TIME', value: '2024-05-15TMO' },
      { text: 'Friday night', type: D, value: '2024-05-10' },
    ],
  },
  {
    name: 'a date before year 1 is kept but not put on the calendar',
    text: 'The temple was built 2500 years ago.',
    dct: '2024-06-12',
    expect: [{ text: '2500 years ago', value: 'XXXX' }],
  },
  {
    name: 'a date after year 9999 is kept but not put on the calendar',
    text: 'The vault opens 10,000 years from now.',
    dct: '2024-06-12',
    expect: [{ text: '10,000 years from now', value: 'XXXX' }],
  },
  {
    name: 'a century before the common era says so',
    text: 'The city fell in the 5th century BC.',
    dct: null,
    expect: [{ text: 'the 5th century', value: 'BC04' }],
  },
];
