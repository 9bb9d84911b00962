// Who acts: a body named with its owner ("Ukraine's Supreme Court") is the agent, its owner only
// says whose it is. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a body named with its owner', () => {
  it.each([
    ["a country's court", "Ukraine's Supreme Court annulled the vote on Friday.", 'annulled', { 'Supreme Court': 'agent' }],
    [
      "a country's commission",
      "Ukraine's Central Election Commission declared the results on Monday.",
      'declared',
      { 'Central Election Commission': 'agent' },
    ],
  ])('is the agent, not its owner: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('leaves a country that acts itself the agent', () => {
    expect(rolesOf('Ukraine annulled the vote on Friday.', 'annulled')).toEqual({ Ukraine: 'agent' });
  });
});
