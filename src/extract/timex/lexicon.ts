// Word lists of the time-expression stage, kept as data apart from the code that uses them.
// Keys are lower case; the matchers build their patterns from these keys (see patterns.ts).

/** Month names and their abbreviations (with or without a final period in the text). */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** ISO weekday numbers (Monday = 1). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Cardinal number words; tens and units combine ("twenty-four"), scales multiply. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  a: 1,
  an: 1,
  single: 1,
  dozen: 12,
};
export const SCALE_WORDS: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000 };

/** Words that count without a number: the TIMEX3 value gets X for the amount. */
export const VAGUE_AMOUNTS: Readonly<Record<string, number | null>> = {
  several: null,
  few: null,
  'a few': null,
  some: null,
  many: null,
  'a couple of': 2,
  'a couple': 2,
  couple: 2,
  'couple of': 2,
  'a number of': null,
  numerous: null,
  'a pair of': 2,
};

export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  last: -1,
  final: -1,
};

export type Unit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'week'
  | 'weekend'
  | 'month'
  | 'quarter'
  | 'half'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';

/** Unit words, singular and plural, to the unit they name. */
export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second',
  seconds: 'second',
  minute: 'minute',
  minutes: 'minute',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  weekend: 'weekend',
  weekends: 'weekend',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  millennium: 'millennium',
  millennia: 'millennium',
  'trading day': 'day',
  'trading days': 'day',
  'business day': 'day',
  'business days': 'day',
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
export const PARTS_OF_DAY: Readonly<Record<string, PartOfDay>> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
  daytime: 'DT',
  'mid-afternoon': 'AF',
  'mid afternoon': 'AF',
  'mid-morning': 'MO',
  'mid morning': 'MO',
  'late-night': 'NI',
  nighttime: 'NI',
  dawn: 'MO',
  dusk: 'EV',
  daybreak: 'MO',
  sunrise: 'MO',
  sunset: 'EV',
  nightfall: 'EV',
};

/** Clock words that name one instant. */
export const CLOCK_WORDS: Readonly<Record<string, [number, number]>> = {
  noon: [12, 0],
  midday: [12, 0],
  midnight: [24, 0],
};

/**
 * Holidays: a fixed month-day, or the nth weekday of a month (n = -1: the last one),
 * or an offset in days from Easter Sunday.
 */
export type Holiday =
  { month: number; day: number } | { month: number; weekday: number; nth: number; offset?: number } | { easter: number };
export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  "new year's day": { month: 1, day: 1 },
  "new year's eve": { month: 12, day: 31 },
  "valentine's day": { month: 2, day: 14 },
  "st. patrick's day": { month: 3, day: 17 },
  'independence day': { month: 7, day: 4 },
  'bastille day': { month: 7, day: 14 },
  'may day': { month: 5, day: 1 },
  halloween: { month: 10, day: 31 },
  'veterans day': { month: 11, day: 11 },
  "veterans' day": { month: 11, day: 11 },
  'armistice day': { month: 11, day: 11 },
  'christmas eve': { month: 12, day: 24 },
  'christmas day': { month: 12, day: 25 },
  christmas: { month: 12, day: 25 },
  'boxing day': { month: 12, day: 26 },
  'martin luther king day': { month: 1, weekday: 1, nth: 3 },
  "presidents' day": { month: 2, weekday: 1, nth: 3 },
  'memorial day': { month: 5, weekday: 1, nth: -1 },
  'labor day': { month: 9, weekday: 1, nth: 1 },
  'columbus day': { month: 10, weekday: 1, nth: 2 },
  'thanksgiving day': { month: 11, weekday: 4, nth: 4 },
  thanksgiving: { month: 11, weekday: 4, nth: 4 },
  // US federal elections: the Tuesday after the first Monday of November.
  'election day': { month: 11, weekday: 1, nth: 1, offset: 1 },
  easter: { easter: 0 },
  'easter sunday': { easter: 0 },
  'easter monday': { easter: 1 },
  'good friday': { easter: -2 },
  'ash wednesday': { easter: -46 },
  pentecost: { easter: 49 },
};
