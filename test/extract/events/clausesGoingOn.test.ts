// Where a clause happens when it names no place itself: a participle's clause set off by a comma
// happens where the clause it goes on from does ("A bomb exploded in Lyon, killing 12 soldiers");
// a clause with an "as" clause after it happens where that one does ("Crowds wept as the ceremony
// began in Lyon"), unless it only sets one piece of news beside another ("The vote comes as …").
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a clause that names no place', () => {
  it.each([
    [
      'a participle after a clause with its place',
      'A bomb exploded in Baghdad on Monday, killing 12 soldiers.',
      'killing',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'a participle after a clause with places in a list',
      'The storm swept across Tikrit, Kirkuk and Baghdad on Monday, leaving thousands homeless.',
      'leaving',
      { Tikrit: 'location', Kirkuk: 'location', Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause with its place',
      'Crowds wept on Monday as the coffin was carried through Baghdad.',
      'wept',
      { Baghdad: 'location', Iraq: 'location' },
    ],
  ])('happens where the clause beside it does: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('does not take the place of news set beside it', () => {
    expect(rolesOf('News of the report comes as the army leads efforts in Baghdad for a truce.', 'comes')).not.toHaveProperty('Baghdad');
  });
});
