// "The city", "the square", "the capital": a definite class noun where an event happens names the
// one place of that class the document named before it. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a class noun names the place named before it', () => {
  it.each([
    [
      'a square by its name',
      'Crowds filled Tahrir Square on Friday.\n\nPolice fired into the square on Saturday.',
      'fired',
      { 'Tahrir Square': 'location' },
    ],
    [
      'a town the document calls a town',
      'Thousands gathered in Lutsova, a mountain town, on Friday.\n\nSome stayed in the town overnight.',
      'stayed',
      { Lutsova: 'location' },
    ],
    [
      'a capital named as the capital',
      'Protesters marched in the capital, Kovalgrad, on Monday.\n\nLater, police fired into the air in the capital.',
      'fired',
      { Kovalgrad: 'location' },
    ],
    [
      'a settlement named after its class noun',
      'Soldiers arrived at the largest settlement Tel Harim on Monday.\n\nCrowds later gathered in the settlement.',
      'gathered',
      { 'Tel Harim': 'location' },
    ],
    [
      'a city placed in its state',
      'The storm hit Marlowe, Mississippi, on Monday.\n\nLooters later roamed through the city at night.',
      'roamed',
      { Marlowe: 'location', Mississippi: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    [
      'two squares named before',
      'Crowds filled Tahrir Square and Liberty Square on Friday.\n\nPolice fired into the square on Saturday.',
      'fired',
    ],
    ['no place of that class', 'Crowds filled Tahrir Square on Friday. Police fired into the town on Saturday.', 'fired'],
    [
      'what is said after "said"',
      'Crowds filled Tahrir Square on Friday. Officials said on Saturday that calm returned to the square.',
      'said',
    ],
    ['a body of the place', 'Crowds filled Marlowe, Mississippi, on Friday. On Monday the city council met.', 'met'],
  ])('none for %s: %s', (_, body, word) => {
    expect(rolesOf(body, word)).toEqual({});
  });
});

describe('a class noun far from any place of its class', () => {
  const filler = 'The weather stayed cold and the shops stayed shut all week. '.repeat(14);

  it('names the one place of that class the document named before it', () => {
    const body = `Crowds filled Tahrir Square on Friday.\n\n${filler}\n\nPolice fired into the square on Saturday.`;
    expect(rolesOf(body, 'fired')).toEqual({ 'Tahrir Square': 'location' });
  });

  it('names none when the document named two', () => {
    const body = `Crowds filled Tahrir Square on Friday.\n\nOthers filled Liberty Square.\n\n${filler}\n\nPolice fired into the square on Saturday.`;
    expect(rolesOf(body, 'fired')).toEqual({});
  });
});

describe('the speaker after "said"', () => {
  it('is the agent of the saying, not what is said', () => {
    expect(rolesOf('"We will rebuild," said Ana Ruiz of the Red Cross on Monday.', 'said')).toEqual({ 'Ana Ruiz': 'agent' });
  });
});

describe('a site with its country after it is no town', () => {
  it('leaves "the city" empty when only an air base was named before', () => {
    const body = 'Troops landed at Korvan Air Base, Pakistan, on Friday.\n\nPolice fired into the air in the city on Saturday.';
    expect(rolesOf(body, 'fired')).not.toHaveProperty('Korvan Air Base');
  });
  it('gives "the town" the town named with its state', () => {
    const body = 'Floods reached Marlowe, Mississippi, on Friday.\n\nVolunteers handed out water in the town on Saturday.';
    expect(rolesOf(body, 'handed')).toMatchObject({ Marlowe: 'location' });
  });
});
