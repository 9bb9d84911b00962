// What a name with an Arabic article names when a word of its own or around it says so: a place
// or a body opened by a word for one ("Jabal al-Rimah", "Ansar al-Haqq"), a place behind "in";
// a country before an article is no part of the name ("the Oman al-Qaeda cell").
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const kindOf = (text: string, name: string) => findActors(contextFor(text), gazetteer()).actors.find((a) => a.name === name)?.kind;
const namesOf = (text: string) => findActors(contextFor(text), gazetteer()).actors.map((a) => a.name);

describe('a name with an Arabic article', () => {
  it.each([
    ['a mountain', 'Shells fell on Jabal al-Rimah overnight, and Jabal al-Rimah was cut off.', 'Jabal al-Rimah', 'place'],
    ['a gate', 'Tanks rolled toward Bab al-Harir on Friday.', 'Bab al-Harir', 'place'],
    ['a bridge town', 'Families of Jisr al-Warda fled north on Sunday.', 'Jisr al-Warda', 'place'],
    ['a town', 'Troops shelled Maarat al-Sufan on Monday.', 'Maarat al-Sufan', 'place'],
    ['an armed group', 'Fighters of Ansar al-Haqq stormed the barracks.', 'Ansar al-Haqq', 'group'],
    ['a front', 'Members of Jabhat al-Sahil claimed the bombing.', 'Jabhat al-Sahil', 'group'],
    ['a publishing house', 'Dar al-Qalam printed the letter on Tuesday.', 'Dar al-Qalam', 'organization'],
    ['a province behind "in"', 'Rebels in Salah al-Karim held out for a week.', 'Salah al-Karim', 'place'],
    ['a mosque', 'Crowds gathered at the Nour al-Huda mosque after prayers.', 'Nour al-Huda', 'place'],
  ])('%s is no person', (_, text, name, kind) => {
    expect(kindOf(text, name)).toBe(kind);
  });

  it('keeps a person a person', () => {
    expect(kindOf('Tarek al-Zawi met reporters on Sunday. Tarek al-Zawi said the talks failed.', 'Tarek al-Zawi')).toBe('person');
  });

  it('leaves a country before a group apart from it', () => {
    expect(namesOf('The Yemen al-Qaeda affiliate claimed the attack on Monday.')).toEqual(expect.arrayContaining(['Yemen', 'al-Qaeda']));
  });
});

describe('writers credited with a story', () => {
  it.each([
    ['a body reporting from a city', 'Amnesty International reports from Tobruk described heavy shelling.', 'Amnesty International'],
    ['the town a writer filed from', 'Ana Ruiz in Wadi Halfa and Tom Lee in Tobruk contributed to this report.', 'Wadi Halfa'],
  ])('%s is no person', (_, text, name) => {
    expect(kindOf(text, name)).not.toBe('person');
  });
});
