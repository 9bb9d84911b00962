// Who speaks and who is spoken to: the agent of a statement (a speaker named with a title, by "he"
// or "she" far from the name, by "the minister"), and the one a speaker addresses. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('the speaker of a statement is its agent', () => {
  it.each([
    [
      'a speaker named with a title after the quotation',
      '"The bridge will open soon," said Capt. Mary Lind, commander of the unit.',
      { 'Mary Lind': 'agent' },
    ],
    [
      'a speaker named with an honorific after the quotation',
      'Mary Lind toured the site. "We are ready," said Ms. Lind.',
      { 'Mary Lind': 'agent' },
    ],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(text, 'said')).toEqual(expected);
  });
});
