// A capital is the city where something happened, or its government acting. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { isCityUse } from '../../../src/extract/actors/capitalPlaces.ts';

/** Whether the capital `name` in `text` is read as the city. */
const city = (text: string, name: string) => {
  const start = text.indexOf(name);
  return isCityUse(text, start, 0, start + name.length);
};

describe('a capital before a noun of what happens', () => {
  it.each([
    ['after an article', 'Survivors of the Lisbon bombings met on Monday.', 'Lisbon'],
    ['after an adjective', 'The deadly Lisbon protests ended on Monday.', 'Lisbon'],
    ['after a possessive', "Monday's Lisbon summit ended early.", 'Lisbon'],
    ['a noun with no verb reading', 'Lisbon bombings left 30 dead.', 'Lisbon'],
  ])('is the city %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(true);
  });

  it.each([
    ['a verb of protest', 'Beijing protests the arms sale to Taiwan.', 'Beijing'],
    ['a verb of rallying', 'Tehran rallies support for the deal, officials said on Monday.', 'Tehran'],
    ['a verb of firing', 'Lisbon fires its central bank chief.', 'Lisbon'],
    ['a verb after "that"', 'Officials said that Lisbon protests the sale.', 'Lisbon'],
  ])('is the government with %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(false);
  });
});
