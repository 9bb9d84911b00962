// "There" and "here" point at the one place named just before them; the narrator's "here" is the
// place of the dateline. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('"there" points at the one place named just before', () => {
  it.each([
    ['in the sentence before', 'Crowds gathered in Tikrit on Monday. Police arrested 40 people there.', 'arrested', { Tikrit: 'location' }],
    [
      'a city with its country is one place',
      'Crowds gathered in Baghdad, Iraq, on Monday. Police arrested 40 people there.',
      'arrested',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    ['fronted', 'Troops flew to Kirkuk on Monday. There, they handed out food to families.', 'handed', { Kirkuk: 'location' }],
    [
      'in a speaker’s words',
      '"We will stay in Tikrit," Ruiz said on Monday. "We will rebuild the bridge there in May."',
      'rebuild',
      { Tikrit: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['two places named before', 'Crowds gathered in Tikrit and Kirkuk on Monday. Police arrested 40 people there.', 'arrested'],
    ['a place of another paragraph', 'Crowds gathered in Tikrit on Monday.\n\nPolice arrested 40 people there.', 'arrested'],
    ['"there were"', 'Crowds gathered in Tikrit on Monday. There were 40 arrests.', 'arrests'],
  ])('none for %s: %s', (_, body, word) => {
    expect(rolesOf(body, word)).not.toHaveProperty('Tikrit');
    expect(rolesOf(body, word)).not.toHaveProperty('Kirkuk');
  });
});

describe('the narrator’s "here"', () => {
  const body = 'BAGHDAD, Dec. 10, 2005 – Troops guarded the polls, officials said here today. Voters in Baghdad vote on Thursday.';
  it('is the place of the dateline, named again in the document', () => {
    expect(rolesOf(body, 'said')).toEqual({ Baghdad: 'location', Iraq: 'location' });
  });
  it('is the place of a dateline written with two hyphens', () => {
    const hyphens = 'BAGHDAD -- Troops guarded the polls, officials said here today. Voters in Baghdad vote on Thursday.';
    expect(rolesOf(hyphens, 'said')).toEqual({ Baghdad: 'location', Iraq: 'location' });
  });
  it('gives nothing to an event of a lead that names its own place', () => {
    const own =
      'BAGHDAD, Dec. 10, 2005 – Troops guarded the polls in Tikrit, officials said here today. Voters in Baghdad vote on Thursday.';
    expect(rolesOf(own, 'guarded')).not.toHaveProperty('Baghdad');
  });
});
