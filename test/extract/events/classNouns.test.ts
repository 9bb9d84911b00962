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

describe('a class noun with a word that describes it, or as subject or object', () => {
  const city = 'The storm struck the city of Lutsova on Monday.\n\n';
  it.each([
    ['a describing word before the noun', `${city}Water rose in the battered city on Tuesday.`, 'rose', { Lutsova: 'location' }],
    ['the place as the object of the event word', `${city}Looters roamed the battered city on Tuesday.`, 'roamed', { Lutsova: 'patient' }],
    ['the place as the subject', `${city}The city regained power on Tuesday.`, 'regained', { Lutsova: 'agent' }],
    [
      '"the capital city" is the capital',
      'Protesters marched in Kovalgrad, the capital, on Monday.\n\nLater, police fired into the air in the capital city.',
      'fired',
      { Kovalgrad: 'location' },
    ],
    [
      'a site by the noun of its name',
      "Mourners gathered at Saint Peter's Basilica on Monday.\n\nThe pope was buried below the basilica on Tuesday.",
      'buried',
      { "Saint Peter's Basilica": 'location' },
    ],
    [
      'a site as the subject',
      "Mourners gathered at Saint Peter's Basilica on Monday.\n\nThe basilica remained open on Tuesday.",
      'remained',
      { "Saint Peter's Basilica": 'agent' },
    ],
    [
      'a craft named by its class, with its crew',
      'The space shuttle Discovery lifted off on Monday.\n\nThe shuttle and its crew landed in California on Friday.',
      'landed',
      { Discovery: 'agent', California: 'location' },
    ],
    [
      'a ship named by what it is',
      'The aircraft carrier USS Kestrel left Norfolk on Monday.\n\nThe carrier arrived off Haiti on Friday.',
      'arrived',
      { 'USS Kestrel': 'agent', Haiti: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['a word that points to another place', `${city}The next city lost power on Tuesday.`, 'lost'],
    ['the object of another verb before the event word', `${city}People unable to leave the city took shelter in a stadium.`, 'took'],
    ['what a speaker told', `${city}The mayor told reporters that looters roamed the city.`, 'told'],
  ])('none for %s: %s', (_, body, word) => {
    expect(rolesOf(body, word)).not.toHaveProperty('Lutsova');
  });
});

describe('a class noun in a clause joined after the event’s', () => {
  it('tells of another event', () => {
    const body = "Mourners gathered at Saint Peter's Basilica on Monday.\n\nThe pope left a letter and will be buried below the basilica.";
    expect(rolesOf(body, 'left')).not.toHaveProperty("Saint Peter's Basilica");
  });
});

describe('a capital the document does not call one', () => {
  it('is "the capital city" all the same', () => {
    const body = 'Car bombs exploded in Baghdad on Monday.\n\nPolice later fired into the air in the capital city.';
    expect(rolesOf(body, 'fired')).toEqual({ Baghdad: 'location', Iraq: 'location' });
  });
  it('is none of two capitals named before', () => {
    const body = 'Car bombs exploded in Baghdad and Kabul on Monday.\n\nPolice later fired into the air in the capital.';
    expect(rolesOf(body, 'fired')).toEqual({});
  });
});
