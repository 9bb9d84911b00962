// Which names of a text are actors, and of what kind: a company named once, a place named by the
// site after it, a person's full name with initials, a group's own long name, the cells of a table;
// and the names that must make no actor.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const actorsOf = (text: string) => {
  const ctx = contextFor(text);
  return findActors(ctx, gazetteer());
};
const kinds = (text: string) => Object.fromEntries(actorsOf(text).actors.map((a) => [a.name, a.kind]));

describe('an actor and its kind', () => {
  it.each([
    ['a company named once, with its shares', 'Shares of Vantrell fell 4 percent on Tuesday.', 'Vantrell', 'organization'],
    ['with a statement', 'On Friday Brennick said in a statement that profits rose.', 'Brennick', 'organization'],
    ['with its chief', 'Ana Ruiz, the chief executive of Orlavo, resigned.', 'Orlavo', 'organization'],
    ['opening the sentence, with its stores', 'Orlavo stores closed early on Monday.', 'Orlavo', 'organization'],
    ['hyphenated, inside a sentence', 'Buyers crowded into Dorn-Velay on the first day.', 'Dorn-Velay', 'organization'],
    ['hyphenated, opening the sentence', 'Dorn-Velay cut prices across the country.', 'Dorn-Velay', 'organization'],
    ['a place by the station after it, a title word and all', 'The train ran to King Cross station at noon.', 'King Cross', 'place'],
    [
      'a place by the station after it, a possessive and all',
      'Footage showed the men at the Bishop’s Gate station.',
      'Bishop’s Gate',
      'place',
    ],
    ['a person with initials inside the name', 'His father, former President Harold J.K. Wendt, arrived.', 'Harold J.K. Wendt', 'person'],
    ['a person with "Sr."', 'Wendt Sr. said he was proud of the vote.', 'Wendt Sr.', 'person'],
    ['a person whose given name the hand list holds', 'Rebels want a return of Saddam Qaderi to power.', 'Saddam Qaderi', 'person'],
    [
      'a group by the name it gives itself',
      'A group calling itself Sword and Shield in Northern Varnia claimed the attack.',
      'Sword and Shield in Northern Varnia',
      'group',
    ],
    ['a place a command moved to', 'A forward command element has moved to Utapao, Varnia.', 'Utapao', 'place'],
    ['a given name before a regnal number', 'Crowds cheered the election of Gregory XIX on Tuesday.', 'Gregory XIX', 'person'],
    [
      'a name set off after an ambassador "to" a body',
      'Varnia’s ambassador to the U.N., Fayez Mekhdoun, spoke to the press.',
      'Fayez Mekhdoun',
      'person',
    ],
    ['a unit with its number', 'Ships of Task Force 58 sailed for the coast on Monday.', 'Task Force 58', 'group'],
    ['a press office', 'The story came from the Northern Fleet Public Affairs office.', 'Northern Fleet Public Affairs', 'organization'],
    ['a group "called" so', 'An organisation called Army of the Faithful denied it.', 'Army of the Faithful', 'group'],
    [
      'a hospital by its name, a possessive inside',
      'A bomber struck near the al Rashad Children’s Hospital, killing only himself.',
      'Rashad Children’s Hospital',
      'organization',
    ],
  ])('%s: %s', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });
});

describe('no actor', () => {
  it.each([
    ['a name inside a longer name', 'The anchor Jonathan Mann asked about the vote.', ['Mann']],
    ['an amount in US$', 'The plan costs US$ 40 million.', ['United States']],
    ['part of a place’s name', 'Ferries left Long Island at dawn.', ['Long']],
    ['a word for a thing alone', 'Engineers said the Shuttle’s heat shield held.', ['Shuttle']],
    [
      'a people’s words joined by a hyphen',
      'The Israeli-Palestinian talks resumed. Sino-Japanese ties warmed.',
      ['Israeli-Palestinian', 'Sino-Japanese'],
    ],
    ['two names the document writes alone, joined', 'Bush and Clinton spoke. The Bush-Clinton fund opened.', ['Bush-Clinton']],
    ['a prefix before a hyphen', 'Anti-American protests spread on Sunday.', ['Anti-American']],
    ['a capital inside one word used once', 'Owners of the PowerSlate waited.', ['PowerSlate']],
    ['the part of a name before its initials', 'Former President Harold J.K. Wendt arrived.', ['Harold', 'J.K. Wendt']],
    [
      'words inside a web address',
      'Read https://www.example.org/News/Article-Display/Story/118/ and https://www.example.org/News/Article-Display/Story/119/ or www.example.gov/wiki/Funeral_of_Pope_Clement_XIX now.',
      ['Article-Display', 'News', 'Story', 'Funeral', 'Clement XIX', 'Pope'],
    ],
    ['a people before a thousand, no age', 'Rescuers said 2,100 Swedes, 1,000 Germans and 70 Danes are missing.', ['Swedes']],
    ['a place a title word would make a person', 'The train ran to King Cross station at noon.', ['Cross']],
  ])('%s: %s', (_, text, names) => {
    const found = kinds(text);
    for (const name of names) expect(found[name]).toBeUndefined();
  });

  it('reads a name written twice with a spaced hyphen as one, and no dash between two names', () => {
    const text = 'Shoppers chose Dorn - Velay on Monday. Dorn - Velay cut prices. Sales fell in Ostrava - The city was calm.';
    const { actors, actorMentions } = actorsOf(text);
    expect(actors.map((a) => [a.name, a.kind])).toContainEqual(['Dorn-Velay', 'organization']);
    expect(actorMentions.filter((m) => m.actorId === 'dorn-velay').map((m) => m.text)).toEqual(['Dorn - Velay', 'Dorn - Velay']);
    expect(kinds('Shoppers chose Dorn - Velay on Monday. The U.S. - Iraq deal held.')).toEqual({
      'United States': 'country',
      Iraq: 'country',
    });
  });

  it('keeps "Bush Sr." apart from the "Bush" the document names alone', () => {
    const { actors, actorMentions } = actorsOf(
      'President George W. Bush spoke on Monday. Bush Sr. said he was proud. Bush said the plan would work.',
    );
    const bush = actorMentions.filter((m) => m.text === 'Bush').map((m) => m.actorId);
    expect(bush).toEqual(['george-w-bush']);
    expect(actors.find((a) => a.name === 'Bush Sr.')?.kind).toBe('person');
  });

  it('reads a table’s title-case cells as headlines and keeps the names of its other cells', () => {
    const table = [
      '| file | title | date | source |',
      '|---|---|---|---|',
      '| 001-vote.md | Hamid Varga Wins Northland Vote | 2005-01-03 | Radio Varnia |',
      '| 003-envoy.md | Ambassador Keldar Calls Northland Vote a Success | 2005-01-05 | Radio Varnia |',
      '| 002-relief.md | Relief Mission Continues Despite Rain | 2005-01-04 | Radio Varnia |',
    ];
    expect(kinds(`The list follows.\n\n${table.join('\n')}\n`)).toEqual({ 'Radio Varnia': 'organization' });
  });
});

describe('a regnal number across documents', () => {
  it('joins the name without its number to the name with it', () => {
    const { dataset } = extractTexts([
      { path: 'd.txt', raw: 'Crowds said John Paul had changed the church. John Paul was buried on Friday.\n' },
      { path: 'e.txt', raw: 'Pope John Paul II died on Saturday. John Paul II was 84. Crowds mourned John Paul II.\n' },
    ]);
    const popes = dataset.actors.filter((a) => a.name.startsWith('John Paul'));
    expect(popes.map((a) => a.name)).toEqual(['John Paul II']);
    expect(popes[0]!.aliases).toContain('John Paul');
  });
});

describe('a name after a shop whose name ends in a role word', () => {
  it('is no person: "Burger King, |Taco Bell" is a list of names', () => {
    expect(kinds('Advocates pressed Burger King, Pollo Verde and other fast food chains.')['Pollo Verde']).not.toBe('person');
  });

  it('a name set off after a role is a person', () => {
    expect(kinds('The Varnian election chief, Adil Osmani, says most votes are counted.')['Adil Osmani']).toBe('person');
  });
});

describe('the end of a role before a name is no part of it', () => {
  it.each([
    [
      'behind "of"',
      'The deputy chief of mission spoke first. Deputy Chief of Mission Lorne Abarca said talks would resume.\n',
      { 'Lorne Abarca': 'person' },
    ],
    [
      'behind "of the"',
      'The speaker of the house spoke on Monday. Speaker of the House Edna Morrow said the vote would wait.\n',
      { 'Edna Morrow': 'person' },
    ],
    ['a name of a place and a given name stays whole', 'They met at the camp. Leaders signed the Camp David Accords at the camp.\n', {}],
    [
      'a role noun with a capital',
      'Varnian Leader Oktar Bazhenov spoke on television. Bazhenov said he would stay.\n',
      { 'Oktar Bazhenov': 'person' },
    ],
    ['a role noun after a title', 'House Republican Leader Dale Hurwitz said the bill was dead.\n', { 'Dale Hurwitz': 'person' }],
    [
      'a body a title names behind "of", before a given name',
      'He met Secretary Ruth Orme, Director of National Intelligence James Korvak, and Admiral Tom Ekdahl.\n',
      { 'James Korvak': 'person', 'Ruth Orme': 'person' },
    ],
    ['a role noun alone after a title', 'Aides to the Supreme Leader said on Monday that talks would resume.\n', {}],
  ])('%s', (_, text, expected) => {
    const found = kinds(text);
    for (const [name, kind] of Object.entries(expected)) expect(found[name]).toBe(kind);
    expect(Object.keys(found).filter((n) => /^(?:Mission|House|David|Leader|National|Intelligence)\b/.test(n))).toEqual([]);
  });
});
