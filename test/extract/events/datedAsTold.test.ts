// Dated as the text tells it, no finer and no coarser: the day of saying after an act of that day,
// two days in a row as one span, and what is done instead of a plan for an hour on the plan's day
// only. Our own sentences; publication date Wednesday 10 June 2026 unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';

/** What the timeline shows of an event's time: its value, whether it is a bound, and its span. */
const shown = (e: TimelineEvent) =>
  e.time
    ? `${e.time.value}${e.time.anchor === 'document' || e.time.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}` +
      (e.time.interval ? ` [${e.time.interval.from?.value ?? ''}..${e.time.interval.to?.value ?? ''}]` : '')
    : 'undated';

describe('the day of saying', () => {
  it('is the publication day itself when the source spoke after an act of that day', () => {
    const events = eventsOf(
      'The governor said after touring the flooded valley Wednesday that she has a much clearer picture of the damage.',
      WEDNESDAY,
    );
    expect(shown(eventTitled(events, 'The governor said'))).toBe('2026-06-10');
  });
});

describe('two days joined by "and"', () => {
  it.each([
    [
      'a date and "today"',
      'Rescue crews searched the ruins June 9 and today.',
      'Rescue crews searched',
      '2026-06-09 [2026-06-09..2026-06-10]',
    ],
    ['a month day and the next', 'Envoys met in Oslo on June 8 and 9.', 'Envoys met', '2026-06-08 [2026-06-08..2026-06-09]'],
    ['two weekdays in a row', 'Envoys met in Oslo on Monday and Tuesday.', 'Envoys met', '2026-06-08 [2026-06-08..2026-06-09]'],
  ])('make one span: %s', (_, text, title, value) => {
    const e = eventTitled(eventsOf(text, WEDNESDAY), title);
    expect(shown(e)).toBe(value);
  });

  it('stay two dates when a day lies between them', () => {
    const events = eventsOf('Envoys met in Oslo on June 5 and June 8.', WEDNESDAY);
    const values = events.filter((e) => e.title.startsWith('Envoys met')).map(shown);
    expect(values).not.toContain('2026-06-05 [2026-06-05..2026-06-08]');
    expect(values).toEqual(expect.arrayContaining(['2026-06-05', '2026-06-08']));
  });
});

describe('the hour of a plan', () => {
  it.each([
    [
      '"were scheduled to close at 5 p.m., but …"',
      'The polls opened at 7 a.m. and were scheduled to close at 5 p.m., but the count was delayed by the heavy turnout.',
      'The count was delayed',
    ],
    ['"was due to close at 17:00, but …"', 'The border crossing was due to close at 17:00, but guards kept the gates open.', 'Guards kept'],
  ])('is not lent to what was done instead, only its day: %s', (_, text, title) => {
    expect(shown(eventTitled(eventsOf(text, WEDNESDAY), title))).toBe('2026-06-10');
  });

  it('is still lent by an act done at it', () => {
    const events = eventsOf('The polls closed at 5 p.m. and the count began.', WEDNESDAY);
    expect(shown(eventTitled(events, 'The count began'))).toBe('2026-06-10T17:00');
  });
});

describe('a date after the event noun that "after" opens', () => {
  it('dates the noun, and puts the clause after it, by the publication date', () => {
    const events = eventsOf('After the explosions on the morning of June 2, police detained two men in the port.', WEDNESDAY);
    expect(shown(eventTitled(events, 'The explosions on the morning of June 2'))).toBe('2026-06-02');
    const detained = eventTitled(events, 'After the explosions');
    expect(detained.time?.mod).toBe('AFTER');
    expect(detained.time?.start).toBe('2026-06-02');
    expect(detained.time?.end).toBe('2026-06-11');
  });

  it('moves the clause by the distance the words give', () => {
    const events = eventsOf('Two days after the explosions on June 2, police detained two men.', WEDNESDAY);
    expect(shown(eventTitled(events, 'Two days after the explosions'))).toBe('2026-06-04');
  });

  it('dates a plan told after it too', () => {
    const events = eventsOf('After the funeral on Friday, her ashes will be scattered at sea.', WEDNESDAY);
    const scattered = eventTitled(events, 'After the funeral');
    expect(scattered.time?.mod).toBe('AFTER');
    expect(scattered.time?.start).toBe('2026-06-12');
  });

  it('leaves a date coarser than a day as it was: "before the election in May" may be in May', () => {
    const events = eventsOf('The mayor resigned before the election in May.', WEDNESDAY);
    expect(shown(eventTitled(events, 'The mayor resigned'))).toBe('2026-06-10 (by)');
  });
});

describe('a place after a dated act', () => {
  it('lends no time to what will be done there', () => {
    const events = eventsOf('The envoy left for the coast today, where he will also visit two camps.', WEDNESDAY);
    expect(eventTitled(events, 'He will also visit').time).toBeNull();
    expect(shown(eventTitled(events, 'The envoy left'))).toBe('2026-06-10');
  });
});

describe('the small hours after "tonight"', () => {
  it('are the next day', () => {
    const events = eventsOf('The museum will stay open tonight, closing only between 1 and 4 a.m.', WEDNESDAY);
    const closing = eventTitled(events, 'Closing only');
    expect(closing.time?.interval?.from?.value).toBe('2026-06-11T01:00');
    expect(closing.time?.interval?.to?.value).toBe('2026-06-11T04:00');
  });

  it('but an evening hour is the night itself', () => {
    const events = eventsOf('The museum will stay open tonight until 11 p.m.', WEDNESDAY);
    expect(eventTitled(events, 'The museum will stay open').time?.interval?.to?.value).toBe('2026-06-10T23:00');
  });
});

describe('a length told by a clause lent a day', () => {
  it('runs from that day for that long', () => {
    const events = eventsOf(
      'The ship reached the coast on June 1, and its crew worked around the clock to deliver food in 12 days.',
      '2026-06-20',
    );
    expect(shown(eventTitled(events, 'Its crew worked'))).toBe('2026-06-01 [2026-06-01..2026-06-13]');
  });
});

describe('a clause a stated distance after (or before) the clause before it', () => {
  it('counts back from the news told in the present', () => {
    const events = eventsOf('The reopening of the bridge comes three years after the old span collapsed in a storm.', WEDNESDAY);
    const collapsed = eventTitled(events, 'The old span collapsed');
    expect(collapsed.time?.start).toBe('2023-06-10');
    expect(collapsed.time?.approximate).toBe(true);
  });

  it('counts back from a dated clause', () => {
    const events = eventsOf('The truce was signed on June 5, ten days after the shelling began.', WEDNESDAY);
    expect(shown(eventTitled(events, 'The shelling began'))).toBe('2026-05-26');
  });
});

describe('a clause opened by a word of order', () => {
  it('bounds the clause it hangs on, it does not date it', () => {
    const events = eventsOf('The talks resumed after the fighting ended on May 3.', WEDNESDAY);
    const resumed = events.find((e) => e.title === 'The talks resumed')!;
    expect(resumed.time?.mod).toBe('AFTER');
    expect(resumed.time?.start).toBe('2026-05-03');
    expect(resumed.time?.end).toBe('2026-06-11');
  });

  it('"since" a year too', () => {
    const events = eventsOf('The voyage marked the first full deployment of the ship since it was commissioned in 1987.', WEDNESDAY);
    const marked = events.find((e) => e.title === 'The voyage marked the first full deployment of the ship');
    expect(marked?.time?.mod).toBe('AFTER');
  });
});
