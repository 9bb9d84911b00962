// Who takes part: a body named with its owner ("Ukraine's Supreme Court") is the agent, its owner
// only says whose it is; who undergoes a death or an arrest is its patient; who reacts to an event,
// or acts in the clause an event noun is set in, takes no part in it; a dateline's place is where
// the reporter is. Sentences are our own.
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

describe('who undergoes an event noun', () => {
  it.each([
    ['named after "of"', 'Crowds mourned after the assassination of Senator Ana Ruiz on Monday.', 'assassination'],
    ['named as its owner', "Senator Ana Ruiz was shot on Monday. Crowds mourned after Ruiz's assassination.", 'assassination'],
    ['named by a possessive', 'Senator Ana Ruiz was shot on Monday. Crowds mourned after her assassination.', 'assassination'],
  ])('is its patient: %s', (_, body, word) => {
    expect(rolesOf(body, word)).toEqual({ 'Ana Ruiz': 'patient' });
  });
});

describe('no part in an event noun', () => {
  it('for who reacts to it', () => {
    expect(rolesOf("Ana Ruiz criticized Saturday's Constitutional Court decision on Monday.", 'decision')).toEqual({
      'Constitutional Court': 'agent',
    });
  });
  it('for who acts in the clause it is set in', () => {
    const body = 'Senator Ana Ruiz flew to Lorvania on Monday after the arrest of Carlos Mendez.';
    expect(rolesOf(body, 'arrest')).not.toHaveProperty('Ana Ruiz');
  });
});

describe('a dateline', () => {
  it('takes no part in the events of its sentence', () => {
    const body = 'Israel — Palestinian voters went to the polls on Sunday after the death of Senator Ana Ruiz.';
    expect(rolesOf(body, 'death')).toEqual({ 'Ana Ruiz': 'patient' });
  });
});

describe('a country named by its soldiers or police', () => {
  it.each([
    ['soldiers', 'Israeli soldiers began handing out notices on Monday.', 'handing', { Israel: 'agent' }],
    ['police', 'Palestinian police fired into the air on Monday.', 'fired', { Palestine: 'agent' }],
  ])('is the agent: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});
