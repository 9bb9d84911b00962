// The temporal phrases events take their time from: single dates, ranges, and dates with a
// duration attached, each with the span of the whole phrase.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { analyzeTimes } from '../../../src/extract/timex/index.ts';
import type { TimeFinding } from '../../../src/extract/timex/types.ts';

const SEED = readFileSync(new URL('../../../seeds/000_2b6efa1eab75da58.txt', import.meta.url), 'utf8');

function findings(text: string, dct: string | null = null): (TimeFinding & { phrase: string })[] {
  return analyzeTimes(text, { dct, sentences: [] }).times.map((f) => ({ ...f, phrase: text.slice(f.start, f.end) }));
}
const one = (text: string, phrase: string, dct: string | null = null) => {
  const f = findings(text, dct).find((x) => x.phrase === phrase);
  expect(f, `a finding spans "${phrase}"`).toBeDefined();
  return f!;
};

describe('ranges', () => {
  it('"since May 2024" opens a range with no end in an undated text', () => {
    const f = one('Talks have run since May 2024.', 'since May 2024');
    expect(f.time).toMatchObject({ value: '2024-05', start: '2024-05-01', end: '2024-06-01', mod: 'ON_OR_AFTER' });
    expect(f.time.interval).toEqual({ from: expect.objectContaining({ value: '2024-05', anchor: 'explicit' }), to: null, duration: null });
  });

  it('"since 2000" runs to the document date when there is one', () => {
    const f = one('Prices have doubled since 2000.', 'since 2000', '2024-06-01');
    expect(f.time.interval?.to).toEqual({
      value: '2024-06-01',
      start: '2024-06-01',
      end: '2024-06-02',
      granularity: 'day',
      anchor: 'relative',
      approximate: false,
    });
    expect(f.time).toMatchObject({ start: '2000-01-01', end: '2024-06-02' });
  });

  it('"the first contact since 2017" dates the earlier contact, not a range', () => {
    const f = one('It was the first direct contact since 2017.', '2017');
    expect(f.time).toMatchObject({ value: '2017', anchor: 'explicit', interval: null });
  });

  it('"from May to July 2019" keeps both ends', () => {
    const f = one('The survey ran from May to July 2019.', 'from May to July 2019');
    expect(f.timexes).toHaveLength(2);
    expect(f.time).toMatchObject({ start: '2019-05-01', end: '2019-08-01' });
    expect(f.time.interval?.from).toMatchObject({ value: '2019-05', anchor: 'inferred' });
    expect(f.time.interval?.to).toMatchObject({ value: '2019-07', anchor: 'explicit' });
  });

  it('"between 2017 and 2019" keeps both ends', () => {
    const f = one('Output fell between 2017 and 2019.', 'between 2017 and 2019');
    expect(f.time).toMatchObject({ start: '2017-01-01', end: '2020-01-01' });
  });

  it.each([
    ["the towns hit by last weekend's storm", 'last weekend', '2024-W19-WE'],
    ["the nations affected by Sunday's earthquake", 'Sunday', '2024-05-12'],
  ])('"by" a possessive day after a participle names what did it, no deadline: %s', (text, phrase, value) => {
    const f = one(text, phrase, '2024-05-15');
    expect(f.time).toMatchObject({ value, mod: null, interval: null });
  });

  it('"until 2025" has an open start', () => {
    const f = one('The freeze lasts until 2025.', 'until 2025');
    expect(f.time.interval).toMatchObject({ from: null, to: { value: '2025' } });
    expect(f.time).toMatchObject({ start: '2025-01-01', end: '2026-01-01', mod: 'ON_OR_BEFORE' });
  });
});

describe('durations attached to a dated event', () => {
  it('an end computed from a year and eleven months is a range of possible dates', () => {
    const f = one('The 2021 ceasefire lasted 11 months before collapsing.', '2021 ceasefire lasted 11 months');
    expect(f.time).toMatchObject({ value: '2021', start: '2021-01-01', end: '2022-12-01', anchor: 'explicit' });
    expect(f.time.interval).toEqual({
      from: { value: '2021', start: '2021-01-01', end: '2022-01-01', granularity: 'year', anchor: 'explicit', approximate: false },
      to: { value: '2022', start: '2021-12-01', end: '2022-12-01', granularity: 'year', anchor: 'computed', approximate: true },
      duration: 'P11M',
    });
  });

  it('an end computed from a day is exact', () => {
    const f = one('The strike began on March 3, 2010 and lasted two weeks.', 'March 3, 2010 and lasted two weeks');
    expect(f.time.interval?.to).toEqual({
      value: '2010-03-17',
      start: '2010-03-17',
      end: '2010-03-18',
      granularity: 'day',
      anchor: 'computed',
      approximate: false,
    });
  });

  it('a vague duration gives an approximate end', () => {
    const f = one('The truce of May 2021 lasted about three months.', 'May 2021 lasted about three months');
    expect(f.time.interval?.to).toMatchObject({ value: '2021-08', approximate: true });
  });
});

describe('the seed article', () => {
  const times = findings(SEED);
  const { timexes } = analyzeTimes(SEED, { dct: null, sentences: [] });
  const timex = (text: string) => timexes.find((t) => t.text === text);

  it('reads every time the article states', () => {
    expect(timexes.map((t) => [t.text, t.type, t.value, t.anchor])).toEqual([
      ['May 2024', 'DATE', '2024-05', 'explicit'],
      ['Recent', 'DATE', 'PAST_REF', 'relative'],
      ['June 10', 'DATE', '2024-06-10', 'inferred'],
      ['2017', 'DATE', '2017', 'explicit'],
      ['2021', 'DATE', '2021', 'explicit'],
      ['11 months', 'DURATION', 'P11M', 'explicit'],
      ['Current', 'DATE', 'PRESENT_REF', 'relative'],
      ['2000', 'DATE', '2000', 'explicit'],
      ['18 months', 'DURATION', 'P18M', 'explicit'],
    ]);
    for (const t of timexes) expect(SEED.slice(t.start, t.end)).toBe(t.text);
  });

  it('gives events their times: ranges, an inferred day, an attached duration', () => {
    expect(times.map((f) => [f.phrase, f.time.value, f.time.interval ? 'interval' : 'point'])).toEqual([
      ['since May 2024', '2024-05', 'interval'],
      ['June 10', '2024-06-10', 'point'],
      ['2017', '2017', 'point'],
      ['2021 Egypt-brokered ceasefire lasted 11 months', '2021', 'interval'],
      ['since 2000', '2000', 'interval'],
    ]);
  });

  it('gives Recent and Current no time of their own', () => {
    expect(timex('Recent')?.bound).toBeNull();
    expect(times.some((f) => f.timexes.includes(timexes.indexOf(timex('Current')!)))).toBe(false);
  });
});

describe('dates off the calendar', () => {
  it('date no event outside years 1 to 9999, before the common era, or past 9999 by a duration', () => {
    const text = 'The temple was built 2500 years ago. The city fell in the 5th century BC. The dam lasted 8000 years from June 2021.';
    const phrases = findings(text, '2024-06-12').map((f) => [f.phrase, f.time.interval === null]);
    expect(phrases).toEqual([['June 2021', true]]);
  });
});

describe('a period from the publication day, with a source after it', () => {
  const DCT = '2024-05-15';
  const fromNow = (text: string) =>
    findings(text, DCT)
      .filter((f) => f.phrase.includes('the next three weeks') && f.time.start === DCT)
      .map((f) => f.time.end);
  it.each([
    [
      "a day's event the source reported",
      "The army will deploy over the next three weeks, after the agency reported Friday's attack on a convoy.",
    ],
    ["a day's text the source wrote", "The army will deploy over the next three weeks, as the newspaper wrote Monday's editorial."],
  ])('keeps the period when a possessive day follows the verb: %s', (_, text) => {
    expect(fromNow(text)).toEqual(['2024-06-06']); // three weeks from 15 May, the end exclusive
  });

  it('counts no period from the publication when the source spoke on a day', () => {
    expect(fromNow('The army will deploy over the next three weeks, the agency reported Friday.')).toEqual([]);
  });
});

describe('a period ahead counted from the day a source told of it', () => {
  const DCT = '2024-05-15'; // a Wednesday
  it.each([
    [
      'the day of saying before it',
      'The ministry said on Monday the troops would withdraw within two weeks.',
      'within two weeks',
      '2024-05-27',
    ],
    [
      '"that" after the day',
      'The envoy told reporters on Monday that the army would pull out within 10 days.',
      'within 10 days',
      '2024-05-23',
    ],
    [
      'the source and its day after it',
      'The troops will leave within two weeks, the ministry said on Monday.',
      'within two weeks',
      '2024-05-27',
    ],
    ['a day given by its date', 'The plant will reopen within a month, its owner said on May 2.', 'within a month', '2024-06-02'],
  ])('"within" a period is a bound from that day: %s', (_, text, phrase, by) => {
    const f = one(text, phrase.replace(/^within /, ''), DCT);
    expect(f.time).toMatchObject({ value: by, mod: 'ON_OR_BEFORE' });
    expect(f.time.interval).toMatchObject({ from: null, to: { value: by, approximate: true } });
  });

  it('"over the next three weeks" runs from the day the source spoke', () => {
    const f = one('The army will deploy over the next three weeks, the agency reported Friday.', 'the next three weeks', DCT);
    expect(f.time.interval).toMatchObject({ from: { value: '2024-05-10' }, to: { value: '2024-05-31' } });
  });
});
