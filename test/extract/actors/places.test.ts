// Places read from the shape of the text: a town held by a known state, a name in a list of known
// places, a place a "where" clause hangs on, the one spelling of "St." and "Saint", and the
// country a city lies in, never read off a list. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const actorsOf = (text: string) => findActors(contextFor(text), gazetteer()).actors;
const kinds = (text: string) => Object.fromEntries(actorsOf(text).map((a) => [a.name, a.kind]));
/** Each actor's name → its parent's name, or null. */
function parents(text: string): Record<string, string | null> {
  const actors = actorsOf(text);
  const name = (id: string | null) => actors.find((a) => a.id === id)?.name ?? id;
  return Object.fromEntries(actors.map((a) => [a.name, name(a.parentId)]));
}

describe('a name read as a place', () => {
  it.each([
    ['a town a known state holds', 'Floods reached Marlowe, Mississippi, on Monday.', 'Marlowe'],
    ['a town in a list of known places', 'The choir sang in Bremerhaven, Paris and Rome last year.', 'Bremerhaven'],
    ['a town in a list after a verb of visiting', 'The pope visited Bremerhaven, Paris, and Rome in May.', 'Bremerhaven'],
    ['a place a "where" clause hangs on', 'The minister spoke from Dunmoray, where he attends a summit.', 'Dunmoray'],
    ['the state that holds it, before "where"', 'The minister spoke from Dunmoray, Kelvinshire, where he attends a summit.', 'Kelvinshire'],
    ['a town reached on foot', 'Pilgrims travelled on foot to Qadira on Friday.', 'Qadira'],
    ['a town after "the towns of"', 'Floods cut off the towns of Dorvane and Kelmor on Friday.', 'Dorvane'],
    ['the second town after "the towns of"', 'Floods cut off the towns of Dorvane and Kelmor on Friday.', 'Kelmor'],
    ['a town after "cities, including"', 'Bombs went off in several cities, including Dorvane and Kelmor.', 'Dorvane'],
    ['the second town after "cities, including"', 'Bombs went off in several cities, including Dorvane and Kelmor.', 'Kelmor'],
    ['a province after "provinces such as"', 'Aid reached provinces such as Kelvar last week.', 'Kelvar'],
    ['the last of a list stressed by "even"', 'Queues formed in Dorvane, Kelmor and even Tarsovo.', 'Tarsovo'],
    ['a middle name of such a list', 'Queues formed in Dorvane, Kelmor and even Tarsovo.', 'Kelmor'],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('place');
  });

  it.each([
    ['a person named after a place and a comma', 'Talks in Paris, Halvorsen said, went well.', 'Halvorsen'],
    ['a person met after a journey to a place', 'The envoy travelled to Lyon to meet Halvorsen, and Halvorsen agreed.', 'Halvorsen'],
    ['a dynasty after "the capital of the"', 'Rebels vowed to take the capital of the Umbrani dynasty. The Umbrani ruled long.', 'Umbrani'],
    ['a person among officials, including one', 'Several officials, including Halvorsen, resigned. Halvorsen left.', 'Halvorsen'],
  ])('not %s: %s', (_, text, name) => {
    expect(kinds(text)[name]).not.toBe('place');
  });
});

describe('one place, two spellings', () => {
  it('"St." and "Saint" name one place', () => {
    const places = actorsOf("Crowds filled St. Peter's Square on Sunday. By Monday Saint Peter's Square was empty.");
    expect(places.filter((a) => /Peter/.test(a.name))).toHaveLength(1);
  });
});

describe('the country or state a city lies in', () => {
  it.each([
    ['a town and its state', 'Floods reached Marlowe, Mississippi, on Monday.', { Marlowe: 'Mississippi' }],
    ['a list of cities has no holder', 'The pope visited Bremerhaven, Paris, and Rome in May.', { Bremerhaven: null }],
    ['a list without "and"', 'The tour went to Bremerhaven, Paris, Rome.', { Bremerhaven: null }],
    ['a town after a phrase and a comma', 'On Monday, Marlowe, Mississippi, was flooded.', { Marlowe: 'Mississippi' }],
    ['a later name of a list has no holder either', 'Storms hit Marlowe, Tupelo, Mississippi and Alabama.', { Tupelo: null }],
  ])('%s: %s', (_, text, expected) => {
    expect(parents(text)).toMatchObject(expected);
  });
});
