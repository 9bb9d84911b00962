// The specification of the time-expression stage as a table: for each sentence (our own), the
// expressions it must yield, in order, with TIMEX3 type, value, how it was anchored and its mod.
// Offsets are asserted too: each expected text is looked up in the sentence after the previous one.
import type { Anchor, TimexType } from '../../../src/model/dataset.ts';

export interface Expected {
  text: string;
  value: string;
  type?: TimexType;
  anchor?: Anchor;
  mod?: string | null;
}

export interface Case {
  name: string;
  text: string;
  dct: string | null;
  expect: Expected[];
  /** These and no other expressions are found (what a case leaves out matters too). */
  exact?: boolean;
}

const D = 'DATE',
  T = 'TIME',
  P = 'DURATION',
  S = 'SET';

export const CASES: Case[] = [
  // Dates stated in full or in part.
  {
    name: 'month, day and year',
    text: 'The treaty was signed on March 5, 2019, in Vienna.',
    dct: '2020-01-10',
    expect: [{ text: 'March 5, 2019', type: D, value: '2019-03-05', anchor: 'explicit' }],
  },
  {
    name: 'abbreviated month with period',
    text: 'Shares fell on Sept. 30, 1998, after the report.',
    dct: null,
    expect: [{ text: 'Sept. 30, 1998', value: '1998-09-30' }],
  },
  {
    name: 'day before month',
    text: 'She resigned on 23 October 1998 and left.',
    dct: null,
    expect: [{ text: '23 October 1998', value: '1998-10-23' }],
  },
  {
    name: 'month and year',
    text: 'Talks resumed in May 2024 in Cairo.',
    dct: null,
    expect: [{ text: 'May 2024', value: '2024-05', anchor: 'explicit' }],
  },
  { name: 'ISO date', text: 'The rule took effect on 2019-07-01.', dct: null, expect: [{ text: '2019-07-01', value: '2019-07-01' }] },
  {
    name: 'US numeric date',
    text: 'Ballots were counted on 11/08/2016 overnight.',
    dct: null,
    expect: [{ text: '11/08/2016', value: '2016-11-08' }],
  },
  {
    name: 'bare year',
    text: 'The company was founded in 1998 by two engineers.',
    dct: null,
    expect: [{ text: '1998', value: '1998', anchor: 'explicit' }],
  },
  {
    name: 'abbreviated year',
    text: 'It has not rained like this since \u201998.',
    dct: null,
    expect: [{ text: '\u201998', value: '1998' }],
  },
  {
    name: 'year in words',
    text: 'The plant closed in nineteen ninety-six for good.',
    dct: null,
    expect: [{ text: 'nineteen ninety-six', value: '1996' }],
  },
  {
    name: 'decade, written as TIDES does: the year without its last digit',
    text: 'Prices soared in the 1990s and again in the mid-1980s.',
    dct: null,
    expect: [
      { text: 'the 1990s', value: '199' },
      { text: 'the mid-1980s', value: '198', mod: 'MID' },
    ],
  },
  {
    name: 'century',
    text: 'It was the bloodiest war of the 20th century.',
    dct: null,
    expect: [{ text: 'the 20th century', value: '19' }],
  },
  {
    name: 'month without year, dated article',
    text: 'The vote is set for Dec. 14, officials said.',
    dct: '2019-10-26',
    expect: [{ text: 'Dec. 14', value: '2019-12-14', anchor: 'relative' }],
  },
  {
    name: 'month without year, looking back across new year',
    text: 'The boy was rescued on Nov. 25 by fishermen.',
    dct: '2000-01-07',
    expect: [{ text: 'Nov. 25', value: '1999-11-25' }],
  },
  {
    name: 'ordinal day in words',
    text: 'The rally is this coming Sunday, March eighth.',
    dct: '1998-03-05',
    expect: [{ text: 'this coming Sunday, March eighth', value: '1998-03-08' }],
  },
  {
    name: 'a bare day after a date shares its month',
    text: 'The summit is set for April 24 and 25.',
    dct: '1999-02-10',
    expect: [
      { text: 'April 24', value: '1999-04-24' },
      { text: '25', value: '1999-04-25' },
    ],
  },
  {
    name: 'weekday names the year of a date',
    text: 'The editorial ran on Monday, Oct. 26.',
    dct: '1998-10-25',
    expect: [{ text: 'Monday, Oct. 26', value: '1998-10-26' }],
  },

  // Parts of a year.
  {
    name: 'first six months of a year is its first half',
    text: 'He spent the first six months of 2023 in hospital.',
    dct: null,
    expect: [{ text: 'the first six months of 2023', type: D, value: '2023-H1' }],
  },
  {
    name: 'first two quarters and last three months',
    text: 'The first two quarters of 1990 were weak and the last three months of 2019 strong.',
    dct: null,
    expect: [
      { text: 'The first two quarters of 1990', value: '1990-H1' },
      { text: 'the last three months of 2019', value: '2019-Q4' },
    ],
  },
  {
    name: 'two years written 2022-23',
    text: 'In 2022-23, exports rose; the 2010–11 season was worse.',
    dct: null,
    expect: [
      { text: '2022', value: '2022' },
      { text: '23', value: '2023', anchor: 'inferred' },
      { text: '2010', value: '2010' },
      { text: '11', value: '2011' },
    ],
  },
  {
    name: 'ISO year and month',
    text: 'Sales for 2019-07 were flat.',
    dct: null,
    expect: [{ text: '2019-07', value: '2019-07', anchor: 'explicit' }],
  },
  {
    name: 'a year bounded by at least',
    exact: true,
    text: 'The mission will run until at least 2026, with at least 2000 troops.',
    dct: null,
    expect: [{ text: '2026', value: '2026' }],
  },
  {
    name: 'quarter of the document year',
    text: 'Profit rose in the third quarter.',
    dct: '2019-10-15',
    expect: [{ text: 'the third quarter', value: '2019-Q3', anchor: 'relative' }],
  },
  {
    name: 'quarter of a stated year',
    text: 'Sales fell in the fourth quarter of 2018.',
    dct: null,
    expect: [{ text: 'the fourth quarter of 2018', value: '2018-Q4', anchor: 'explicit' }],
  },
  {
    name: 'hyphenated quarter adjective',
    text: 'The bank posted third-quarter earnings.',
    dct: '2019-10-15',
    expect: [{ text: 'third-quarter', value: '2019-Q3' }],
  },
  { name: 'quarter code', text: 'Revenue in Q2 2021 beat forecasts.', dct: null, expect: [{ text: 'Q2 2021', value: '2021-Q2' }] },
  {
    name: 'half year',
    text: 'Output slowed in the first half of 2020.',
    dct: null,
    expect: [{ text: 'the first half of 2020', value: '2020-H1' }],
  },
  { name: 'fiscal year', text: 'The unit lost money in fiscal 2022.', dct: null, expect: [{ text: 'fiscal 2022', value: '2022' }] },
  {
    name: 'season of the last year',
    text: 'The drought began last summer.',
    dct: '2021-03-10',
    expect: [{ text: 'last summer', value: '2020-SU' }],
  },
  {
    name: 'season of a stated year',
    text: 'Floods hit the region in the winter of 2010.',
    dct: null,
    expect: [{ text: 'the winter of 2010', value: '2010-WI' }],
  },
  {
    name: 'holiday',
    text: 'The store was busy on Thanksgiving Day.',
    dct: '2023-12-01',
    expect: [{ text: 'Thanksgiving Day', value: '2023-11-23' }],
  },

  // Weeks, days and times of day.
  {
    name: 'last, this and next week',
    text: 'Prices rose last week, steadied this week and may fall next week.',
    dct: '2013-03-20',
    expect: [
      { text: 'last week', value: '2013-W11' },
      { text: 'this week', value: '2013-W12' },
      { text: 'next week', value: '2013-W13' },
    ],
  },
  {
    name: 'the weekend just past',
    text: 'Protesters gathered over the weekend.',
    dct: '1989-10-30',
    expect: [{ text: 'the weekend', value: '1989-W43-WE' }],
  },
  {
    name: 'yesterday and tomorrow',
    text: 'The minister resigned yesterday and a successor is named tomorrow.',
    dct: '1998-01-08',
    expect: [
      { text: 'yesterday', value: '1998-01-07', anchor: 'relative' },
      { text: 'tomorrow', value: '1998-01-09' },
    ],
  },
  {
    name: 'part of the day',
    text: 'He spoke this morning after a fire last night.',
    dct: '1998-01-08',
    expect: [
      { text: 'this morning', type: T, value: '1998-01-08TMO' },
      { text: 'last night', type: T, value: '1998-01-07TNI' },
    ],
  },
  {
    name: 'weekday in the past by default',
    text: 'The ministers met on Friday in Doha.',
    dct: '2024-05-15',
    expect: [{ text: 'Friday', value: '2024-05-10', anchor: 'relative' }],
  },
  {
    name: 'weekday in the future after will',
    text: 'The ministers will meet on Friday in Doha.',
    dct: '2024-05-15',
    expect: [{ text: 'Friday', value: '2024-05-17' }],
  },
  {
    name: 'weekday of the document date',
    text: 'Markets closed higher Wednesday.',
    dct: '2024-05-15',
    expect: [{ text: 'Wednesday', value: '2024-05-15' }],
  },
  {
    name: 'weekday with part of the day is the day (DATE)',
    text: 'The blast came Friday evening.',
    dct: '1989-10-30',
    expect: [{ text: 'Friday evening', type: D, value: '1989-10-27' }],
  },
  {
    name: 'clock time with a weekday',
    text: 'The blast came at 10 p.m. Wednesday, officials said.',
    dct: '1998-02-13',
    expect: [{ text: '10 p.m. Wednesday', type: T, value: '1998-02-11T22:00' }],
  },
  {
    name: 'a deadline lies ahead',
    text: 'The deadline is 10 p.m. Wednesday, officials said.',
    dct: '1998-02-13',
    expect: [{ text: '10 p.m. Wednesday', type: T, value: '1998-02-18T22:00' }],
  },
  {
    name: 'a time of day on the date after a place',
    text: 'The launch is set for 3:51 p.m. local time in Florida, on July 13.',
    dct: '2005-07-02',
    expect: [
      { text: '3:51 p.m. local time', type: T, value: '2005-07-13T15:51' },
      { text: 'July 13', value: '2005-07-13' },
    ],
  },
  {
    name: 'clock time on the document date',
    text: 'The blast occurred at about 10:35 a.m. local time.',
    dct: '1998-08-07',
    expect: [{ text: 'about 10:35 a.m. local time', type: T, value: '1998-08-07T10:35', mod: 'APPROX' }],
  },
  {
    name: 'noon',
    text: 'The ultimatum expires at noon Saturday.',
    dct: '1991-02-20',
    expect: [{ text: 'noon Saturday', type: T, value: '1991-02-23T12:00' }],
  },

  {
    name: 'mid-day, written with a hyphen, of the day told before',
    text: 'The polls opened on Sunday. By mid-day, turnout had passed 40 percent.',
    dct: '2024-05-15',
    expect: [
      { text: 'Sunday', value: '2024-05-12' },
      { text: 'mid-day', type: T, value: '2024-05-12T12:00' },
    ],
  },
  {
    name: 'a bare part of the day after "by" or "until", of the day told before',
    text: 'The storm reached the coast on Tuesday. By evening, roads were flooded; rescuers worked until morning.',
    dct: '2024-05-15',
    expect: [
      { text: 'Tuesday', value: '2024-05-14' },
      { text: 'evening', type: T, value: '2024-05-14TEV' },
      { text: 'morning', type: T, value: '2024-05-14TMO' },
    ],
  },

  {
    name: 'a time restated in another zone in brackets leaves the story on its day',
    text: 'Rebels attacked on Wednesday. The shelling began around 6 a.m. (11 p.m. Tuesday ET) and went on until evening.',
    dct: '2011-06-09',
    expect: [
      { text: 'Wednesday', value: '2011-06-08' },
      { text: 'evening', type: T, value: '2011-06-08TEV' },
    ],
  },
  {
    name: 'a bracket that opens its line with a time and a zone is no aside: it tells the day',
    text: 'Rebels took the port on March 17.\n\n(4:37 p.m. Monday ET, 10:27 p.m. in Libya) The admiral said the raids had ended.',
    dct: '2011-03-29',
    expect: [{ text: '10:27 p.m.', type: T, value: '2011-03-28T22:27' }],
  },
  {
    name: 'a time restated in brackets with its day first, or in a European zone, leaves the story on its day',
    text: 'Troops crossed at 5 a.m. Wednesday (Tuesday, 11 p.m. EST). By evening, the town was quiet. On Friday, shelling began at 8 a.m. (0200 CET Thursday) and lasted until evening.',
    dct: '2011-06-11',
    expect: [
      { text: 'evening', type: T, value: '2011-06-08TEV' },
      { text: 'evening', type: T, value: '2011-06-10TEV' },
    ],
  },

  {
    name: 'clock time on a date',
    text: 'The agreement expires at midnight on Dec. 31 unless renewed.',
    dct: '2024-06-12',
    expect: [{ text: 'midnight on Dec. 31', type: T, value: '2024-12-31T24:00' }],
  },
  {
    name: 'clock time, zone, weekday and date',
    text: 'The deadline is 5 p.m. ET Friday, June 14.',
    dct: '2024-06-12',
    expect: [{ text: '5 p.m. ET Friday, June 14', type: T, value: '2024-06-14T17:00' }],
  },
  {
    name: 'clock time in the afternoon',
    text: 'The blast came at 3:45 in the afternoon.',
    dct: '2024-05-15',
    expect: [{ text: '3:45 in the afternoon', type: T, value: '2024-05-15T15:45' }],
  },
  {
    name: 'clock time with a named zone and a weekday',
    text: 'Talks start at 08:30 Beijing time on Tuesday.',
    dct: '2024-05-15',
    expect: [{ text: '08:30 Beijing time on Tuesday', type: T, value: '2024-05-21T08:30' }],
  },
  {
    name: 'a four-digit clock time in Universal Time is no year',
    text: 'The rover landed at 2137 Universal Time on Saturday, and its sister craft at 0415 Coordinated Universal Time.',
    dct: '2024-05-15',
    expect: [
      { text: '2137 Universal Time on Saturday', type: T, value: '2024-05-11T21:37' },
      { text: '0415 Coordinated Universal Time', type: T, value: '2024-05-11T04:15' },
    ],
  },
  {
    name: 'a bracketed second clock time shares the day',
    text: 'The market opens at 9 a.m. (1300 GMT) on Monday.',
    dct: '2024-05-15',
    expect: [
      { text: '9 a.m.', value: '2024-05-20T09:00' },
      { text: '1300 GMT', value: '2024-05-20T13:00' },
      { text: 'Monday', value: '2024-05-20' },
    ],
  },
  {
    name: 'ISO date and time',
    text: 'The filing was stamped 2024-05-10T14:00Z.',
    dct: null,
    expect: [{ text: '2024-05-10T14:00Z', type: T, value: '2024-05-10T14:00' }],
  },
  {
    name: 'the weekend of a date',
    text: 'The hearing is set for the weekend of May 4.',
    dct: '2024-05-15',
    expect: [{ text: 'the weekend of May 4', value: '2024-W18-WE' }],
  },
  {
    name: 'a range of weekdays ends after it starts',
    text: 'The office will be closed from Monday to Wednesday.',
    dct: '2024-05-15',
    expect: [
      { text: 'Monday', value: '2024-05-20' },
      { text: 'Wednesday', value: '2024-05-22' },
    ],
  },
  {
    name: 'day first when the first number cannot be a month',
    text: 'It was published on 13/05/2024 and revised on 14.05.2024.',
    dct: null,
    expect: [
      { text: '13/05/2024', value: '2024-05-13' },
      { text: '14.05.2024', value: '2024-05-14' },
    ],
  },
  {
    name: 'a month before the noun it dates',
    text: 'The March election was disputed after the May floods.',
    dct: '2024-11-20',
    expect: [
      { text: 'March', value: '2024-03' },
      { text: 'May', value: '2024-05' },
    ],
  },
  {
    name: 'May Day is the first of May',
    text: 'Workers rallied on May Day.',
    dct: '2024-05-15',
    expect: [{ text: 'May Day', value: '2024-05-01' }],
  },
  {
    name: 'years before and in the common era',
    text: 'Rome was founded in 753 BC and fell in AD 476; the site dates to around 2500 B.C.',
    dct: null,
    expect: [
      { text: '753 BC', value: 'BC0753' },
      { text: 'AD 476', value: '0476' },
      { text: 'around 2500 B.C.', value: 'BC2500', mod: 'APPROX' },
    ],
  },
  {
    name: 'a span of years with a two-digit end',
    text: 'Output fell in 1990-95.',
    dct: null,
    expect: [
      { text: '1990', value: '1990' },
      { text: '95', value: '1995' },
    ],
  },
  {
    name: 'the quarter that ended on a date',
    text: 'Profit for the quarter ended Sept. 30 rose.',
    dct: '2024-05-15',
    expect: [
      { text: 'the quarter', value: '2023-Q3' },
      { text: 'Sept. 30', value: '2023-09-30' },
    ],
  },
  {
    name: 'abbreviated weekdays with a date',
    text: 'The Wed., Sept. 18 hearing was moved to Tues. May 7.',
    dct: '2024-05-15',
    expect: [
      { text: 'Wed., Sept. 18', value: '2024-09-18' },
      { text: 'Tues. May 7', value: '2024-05-07' },
    ],
  },
  {
    name: 'a second day after a range of days',
    text: 'The festival ran June 3-4 and drew crowds.',
    dct: '2024-08-15',
    expect: [
      { text: 'June 3', value: '2024-06-03' },
      { text: '4', value: '2024-06-04' },
    ],
  },
  {
    name: 'a weekday is no time zone',
    exact: true,
    text: 'The attack occurred at about 2 a.m. Sunday local time.',
    dct: '2024-05-15',
    expect: [{ text: 'about 2 a.m. Sunday', type: T, value: '2024-05-12T02:00', mod: 'APPROX' }],
  },
  {
    name: 'a clock time, a zone aside and a date',
    text: 'The tender offer will expire at 11:59 p.m., Eastern Time, on March 1, 2024.',
    dct: '2024-01-30',
    expect: [{ text: '11:59 p.m., Eastern Time, on March 1, 2024', type: T, value: '2024-03-01T23:59' }],
  },
  {
    name: 'the morning of a date is the day, as Friday night is',
    exact: true,
    text: 'The bombs fell on the morning of April 15, 2013.',
    dct: '2024-05-15',
    expect: [{ text: 'the morning of April 15, 2013', type: D, value: '2013-04-15' }],
  },
  {
    name: 'dawn and nightfall',
    text: 'The battle began at dawn on June 6, 1944. By nightfall, the beach was taken.',
    dct: '1944-06-10',
    expect: [
      { text: 'dawn on June 6, 1944', type: D, value: '1944-06-06' },
      { text: 'nightfall', type: T, value: '1944-06-06TEV' },
    ],
  },
  {
    name: 'overnight as an adverb only',
    exact: true,
    text: 'Rain fell overnight, and an overnight stay was cancelled.',
    dct: '2024-05-15',
    expect: [{ text: 'overnight', type: T, value: '2024-05-15TNI' }],
  },
  {
    name: 'the month before, the year after',
    text: 'The accord was signed in March 2019. The month before, talks had stalled. The year after, it collapsed.',
    dct: '2024-05-15',
    expect: [
      { text: 'March 2019', value: '2019-03' },
      { text: 'The month before', value: '2019-02' },
      { text: 'The year after', value: '2020-03' },
    ],
  },
  {
    name: 'the 1800s is a century',
    text: 'In the 1800s the port boomed; by the early 1700s it was busy, and in the 2000s it declined.',
    dct: null,
    expect: [
      { text: 'the 1800s', value: '18' },
      { text: 'the early 1700s', value: '17', mod: 'START' },
      { text: 'the 2000s', value: '200' },
    ],
  },
  {
    name: 'a round number in the plural is no century',
    text: 'Hotels built in the 1800s and 1890s homes still stand.',
    dct: null,
    expect: [
      { text: 'the 1800s', value: '18' },
      { text: '1890s', value: '189' },
    ],
  },
  {
    name: 'the full year of a report',
    text: 'Fourth-quarter profit rose 10 percent. For the full year, profit rose 6 percent.',
    dct: '2024-02-10',
    expect: [
      { text: 'Fourth-quarter', value: '2023-Q4' },
      { text: 'the full year', value: '2023' },
    ],
  },
  {
    name: 'results of a quarter yet to be reported',
    text: 'Acme will report fourth-quarter results on Feb. 5.',
    dct: '2024-01-10',
    expect: [
      { text: 'fourth-quarter', value: '2023-Q4' },
      { text: 'Feb. 5', value: '2024-02-05' },
    ],
  },
  {
    name: 'the same month last year',
    text: 'Home sales rose 3 percent in May, compared with the same month last year.',
    dct: '2024-06-14',
    expect: [
      { text: 'May', value: '2024-05' },
      { text: 'the same month last year', value: '2023-05' },
    ],
  },
  {
    name: 'the December quarter',
    text: 'Sales in the December quarter rose.',
    dct: '2024-02-10',
    expect: [{ text: 'December quarter', value: '2023-Q4' }],
  },
  {
    name: 'a year heading a Markdown section',
    text: '## 2019\n\nIn March, the plant opened.',
    dct: null,
    expect: [
      { text: '2019', value: '2019' },
      { text: 'March', value: '2019-03', anchor: 'inferred' },
    ],
  },
  {
    name: 'half of a century or decade',
    text: 'In the first half of the 19th century trade grew; in the second half of the 1990s it slowed.',
    dct: null,
    expect: [
      { text: 'the first half of the 19th century', value: '18', mod: 'START' },
      { text: 'the second half of the 1990s', value: '199', mod: 'END' },
    ],
  },
  {
    name: 'the end of the decade under discussion',
    text: 'In the early 1980s the firm was small; by the end of the decade it was huge.',
    dct: '2024-05-15',
    expect: [
      { text: 'the early 1980s', value: '198' },
      { text: 'the end of the decade', value: '198', mod: 'END' },
    ],
  },
  {
    name: 'a range of clock times on one day',
    text: 'Voting runs from 7 a.m. to 8 p.m. on Thursday.',
    dct: '2024-06-12',
    expect: [
      { text: '7 a.m.', value: '2024-06-13T07:00' },
      { text: '8 p.m. on Thursday', value: '2024-06-13T20:00' },
    ],
  },
  {
    name: 'the nth weekday of a month',
    text: 'The council met on the third Monday of April and meets on the last Friday of every month.',
    dct: '2024-06-12',
    expect: [
      { text: 'the third Monday of April', value: '2024-04-15' },
      { text: 'the last Friday of every month', type: S, value: 'XXXX-XX-WXX-5' },
    ],
  },
  {
    name: 'the first week and the last day of a month',
    text: 'The museum closes in the first week of June and on the last day of June.',
    dct: '2024-06-12',
    expect: [
      { text: 'the first week of June', value: '2024-06', mod: 'START' },
      { text: 'the last day of June', value: '2024-06-30' },
    ],
  },
  {
    name: 'the first half of a month',
    text: 'He will visit India in the first half of June.',
    dct: '2024-06-12',
    expect: [{ text: 'the first half of June', value: '2024-06', mod: 'START' }],
  },
  {
    name: 'end- before a year or month',
    text: 'Rates will peak at end-2024 or end-June.',
    dct: '2024-06-12',
    expect: [
      { text: 'end-2024', value: '2024', mod: 'END' },
      { text: 'end-June', value: '2024-06', mod: 'END' },
    ],
  },
  {
    name: 'days before a date written day first',
    text: 'The festival runs 3-5 June, and from 3 to 5 July, and 14, 15 and 16 May.',
    dct: '2024-06-12',
    expect: [
      { text: '3', value: '2024-06-03' },
      { text: '5 June', value: '2024-06-05' },
      { text: '3', value: '2024-07-03' },
      { text: '5 July', value: '2024-07-05' },
      { text: '14', value: '2024-05-14' },
      { text: '15', value: '2024-05-15' },
      { text: '16 May', value: '2024-05-16' },
    ],
  },
  {
    name: 'a hyphenated date is day first',
    text: 'The order was dated 12-05-2024.',
    dct: null,
    expect: [{ text: '12-05-2024', value: '2024-05-12' }],
  },
  {
    name: 'two decades of one century',
    text: 'Jazz boomed in the 1930s and 40s.',
    dct: null,
    expect: [
      { text: 'the 1930s', value: '193' },
      { text: '40s', value: '194' },
    ],
  },
  {
    name: 'the era at the end of a range',
    text: 'The dynasty ruled from c. 1550 to 1069 BC.',
    dct: null,
    expect: [
      { text: '1550', value: 'BC1550' },
      { text: '1069 BC', value: 'BC1069' },
    ],
  },
  {
    name: 'pm before a full stop',
    text: 'The show starts at 8pm.',
    dct: '2024-06-12',
    expect: [{ text: '8pm', type: T, value: '2024-06-12T20:00' }],
  },
  {
    name: 'timeline entries follow the entry before',
    text: 'Aug. 2, 1990: Iraq invades Kuwait. Feb. 28: Ceasefire is declared.',
    dct: '2024-06-12',
    expect: [
      { text: 'Aug. 2, 1990', value: '1990-08-02' },
      { text: 'Feb. 28', value: '1991-02-28' },
    ],
  },
  {
    name: 'a past in -red is a past',
    text: 'On Aug. 2, 1990, Iraq invaded Kuwait. On Feb. 28 a ceasefire was declared.',
    dct: '2024-06-12',
    expect: [{ text: 'Feb. 28', value: '1991-02-28' }],
  },
  {
    name: 'an hour before a clock time shares its half of the day',
    text: 'The office is open between 2 and 4 p.m., and the clinic will open from 9-11am Saturday. Lunch was served 11-1pm on Monday.',
    dct: '2024-06-12',
    expect: [
      { text: '2', value: '2024-06-12T14:00' },
      { text: '4 p.m.', value: '2024-06-12T16:00' },
      { text: '9', value: '2024-06-15T09:00' },
      { text: '11am Saturday', value: '2024-06-15T11:00' },
      { text: '11', value: '2024-06-10T11:00' },
      { text: '1pm on Monday', value: '2024-06-10T13:00' },
    ],
  },
  {
    name: 'a season of two years with a slash',
    text: 'The 2023/24 season ended.',
    dct: null,
    expect: [
      { text: '2023', value: '2023' },
      { text: '24', value: '2024' },
    ],
  },
  {
    name: 'a weekday in brackets after its date',
    text: 'Counting will take place on June 4 (Tuesday).',
    dct: '2024-06-12',
    expect: [
      { text: 'June 4', value: '2024-06-04' },
      { text: 'Tuesday', value: '2024-06-04' },
    ],
  },
  {
    name: 'the nth day of a month, as deeds write it',
    exact: true,
    text: 'Signed this 15th day of March, 2022.',
    dct: null,
    expect: [{ text: '15th day of March, 2022', value: '2022-03-15' }],
  },
  // Tense: which way a day or month without a year points.
  {
    name: 'a reporting verb nearer than an intention',
    text: 'The company plans to cut jobs this year, it said on Tuesday.',
    dct: '2024-05-15',
    expect: [
      { text: 'this year', value: '2024' },
      { text: 'Tuesday', value: '2024-05-14' },
    ],
  },
  {
    name: 'an irregular past verb',
    text: 'The storm hit the coast in January.',
    dct: '2024-09-10',
    expect: [{ text: 'January', value: '2024-01' }],
  },
  {
    name: 'a past event never lies ahead',
    text: 'He was arrested on Jan. 5 and charged a week later.',
    dct: '2024-11-15',
    expect: [
      { text: 'Jan. 5', value: '2024-01-05' },
      { text: 'a week later', value: '2024-01-12' },
    ],
  },
  {
    name: 'what was said may still lie ahead',
    text: 'Workers said the plant closes in June.',
    dct: '2024-05-15',
    expect: [{ text: 'June', value: '2024-06' }],
  },
  {
    name: 'what was said may lie three months ahead: the nearer May, not the one nine months back',
    text: 'The envoy joined calls for the troops to leave before the general election in May.',
    dct: '2024-02-14',
    expect: [{ text: 'May', value: '2024-05' }],
  },
  {
    name: 'a past event never lies ahead',
    text: 'The company closed the plant in May.',
    dct: '2024-02-14',
    expect: [{ text: 'May', value: '2023-05' }],
  },
  {
    name: 'is expected to looks ahead',
    text: 'In September, the bank is expected to cut rates.',
    dct: '2024-05-15',
    expect: [{ text: 'September', value: '2024-09' }],
  },
  {
    name: 'a month before a noun of schedule',
    text: 'The June vote was close.',
    dct: '2024-11-20',
    expect: [{ text: 'June', value: '2024-06' }],
  },
  {
    name: 'a present perfect takes no date of its own',
    text: 'The minister has invited envoys to a summit on March 12.',
    dct: '2024-02-16',
    expect: [{ text: 'March 12', value: '2024-03-12' }],
  },
  {
    name: 'an infinitive between a past verb and its date',
    text: 'He subpoenaed the director to testify before the committee on Feb. 10.',
    dct: '2024-01-07',
    expect: [{ text: 'Feb. 10', value: '2024-02-10' }],
  },
  {
    name: 'last December said in January',
    text: 'Last December, the firm was sold.',
    dct: '2024-01-03',
    expect: [{ text: 'Last December', value: '2023-12' }],
  },
  {
    name: 'nouns that look like tense words',
    text: 'The government unveiled its plan on Monday; economists expect a rate cut in September.',
    dct: '2024-06-12',
    expect: [
      { text: 'Monday', value: '2024-06-10' },
      { text: 'September', value: '2024-09' },
    ],
  },
  {
    name: 'last as an adjective says no tense',
    text: 'He will play his last match in September.',
    dct: '2024-06-12',
    expect: [{ text: 'September', value: '2024-09' }],
  },
  {
    name: 'contracted will',
    text: "I'll be back on Thursday. We’ll know more on Friday.",
    dct: '2024-06-12',
    expect: [
      { text: 'Thursday', value: '2024-06-13' },
      { text: 'Friday', value: '2024-06-14' },
    ],
  },
  {
    name: 'a present of schedule after a past',
    text: 'Early voting began Monday and ends Nov. 2.',
    dct: '2024-10-20',
    expect: [
      { text: 'Monday', value: '2024-10-14' },
      { text: 'Nov. 2', value: '2024-11-02' },
    ],
  },
  {
    name: 'beat as a past and will as a future in one sentence',
    text: 'Arsenal beat Chelsea on Saturday and will host Villa on Sunday.',
    dct: '2024-04-15',
    expect: [
      { text: 'Saturday', value: '2024-04-13' },
      { text: 'Sunday', value: '2024-04-21' },
    ],
  },
  {
    name: 'rules take effect',
    text: 'The new rules take effect on Monday.',
    dct: '2024-06-12',
    expect: [{ text: 'Monday', value: '2024-06-17' }],
  },
  {
    name: 'a name before a verb of intention',
    text: 'On Tuesday, the National Rights League plans to hold a news conference.',
    dct: '1998-10-26',
    expect: [{ text: 'Tuesday', value: '1998-10-27' }],
  },
  {
    name: 'the last quarter of a year is its fourth',
    text: 'Profits rose in the last quarter of 2023; growth slowed in the final quarter of last year.',
    dct: '2024-06-12',
    expect: [
      { text: 'the last quarter of 2023', value: '2023-Q4' },
      { text: 'the final quarter of last year', value: '2023-Q4' },
    ],
  },
  {
    name: 'could looks ahead unless denied',
    text: 'Rates could be cut in September. He could not be located Wednesday.',
    dct: '2020-06-10',
    expect: [
      { text: 'September', value: '2020-09' },
      { text: 'Wednesday', value: '2020-06-10' },
    ],
  },
  {
    name: 'a past spelled as its present leaves room ahead',
    text: 'The new rules let banks lend more starting in August. Officials set the vote for August.',
    dct: '2020-06-10',
    expect: [
      { text: 'August', value: '2020-08' },
      { text: 'August', value: '2020-08' },
    ],
  },
  {
    name: 'a range of weekdays already over',
    text: 'The fighting lasted from Monday to Thursday.',
    dct: '2020-06-10',
    expect: [
      { text: 'Monday', value: '2020-06-01' },
      { text: 'Thursday', value: '2020-06-04' },
    ],
  },
  {
    name: 'the same month last year with nothing before it',
    text: 'Sales rose compared with the same month last year.',
    dct: '2020-06-10',
    expect: [{ text: 'the same month last year', value: '2019-06' }],
  },
  {
    name: 'a present of being is a schedule',
    text: 'The election is in November, and the match is on Saturday.',
    dct: '2024-06-12',
    expect: [
      { text: 'November', value: '2024-11' },
      { text: 'Saturday', value: '2024-06-15' },
    ],
  },
  {
    name: 'a present progressive looks ahead',
    text: "She is performing in London on Friday, and he's retiring in December.",
    dct: '2024-06-12',
    expect: [
      { text: 'Friday', value: '2024-06-14' },
      { text: 'December', value: '2024-12' },
    ],
  },
  {
    name: 'ahead of a date',
    text: "Candidates are campaigning ahead of the Nov. 5 election; stocks rallied ahead of Friday's jobs report.",
    dct: '2024-06-12',
    expect: [
      { text: 'Nov. 5', value: '2024-11-05' },
      { text: 'Friday', value: '2024-06-14' },
    ],
  },
  {
    name: 'a present after the date speaks of now',
    text: 'Her flats, worth $130 million in October, are worth half that now.',
    dct: '1998-01-08',
    expect: [
      { text: 'October', value: '1997-10' },
      { text: 'now', value: 'PRESENT_REF' },
    ],
  },
  {
    name: 'before a possessive day looks back',
    text: "Its share before Friday's purchases was 7%.",
    dct: '1989-10-30',
    expect: [{ text: 'Friday', value: '1989-10-27' }],
  },
  {
    name: 'this weekend and this Friday lie ahead',
    text: 'The festival is this weekend and the vote is this Friday.',
    dct: '2024-06-14',
    expect: [
      { text: 'this weekend', value: '2024-W24-WE' },
      { text: 'this Friday', value: '2024-06-14' },
    ],
  },
  {
    name: 'a weekday of last week',
    text: 'The minister resigned on Tuesday last week.',
    dct: '2024-06-12',
    expect: [{ text: 'Tuesday last week', value: '2024-06-04' }],
  },
  {
    name: 'a past participle opening the sentence',
    text: 'Asked on Friday whether he would run, he said no.',
    dct: '2024-06-12',
    expect: [{ text: 'Friday', value: '2024-06-07' }],
  },
  {
    name: 'the week ended Friday and the month of May',
    text: 'Shares fell 4% in the week ended Friday; retail sales for the month of May rose.',
    dct: '2024-06-12',
    expect: [
      { text: 'the week ended Friday', value: '2024-W23' },
      { text: 'the month of May', value: '2024-05' },
    ],
  },
  {
    name: 'the full year reported early in the next',
    text: 'Profits for the full year fell 3%.',
    dct: '2025-01-15',
    expect: [{ text: 'the full year', value: '2024' }],
  },
  {
    name: 'a story goes forward from its date',
    text: 'The earthquake struck on Feb. 6, 2023, killing thousands. In January, the government pledged new housing.',
    dct: '2024-03-10',
    expect: [
      { text: 'Feb. 6, 2023', value: '2023-02-06' },
      { text: 'January', value: '2024-01' },
    ],
  },
  // A month or season counted from the date under discussion, whatever the document date.
  {
    name: 'that fall is the fall of the year under discussion',
    text: 'In 2008, the bank collapsed. That fall, markets crashed.',
    dct: '2024-05-15',
    expect: [
      { text: '2008', value: '2008' },
      { text: 'That fall', value: '2008-FA', anchor: 'relative' },
    ],
  },
  {
    name: 'that July after a year',
    text: 'In 1969, men walked on the moon. That July was hot.',
    dct: '2024-05-15',
    expect: [{ text: 'That July', value: '1969-07' }],
  },
  {
    name: 'the following March after a day',
    text: 'Construction began on July 4, 1990, and finished the following March.',
    dct: '2024-05-15',
    expect: [
      { text: 'July 4, 1990', value: '1990-07-04' },
      { text: 'the following March', value: '1991-03' },
    ],
  },
  {
    name: 'the previous autumn before a month',
    text: 'The firm was founded in March 2019. The previous autumn, its founders met.',
    dct: '2024-05-15',
    expect: [
      { text: 'March 2019', value: '2019-03' },
      { text: 'The previous autumn', value: '2018-FA' },
    ],
  },
  {
    name: 'the following spring without a document date',
    text: 'The war ended in 1945. The following spring, the troops came home.',
    dct: null,
    expect: [
      { text: '1945', value: '1945' },
      { text: 'The following spring', value: '1946-SP' },
    ],
  },
  {
    name: 'present tense of a schedule looks ahead',
    text: 'The two leaders meet Monday in Cairo.',
    dct: '2024-05-15',
    expect: [{ text: 'Monday', value: '2024-05-20' }],
  },
  {
    name: 'an infinitive takes the tense of its clause',
    text: 'Problems made it hard for the firm to meet demand in March.',
    dct: '2024-05-15',
    expect: [{ text: 'March', value: '2024-03' }],
  },
  {
    name: 'fronted time takes the main verb far after it',
    text: 'In January, a week after the anniversary of the ruling by the high court, a bombing in the capital killed two guards.',
    dct: '1998-10-25',
    expect: [
      { text: 'January', value: '1998-01' },
      { text: 'a week', value: 'P1W' },
    ],
  },
  {
    name: 'a modal far back in the sentence',
    text: 'Officials said two new flights would leave on Mondays from March 30, with a third one departing each Thursday from August 6.',
    dct: '1998-02-13',
    expect: [
      { text: 'March 30', value: '1998-03-30' },
      { text: 'each Thursday', value: 'XXXX-WXX-4' },
      { text: 'August 6', value: '1998-08-06' },
    ],
  },
  {
    name: 'a deadline with by and no verb near',
    text: 'The sale, which had been expected, is part of a program to pay down $5 billion of debt by February.',
    dct: '1989-10-30',
    expect: [{ text: 'February', value: '1990-02' }],
  },
  {
    name: 'a participle after a noun yields to the verb of its clause',
    text: 'A memorial planned at the university for Saturday was canceled.',
    dct: '1999-10-24',
    expect: [{ text: 'Saturday', value: '1999-10-23' }],
  },
  {
    name: 'a plan as main verb still looks ahead',
    text: 'Protesters planned a march on Saturday and were planning a vigil.',
    dct: '2000-01-07',
    expect: [{ text: 'Saturday', value: '2000-01-08' }],
  },
  {
    name: 'a semicolon ends the clause that gives the tense',
    text: 'Revenue fell in the first quarter; the second half looks better.',
    dct: '2024-06-12',
    expect: [
      { text: 'the first quarter', value: '2024-Q1' },
      { text: 'the second half', value: '2024-H2' },
    ],
  },
  // Relative to the document date and to the narrative.
  {
    name: 'later in the day is the day under discussion',
    text: 'The talks ended on June 3. Later in the day, the envoy left.',
    dct: '2024-06-12',
    expect: [
      { text: 'June 3', value: '2024-06-03' },
      { text: 'Later in the day', type: D, value: '2024-06-03', anchor: 'relative' },
    ],
  },
  {
    name: 'last year and a year ago',
    text: 'Sales rose last year but were flat a year ago.',
    dct: '1998-01-08',
    expect: [
      { text: 'last year', value: '1997', anchor: 'relative' },
      { text: 'a year ago', value: '1997' },
    ],
  },
  { name: 'weeks ago', text: 'The ship sank two weeks ago.', dct: '1998-01-08', expect: [{ text: 'two weeks ago', value: '1997-W52' }] },
  {
    name: 'narrative: days later',
    text: 'The strike began on March 3, 2010. Two days later, the talks collapsed.',
    dct: '2012-01-01',
    expect: [
      { text: 'March 3, 2010', value: '2010-03-03' },
      { text: 'Two days later', value: '2010-03-05', anchor: 'relative' },
    ],
  },
  {
    name: 'narrative: the following month',
    text: 'He was arrested in March 2010. The following month he was freed.',
    dct: null,
    expect: [
      { text: 'March 2010', value: '2010-03' },
      { text: 'The following month', value: '2010-04' },
    ],
  },
  {
    name: 'narrative: that day',
    text: 'Slepian died on Oct. 23, 1998. Earlier that day, his family called police.',
    dct: '1999-01-01',
    expect: [
      { text: 'Oct. 23, 1998', value: '1998-10-23' },
      { text: 'Earlier that day', value: '1998-10-23' },
    ],
  },
  {
    name: 'comparison with the period under report',
    text: 'Third-quarter profit rose to $5 million from $3 million a year earlier.',
    dct: '1989-10-26',
    expect: [
      { text: 'Third-quarter', value: '1989-Q3' },
      { text: 'a year earlier', value: '1988-Q3' },
    ],
  },
  {
    name: 'the quarter, anaphoric',
    text: 'Profit rose in the third quarter. In the quarter, sales rose 5%.',
    dct: '1989-10-26',
    expect: [
      { text: 'the third quarter', value: '1989-Q3' },
      { text: 'the quarter', value: '1989-Q3' },
    ],
  },
  {
    name: 'month and a relative year',
    text: 'Hun Sen took power in July last year.',
    dct: '1998-02-19',
    expect: [{ text: 'July last year', value: '1997-07' }],
  },
  {
    name: 'last with a month',
    text: 'The helicopters crashed last April.',
    dct: '1989-10-26',
    expect: [{ text: 'last April', value: '1989-04' }],
  },

  // A story told from a date far from the document date: what follows counts from that date.
  {
    name: 'a month after a dated lead',
    text: 'On March 3, 2019, the company filed for bankruptcy. In April, workers were laid off. A year later, the plant closed.',
    dct: '2024-06-10',
    expect: [
      { text: 'March 3, 2019', value: '2019-03-03' },
      { text: 'April', value: '2019-04', anchor: 'inferred' },
      { text: 'A year later', value: '2020-04' },
    ],
  },
  {
    name: 'weekdays follow the story forward',
    text: 'The shooting occurred on Friday, Aug. 2, 2019. Over the weekend, vigils were held.',
    dct: '2024-06-10',
    expect: [
      { text: 'Friday, Aug. 2, 2019', value: '2019-08-02' },
      { text: 'the weekend', value: '2019-W31-WE' },
    ],
  },
  {
    name: 'by Friday after a lead told with its weekday',
    text: 'On Sunday, March 3, 2019, the company filed for bankruptcy. By Friday, creditors had seized its headquarters.',
    dct: '2024-06-10',
    expect: [{ text: 'Friday', value: '2019-03-08' }],
  },
  {
    name: 'a weekday after a lead without one is this week',
    text: 'Mr. Smith was arrested on Dec. 3, 2022. On Monday, he pleaded guilty.',
    dct: '2024-06-12',
    expect: [
      { text: 'Dec. 3, 2022', value: '2022-12-03' },
      { text: 'Monday', value: '2024-06-10' },
    ],
  },
  {
    name: 'until the fall after a dated lead',
    text: 'In March 2020, schools closed. They did not reopen until the fall.',
    dct: '2024-06-10',
    expect: [
      { text: 'March 2020', value: '2020-03' },
      { text: 'the fall', value: '2020-FA' },
    ],
  },
  {
    name: 'a year at the head of a timeline entry',
    text: '2006: Saddam is executed. 2011: The last U.S. troops leave on Dec. 18.',
    dct: '2024-01-05',
    expect: [
      { text: '2006', value: '2006' },
      { text: '2011', value: '2011' },
      { text: 'Dec. 18', value: '2011-12-18' },
    ],
  },
  {
    name: 'a date named in passing does not start a story',
    text: 'The bombing of Dec. 21, 1988, killed 270 people. The suspects were handed over after Libya agreed in April to a trial.',
    dct: '1999-06-07',
    expect: [
      { text: 'Dec. 21, 1988', value: '1988-12-21' },
      { text: 'April', value: '1999-04' },
    ],
  },
  {
    name: 'what lies ahead counts from the document date',
    text: 'Poland was invited to join NATO in July 1997. It will join on March 12 in a ceremony.',
    dct: '1999-02-27',
    expect: [
      { text: 'July 1997', value: '1997-07' },
      { text: 'March 12', value: '1999-03-12' },
    ],
  },
  {
    name: 'back to the present after a year named in passing',
    text: 'Last week the mayor resigned. In 1990, the city went bankrupt. On Monday, the council met.',
    dct: '2024-06-10',
    expect: [
      { text: 'Last week', value: '2024-W23' },
      { text: '1990', value: '1990' },
      { text: 'Monday', value: '2024-06-10' },
    ],
  },
  {
    name: 'days of a story without a document date',
    text: 'The rebels seized the town on Sunday, May 12, 2002. On Monday, troops arrived. By Thursday, the rebels had fled.',
    dct: null,
    expect: [
      { text: 'Monday', value: '2002-05-13' },
      { text: 'Thursday', value: '2002-05-16' },
    ],
  },
  {
    name: 'no year for a day from a year named alone later, without a document date',
    text: 'The minister said Oct. 5 that talks had failed.\n\nThe rebels have held the town since 2003.',
    dct: null,
    expect: [
      { text: 'Oct. 5', value: 'XXXX-10-05' },
      { text: '2003', value: '2003' },
    ],
  },
  {
    name: 'the year of a full date later, without a document date',
    text: 'The minister said Oct. 5 that talks had failed.\n\nThe rebels took the town on Sept. 30, 2011.',
    dct: null,
    expect: [
      { text: 'Oct. 5', value: '2011-10-05', anchor: 'inferred' },
      { text: 'Sept. 30, 2011', value: '2011-09-30' },
    ],
  },
  {
    name: 'a story across the turn of a year without a document date',
    text: 'The strike began on Dec. 28, 2019, and ended in February. Workers returned on March 2.',
    dct: null,
    expect: [
      { text: 'February', value: '2020-02', anchor: 'inferred' },
      { text: 'March 2', value: '2020-03-02' },
    ],
  },
  // Quotations: their words count from the day they were said.
  {
    name: 'a weekday quoted on another day',
    text: 'In an interview on April 30, the mayor said, "The budget will be ready by Monday."',
    dct: '2024-05-09',
    expect: [
      { text: 'April 30', value: '2024-04-30' },
      { text: 'Monday', value: '2024-05-06' },
    ],
  },
  {
    name: 'yesterday quoted on another day',
    text: 'Speaking on Tuesday, the minister said the offer had been withdrawn “yesterday.”',
    dct: '2024-05-09',
    expect: [
      { text: 'Tuesday', value: '2024-05-07' },
      { text: 'yesterday', value: '2024-05-06' },
    ],
  },
  {
    name: 'the day of a report is not the day of its story',
    text: '"The talks were held in Doha on June 10, 2023," he said Tuesday.',
    dct: '2024-05-09',
    expect: [
      { text: 'June 10, 2023', value: '2023-06-10' },
      { text: 'Tuesday', value: '2024-05-07' },
    ],
  },
  {
    name: 'an unpaired quotation mark quotes nothing',
    exact: true,
    text: 'He said "we may meet on Friday, and on May 2 he left.',
    dct: '2024-05-09',
    expect: [
      { text: 'Friday', value: '2024-05-10' },
      { text: 'May 2', value: '2024-05-02' },
    ],
  },
  {
    name: 'a day recalled after a quotation is not the day of speaking',
    text: 'He said "we will finish by Friday," recalling the crash of March 3, 2015.',
    dct: '2024-05-09',
    expect: [
      { text: 'Friday', value: '2024-05-10' },
      { text: 'March 3, 2015', value: '2015-03-03' },
    ],
  },
  {
    name: 'a stray mark in an earlier paragraph opens no quotation',
    text: 'He said "we may go, and left.\n\nOn April 30 he said "tomorrow we go."',
    dct: '2024-05-09',
    expect: [
      { text: 'April 30', value: '2024-04-30' },
      { text: 'tomorrow', value: '2024-05-01' },
    ],
  },
  {
    name: 'an inch mark opens no quotation',
    text: 'He is 6\'2" tall. On April 30 he said "tomorrow we go."',
    dct: '2024-05-09',
    expect: [
      { text: 'April 30', value: '2024-04-30' },
      { text: 'tomorrow', value: '2024-05-01' },
    ],
  },
  // Undated text: a month or day takes its year from the surrounding dates.
  {
    name: 'inferred year from an earlier date',
    text: 'Talks have run since May 2024. A June 10 session was held in Doha.',
    dct: null,
    expect: [
      { text: 'May 2024', value: '2024-05', anchor: 'explicit' },
      { text: 'June 10', value: '2024-06-10', anchor: 'inferred' },
    ],
  },
  {
    name: 'inferred year from a later date',
    text: 'Officials met on March 3 and again in April 2021.',
    dct: null,
    expect: [
      { text: 'March 3', value: '2021-03-03', anchor: 'inferred' },
      { text: 'April 2021', value: '2021-04' },
    ],
  },
  {
    name: 'range lends its year',
    text: 'The survey ran from May to July 2019.',
    dct: null,
    expect: [
      { text: 'May', value: '2019-05', anchor: 'inferred' },
      { text: 'July 2019', value: '2019-07' },
    ],
  },
  { name: 'no year anywhere', text: 'The meeting is on June 10.', dct: null, expect: [{ text: 'June 10', value: 'XXXX-06-10' }] },

  // Present, past and future references.
  {
    name: 'present reference',
    text: 'The firm is now profitable and currently hiring.',
    dct: null,
    expect: [
      { text: 'now', value: 'PRESENT_REF' },
      { text: 'currently', value: 'PRESENT_REF' },
    ],
  },
  {
    name: 'past and future references',
    text: 'Recent reports say prices will rise in the future.',
    dct: null,
    expect: [
      { text: 'Recent', value: 'PAST_REF' },
      { text: 'the future', value: 'FUTURE_REF' },
    ],
  },

  // Durations.
  {
    name: 'hyphenated and a half, and yearlong',
    text: 'He served three-and-a-half years after a yearlong trial.',
    dct: null,
    expect: [
      { text: 'three-and-a-half years', type: P, value: 'P3Y6M' },
      { text: 'yearlong', type: P, value: 'P1Y' },
    ],
  },
  {
    name: 'a quarter of a century',
    text: 'It took a quarter of a century to rebuild.',
    dct: null,
    expect: [{ text: 'a quarter of a century', type: P, value: 'P25Y' }],
  },
  {
    name: 'the past decade is ten years, not the calendar decade',
    text: 'Prices doubled over the past decade and may double in the next century.',
    dct: '1998-10-25',
    expect: [
      { text: 'the past decade', type: P, value: 'P10Y' },
      { text: 'the next century', type: P, value: 'P100Y' },
    ],
  },
  {
    name: 'a year after a date is no rate',
    exact: true,
    text: 'The talks collapsed in 2019, a year after they began.',
    dct: '2024-06-12',
    expect: [
      { text: '2019', value: '2019' },
      { text: 'a year', type: P, value: 'P1Y' },
    ],
  },
  {
    name: 'last as a verb stays out of the span',
    exact: true,
    text: 'The trial is expected to last about six weeks.',
    dct: null,
    expect: [{ text: 'about six weeks', type: P, value: 'P6W', mod: 'APPROX' }],
  },
  { name: 'months', text: 'The ceasefire lasted 11 months.', dct: null, expect: [{ text: '11 months', type: P, value: 'P11M' }] },
  {
    name: 'days and hours',
    text: 'The siege lasted three days and the talks two hours.',
    dct: null,
    expect: [
      { text: 'three days', type: P, value: 'P3D' },
      { text: 'two hours', type: P, value: 'PT2H' },
    ],
  },
  {
    name: 'the past three months',
    text: 'Prices fell over the past three months.',
    dct: null,
    expect: [{ text: 'the past three months', type: P, value: 'P3M' }],
  },
  {
    name: 'about two weeks',
    text: 'The car stood there for about two weeks.',
    dct: null,
    expect: [{ text: 'about two weeks', type: P, value: 'P2W', mod: 'APPROX' }],
  },
  {
    name: 'more than a decade',
    text: 'The feud went on for more than a decade.',
    dct: null,
    expect: [{ text: 'more than a decade', type: P, value: 'P10Y', mod: 'MORE_THAN' }],
  },
  {
    name: 'fractional years',
    text: 'He served 2 1/2 years in prison.',
    dct: null,
    expect: [{ text: '2 1/2 years', type: P, value: 'P2Y6M' }],
  },
  {
    name: 'adjectival duration',
    text: 'They approved a five-year plan.',
    dct: null,
    expect: [{ text: 'five-year', type: P, value: 'P5Y' }],
  },
  {
    name: 'unknown number of years',
    text: 'The border has been closed for years.',
    dct: null,
    expect: [{ text: 'years', type: P, value: 'PXY' }],
  },
  {
    name: 'the last two years',
    text: 'The firm doubled in size over the last two years.',
    dct: '1998-10-14',
    expect: [{ text: 'the last two years', type: P, value: 'P2Y' }],
  },
  {
    name: 'twenty years',
    text: 'He lived abroad for twenty years.',
    dct: null,
    expect: [{ text: 'twenty years', type: P, value: 'P20Y' }],
  },

  // Sets.
  {
    name: 'every Saturday and Sunday',
    text: 'Markets are closed every Saturday and Sunday.',
    dct: '2024-05-15',
    expect: [
      { text: 'every Saturday', type: S, value: 'XXXX-WXX-6' },
      { text: 'Sunday', type: S, value: 'XXXX-WXX-7' },
    ],
  },
  {
    name: 'quarterly as an adverb, not before a noun',
    exact: true,
    text: 'Dividends are paid quarterly, and quarterly earnings rose.',
    dct: null,
    expect: [{ text: 'quarterly', type: S, value: 'P3M' }],
  },
  { name: 'every week', text: 'The committee meets every week.', dct: null, expect: [{ text: 'every week', type: S, value: 'P1W' }] },
  { name: 'annually', text: 'Dividends are paid annually.', dct: null, expect: [{ text: 'annually', type: S, value: 'P1Y' }] },
  { name: 'twice a week', text: 'Flights leave twice a week.', dct: null, expect: [{ text: 'twice a week', type: S, value: 'P1W' }] },
  { name: 'each July', text: 'The festival is held each July.', dct: null, expect: [{ text: 'each July', type: S, value: 'XXXX-07' }] },
  {
    name: 'every Thursday',
    text: 'A flight departs every Thursday.',
    dct: null,
    expect: [{ text: 'every Thursday', type: S, value: 'XXXX-WXX-4' }],
  },

  // Modifiers.
  {
    name: 'early in a year',
    text: 'Elections are due in early 2020.',
    dct: null,
    expect: [{ text: 'early 2020', value: '2020', mod: 'START' }],
  },
  {
    name: 'the end of a month',
    text: 'The plan is due by the end of May.',
    dct: '2019-04-10',
    expect: [{ text: 'the end of May', value: '2019-05', mod: 'END' }],
  },
  {
    name: 'mid-month',
    text: 'Talks are set for mid-November.',
    dct: '1989-10-27',
    expect: [{ text: 'mid-November', value: '1989-11', mod: 'MID' }],
  },
  {
    name: 'earlier this year',
    text: 'The firm was sold earlier this year.',
    dct: '1989-10-30',
    expect: [{ text: 'earlier this year', value: '1989' }],
  },
];

/** Strings that must yield no time expression at all. */
export const NEGATIVES: string[] = [
  'May I help you with that?',
  'The army sent the 1,500 troops north.',
  'Call 555-2017 for details.',
  'He scored 2000 points in his career.',
  'Boeing delivered Flight 1984 safely.',
  'They will march on the capital.',
  'Investors may sell their shares.',
  'The prize was worth $2019.',
  'Volunteers walked 1000s of miles to get here.',
  'They searched the 10s of 1000s of people at the gate.',
  '1200s signed the letter.',
  'As John 3:16 says, love one another.',
  'He lost in the second round.',
  'A quarter of the shares changed hands.',
  'The coalition began to fall apart.',
  'She watched High Noon again.',
  'He appeared on 60 Minutes.',
  'She is in her sixties.',
  'The lot measures 1200 square feet.',
  'Visit example.com/2019/05 for the archive.',
  'About 1900 people attended and the jet flew at 2000 feet.',
  'The index closed at 2019 points.',
  'A Sunday Times reporter asked about the Good Friday Agreement.',
  'Super Tuesday and Black Monday are names.',
  'The unit costs 30 AD units and 5 CE credits.',
  'The September 11 attacks changed everything.',
  'The dawn of a new era came.',
  'The fossil dates from about 2 million years ago.',
  'On the morning of the attack and the evening of his arrest, Sun. the Times came.',
  'Install version 1.2.2019 of the app.',
  'Between 2000 and 3000 people attended, and shares fell to 1850 pence.',
  'The Mail on Sunday reported it, and Monday Night Football aired.',
];
