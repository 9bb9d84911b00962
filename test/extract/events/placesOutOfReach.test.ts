// Where an event happens when the place stands out of the verb's reach: set "on" land or water,
// a part of a place ("the villages of"), a "where" in a parenthesis, behind "in" before the verb;
// or pointed at by "the area", "the region", "the state" or a class noun with describing words.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('a place out of the verb’s reach is where it happens', () => {
  it.each([
    ['land or water something is set on', 'Two levees on Lake Nemora failed on Monday.', 'failed', 'Lake Nemora'],
    ['islands with their owner', "Doctors landed on India's remote Nicobar Islands on Monday.", 'landed', 'Nicobar Islands'],
    ['the owner of islands something is set on', "Doctors landed on India's remote Nicobar Islands on Monday.", 'landed', 'India'],
    ['a part of a place', 'Troops fanned out into the villages of the Gaza Strip on Monday.', 'fanned', 'Gaza Strip'],
    ['a part of a capital', 'Troops patrolled in the streets of Baghdad on Monday.', 'patrolled', 'Baghdad'],
    ['a part of a place "on"', "Mourners gathered on the steps of Saint Anne's Basilica on Friday.", 'gathered', "Saint Anne's Basilica"],
    ['a state named by its class', 'A state of emergency was declared in the U.S. state of Louisiana on Monday.', 'declared', 'Louisiana'],
    ['a place joined past a direction', 'Troops fanned out into Gaza and the northern West Bank on Monday.', 'fanned', 'West Bank'],
    ['behind a name with a hyphen', 'Troops surveyed the damage in Pakistan-controlled Kashmir on Tuesday.', 'surveyed', 'Kashmir'],
    ['a "where" in a parenthesis', 'Voting was slow in Hebron (where Ana Ruiz is observing) on Monday.', 'observing', 'Hebron'],
    [
      'a place behind "in" before the verb',
      'Officials at the embassy in Islamabad announced the plan on Monday.',
      'announced',
      'Islamabad',
    ],
  ])('%s: %s', (_, body, word, place) => {
    expect(rolesOf(body, word)[place]).toBe('location');
  });

  it.each([
    ['a noun that says no where', 'Crowds marched in the streets of Kyiv in support of Ukraine.', 'marched', 'Kyiv', 'Ukraine'],
    [
      'a country that only begins a body’s name',
      'Officials at the U.S. Embassy in Islamabad announced the plan on Monday.',
      'announced',
      'Islamabad',
      'United States',
    ],
    ['a city "on"', 'Rain fell on Kirkuk and on Lake Nemora on Monday.', 'fell', 'Lake Nemora', 'Kirkuk'],
  ])('%s is not: %s', (_, body, word, place, not) => {
    const roles = rolesOf(body, word);
    expect(roles[place]).toBe('location');
    expect(roles[not]).not.toBe('location');
  });
});

describe('a place behind "in" before the event word', () => {
  it('is no subject, unless a relative clause tells of it', () => {
    const body = 'After touring the damage in Pakistan-controlled Kashmir on Tuesday, officials promised more aid.';
    expect(rolesOf(body, 'promised')).not.toHaveProperty('Kashmir', 'agent');
    expect(rolesOf(body, 'touring')).toHaveProperty('Kashmir', 'location');
    expect(rolesOf('Thousands stayed in Norland, which flooded on Monday.', 'flooded')).toHaveProperty('Norland');
  });
});

describe('the places of an aside after the subject, opened by a gerund', () => {
  it.each([
    ['where the speaker speaks', 'Ana Ruiz, speaking at the Jakarta conference, says the money must be spent now.', 'says', 'Jakarta'],
    [
      'every place of a list',
      'The aircrews, flying out of Muzaffarabad and Kabul to the remote valleys, have transported 9,000 tons of supplies.',
      'transported',
      'Kabul',
    ],
  ])('are where the subject’s verb happens: %s', (_, body, word, place) => {
    expect(rolesOf(body, word)[place]).toBe('location');
  });
  it('but not where what is said happens', () => {
    const body = 'Ana Ruiz, speaking in Jakarta, said rebels attacked the army on Monday.';
    expect(rolesOf(body, 'said')).toHaveProperty('Jakarta', 'location');
    expect(rolesOf(body, 'attacked')).not.toHaveProperty('Jakarta');
  });
});

describe('a place pointed at by a noun', () => {
  it.each([
    [
      '"the area", the one place named before',
      'Police raided four homes in Leeds on Tuesday. Troops evacuated 500 people from the area.',
      'evacuated',
      { Leeds: 'location' },
    ],
    [
      '"the region", a place named as land',
      'Floods hit Aceh Province on Monday. Troops flew to the region on Tuesday.',
      'flew',
      { 'Aceh Province': 'location' },
    ],
    [
      '"the state", a state of the United States',
      'Texas Governor Ana Ruiz spoke on Monday. The state ordered an evacuation.',
      'ordered',
      { Texas: 'agent' },
    ],
    [
      '"there", past a country that acts and its "its"',
      'Crowds in Gaza broke out in wild celebration as Israel pulled out its last troops and ended its long presence there.',
      'ended',
      { Israel: 'agent', Gaza: 'location' },
    ],
    [
      'a class noun for a place with a mayor',
      'New Orleans Mayor Ana Ruiz spoke on Monday. Hundreds of people in the city were evacuated.',
      'evacuated',
      { 'New Orleans': 'location' },
    ],
    [
      'a class noun with a name among its describing words',
      'Floods hit the city of Norland on Monday. Thousands of people in the southern U.S. city were evacuated.',
      'evacuated',
      { Norland: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('"the area" is no country, "the region" no city or square', () => {
    expect(rolesOf('Police raided four homes in Leeds on Tuesday. Troops evacuated 500 people from the area.', 'evacuated')).toHaveProperty(
      'Leeds',
    );
    expect(rolesOf('Ana Ruiz visited Haiti on Monday. Troops evacuated 500 people from the area.', 'evacuated')).not.toHaveProperty(
      'Haiti',
    );
    expect(rolesOf('Floods hit Aceh Province on Monday. Troops flew to the region on Tuesday.', 'flew')).toHaveProperty('Aceh Province');
    for (const place of ['New Orleans', 'Tahrir Square'])
      expect(rolesOf(`Crowds gathered in ${place} on Monday. Troops flew to the region on Tuesday.`, 'flew')).not.toHaveProperty(place);
  });
});

describe('a capital reached or left', () => {
  it('is the city, not its country', () => {
    const roles = rolesOf('Troops reached Baghdad on Monday.', 'reached');
    expect(roles).toHaveProperty('Baghdad');
    expect(roles).not.toHaveProperty('Iraq', 'patient');
  });
});
