// Across documents, whether a name is a person or a body is what the documents that say so say, and
// one person romanised several ways ("Muammar Gaddafi", "Moammar Gadhafi") is one actor; people
// whose names only look alike stay apart.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { sameSpelling } from '../../../src/extract/actors/spellings.ts';

const actorsOf = (...raws: string[]) =>
  extractTexts(raws.map((raw, i) => ({ path: `doc-${i}.txt`, raw }))).dataset.actors.filter((a) => a.mentions > 0);
const kindOf = (name: string, ...raws: string[]) => actorsOf(...raws).find((a) => a.name === name || a.name.startsWith(`${name} `))?.kind;

describe('a name read without a clue takes the kind other documents give it', () => {
  it.each([
    [
      'a reporter another story introduces',
      'Ruwa Tamsin',
      'Crowds filled the square as Ruwa Tamsin reported from the bridge on Monday.\n',
      'Ruwa Tamsin, who covered the march, said the police fired tear gas on Tuesday.\n',
      'person',
    ],
    [
      'a commentator another story calls Mr.',
      'Basel Qorvan',
      'The analysis by Basel Qorvan drew wide notice on Monday.\n',
      'Basel Qorvan wrote the report. Mr. Qorvan said on Tuesday that the talks had failed.\n',
      'person',
    ],
    [
      'a shop another story calls a company',
      'Best Buy',
      'Best Buy cut prices on Friday.\n',
      'Best Buy Co. said on Thursday that sales rose 4 percent.\n',
      'organization',
    ],
  ])('%s', (_, name, first, second, kind) => {
    expect(kindOf(name, first, second)).toBe(kind);
    expect(kindOf(name, second, first)).toBe(kind);
  });

  it('a town one story reads as a body is the town others name', () => {
    const guessed = 'Rebels said Kessabad was calm on Monday. Kessabad had been shelled for weeks, and Kessabad residents fled.\n';
    const town = 'Fighting broke out in the town of Kessabad on Tuesday.\n';
    const road = 'Convoys drove to Kessabad on Wednesday, and aid reached Kessabad later.\n';
    expect(kindOf('Kessabad', guessed, town, road)).toBe('place');
    expect(kindOf('Kessabad', town, road, guessed)).toBe('place');
  });

  it('a town more stories guess a body than place on evidence is still a town, whatever the order', () => {
    const guessed = (day: string) => `Rebels said Kessabad was calm on ${day}, and Kessabad residents stayed.\n`;
    const guesses = ['Monday', 'Tuesday', 'Wednesday', 'Thursday'].map(guessed);
    const towns = ['Fighting broke out in the town of Kessabad on Friday.\n', 'Shelling hit the town of Kessabad on Saturday.\n'];
    expect(kindOf('Kessabad', ...guesses, ...towns)).toBe('place');
    expect(kindOf('Kessabad', ...towns, ...guesses)).toBe('place');
  });

  it.each([
    ['shares in', (day: string) => `On ${day}, investors bought shares in Kalmeno, brokers said.\n`],
    ['a stake in', (day: string) => `On ${day}, a pension fund bought a stake in Kalmeno, brokers said.\n`],
  ])('a company some stories own %s is no place, whatever the order', (_, owned) => {
    const owners = ['Monday', 'Tuesday'].map(owned);
    const guesses = ['Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].map(
      (day) => `On ${day}, Kalmeno said it would hire staff, and Kalmeno added that demand was strong.\n`,
    );
    expect(kindOf('Kalmeno', ...owners, ...guesses)).toBe('organization');
    expect(kindOf('Kalmeno', ...guesses, ...owners)).toBe('organization');
  });

  it('a product stays a product, whatever a person is named elsewhere', () => {
    const kind = kindOf(
      'MacBook Air',
      'Apple unveiled the MacBook Air on Tuesday.\n',
      'Reviewers praised the MacBook Air on Wednesday. Air travel rose.\n',
    );
    expect(kind).toBe('product');
  });

  it('a name of unknown words starting like the names of people the corpus knows is a person', () => {
    const docs = [
      'Spokesman Tarik Velani said on Monday that the talks resumed.\n',
      'Tarik Osmanov, who leads the delegation, arrived on Tuesday.\n',
      'The plan was drafted by Tarik Hamzawi on Wednesday.\n',
    ];
    expect(kindOf('Tarik Hamzawi', ...docs)).toBe('person');
  });
});

describe('a word a person is named by across documents', () => {
  it('is not a word another document writes behind "the": no surname is ("the West")', () => {
    const actors = actorsOf(
      '"Trade will suffer," said Darrow Keltin, who studies the region, on Monday.\n',
      'Should the Keltin just sit back and watch while the region burns? The Keltin has been caught on its heels again.\n',
    );
    expect(actors.find((a) => a.name === 'Darrow Keltin')?.mentions).toBe(1);
    expect(actors.find((a) => a.name === 'Keltin')?.kind).toBe('organization');
  });

  it('is the surname of a person when the corpus writes it behind "the" only as often as alone', () => {
    const actors = actorsOf(
      '"Trade will suffer," said Darrow Keltin, who leads the council, on Monday.\n',
      'Some asked whether the Keltin who spoke on Tuesday was the same. Keltin resigned on Wednesday.\n',
    );
    expect(actors.find((a) => a.name === 'Darrow Keltin')?.mentions).toBe(3);
    expect(actors.find((a) => a.name === 'Keltin')).toBeUndefined();
  });
});

/** The people of two documents, one naming a president `a`, the other `b`. */
const peopleNamed = (a: string, b: string) =>
  actorsOf(
    `President ${a} spoke in the capital on Monday. ${a} said the talks would go on.\n`,
    `President ${b} met the envoy on Tuesday. ${b} said little.\n`,
  ).filter((x) => x.kind === 'person');

describe('one person romanised several ways, across documents', () => {
  it.each([
    ['Gaddafi', 'Muammar Gaddafi', 'Moammar Gadhafi'],
    ['Qaddafi', 'Muammar Gaddafi', 'Muammar Qaddafi'],
    ['Russian', 'Dmitry Medvedev', 'Dmitri Medvedev'],
    ['doubled letters', 'Pervez Musharraf', 'Pervez Musharaf'],
  ])('%s: one actor', (_, a, b) => {
    const people = peopleNamed(a, b);
    expect(people).toHaveLength(1);
    expect([people[0]!.name, ...people[0]!.aliases]).toEqual(expect.arrayContaining([a, b]));
  });

  it.each([
    ['a different given name', 'Gamal Barrak', 'Kamal Barrak'],
    ['another vowel', 'Hamid Karzani', 'Hamad Karzani'],
    ['another shape', 'Mahmoud Abbas', 'Mohammed Abbas'],
    ['another son', 'Saif Gaddafi', 'Saadi Gaddafi'],
  ])('%s: two people', (_, a, b) => {
    const people = peopleNamed(a, b);
    expect(people.map((p) => p.name).sort()).toEqual([a, b].sort());
  });

  it('a letter written once or twice is one person, even in one document', () => {
    const people = actorsOf(
      'Secretary Marion Delacroix spoke on Monday. Marrion Delacroix said the talks would go on.\n',
      'Marion Delacroix met the envoy on Tuesday. Delacroix said little.\n',
      'Marrion Delacroix left on Friday.\n',
    ).filter((x) => x.kind === 'person');
    expect(people.map((p) => p.name)).toEqual(['Marion Delacroix']);
  });

  it('one document naming two spellings keeps two people: it spells one person one way', () => {
    const people = actorsOf('President Salim Haddad met Salem Haddad on Monday. Salim Haddad said they agreed.\n').filter(
      (x) => x.kind === 'person',
    );
    expect(people.map((p) => p.name).sort()).toEqual(['Salem Haddad', 'Salim Haddad']);
  });

  it.each([
    ['Gaddafi', 'Gadhafi', true],
    ['Gaddafi', 'Qaddafi', true],
    ['Muammar', 'Moammar', true],
    ['Moussa', 'Musa', true],
    ['Sergei', 'Sergey', true],
    ['Obeidi', 'al-Obaidi', true],
    ['Hamid', 'Hamad', false],
    ['Gamal', 'Kamal', false],
    ['Mahmoud', 'Mohammed', false],
    ['Omar', 'Amr', false],
  ])('%s and %s are spellings of one word: %s', (a, b, same) => {
    expect(sameSpelling(a, b)).toBe(same);
  });
});

describe('a body named ten times as often as a person is no surname of that person', () => {
  it('keeps a company apart from a person whose last name it is', () => {
    const company = (day: string) => `Shares of Vantrell fell on ${day}, Vantrell shares closed lower and Vantrell stock sank.\n`;
    const person = 'Lara Vantrell, a teacher, said on Friday that the school would close.\n';
    const companies = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday'].map(company);
    for (const docs of [[...companies, person], [person, ...companies]]) {
      const actors = actorsOf(...docs);
      expect(actors.find((a) => a.name === 'Vantrell')?.kind).toBe('organization');
      expect(actors.find((a) => a.name === 'Lara Vantrell')?.kind).toBe('person');
    }
  });

  it('joins a surname no document reads as a body to the person, however often it is named', () => {
    const first = 'Opposition leader Darin Velasko said on Monday that the count was false.\n';
    const later = (day: string) => `On ${day}, Velasko told supporters to gather. Later, Velasko said the arrests were unjust, and Velasko asked for calm.\n`;
    const actors = actorsOf(first, ...['Tuesday', 'Wednesday', 'Thursday', 'Friday'].map(later));
    expect(actors.find((a) => a.name === 'Velasko')).toBeUndefined();
    expect(actors.find((a) => a.name === 'Darin Velasko')?.kind).toBe('person');
  });
});

describe('the name an actor shows across documents', () => {
  const fuller = (name: string) => `${name} visited the flooded valley on Monday. He met farmers. He promised aid, and he left.\n`;
  const shorter = (name: string) => (day: string) => `On ${day}, crowds in the capital greeted ${name} as he arrived.\n`;
  const days = ['Tuesday', 'Wednesday', 'Thursday'];
  it.each([
    ['keeps a middle initial two documents give', [fuller('President Harlan W. Brecker'), fuller('President Harlan W. Brecker'), ...days.map(shorter('Harlan Brecker'))], 'Harlan W. Brecker'],
    ['keeps a regnal number two documents give', [fuller('Pope Gregory Anselm II'), fuller('Pope Gregory Anselm II'), ...days.map(shorter('Pope Gregory Anselm'))], 'Gregory Anselm II'],
    ['takes the form most documents give over a fuller one a single document gives', [fuller('President Harlan W. Brecker'), ...days.map(shorter('Harlan Brecker'))], 'Harlan Brecker'],
  ])('%s', (_, docs, name) => {
    const names = actorsOf(...docs).map((a) => a.name);
    expect(names).toContain(name);
    expect(names.filter((n) => n !== name && name.includes(n.split(' ')[0]!) && n.includes(' '))).toEqual([]);
  });
});
