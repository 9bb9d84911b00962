// Dated as precisely as the text allows: the day of saying given to a verb of saying that is no
// cue, a clock time told twice on the day named after both, "the next day" counted from the
// story's own day rather than from a day the sentence looks back to, a night or a yesterday told
// from the day a source spoke, a period ahead. Our own sentences, published Sunday 20 March 2011.
import { describe, expect, it } from 'vitest';
import { eventsOf, eventTitled, shownTime } from '../helpers.ts';

const SUNDAY = '2011-03-20';

describe('a day the text gives is the day the event gets', () => {
  it.each([
    [
      'what a source reiterated on a day, bounded by that day',
      'Fighting in the north stopped. Ahmed Saleh reiterated on Monday that the army had withdrawn from the town.',
      'The army had withdrawn from the town',
      '2011-03-14 (by)',
    ],
    [
      'what a source stressed on a day, going on by then',
      'Mayor Ana Berg stressed on Thursday that the river is falling.',
      'The river is falling',
      '2011-03-17 (by)',
    ],
    [
      'the act of stressing keeps its day',
      'Mayor Ana Berg stressed on Thursday that the river is falling.',
      'Mayor Ana Berg stressed on Thursday',
      '2011-03-17',
    ],
    [
      'a time told on two clocks falls on the day named after both',
      'The probe lifted off at 0951 UTC, or 5:51 a.m. local time, on March 12.',
      'The probe lifted off',
      '2011-03-12T09:51',
    ],
    [
      'the next day after a sentence that looks back to an earlier date',
      'On March 5 the rebels seized the port they had lost on March 2. The next day, they entered the capital.',
      'The next day, they entered the capital',
      '2011-03-06',
    ],
    [
      'a night told by a source who spoke on a day is the night before that day',
      'Residents heard gunshots overnight, a resident said on Monday.',
      'Residents heard gunshots overnight',
      '2011-03-13TNI',
    ],
    [
      'a night told by a source who spoke on a day the story already reached is still the night before',
      'Troops shelled the town on Monday. Residents heard gunshots overnight, a resident said on Monday.',
      'Residents heard gunshots overnight',
      '2011-03-13TNI',
    ],
    [
      'yesterday told by a source who spoke on a day is the day before that day',
      'Prices rose sharply yesterday, the minister said on Tuesday.',
      'Prices rose sharply yesterday',
      '2011-03-14',
    ],
    [
      'a date right before a verb is what is said, not the day of saying',
      'General Ana Ruiz said Thursday was the quietest day of the month.',
      'General Ana Ruiz said',
      '2011-03-20 (by)',
    ],
  ])('%s', (_, body, title, time) => {
    expect(shownTime(eventTitled(eventsOf(body, SUNDAY), title))).toBe(time);
  });
});

describe('a day the text does not give stays as the story tells it', () => {
  it.each([
    [
      'the next day after a meal someone had (no past perfect)',
      'Talks opened on March 7 and the envoys had lunch with the king on March 10. The next day, they sailed home.',
      'The next day, they sailed home',
      '2011-03-11',
    ],
    [
      'the next day after "had to" (no past perfect)',
      'The convoy left on March 7 but had to turn back on March 10. The next day, the convoy set out again.',
      'The next day, the convoy set out again',
      '2011-03-11',
    ],
    [
      'the next day after a later date joined by "and" to a past perfect',
      'By March 7 the miners had reached the shaft and on March 10 they freed the trapped men. The next day, they held a party.',
      'The next day, they held a party',
      '2011-03-11',
    ],
    [
      'a night planned, told by a source on a day, is the night of that day',
      'Police will guard the bridge overnight, an officer said on Monday.',
      'Police will guard the bridge overnight, an officer said on Monday',
      '2011-03-14TNI',
    ],
    [
      'a day with a possessive after the speech verb is no day of saying',
      "Storms hit the coast overnight, and organisers said Wednesday's race was off.",
      "Storms hit the coast overnight, and organisers said Wednesday's race was off",
      '2011-03-20TNI',
    ],
    [
      'a day with a verb after it is no day of saying',
      'Shares slid yesterday, traders said Friday was a calm day by comparison.',
      'Shares slid yesterday, traders said Friday was a calm day by comparison',
      '2011-03-19',
    ],
    [
      'a weekday said to be ahead is the coming one',
      'The governor said Friday will be a day off for schools.',
      'The governor said Friday will be a day off for schools',
      '2011-03-25',
    ],
    [
      'what a source stressed in a relative clause does not bound the main verb',
      'The minister, who stressed on Tuesday that the troops had left, resigned.',
      'Resigned',
      '2011-03-20 (by)',
    ],
  ])('%s', (_, body, title, time) => {
    expect(
      eventsOf(body, SUNDAY)
        .filter((e) => e.title === title)
        .map(shownTime),
    ).toContain(time);
  });

  it.each([
    ['a plan a company told of years ago', 'In 2004 the chain said it would open 40 shops over the next six years.'],
    ['a period in a clause that does not look ahead', 'She hopes to see Rome, where rents doubled over the next three years after 1995.'],
  ])('no period from the publication day: %s', (_, body) => {
    expect(eventsOf(body, SUNDAY).filter((e) => e.time?.start === SUNDAY && e.time.end > '2012')).toEqual([]);
  });

  it('a plan with a number written with a comma still runs from the publication day', () => {
    const events = eventsOf('Organisers said the number of volunteers will pass 12,000 over the next three days.', SUNDAY);
    expect(events.map((e) => [e.time?.start, e.time?.end])).toContainEqual([SUNDAY, '2011-03-24']);
  });

  it('a plan over the next years a source stated on a day does not also run from publication', () => {
    const events = eventsOf('The firm expects to build 300 homes over the next two years, its founder said on Monday.', SUNDAY);
    expect(events.filter((e) => e.time?.start === SUNDAY && e.time.end > '2012')).toEqual([]);
  });

  it('a clock 13 hours ahead of GMT does not put the GMT time on the local day', () => {
    const times = eventsOf('The tremor hit at 2340 GMT, or 12:40 p.m. local time, on March 9.', SUNDAY).map(shownTime);
    expect(times).not.toContain('2011-03-09T23:40');
  });

  it('a plan over the next three weeks runs from the publication day for three weeks', () => {
    const event = eventTitled(
      eventsOf('The agency will deliver food to two million people over the next three weeks.', SUNDAY),
      'The agency will deliver',
    );
    expect([event.time?.start, event.time?.end, event.time?.anchor]).toEqual(['2011-03-20', '2011-04-11', 'relative']);
  });

  it('no clock time of the same moment is left on the publication day', () => {
    const times = eventsOf('The probe lifted off at 0951 UTC, or 5:51 a.m. local time, on March 12.', SUNDAY).map(shownTime);
    expect(times.filter((t) => t.startsWith(SUNDAY))).toEqual([]);
  });
});
