// Which way a weekday, month or quarter without a year points, read off the verb group that
// governs it (tense.ts, year.ts). Our own sentences; the document date is a Wednesday, 2024-05-15,
// unless a case says otherwise. Run by timex.test.ts with the other tables.
import type { Case } from './cases.ts';

const WED = '2024-05-15';

export const TENSE_CASES: Case[] = [
  // A day right after a verb of saying, before a modal, is what is said: the modal says which way it lies.
  {
    name: 'a day said before "will" looks ahead',
    text: 'The mayor announced Friday will be a holiday in the city.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-17' }],
  },
  {
    name: 'a day reported before "will" looks ahead',
    text: 'The council reported Friday will be the last day of voting.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-17' }],
  },
  {
    name: 'a day written of before "would" looks ahead',
    text: 'The organizer wrote Saturday would be the day of the final.',
    dct: WED,
    expect: [{ text: 'Saturday', value: '2024-05-18' }],
  },
  {
    name: 'a day said to be declared ahead looks ahead',
    text: 'The minister said Friday will be declared a day of mourning.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-17' }],
  },
  // "announced", "reported", "wrote" after a noun head a participle clause: the day is when it was done.
  ...(
    [
      ['cases reported on a day, to be reviewed', 'The cases reported Friday will be reviewed by the board.', 'Friday', '2024-05-10'],
      [
        'incidents reported on a day, to be investigated',
        'The incidents reported Monday will be investigated, police said.',
        'Monday',
        '2024-05-13',
      ],
      [
        'a letter he wrote on a day, to be read',
        'The letter he wrote Saturday will be read aloud at the funeral.',
        'Saturday',
        '2024-05-11',
      ],
      ['figures announced on a day, to be revised', 'The figures announced Friday will be revised next month.', 'Friday', '2024-05-10'],
      ['figures announced on a day, with an active verb', 'The figures announced Friday will show slower growth.', 'Friday', '2024-05-10'],
    ] as const
  ).map(([name, text, day, value]): Case => ({
    name: `a day after a participle is past: ${name}`,
    text,
    dct: WED,
    expect: [{ text: day, value }],
  })),
  // Nouns spelled as an irregular past ("a split", "his bet") say no tense: the modal after them does.
  ...(
    [
      ['a split', 'A split in the coalition on Sunday could topple the government.', 'Sunday', '2024-05-19'],
      ['the cast of a film', 'The cast of the film on Friday will attend the premiere.', 'Friday', '2024-05-17'],
      ['his bet', 'His bet on Friday will pay off, analysts say.', 'Friday', '2024-05-17'],
      ['the final read of a bill', 'The final read of the bill on Friday is expected to pass.', 'Friday', '2024-05-17'],
      ['a plaster cast', 'A plaster cast on Monday will be removed.', 'Monday', '2024-05-20'],
      ['a broadcast', 'A broadcast on Friday will show the launch.', 'Friday', '2024-05-17'],
    ] as const
  ).map(([name, text, day, value]): Case => ({
    name: `a noun spelled as a past is no past: ${name}`,
    text,
    dct: WED,
    expect: [{ text: day, value }],
  })),
  // The same verbs as pasts still say the past.
  ...(
    [
      ['split', 'The party split over the budget on Sunday.', 'Sunday', '2024-05-12'],
      ['read', 'The clerk read the verdict on Monday.', 'Monday', '2024-05-13'],
      ['overran', 'Rebels overran the base on Friday.', 'Friday', '2024-05-10'],
    ] as const
  ).map(([name, text, day, value]): Case => ({
    name: `an irregular past still dates back: ${name}`,
    text,
    dct: WED,
    expect: [{ text: day, value }],
  })),
  // Weekdays: the last one by default, the next one when the clause looks ahead.
  {
    name: 'a plan made before ("had been due to") is past',
    text: 'The permit had been due to lapse Friday, the agency said.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-10' }],
  },
  {
    name: '"previously scheduled" is past',
    text: 'The hearing was previously scheduled for Thursday.',
    dct: WED,
    expect: [{ text: 'Thursday', value: '2024-05-09' }],
  },
  {
    name: '"were planning to" still looks ahead',
    text: 'Farmers were planning to rally on Saturday.',
    dct: WED,
    expect: [{ text: 'Saturday', value: '2024-05-18' }],
  },
  {
    name: 'a participle after a modal ("will be paid") looks ahead',
    text: 'The grant will be paid on Friday to farmers.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-17' }],
  },
  // Every verb of saying may tell of what lies ahead, whatever its spelling.
  {
    name: 'a month stressed as what will be looks ahead',
    text: 'The minister stressed the vote in June would be free.',
    dct: WED,
    expect: [{ text: 'June', value: '2024-06' }],
  },
  {
    name: 'a month declared as what will be looks ahead',
    text: 'The governor declared the week in June a time of mourning.',
    dct: WED,
    expect: [{ text: 'June', value: '2024-06' }],
  },
  {
    name: 'a possessive weekday names a day already spoken of',
    text: 'Unions said they would contest Tuesday\u2019s decree.',
    dct: WED,
    expect: [{ text: 'Tuesday', value: '2024-05-14' }],
  },
  {
    name: 'a fronted weekday goes with the past main verb after it',
    text: 'On Friday, the ministry planned to publish its budget.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-10' }],
  },
  {
    name: '"as soon as" a few words before looks ahead',
    text: 'Flights may restart as soon as the airport reopens Monday.',
    dct: WED,
    expect: [{ text: 'Monday', value: '2024-05-20' }],
  },
  {
    name: '"next to" is a place, not a time',
    text: 'The convoy passed next to the embassy in Kabul Friday.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-10' }],
  },
  {
    name: '"plans for" is a noun, not a verb of intention',
    text: 'The team outlined plans for a visit Friday.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-10' }],
  },

  {
    name: 'a blank line ends a sentence even after "Inc."',
    text: 'Acme plans to buy Beta Inc.\n\nIn trading Friday, Acme shares fell.',
    dct: WED,
    expect: [{ text: 'Friday', value: '2024-05-10' }],
  },

  // Months without a year.
  {
    name: 'an "-ed" adjective after a determiner is no past verb',
    text: 'The bonus would be handed out on an undisclosed date in January.',
    dct: '2019-10-26',
    expect: [{ text: 'January', value: '2020-01' }],
  },
  {
    name: 'the governing verb may stand a dozen words back',
    text: 'Jones resigned as editor, publisher and board member of the weekly in March.',
    dct: '2019-11-02',
    expect: [{ text: 'March', value: '2019-03' }],
  },
  {
    name: '"through" a month runs ahead',
    text: 'The board extended its hiring freeze through January.',
    dct: '2019-10-30',
    expect: [{ text: 'January', value: '2020-01' }],
  },
  {
    name: 'an agreement to act ("agreed to buy") looks ahead',
    text: 'The city agreed to sell the stadium in February.',
    dct: '2019-10-30',
    expect: [{ text: 'February', value: '2020-02' }],
  },
  {
    name: '"last February" said in March is the year before',
    text: 'A ferry sank off the coast last February.',
    dct: '1998-03-01',
    expect: [{ text: 'last February', value: '1997-02' }],
  },

  // Quarters of the document's year that have not begun.
  {
    name: 'a quarter not yet begun is last year\u2019s',
    text: 'Profits fell in the fourth quarter.',
    dct: '1998-01-26',
    expect: [{ text: 'the fourth quarter', value: '1997-Q4' }],
  },
  {
    name: 'unless the clause looks ahead',
    text: 'Profits will rise in the fourth quarter.',
    dct: '1998-01-26',
    expect: [{ text: 'the fourth quarter', value: '1998-Q4' }],
  },
  {
    name: 'a forecast quarter is no base for "the year-ago period"',
    text: 'Output slipped in the third quarter. Weakness could persist until the third quarter of 1990. In the year-ago period, the mill made $5 million.',
    dct: '1989-10-26',
    expect: [
      { text: 'the third quarter', value: '1989-Q3' },
      { text: 'the third quarter of 1990', value: '1990-Q3' },
      { text: 'the year-ago period', value: '1988-Q3' },
    ],
  },
  {
    name: 'a future denied until a month ("will not be signed until January") looks ahead',
    text: 'The treaty will not be signed until early January, the ministry said.',
    dct: '2024-12-18',
    expect: [{ text: 'early January', value: '2025-01' }],
  },
  {
    name: 'a past denied until a month ("was not signed until January") is that past month',
    text: 'The treaty was not signed until January, the ministry said.',
    dct: '2024-12-18',
    expect: [{ text: 'January', value: '2024-01' }],
  },
];
