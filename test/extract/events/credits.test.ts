// Who reports takes no part in what is reported: an outlet's credit in brackets before a dash,
// wherever its line starts, and the network in a transcript's speaker label. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a credit', () => {
  it.each([
    [
      'after a date and a clock',
      'LYON | Tue May 3, 2011 7:01 pm BST LYON (Reuters) - Farmers blocked the main road on Tuesday.',
      'blocked',
    ],
    ['after a place and a date', 'MADRID, May 3 (Reuters) - The airline cancelled forty flights on Tuesday.', 'cancelled'],
    ['opening a sentence', 'Prices rose again. (CNN) -- Farmers blocked the main road on Tuesday.', 'blocked'],
    ['in a speaker label', 'ANA LOPES, CNN CORRESPONDENT: Farmers blocked the main road this morning.', 'blocked'],
  ])('is no participant: %s', (_, body, word) => {
    const roles = rolesOf(body, word);
    expect(roles).not.toHaveProperty('Reuters');
    expect(roles).not.toHaveProperty('CNN');
  });

  it.each([
    ['behind an article', 'THE EU: travel bans on Russian officials were extended on Monday.', 'extended', 'European Union'],
    ['behind the number of a list', 'Prices rose.\n1. NATO: allies agreed to send more troops on Monday.', 'agreed', 'NATO'],
  ])('leaves a name heading what follows: %s', (_, body, word, name) => {
    expect(rolesOf(body, word)).toHaveProperty([name]);
  });

  it('leaves an outlet that is told something', () => {
    expect(rolesOf('Farmers in Lyon told Reuters on Tuesday that they would block the road.', 'told')).toHaveProperty('Reuters');
  });
});
