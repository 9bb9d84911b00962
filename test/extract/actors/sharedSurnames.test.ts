// Arabic names keep their "al-" parts ("Saif al-Islam Gaddafi", "Jisr al-Shughour"), and a surname
// two people of a document share names one of them only when its title or the lexicon says which.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** The name of the actor each mention written `form` names. */
const namedBy = (text: string, form: string) => {
  const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
  const name = (id: string) => actors.find((a) => a.id === id)?.name;
  return actorMentions.filter((m) => m.text === form).map((m) => name(m.actorId));
};
const names = (text: string) => findActors(contextFor(text), gazetteer()).actors.map((a) => `${a.kind} ${a.name}`);

describe('names with an Arabic article', () => {
  it.each([
    [
      'a son named with his father',
      'Tarek al-Zawi Marwan met reporters on Sunday. Tarek al-Zawi Marwan said the talks failed.',
      'person Tarek al-Zawi Marwan',
    ],
    ['a town', 'Troops shelled Kafr al-Nasim on Monday, residents of Kafr al-Nasim said.', 'Kafr al-Nasim'],
  ])('%s keeps its article part', (_, text, name) => {
    expect(names(text).some((n) => n.endsWith(name))).toBe(true);
  });

  it('reads a name after "of" behind a country as the person alone', () => {
    expect(names('The expulsion from Oman of Hanan al-Rashidi angered her family.')).toContain('person Hanan al-Rashidi');
  });
});

describe('a surname two people of a document share', () => {
  it.each([
    [
      'goes to the one whose title fits',
      'Governor Lina Haddadi met reporters on Monday. Her brother Omar Haddadi flew to Rome. Governor Haddadi said nothing more.',
      'Haddadi',
      ['Lina Haddadi'],
    ],
    [
      'goes to the one of the lexicon',
      'Joe Biden met his son Hunter Biden on Monday. Biden said the talks went well.',
      'Biden',
      ['Joe Biden'],
    ],
    [
      'goes to the father beside a son named with an Arabic article',
      'Colonel Karim Talbi spoke on Monday. His son Nabil al-Aziz Talbi warned of war. Talbi said rebels were paid.',
      'Talbi',
      ['Karim Talbi'],
    ],
    [
      'goes to the father though the son is named first',
      'Nabil al-Aziz Talbi spoke on Monday. His father Karim Talbi stayed silent. Talbi said rebels were paid.',
      'Talbi',
      ['Karim Talbi'],
    ],
    [
      'names neither in particular when only one is named before it',
      'Police chief Ian Marlowe said Tuesday that raids went well. Mr. Marlowe praised his officers. Prime Minister Tom Marlowe spoke later.',
      'Marlowe',
      [],
    ],
    [
      'names neither in particular once both are named, not the one named last',
      'Karim Talbi ruled for years. His son Nabil Talbi spoke on Tuesday. Talbi denied the charges.',
      'Talbi',
      [],
    ],
  ])('%s', (_, text, form, names) => {
    expect(namedBy(text, form)).toEqual(names);
  });

  it('leaves a given name two people share unlinked', () => {
    expect(namedBy('Steve Marlow met Steve Ortand on Friday. Steve said the deal was done.', 'Steve')).toEqual([]);
  });
});
