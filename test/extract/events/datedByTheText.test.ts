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
