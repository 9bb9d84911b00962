// A place that only names a thing ("the Indian Ocean tsunami") takes no part in an event told
// beside it; behind a preposition of where ("in 12 Indian Ocean nations") it is where it happens,
// and before a site ("Aldgate station") it stays a place. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a place before a common noun after the event word', () => {
  it('only names a thing behind another preposition', () => {
    expect(rolesOf('Pressure grew on Tuesday for an Indian Ocean warning system.', 'grew')).not.toHaveProperty('Indian Ocean');
  });

  it('is where it happens behind a preposition of where and a count', () => {
    expect(rolesOf('The storm killed 3,000 people in 12 Indian Ocean nations on Sunday.', 'killed')).toEqual({
      'Indian Ocean': 'location',
    });
  });

  it.each([
    ['a station', 'A train stalled on Monday between Kings Cross and Aldgate station.', 'stalled', 'Aldgate'],
    ['a home', 'Ana Ruiz spoke to reporters in front of her Baghdad home on Monday.', 'spoke', 'Baghdad'],
  ])('stays a place before a site: %s', (_, body, word, place) => {
    expect(rolesOf(body, word)).toHaveProperty(place);
  });
});
