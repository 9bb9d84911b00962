// The day of saying is the one the attribution gives, not a date that names what the source spoke
// about, whatever the length of the occasion after the cue, and a source may open the sentence
// after a dateline. Our own sentences, published Thursday 10 June 2010.
import { describe, expect, it } from 'vitest';
import { eventsOf, shownTime, triggersOf } from '../helpers.ts';

const THURSDAY = '2010-06-10';
const timesOf = (body: string) =>
  Object.fromEntries(eventsOf(body, THURSDAY).map((e) => [e.title, shownTime(e)])) as Record<string, string>;

describe('the day a source spoke on', () => {
  it.each([
    [
      'a year that names the budget spoken about is not the day of saying',
      'The city will cut 300 jobs, Mayor Ana Berg said at a briefing on the fiscal 2011 budget.',
      'The city will cut 300 jobs, Mayor Ana Berg said at a briefing on the fiscal 2011 budget',
      '2010-06-10 (by)',
    ],
    [
      'a day after a long occasion phrase is the day of saying',
      'The shelters are full, the city’s housing director said at a news conference on Tuesday.',
      'The shelters are full, the city’s housing director said at a news conference on Tuesday',
      '2010-06-08',
    ],
    [
      'a length of time before the source is no period from the day of saying',
      'The rebels would leave the port within two weeks, their commander said on Tuesday.',
      'The rebels would leave the port within two weeks, their commander said on Tuesday',
      '2010-06-08',
    ],
    [
      'a date in what is said after a dateline is not the day of saying',
      'Riga -- Ambassador Mary Lind says the elections June 15 will be a defining moment for the country.',
      'Ambassador Mary Lind says the elections June 15 will be a defining moment for the country',
      '2010-06-10 (by)',
    ],
  ])('%s', (_, body, title, time) => {
    expect(timesOf(body)[title]).toBe(time);
  });

  it('takes no occasion after the cue for an event of its own', () => {
    const body = 'The city will cut 300 jobs, Mayor Ana Berg said at a briefing on the fiscal 2011 budget.';
    expect(triggersOf(body, THURSDAY)).not.toContain('briefing');
    expect(eventsOf(body, THURSDAY).every((e) => !e.time || e.time.value !== '2011')).toBe(true);
  });
});

describe('a clock glossed on another clock is one moment', () => {
  it.each([
    ['across midnight', 'The blast shook the harbour at 23:30 GMT on Friday (01:30 local time Saturday).', ['2010-06-04T23:30']],
    ['on the same day', 'The blast shook the harbour at 9 p.m. (1300 GMT) on Friday.', ['2010-06-04T21:00']],
  ])('%s', (_, body, times) => {
    expect(eventsOf(body, THURSDAY).map(shownTime)).toEqual(times);
  });
});
