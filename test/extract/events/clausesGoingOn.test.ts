// Where a clause happens when it names no place itself: a participle's clause set off by a comma
// happens where the clause it goes on from does ("A bomb exploded in Lyon, killing 12 soldiers");
// a clause with an "as" clause after it happens where that one does ("Crowds wept as the ceremony
// began in Lyon"), unless it only sets one piece of news beside another ("The vote comes as …"),
// or says when it happened and tells of someone else ("The minister resigned on Monday as police
// investigated claims in Lyon": "they" may be anyone), unless it tells what befell someone ("Two
// men died on Sunday when …") or the "as" clause sets its scene ("… on Sunday as protesters marched
// through Lyon"), also past a purpose of watching ("Crowds gathered to watch the coffin as it
// passed through Lyon"; not another purpose) and when a part of the place or a place noun names it
// ("in the streets of Lyon", "in the northern settlement of Tel Marom"); smoke rising "from the
// roof of" a place and hills "north of" it are no where.
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
      'Crowds wept as the coffin was carried through Baghdad.',
      'wept',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of a procession, the clause with its time',
      'Crowds wept on Monday as the coffin was carried through Baghdad.',
      'wept',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of a march, the clause with its time',
      'Police fired tear gas on Sunday as protesters marched through Baghdad.',
      'fired',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of shelling nearby, the clause with its time',
      'Farmers hid in cellars on Sunday as rebels shelled villages near Baghdad.',
      'hid',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of the same one named by "he", the clause with its time',
      'The minister resigned on Monday as he toured hospitals in Baghdad.',
      'resigned',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of those arrested, the clause with its time',
      'Hundreds were arrested on Sunday as the army pressed its offensive in Baghdad.',
      'arrested',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of those who fled, the clause with its time',
      'Thousands fled their homes on Sunday as the army pressed its offensive in Baghdad.',
      'fled',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause of the same one, the clause with its time',
      'Ana Ruiz resigned on Monday as she toured hospitals in Baghdad.',
      'resigned',
      { 'Ana Ruiz': 'agent', Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'a "when" clause of what befell them, the clause with its time',
      'Two soldiers died on Sunday when rebels shelled a checkpoint in Baghdad.',
      'died',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause after the purpose of a gathering',
      'Mourners gathered to see the hearse as it crept along a route through downtown Baghdad.',
      'gathered',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'an "as" clause whose place a place noun names',
      'A woman sobbed as the eviction got under way in the eastern Gaza village of Tel Marom.',
      'sobbed',
      { Gaza: 'location', 'Tel Marom': 'location' },
    ],
    [
      'an "as" clause whose place a part of it names',
      'Shopkeepers cheered as the convoy rolled through the streets of Baghdad.',
      'cheered',
      { Baghdad: 'location', Iraq: 'location' },
    ],
  ])('happens where the clause beside it does: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['News of the report comes as the army leads efforts in Baghdad for a truce.', 'comes'],
    ['The minister resigned on Monday as police investigated claims in Baghdad.', 'resigned'],
    ['The statement was written on February 16 as protests gathered force in Baghdad.', 'written'],
    ['The minister resigned on Monday as they investigated claims in Baghdad.', 'resigned'],
    ['Ana Ruiz resigned on Monday as it investigated claims in Baghdad.', 'resigned'],
    ['Crowds applauded as black smoke rose from the roof of the Baghdad museum.', 'applauded'],
    ['The minister resigned on Monday to protest as police investigated claims in Baghdad.', 'resigned'],
    ['The firms backed the plan to win contracts when a new council is formed in Baghdad.', 'backed'],
    ['The damage became clear as rescuers combed through the hills north of Baghdad.', 'became'],
    ['Fans gathered in bars to watch as the home side played in Baghdad.', 'gathered'],
    ['Crowds gathered to watch the final on big screens as the team played in Baghdad.', 'gathered'],
  ])('does not take the place of news set beside it: %s', (body, word) => {
    expect(rolesOf(body, word)).not.toHaveProperty('Baghdad');
  });
});
