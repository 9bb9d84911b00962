// The day of saying is the one the attribution gives, not a date that names what the source spoke
// about, whatever the length of the occasion after the cue, and a source may open the sentence
// after a dateline. Our own sentences, published Thursday 10 June 2010.
import { describe, expect, it } from 'vitest';
import { eventsOf, shownTime, triggersOf } from '../helpers.ts';
import type { TimelineEvent } from '../../../src/model/dataset.ts';

const THURSDAY = '2010-06-10';
const timesOf = (body: string) =>
  Object.fromEntries(eventsOf(body, THURSDAY).map((e) => [e.title, shownTime(e)])) as Record<string, string>;
/** The event named by this word, its time as shown and its source ("-" when none or no such event). */
function named(body: string, word: string): { time: string; source: string } {
  const events = eventsOf(body, THURSDAY);
  const words = triggersOf(body, THURSDAY);
  const e: TimelineEvent | undefined = events[words.indexOf(word)];
  return { time: e ? shownTime(e) : '-', source: e?.attribution.source ?? '-' };
}

describe('the day a source spoke on', () => {
  it.each([
    [
      'a year that names the budget spoken about is not the day of saying',
      'The city will cut 300 jobs, Mayor Ana Berg said at a briefing on the fiscal 2011 budget.',
      'The city will cut 300 jobs, Mayor Ana Berg said at a briefing on the fiscal 2011 budget',
      '2010-06-10 (by)',
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

describe('the saying, its source and what was said', () => {
  it.each([
    // A long occasion phrase after a named source: the saying is the event, dated by the phrase's day.
    [
      'a day after a long occasion phrase',
      'The shelters are full, Mayor Ana Berg said at a news conference on Tuesday.',
      'said',
      '2010-06-08',
      'Mayor Ana Berg',
    ],
    // Where the source spoke or wrote is dated by the day of saying, whatever its noun.
    [
      'a dated letter',
      'The city will cut 300 jobs, Mayor Ana Berg said in a June 3 letter to the council.',
      'said',
      '2010-06-03',
      'Mayor Ana Berg',
    ],
    ['a dated memo', 'The city will cut 300 jobs, Mayor Ana Berg wrote in a June 3 memo.', 'wrote', '2010-06-03', 'Mayor Ana Berg'],
    [
      'a dated meeting',
      'The city will cut 300 jobs, Mayor Ana Berg said at the May 28 council meeting.',
      'said',
      '2010-05-28',
      'Mayor Ana Berg',
    ],
    [
      'a debate on a day',
      'The city will cut 300 jobs, Mayor Ana Berg said during Monday’s debate.',
      'said',
      '2010-06-07',
      'Mayor Ana Berg',
    ],
    ['a dated tweet', 'The city will cut 300 jobs, Mayor Ana Berg said in a Monday morning tweet.', 'said', '2010-06-07', 'Mayor Ana Berg'],
    // A date that names what was spoken about is not the day of saying.
    [
      'a topic after "on"',
      'The city will cut 300 jobs, Mayor Ana Berg said at a forum on the 2012 Olympics.',
      'said',
      '2010-06-10 (by)',
      'Mayor Ana Berg',
    ],
    [
      'a topic after "marking"',
      'The city will cut 300 jobs, Mayor Ana Berg said at an event marking the 2008 crash.',
      'said',
      '2010-06-10 (by)',
      'Mayor Ana Berg',
    ],
    // A reported clause with no "that" after the occasion is what was said, not part of the occasion.
    [
      'a clause after a forum',
      'On the economy, the finance minister said at a forum in Riga the deficit would shrink in 2011.',
      'said',
      '2010-06-10 (by)',
      '-',
    ],
    [
      'a clause after a day',
      'In a surprise move, Mayor Ana Berg said on Tuesday the council had approved the budget on Monday.',
      'approved',
      '2010-06-07',
      '-',
    ],
    // A wire dateline with its region and outlet is no source and no day of saying.
    [
      'a wire dateline',
      'RIGA, Latvia (AP) -- Ambassador Mary Lind says the elections June 15 will be a defining moment.',
      'says',
      '2010-06-10 (by)',
      'Ambassador Mary Lind',
    ],
  ])('%s', (_, body, word, time, source) => {
    expect(named(body, word)).toEqual({ time, source });
  });

  it('takes a name before an aside in dashes for the source, not for a dateline', () => {
    const body = 'Ana Berg -- the city’s mayor -- said on Monday the city would cut 300 jobs.';
    expect(triggersOf(body, THURSDAY)).toContain('cut');
    expect(named(body, 'said').source.startsWith('Ana Berg')).toBe(true);
  });

  it('keeps the title of what a source said between dashes', () => {
    const titles = eventsOf('Obama -- Clinton said -- will win the nomination in June.', THURSDAY).map((e) => e.title);
    expect(titles.some((t) => t.startsWith('--'))).toBe(false);
  });

  it('keeps a clause with no "that" after a news conference as its own event', () => {
    const titles = eventsOf('After the vote, Mayor Ana Berg said at a news conference the city would close two schools.', THURSDAY).map(
      (e) => e.title,
    );
    expect(titles).not.toContain('(untitled)');
  });
});

describe('a length before an attribution set off by commas', () => {
  it.each([
    ['weeks', 'The ceasefire will last two weeks, officials said, starting on Tuesday.', 'starting', 'P2W'],
    ['days', 'The strike will last three days, the union told members, beginning on Monday.', 'beginning', 'P3D'],
  ])('runs from its start: %s', (_, body, word, duration) => {
    const e = eventsOf(body, THURSDAY)[triggersOf(body, THURSDAY).indexOf(word)];
    expect(e?.time?.interval?.duration).toBe(duration);
  });
});

describe('a clock glossed on another clock is one moment', () => {
  it.each([
    ['across midnight', 'The blast shook the harbour at 23:30 GMT on Friday (01:30 local time Saturday).', ['2010-06-04T23:30']],
    ['on the same day', 'The blast shook the harbour at 9 p.m. (1300 GMT) on Friday.', ['2010-06-04T21:00']],
    ['a gloss opened by "or"', 'The talks resumed at 9 a.m. (or 0600 GMT) on Friday.', ['2010-06-04']],
    ['a gloss with its own day', 'The storm hit at 4 a.m. (2000 GMT Monday) on Tuesday.', ['2010-06-08']],
    ['a gloss with its place', 'The plane landed at 9 p.m. on Friday (3 a.m. Saturday in Beijing).', ['2010-06-04T21:00']],
  ])('%s', (_, body, times) => {
    expect(eventsOf(body, THURSDAY).map(shownTime)).toEqual(times);
  });
});
