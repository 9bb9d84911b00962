// Names recognized whole and typed right: what is glued to a name (a month, a sentence's first
// adjective, a country that owns it or a title's country) is no part of it, a name written with
// lower-case parts stays one name, and a disaster, a facility or a people is not an organization.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { analyze } from '../../../src/extract/language/analyze.ts';
import { contextFor, eventTitled, eventsOf, gazetteer } from '../helpers.ts';

const kinds = (text: string) => {
  const ctx = contextFor(text);
  return Object.fromEntries(findActors(ctx, gazetteer()).actors.map((a) => [a.name, a.kind]));
};
const actors = (text: string) => findActors(contextFor(text), gazetteer()).actors;

describe('what is glued before a name is no part of it', () => {
  it.each([
    ['a month', 'Voters lined up for the March Regional Assembly elections.', 'Regional Assembly', 'March Regional Assembly'],
    [
      'a month and "of"',
      'Talks resumed in May of Northern Water Commission members.',
      'Northern Water Commission',
      'May of Northern Water Commission',
    ],
    ['"All"', 'Staff said All Harbour Department offices would close.', 'Harbour Department', 'All Harbour Department'],
  ])('%s: %s', (_, text, name, wrong) => {
    const found = kinds(text);
    expect(found[name]).toBe('organization');
    expect(found[wrong]).toBeUndefined();
  });
});

describe("a clause's first verb before a name is no part of it", () => {
  const analyzed = (text: string) => {
    const ctx = contextFor(text);
    ctx.analysis = analyze(text, ctx.sentences);
    return findActors(ctx, gazetteer()).actors.map((a) => a.name);
  };
  it.each([
    [
      'after an opening quote',
      'The minister spoke. "Given Halvorsen\'s record, we doubt it," said Mary Lenz.',
      'Halvorsen',
      'Given Halvorsen',
    ],
    [
      "after a dateline's dash",
      "TOBRUK (Reuters) -- Driving Omar Halvorsen's troops out took weeks.",
      'Omar Halvorsen',
      'Driving Omar Halvorsen',
    ],
    ['after a spaced dash', 'Blog - Regarding Omar Halvorsen, the vote is close.', 'Omar Halvorsen', 'Regarding Omar Halvorsen'],
  ])('%s: %s', (_, text, name, wrong) => {
    const names = analyzed(text);
    expect(names).toContain(name);
    expect(names).not.toContain(wrong);
  });
});

describe('a name after a quote or a dash keeps a first word the tagger calls no noun', () => {
  const analyzed = (text: string) => {
    const ctx = contextFor(text);
    ctx.analysis = analyze(text, ctx.sentences);
    return findActors(ctx, gazetteer()).actors.map((a) => a.name);
  };
  it.each([
    ['a given name after a quote', '"Josh Tiller spoke for the mayor," the paper said.', 'Josh Tiller'],
    ['a given name after a dash', 'BOSTON -- Josh Tiller would not comment.', 'Josh Tiller'],
    [
      'a column the document names twice',
      'PARIS -- Breaking Views said the bank was weak. "Breaking Views is wrong," the bank said.',
      'Breaking Views',
    ],
    [
      'a magazine the document names twice',
      'Rolling Stone printed the letter. "Rolling Stone stands by it," an editor said.',
      'Rolling Stone',
    ],
  ])('%s: %s', (_, text, name) => {
    expect(analyzed(text)).toContain(name);
  });
});

describe('a name with lower-case parts is one name', () => {
  it.each([
    ['a particle between spaces', 'The bishop was born in Kelbach am Tann in 1931.', 'Kelbach am Tann'],
    ['another', 'Officials in Frankfurt am Main approved the plan.', 'Frankfurt am Main'],
    ['hyphenated particles', 'Crowds gathered in Stratford-upon-Avon on Sunday.', 'Stratford-upon-Avon'],
    ['another', 'Ferries were moored in Rostov-on-Don at dawn.', 'Rostov-on-Don'],
  ])('a place, %s: %s', (_, text, name) => {
    const found = kinds(text);
    expect(found[name]).toBe('place');
    expect(Object.keys(found)).toEqual([name]);
  });

  it('keeps a given name of two syllables joined by a hyphen whole', () => {
    const found = kinds('Secretary-General Pak Ji-hoon met Prime Minister Lee Sung-won in the morning.');
    expect(found['Pak Ji-hoon']).toBe('person');
    expect(found['Lee Sung-won']).toBe('person');
    expect(found['Pak Ji']).toBeUndefined();
  });

  it('still parts a name from a lower-case modifier after a hyphen', () => {
    const found = kinds('The Iraq-led talks and the Bush-era rules were discussed.');
    expect(found['Iraq']).toBe('country');
    expect(Object.keys(found).some((n) => /-(?:led|era)/.test(n))).toBe(false);
  });

  it('parts a name from a capitalized prefix before a hyphen', () => {
    const found = kinds('Post-war Iraq was calm on Sunday, and Anti-war Britain voted.');
    expect(found['Iraq']).toBe('country');
    expect(Object.keys(found).some((n) => /^(?:Post|Anti)-/.test(n))).toBe(false);
  });
});

describe('a disaster or a facility is no organization', () => {
  it('names no actor with a disaster', () => {
    expect(kinds('Aid for the Coral Basin Tsunami victims arrived. The Coral Basin Tsunami destroyed ports.')).toEqual({});
  });

  it.each([
    ['an airfield', 'Two planes landed at Chatterfield Airfield on Tuesday.', 'Chatterfield Airfield'],
    ['a chapel', 'Cardinals said the Verlaine Chapel would stay shut.', 'Verlaine Chapel'],
    ['a basilica named by a possessive', "Bells rang at St. Anselm's Basilica as the crowd left.", "St. Anselm's Basilica"],
    ['a pier', 'Ships unloaded at Marrow Pier on Friday.', 'Marrow Pier'],
  ])('%s is a place: %s', (_, text, name) => {
    const found = kinds(text);
    expect(found[name]).toBe('place');
  });
});

describe('a country before a name is its owner or part of a title, not the actor', () => {
  it('types a broadcaster behind a possessive country as media, the country its parent', () => {
    const found = actors("The story was first aired by Norway's NRK television network on Monday.");
    expect(found.find((a) => a.name === 'NRK')).toMatchObject({ kind: 'media', parentId: 'norway' });
  });

  it('types a one-word name before a word for a body as an organization', () => {
    expect(kinds('Voters backed the Verdant party in March.')['Verdant']).toBe('organization');
  });

  it.each([
    ['"to" a country', 'U.S. Ambassador to Chile Oren Valcke said the talks went well.'],
    ['"of" a country', 'The Minister of Gabon Oren Valcke resigned on Monday.'],
    ['"to" a country, the surname used alone later', 'U.S. Ambassador to Chile Oren Valcke spoke first. Valcke said the talks went well.'],
  ])('reads a title with %s before a name as the person: %s', (_, text) => {
    const found = actors(text);
    const person = found.find((a) => a.name === 'Oren Valcke');
    expect(person?.kind).toBe('person');
    expect(found.some((a) => /(?:Chile|Gabon) Oren/.test(a.name))).toBe(false);
    if (text.startsWith('U.S.')) expect(person?.parentId).toBe('united-states');
  });
});

describe("a sentence's first word glued to a brand or a model is no part of it", () => {
  it.each([
    ['before a brand', 'Current PowerPC chips run hot, engineers said. Current PowerPC sales fell.', 'Current PowerPC'],
    ['before a model', 'Additional C-17 flights landed on Monday. Additional C-17 loads would follow, crews said.', 'Additional C-17'],
  ])('%s: %s', (_, text, wrong) => {
    expect(kinds(text)[wrong]).toBeUndefined();
  });
});

describe("a demonym's plural names the people, a group that belongs to the country", () => {
  it.each([
    ['opening the sentence', 'Chileans voted in large numbers on Sunday.'],
    ['behind an article', 'Observers said the Chileans voted calmly.'],
    ["behind a sentence's first adjective", 'Local Chileans said the vote went well.'],
  ])('%s: %s', (_, text) => {
    const found = actors(text);
    expect(found.find((a) => a.name === 'Chileans')).toMatchObject({ kind: 'group', parentId: 'chile' });
    expect(found.some((a) => a.name === 'Local Chileans')).toBe(false);
  });

  it('keeps a demonym before a word for officials as the country', () => {
    const found = findActors(contextFor('Chilean officials said the vote went well.'), gazetteer());
    expect(found.actorMentions.map((m) => m.actorId)).toEqual(['chile']);
  });
});

describe('a lone name that speaks and is "he" or "she" after is a person', () => {
  it.each([
    ['opening the sentence', 'Halbrook told reporters he would stay.'],
    ['after a quotation', '“We will stay,” said Halbrook. She left on Monday.'],
    ['inside a sentence', 'On Monday, Halbrook said he would stay.'],
  ])('%s: %s', (_, text) => {
    expect(kinds(text)['Halbrook']).toBe('person');
  });

  it.each([
    ['a company, "it" after it', 'Orvell said it would raise prices. Orvell said sales rose.', 'Orvell'],
    ['a word for people', 'Officials said he would stay.', 'Officials'],
    ['a pronoun', 'Everyone said he left early.', 'Everyone'],
  ])('not %s: %s', (_, text, name) => {
    expect(kinds(text)[name]).not.toBe('person');
  });
});

describe('a person named with a role set off by commas', () => {
  it.each([
    ['the role after the name', 'The plane carried Pradeep Vanu, administrator of the Agency for Coastal Aid.'],
    ['the role, with an abbreviation, before the name', 'The head of the U.S. Agency for Coastal Aid, Pradeep Vanu, spoke on Sunday.'],
    ['a role behind an owner', "Pradeep Vanu, the agency's chief spokesman for the region, spoke."],
  ])('%s: %s', (_, text) => {
    expect(kinds(text)['Pradeep Vanu']).toBe('person');
  });
});

describe('a community of faith or a people named with an adjective is no organization', () => {
  it('names no actor with "Roman Catholics" nor with its first word', () => {
    const found = kinds('Officials said Roman Catholics prayed at the Roman Catholic Church. Roman Catholics wept.');
    expect(found).toEqual({ 'Roman Catholic Church': 'organization' });
  });

  it('names no actor with the plural of a faith', () => {
    expect(kinds('Observers said Protestants voted in large numbers. Protestants said the vote was fair.')).toEqual({});
  });

  it('names a community the lexicon lists as a group, by any of its names', () => {
    expect(kinds('Observers said Sunni Arabs voted in large numbers. Kurds said the vote was fair.')).toEqual({
      Sunnis: 'group',
      Kurds: 'group',
    });
  });

  it('types a demonym of two words in the plural as a group', () => {
    expect(actors('Officials said North Koreans voted.').find((a) => a.name === 'North Koreans')).toMatchObject({
      kind: 'group',
      parentId: 'north-korea',
    });
  });
});

describe('more names typed by their words', () => {
  it('parts a service from the aircraft named after it by its designation, a product', () => {
    const found = kinds('Two Air Force C-130 Hercules aircraft arrived. A Coast Guard C-130 landed later.');
    expect(found).toMatchObject({ 'Air Force': 'group', 'C-130 Hercules': 'product', 'Coast Guard': 'organization', 'C-130': 'product' });
    expect(found['Air Force C-130 Hercules']).toBeUndefined();
  });

  it('types a name before a site word in lower case as a place', () => {
    expect(kinds('The aircraft will land at the Kessar Royal air base on Monday.')['Kessar Royal']).toBe('place');
  });

  it.each([
    ['"Rear Adm."', 'Navy Rear Adm. Tom Kessel said the ships had left.', 'Tom Kessel'],
    ['"Sister"', 'The nuns said Sister Paulina Vrede had prayed all night.', 'Paulina Vrede'],
  ])('cuts off a title, %s: %s', (_, text, name) => {
    const found = kinds(text);
    expect(found[name]).toBe('person');
    expect(Object.keys(found).some((n) => /Rear|Sister/.test(n))).toBe(false);
  });

  it('types a body named with a place after it as the body, however often the place is named alone', () => {
    const found = kinds('Troops from Combined Forces Command Oskaria arrived. Oskaria is calm. Oskaria voted.');
    expect(found['Combined Forces Command Oskaria']).toBe('organization');
  });
});

describe('the person a title names behind "to" a country is the actor', () => {
  it('makes the person, not the country before the title, the agent', () => {
    const events = eventsOf('U.S. Ambassador to Chile Oren Valcke visited the port on Monday.', '2026-03-02');
    expect(eventTitled(events, 'U.S. Ambassador').actorIds).toEqual(['oren-valcke']);
  });
});

describe('names a read-through found misread', () => {
  it('keeps a group named by a letter and a number an organization, not a product', () => {
    expect(kinds('Leaders of the G-20 met in London on Thursday.')['G-20']).not.toBe('product');
  });

  it('keeps "All" that opens a name after "the"', () => {
    expect(kinds('The All India Congress Committee met in Delhi on Monday.')['All India Congress Committee']).toBe('organization');
  });

  it('does not make a company a person when "he" may be someone named after it', () => {
    const found = kinds('Microsoft said Ballmer would retire and that he would stay on the board.');
    expect(found['Microsoft']).not.toBe('person');
  });
});

describe('what is no actor, however it is capitalized', () => {
  it.each([
    [
      "a site's fine print",
      'Readers must follow the Rules of Conduct set out in our Terms of Service.',
      ['Rules of Conduct', 'Terms of Service'],
    ],
    ['another', 'Your data is handled under our Privacy Policy. All Rights Reserved.', ['Privacy Policy', 'All Rights Reserved']],
    ["a title's portfolio", 'Mara Velt, the High Commissioner for Human Rights, said human rights were at stake.', ['Human Rights']],
    [
      'a portfolio of affairs after a title of two words',
      "Lena Hart, the alliance's Secretary General for Political Affairs, said talks would go on.",
      ['Political Affairs'],
    ],
    [
      'a portfolio the document writes nowhere else',
      'Navi Orlan, the High Commissioner for Human Rights, spoke on Monday.',
      ['Human Rights'],
    ],
  ])('%s: %s', (_, text, names) => {
    const found = kinds(text);
    for (const name of names) expect(found[name]).toBeUndefined();
  });

  it('keeps a country after a title\'s "of" or "for"', () => {
    expect(kinds('The President of Egypt met the Minister of Trade, and trade talks began.')['Egypt']).toBeDefined();
    expect(kinds('The Special Envoy for New Mexico met the Minister of Trade on Monday.')['New Mexico']).toBeDefined();
  });

  it.each([
    ['a bank after an economist\'s "for"', 'Lena Hart, Chief Economist for Corvel Sachs, said prices would rise.', 'Corvel Sachs'],
    [
      'a body after an analyst\'s "for"',
      'Maria Lopez, Senior Analyst for Plain Rights Watch, said the vote was unfair.',
      'Plain Rights Watch',
    ],
    [
      'a body whose words the document also writes in lower case',
      'Ken Rolt, Executive Director of Plain Rights Watch, said the plain rights situation was grave. Observers will watch.',
      'Plain Rights Watch',
    ],
  ])('keeps an employer after a title: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('organization');
  });

  it('keeps a body named for what it watches whole', () => {
    const found = kinds('The Kelvar Observatory for Human Rights said 12 people died.');
    expect(found['Kelvar Observatory for Human Rights']).toBe('organization');
    expect(found['Human Rights']).toBeUndefined();
  });
});

describe('a verb before a place is no storm', () => {
  it('"storm Kessabad city" names the city', () => {
    const found = kinds('His brother was ordered to go and storm Kessabad city on Friday, and Kessabad fell.');
    expect(found['Kessabad']).not.toBe('storm');
  });
});

describe('a person whose name is written with initials or behind an honorific', () => {
  it.each([
    ['initials without dots', 'The briefing was led by PJ Kellerby on Monday. Kellerby said the talks would go on.', 'PJ Kellerby'],
    ["a cleric's honorific", 'Crowds greeted Sheik Hamid Velani on Monday, and Mullah Tarik Osmani arrived later.', 'Hamid Velani'],
    ['another', 'Crowds greeted Sheik Hamid Velani on Monday, and Mullah Tarik Osmani arrived later.', 'Tarik Osmani'],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('person');
  });

  it.each([
    ['a word in capitals', 'NO American troops will go, they said, and no one argued. American officials agreed on Monday.', 'NO American'],
    ['a compass point', 'Clashes spread in NE Syria on Monday, and Syria closed its border.', 'NE Syria'],
    ['a bank by its shares', 'Shares of KL Harlow and Harlow Brandt fell on Monday.', 'KL Harlow'],
    ['a car by its sales', 'KV Tarro sales rose in May, Tarro dealers said.', 'KV Tarro'],
  ])('not %s: %s', (_, text, name) => {
    expect(kinds(text)[name]).not.toBe('person');
  });

  it("keeps letters that stand alone as a body's name", () => {
    const found = kinds('The US Army sent troops on Monday. The US said more would follow, and the Army agreed.');
    expect(found['US Army']).toBe('organization');
  });
});

describe('a byline run into its outlet is the reporter and the outlet, two names', () => {
  it.each([
    ['a broadcaster', 'Tom Haddon BBC News, Beirut The envoy met rebel leaders on Monday.', 'Tom Haddon', 'BBC News'],
    ['an agency', 'Sarah Kellen AFP, Tunis Police fired tear gas at the crowd.', 'Sarah Kellen', null],
  ])('%s: %s', (_, text, person, outlet) => {
    const found = kinds(text);
    expect(found[person]).toBe('person');
    if (outlet) expect(found[outlet]).toBe('media');
    expect(Object.keys(found).filter((name) => name.startsWith(person) && name !== person)).toEqual([]);
  });

  it.each([
    ["a club's letters", 'Lincoln Rovers FC sacked its manager on Monday.', 'Lincoln Rovers FC'],
    ["a law firm's letters", 'Clifford Wragge LLP advised the lender on the deal.', 'Clifford Wragge LLP'],
    ["a country's letters", 'Morgan Hallett UK said on Monday it would cut jobs.', 'Morgan Hallett UK'],
    ['letters of a division', 'Carl Lindqvist SMT said it would close a plant.', 'Carl Lindqvist SMT'],
  ])('no byline in %s: %s', (_, text, name) => {
    const found = kinds(text);
    expect(found[name]).toBe('organization');
    expect(found[name.split(' ').slice(0, 2).join(' ')]).toBeUndefined();
  });

  it('keeps a regnal number with the name', () => {
    expect(kinds('Crowds greeted Pope Gregory Leo II in the square on Sunday.')['Gregory Leo II']).toBe('person');
  });
});

describe('an "and" inside a body\'s name', () => {
  it.each([
    [
      'two parts of a federation, its last word plural',
      'The Global Federation of Lantern and Beacon Societies asked for more boats on Monday.',
      ['Global Federation of Lantern and Beacon Societies'],
    ],
    [
      'two adjectives before a plural last word',
      'A scholar at the Institute for Coastal and Maritime Studies said on Monday that the port was safe.',
      ['Institute for Coastal and Maritime Studies'],
    ],
    ['two countries', 'Norway and Peru sent ships on Monday.', ['Norway', 'Peru']],
    ['two groups', 'Hamas and Fatah signed a deal on Monday.', ['Hamas', 'Fatah']],
    ['a place after "of", then another body', 'The Bank of Peru and the United Nations met on Monday.', ['Bank of Peru', 'United Nations']],
    [
      'a body whose name goes on past the plural word',
      'The Committee for the Protection of Reporters and Human Rights Watch wrote to the minister on Monday.',
      ['Protection of Reporters', 'Human Rights Watch'],
    ],
    [
      'a plural word that names what the bodies are',
      'The Ministry of Trade and Civil Rights groups disputed the figures on Monday.',
      ['Ministry of Trade'],
    ],
    [
      'a plural head names two bodies',
      'The Departments of Fisheries and Coastal Affairs signed a deal on Monday.',
      ['Departments of Fisheries', 'Coastal Affairs'],
    ],
    [
      'a plural last word with no "of" before',
      'The Orvell Group and Beacon Services signed a deal on Monday.',
      ['Orvell Group', 'Beacon Services'],
    ],
  ])('%s', (_, text, names) => {
    const found = actors(text).map((a) => a.name);
    for (const name of names) expect(found).toContain(name);
  });
});

describe('a possessive after "according to"', () => {
  it("leaves a company named by its founder's possessive a body, not a publication", () => {
    const found = kinds("According to Hallorann's, sales rose sharply last year.");
    expect(found.Hallorann).toBe('organization');
  });
  it('leaves a possessive that owns a noun the owner', () => {
    expect(kinds("According to Peru's health ministry, 40 people died.").Peru).toBe('country');
  });
});

describe('a known place that opens a sentence is a name', () => {
  it.each([
    ['Europe is offering debt relief to the region.', 'Europe'],
    ['Asia faces a long recovery.', 'Asia'],
  ])('%s', (text, name) => {
    expect(kinds(text)[name]).toBe('place');
  });
});
