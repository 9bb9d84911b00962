// What kind of actor a name from the text is, from the name's own words and the words around it:
// given names beyond the hand list, given names that are also English words, and the names of
// craft, ships and storms, which are actors of their own kinds.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const kinds = (text: string) => {
  const ctx = contextFor(text);
  return Object.fromEntries(findActors(ctx, gazetteer()).actors.map((a) => [a.name, a.kind]));
};

describe('a person recognized by a given name', () => {
  it.each([
    ['a given name no hand list holds', 'Officials said Terry Wolff arrived late.', 'Terry Wolff'],
    ['another', 'The award went to Marcia Delacroix of the local school.', 'Marcia Delacroix'],
    ['a given name that is also a word, before a surname', 'Reporters asked Grant Holloway about the plan.', 'Grant Holloway'],
    ['a name with a regnal number', 'Crowds greeted Pope Clement Ostrander II on his arrival.', 'Clement Ostrander II'],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('person');
  });

  it.each([
    ['a given name before an acronym and a letter: no actor', 'Buyers waited for Mac OS Z to ship.', 'Mac OS Z', undefined],
    ['a common word behind a place preposition: a place', 'Crowds gathered in Grant Park.', 'Grant Park', 'place'],
    [
      'a common word before a plural: an organization',
      'Volunteers from Hope Brothers Rescue arrived.',
      'Hope Brothers Rescue',
      'organization',
    ],
    [
      'a common word the document also writes in lower case: an organization',
      'Farmers said the grant helped Grant Holloway Freight.',
      'Grant Holloway Freight',
      'organization',
    ],
  ])('not a person: %s', (_, text, name, kind) => {
    const found = kinds(text);
    expect(found[name]).toBe(kind);
    if (kind === undefined) expect(found).toEqual({}); // nor any part of it
  });

  it('reads a given name that is also a word as one where the document never writes the word', () => {
    expect(kinds('Farmers said the state helped Grant Holloway.')['Grant Holloway']).toBe('person');
  });

  it('keeps a surname that is also a given name, used alone, as a person', () => {
    expect(kinds('Officials said Blair flew to Berlin. Aides said Blair met the chancellor.')['Blair']).toBe('person');
  });

  it('types a military command as an organization, not a person', () => {
    expect(kinds('Officials said Pacific Command sent ships. Command staff agreed.')['Pacific Command']).toBe('organization');
  });

  it('types a name after "the town of" as a place', () => {
    expect(kinds('Officials met in the old town of Velmora. Velmora stayed calm.')['Velmora']).toBe('place');
  });

  it('keeps a place that is also a given name a place', () => {
    expect(kinds('Storms hit homes in Austin on Friday. Schools in Austin stayed shut.')['Austin']).toBe('place');
  });
});

describe('the kind a name’s head word or its apposition gives', () => {
  it.each([
    ['a building is a place', 'Crowds filled Carnegie Hall on Friday.', 'Carnegie Hall', 'place'],
    ['a site is a place', 'The crew docked at the International Space Station.', 'International Space Station', 'place'],
    ['a center named for a place is a place', 'The shuttle lifted off from the Kennedy Space Center.', 'Kennedy Space Center', 'place'],
    [
      'a center named for what it does is a body',
      'The Pacific Tsunami Warning Center said waves were possible.',
      'Pacific Tsunami Warning Center',
      'organization',
    ],
    ['a military division is a group', 'Soldiers of the 1st Cavalry Division arrived.', 'Cavalry Division', 'group'],
    [
      'a name set off after a person’s description is a person',
      'The new chairman of the election commission, Yaroslav Davydovych, said voting was calm.',
      'Yaroslav Davydovych',
      'person',
    ],
    [
      'a name behind a role in lower case is a person',
      'Commission spokesman Tarek Oubaid said counting had begun.',
      'Tarek Oubaid',
      'person',
    ],
    ['another role', 'Settler leader Avner Kedmi said the families would stay.', 'Avner Kedmi', 'person'],
    [
      'a body behind a role word stays a body',
      'The aid agency spokesman said Relief Action Council trucks had left.',
      'Relief Action Council',
      'organization',
    ],
  ])('%s: %s', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });
});

describe('named storms and craft are actors of their own', () => {
  it.each([
    [
      'a shuttle named after its head noun',
      'The space shuttle Meridian docked with the station. Meridian carried four crew.',
      'Meridian',
      'craft',
    ],
    [
      'a shuttle named in capitals',
      'Engineers inspected Space Shuttle Meridian on Monday. Meridian launched later.',
      'Space Shuttle Meridian',
      'craft',
    ],
    ['a hurricane', 'Hurricane Odalys struck the coast. Odalys weakened on Sunday.', 'Hurricane Odalys', 'storm'],
    ['a tropical storm', 'Tropical Storm Perla hit the islands on Monday.', 'Tropical Storm Perla', 'storm'],
    ['a ship by its prefix', 'Sailors aboard USS Harbinger unloaded food. Harbinger left on Friday.', 'USS Harbinger', 'craft'],
    ['a hospital ship', 'The hospital ship Serenity Bay docked at the pier. Serenity Bay stayed a week.', 'Serenity Bay', 'craft'],
    ['an aircraft known by its name alone', 'The president flew aboard Air Force One to Dallas.', 'Air Force One', 'craft'],
  ])('%s: %s', (_, text, name, kind) => {
    expect(kinds(text)).toEqual({ [name]: kind, ...(name === 'Air Force One' ? { Dallas: 'place' } : {}) });
  });

  it.each([
    ['the name alone later', 'Hurricane Odalys struck the coast. Odalys weakened on Sunday.', ['Hurricane Odalys', 'Odalys']],
    [
      'a ship named after a person, by its surname',
      'The carrier USS Tobias Wendle arrived. Sailors said Wendle would stay.',
      ['USS Tobias Wendle', 'Wendle'],
    ],
  ])('links %s to the one thing', (_, text, forms) => {
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    expect(actors).toHaveLength(1);
    expect(actorMentions.map((m) => [m.text, m.actorId])).toEqual(forms.map((f) => [f, actors[0]!.id]));
  });

  it('gives a thing one id whatever word it was named with, so that documents share it', () => {
    const ids = ['Hurricane Odalys struck.', 'Odalys struck. The hurricane Odalys weakened.'].map((text) =>
      findActors(contextFor(text), gazetteer()).actors.map((a) => [a.id, a.kind]),
    );
    expect(ids).toEqual([[['odalys', 'storm']], [['odalys', 'storm']]]);
  });

  it('keeps a ship named after a person apart from that person, in one document and across documents', () => {
    const one = 'President Tobias Wendle signed the bill. The USS Tobias Wendle arrived in port on Friday.';
    const { dataset } = extractTexts(
      [
        { path: 'a.md', raw: `---\ntitle: A\ndate: 2020-05-01\n---\n${one}` },
        { path: 'b.md', raw: '---\ntitle: B\ndate: 2020-05-02\n---\nTobias Wendle spoke to farmers on Monday.' },
      ],
      gazetteer(),
    );
    const kindsById = Object.fromEntries(dataset.actors.map((a) => [a.name, a.kind]));
    expect(kindsById).toMatchObject({ 'Tobias Wendle': 'person', 'USS Tobias Wendle': 'craft' });
  });

  it.each([
    [
      'a fund named after a storm stays a body',
      'The Hurricane Odalys Relief Fund raised money.',
      'Hurricane Odalys Relief Fund',
      'organization',
    ],
    ['a day after a storm word is no storm', 'Officials said the storm Monday flooded roads.', 'Monday', undefined],
    ['an operation is no actor', 'Operation Desert Storm began in January.', 'Operation Desert Storm', undefined],
    [
      'a thing word used as a verb',
      "Tomas Varga spoke on Monday. Rebels vowed to storm Varga's last bastions. Varga said he would stay.",
      'Tomas Varga',
      'person',
    ],
  ])('not a thing: %s', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });

  it('leaves "its" after a craft to the craft, not to the organization named before', () => {
    const ctx = contextFor('Halvorsen Motors Corporation built the rover. Engineers cheered as the rover and its camera landed.');
    expect(findActors(ctx, gazetteer()).actorMentions.map((m) => m.text)).toEqual(['Halvorsen Motors Corporation']);
    const control = contextFor('Halvorsen Motors Corporation built a plant. Engineers cheered as its shares rose.');
    expect(findActors(control, gazetteer()).actorMentions.map((m) => m.text)).toEqual(['Halvorsen Motors Corporation', 'its']);
  });

  it('keeps the group named after a ship an organization, without its prefix as a short form', () => {
    const ctx = contextFor('The USS Harbinger Strike Group sailed south. Sailors of USS Tallow waved.');
    const { actors, actorMentions } = findActors(ctx, gazetteer());
    expect(actors.map((a) => [a.name, a.kind])).toEqual([
      ['USS Harbinger Strike Group', 'organization'],
      ['USS Tallow', 'craft'],
    ]);
    expect(actorMentions.map((m) => m.text)).toEqual(['USS Harbinger Strike Group', 'USS Tallow']);
  });
});

describe('names read from the words around them', () => {
  it.each([
    [
      'a brand that lists of first names hold',
      'Workers at Chrysler went on strike. Analysts said Chrysler would recover.',
      'Chrysler',
      'organization',
    ],
    ['an acronym after a word for a body', 'The space agency NASA says the repair is easy.', 'NASA', 'organization'],
    ['a later place of a list behind "in"', 'Bombs exploded in Tikrit and Kirkuk on Monday.', 'Kirkuk', 'place'],
    ['a middle place of a list', 'Polls closed in Tikrit, Kirkuk and Hilla.', 'Kirkuk', 'place'],
    ['a town reached', 'Medics flew with a field hospital to Balakot.', 'Balakot', 'place'],
    [
      'a surname the document also writes after a title',
      'President Halvorsen condemned the attacks. Halvorsen said the police would find them. Halvorsen left.',
      'Halvorsen',
      'person',
    ],
    ['a place whose last word is "Isle"', 'The storm made landfall at Grand Isle.', 'Grand Isle', 'place'],
  ])('%s: %s', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });

  it.each([
    ['a dispute over', 'The two firms fought a long dispute over Kestrel.'],
    ['control over', 'Control over Kestrel passed to the bank.'],
  ])('takes no name behind "over" for a place in %s: %s', (_, text) => {
    expect(kinds(text)['Kestrel']).not.toBe('place');
  });

  it('takes a name flown over for a place', () => {
    expect(kinds('Helicopters flew over Meulaboh on Monday.')['Meulaboh']).toBe('place');
  });

  it('takes no one named after a comma for a place of a list', () => {
    expect(kinds('In Tikrit, Halvorsen said the roads were open. Halvorsen left.')['Halvorsen']).not.toBe('place');
  });

  it('does not read a state as the short form of a name that starts with it', () => {
    const ctx = contextFor('Crowds sheltered in the Louisiana Superdome. The storm hit the Louisiana coast.');
    const { actors, actorMentions } = findActors(ctx, gazetteer());
    const coast = actorMentions.find((m) => m.start === ctx.text.lastIndexOf('Louisiana'));
    expect(actors.find((a) => a.id === coast?.actorId)?.name).toBe('Louisiana');
  });

  it.each([
    [
      'after the body, then alone',
      'Officers of Norland Yard questioned two men. The minister flew to Norland for talks. The minister left Norland on Monday.',
    ],
    [
      'before the body',
      'The minister flew to Norland for talks. Officers of Norland Yard questioned two men. The minister left Norland on Monday.',
    ],
    [
      'as the holder of a town',
      'Officers of Norland Yard flew to Tarvik, Norland, on Monday. Two days later the inspector left Norland for good.',
    ],
    [
      'as the holder of a town, before the body',
      'Police in Tarvik, Norland, questioned two men of Norland Yard. The minister left Norland on Monday.',
    ],
  ])('keeps a place the document names as one apart from a body its name opens: %s', (_, body) => {
    const ctx = contextFor(body);
    const { actors, actorMentions } = findActors(ctx, gazetteer());
    const left = actorMentions.find((m) => m.start === ctx.text.lastIndexOf('Norland'));
    expect(actors.find((a) => a.id === left?.actorId)?.name).toBe('Norland');
  });

  it('does not read someone called after a place as the place that holds it', () => {
    const ctx = contextFor('Tarvik Gorani spoke on Monday. History is made in Lyon, Tarvik, but Tarvik Gorani agreed.');
    const { actors, actorMentions } = findActors(ctx, gazetteer());
    const called = actorMentions.find((m) => m.start === ctx.text.indexOf('Tarvik,'));
    expect(actors.find((a) => a.id === called?.actorId)?.name).toBe('Tarvik Gorani');
  });

  it('still reads the first word of a body alone as the body when nothing makes it a place', () => {
    const ctx = contextFor('Officers of Norland Yard questioned two men. Norland said it would say more later.');
    const { actors, actorMentions } = findActors(ctx, gazetteer());
    const said = actorMentions.find((m) => m.start === ctx.text.lastIndexOf('Norland'));
    expect(actors.find((a) => a.id === said?.actorId)?.name).toBe('Norland Yard');
  });

  it('puts a city in the state named after it with a comma, not in the next place of a list', () => {
    const ctx = contextFor('Crowds rallied in Biloxi, Mississippi, on Friday. Bombs hit Tikrit, Kirkuk and Hilla.');
    const parents = Object.fromEntries(findActors(ctx, gazetteer()).actors.map((a) => [a.name, a.parentId ?? null]));
    expect(parents['Biloxi']).toBe('mississippi');
    expect(parents['Tikrit'] ?? null).toBeNull();
  });
});

describe("a place named with a possessive: 'Saint Anne's Square'", () => {
  it.each([
    ['a square', "Crowds filled Saint Anne's Square on Sunday.", "Saint Anne's Square", 'place'],
    ['a possessive with no s', "Mourners gathered in Founders' Square.", "Founders' Square", 'place'],
    ['a cathedral', "Bells rang at St. Brendan's Cathedral.", "St. Brendan's Cathedral", 'place'],
  ])('%s: one place', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });

  it.each([
    ['an owner before a name of its own', "Engineers left Norland's Tarvik Harbour at noon.", "Norland's Tarvik Harbour"],
    [
      'an owner before a body named with "for"',
      "According to Norland's Centre for Storm Studies, the wind eased.",
      "Norland's Centre for Storm Studies",
    ],
  ])('not one name: %s', (_, text, joined) => {
    expect(kinds(text)[joined]).toBeUndefined();
  });
});

describe('a storm across documents', () => {
  it('is one storm actor where one document names it alone and another after its word', () => {
    const { dataset } = extractTexts([
      { path: 'a.txt', raw: 'Officials said Odalys flooded the port. Odalys weakened later.\n' },
      { path: 'b.txt', raw: 'Forecasters said Hurricane Odalys struck the coast on Monday.\n' },
    ]);
    expect(dataset.actors.filter((a) => a.id === 'odalys').map((a) => [a.name, a.kind])).toEqual([['Hurricane Odalys', 'storm']]);
  });
});
