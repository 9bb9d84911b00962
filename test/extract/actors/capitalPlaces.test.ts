// A capital is the city where something happened, or its government acting. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { isCityUse } from '../../../src/extract/actors/capitalPlaces.ts';
import { buildGazetteer } from '../../../src/extract/actors/gazetteer.ts';
import { rolesOf } from '../helpers.ts';

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

describe("a capital's possessive", () => {
  it.each([
    ['a mayor', "Lisbon's mayor opened the bridge on Monday.", 'Lisbon', true],
    ['its council, past a modifier', "Lisbon's city council voted on Monday.", 'Lisbon', true],
    ['its police are the state’s', "Lisbon's secret police arrested the activist.", 'Lisbon', false],
    ['a position is the government’s', "Lisbon's position hardened on Monday.", 'Lisbon', false],
    ['an envoy is the government’s', "Lisbon's envoy met the rebels.", 'Lisbon', false],
  ])('%s: %s', (_, text, name, isCity) => {
    expect(city(text, name)).toBe(isCity);
  });
});

describe('a capital after a verb of going or visiting', () => {
  it.each([
    ['reaching', 'The convoy reached Lisbon on Monday.', 'Lisbon'],
    ['leaving', 'The minister left Lisbon early.', 'Lisbon'],
    ['visiting', 'The pope visits Lisbon next week.', 'Lisbon'],
    ['touring', 'The envoy toured Lisbon on Friday.', 'Lisbon'],
    ['nearing', 'Rebel columns neared Lisbon on Sunday.', 'Lisbon'],
    ['patrolling', 'Soldiers patrolled Lisbon overnight.', 'Lisbon'],
    ['searching', 'Police are searching Lisbon for the gunman.', 'Lisbon'],
    ['searched', 'Police searched Lisbon for the gunman.', 'Lisbon'],
    ['combing', 'Troops were combing Lisbon for survivors.', 'Lisbon'],
  ])('is the city after %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(true);
  });

  it.each([
    ['approaches by', 'The bank turned down approaches by Lisbon.', 'Lisbon'],
    ['a search by', 'A search by Lisbon found two spies on Monday.', 'Lisbon'],
    ['a search for', 'The search for Lisbon agents widened.', 'Lisbon'],
    ['patrols by', 'Patrols by Lisbon began in the Atlantic on Monday.', 'Lisbon'],
    ['the searches that a capital ordered', 'Madrid rejected the searches Lisbon ordered on Monday.', 'Lisbon'],
    ['a search that a capital demanded', 'Rome rejected a search Lisbon demanded on Monday.', 'Lisbon'],
  ])('is no city after a noun spelled as a going verb: %s', (_, text, name) => {
    expect(city(text, name)).toBe(false);
  });

  it.each([
    ['A search by Beijing found two spies on Monday.', 'found', 'China'],
    ['Patrols by Moscow began in the Baltic on Monday.', 'began', 'Russia'],
  ])('leaves the acting capital its country: %s', (text, trigger, country) => {
    expect(Object.keys(rolesOf(text, trigger))).toContain(country);
  });
});

describe('a capital after a place noun', () => {
  it.each([
    ['set off after "the capital"', 'Aid piled up at the main airport in the capital, Lisbon, on Monday.', 'Lisbon'],
    ["after a country's capital", 'Blasts shook the Portuguese capital Lisbon.', 'Lisbon'],
    ['after "city"', 'Floods hit the port city, Lisbon, on Monday.', 'Lisbon'],
    ['last of a list', 'Rebels hold the coast and the Portuguese capital Lisbon.', 'Lisbon'],
  ])('is the city %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(true);
  });

  it('places the event in the city and its country, also through "where"', () => {
    const body = 'Troops run the main airport in the capital, Lisbon, where most of the food is landing.';
    expect(rolesOf(body, 'landing')).toEqual({ Lisbon: 'location', Portugal: 'location' });
  });

  it.each([
    ["after a country's capital", 'The Portuguese capital Lisbon approved the plan on Monday.'],
    ['set off after "the capital"', 'The capital, Lisbon, warned Madrid on Monday.'],
    ['in a reported clause', 'Officials said the Portuguese capital Lisbon would approve the plan.'],
  ])('leaves a capital that acts its country: %s', (_, text) => {
    expect(city(text, 'Lisbon')).toBe(false);
  });
});

describe('a name that is a state as well as a capital', () => {
  it.each([
    ['before "state"', 'Storms hit farms in Washington state on Sunday.', 'Washington'],
    ['after a town and a comma', 'She grew up in Tacoma, Washington before she moved east.', 'Washington'],
  ])('is no city %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(false);
  });

  it.each([
    ['inside a list of towns', 'Strikes spread to Lyon, Paris and Lille.', 'Paris'],
    ['after a name and a comma, before its verb', 'Hours before the start of Lent, Lisbon shook with blasts.', 'Lisbon'],
  ])('is the city %s: %s', (_, text, name) => {
    expect(city(text, name)).toBe(true);
  });

  it('is the state in a sentence, where the country holds the place', () => {
    const where = rolesOf('Fires burned in Washington state on Sunday.', 'burned');
    expect(where).toEqual({ 'United States': 'location' });
  });
});

describe('a country alias that is the first word of its capital', () => {
  const forms = (code: string, alias: string) =>
    buildGazetteer([{ file: 'user.json', lexicon: { countries: { aliases: { [code]: [alias] } } } }]).forms.get(alias) ?? [];
  it.each([
    ['the capital less an abbreviation is the capital', 'USA', 'Washington', 'capital'],
    ['the country of a "City" capital is the country', 'KWT', 'Kuwait', 'name'],
    ['the same for Mexico', 'MEX', 'Mexico', 'name'],
  ])('%s: %s', (_, code, alias, kind) => {
    expect(forms(code, alias).find((f) => f.text === alias)?.kind).toBe(kind);
  });
});
