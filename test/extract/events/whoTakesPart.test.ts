// Who takes part, and in what part: a country gone to or from is where it happens, so is a place that
// undergoes something or a part of a place a clause is about; people each
// behind a title joined into one subject all act, a phrase of time that opens the sentence names
// nobody who acts in it, and the "she" who speaks a quotation is not someone the quotation names.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('who takes part', () => {
  it.each([
    ['a country flown into', 'Air Force planes flew supplies into Haiti on Monday.', 'flew', { 'Air Force': 'agent', Haiti: 'location' }],
    ['a country defected to', 'Two pilots defected to Malta on Monday.', 'defected', { Malta: 'location' }],
    [
      'a country left for elsewhere',
      'The Navy is moving five ships from Guam to the region, officials said.',
      'moving',
      { Guam: 'location' },
    ],
    [
      'a country reported from',
      'Ana Ruiz was detained by police while reporting from Libya.',
      'reporting',
      { 'Ana Ruiz': 'agent', Libya: 'location' },
    ],
    ['a country given something, not gone to', 'The new leader offered peace to Israel on Monday.', 'offered', { Israel: 'other' }],
    [
      'people each behind a title',
      'Defense Secretary Ana Ruiz, Secretary of State Maria Costa and General Tom Berg met in Lyon on Monday.',
      'met',
      { 'Ana Ruiz': 'agent', 'Maria Costa': 'agent', 'Tom Berg': 'agent', Lyon: 'location' },
    ],
    [
      'a phrase of time opening the sentence',
      'Shortly after Ana Ruiz’s speech, India said it agreed in principle.',
      'said',
      { India: 'agent' },
    ],
    ['a city that loses something', 'New Orleans lost power on Monday.', 'lost', { 'New Orleans': 'location' }],
    ['a part of a country', 'Most of Iraq went dark on Monday.', 'went', { Iraq: 'location' }],
    [
      'the speaker of a quotation that names another',
      'Maria Costa visited Lyon on Monday. "As President Ana Ruiz has said, we will be here for the time ahead," she added.',
      'added',
      { 'Maria Costa': 'agent' },
    ],
  ])('%s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});
