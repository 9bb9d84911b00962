// The lead's own events happen where the dateline places the report ("BAGHDAD, Dec. 10 – Families
// walked to the polls"), unless the lead names another place; what a later sentence or a clause of
// "after", "that" tells keeps its own place. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { rolesOf } from '../helpers.ts';

describe('the place of a dateline', () => {
  it.each([
    [
      'a dateline with a date',
      'BAGHDAD, Dec. 10, 2005 – Gunmen attacked a checkpoint on Thursday. Voters in Baghdad waited for hours.',
      'attacked',
    ],
    [
      'a dateline with its outlet',
      'BAGHDAD (Wire) -- Police arrested two men on Monday. The arrests in Baghdad followed a raid.',
      'arrested',
    ],
    [
      'a dateline alone on its line',
      'BAGHDAD (Wire) --\n\nPolice arrested two men on Monday. The arrests in Baghdad followed a raid.',
      'arrested',
    ],
  ])('is where the lead’s event happens: %s', (_, body, word) => {
    expect(rolesOf(body, word)).toEqual({ Baghdad: 'location', Iraq: 'location' });
  });

  it.each([
    [
      'the lead names another place',
      'BAGHDAD, Dec. 10, 2005 – Troops guarded the polls in Tikrit on Thursday. Voters in Baghdad waited.',
      'guarded',
    ],
    [
      'a later sentence',
      'BAGHDAD, Dec. 10, 2005 – Families walked to the polls on Thursday. Troops guarded the roads. Voters in Baghdad waited.',
      'guarded',
    ],
    [
      'a clause of "after"',
      'BAGHDAD, Dec. 10, 2005 – Families walked to the polls on Thursday after troops had cleared the roads. Voters in Baghdad waited.',
      'cleared',
    ],
  ])('is not where it happens for %s', (_, body, word) => {
    expect(rolesOf(body, word)).not.toHaveProperty('Baghdad');
  });

  it.each([
    ['MANAGUA, Nicaragua – Rebels attacked a police station on Monday, officials said here.', 'attacked', { Nicaragua: 'location' }],
    ['KABUL, Afghanistan – Pakistan closed its border crossings on Monday.', 'closed', { Pakistan: 'agent' }],
    ['Gaza, Palestine (Wire) -- Hamas fighters attacked a checkpoint on Monday.', 'attacked', { Hamas: 'agent', Gaza: 'location' }],
  ])('names no one who acts when it names a country: %s', (body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('is not a speaker’s line that names whom the speaker addresses', () => {
    const body = 'ANA LOPES, CNN CORRESPONDENT: Well, Maria Costa, we are hearing -- the morning started slowly in Lyon.';
    expect(rolesOf(body, 'hearing')).toHaveProperty(['Maria Costa']);
  });

  it('gives way to the country it names when the city is named nowhere else', () => {
    const body =
      'TIKRIT, Iraq, Dec. 10, 2005 – The vote was a success, Defense Secretary Ana Ruiz said here today.\nGunmen attacked later.';
    expect(rolesOf(body, 'said')).toEqual({ 'Ana Ruiz': 'agent', Iraq: 'location' });
  });
});

describe('a dateline with its outlet', () => {
  it('gives neither the place nor the outlet to the lead’s event when the place is named as its country', () => {
    const body = 'Washington (CNN) - Police arrested two men on Friday. The United States sent aid.';
    expect(rolesOf(body, 'arrested')).toEqual({});
  });
});

describe('a place in brackets after the dateline’s place', () => {
  it.each(['Portland (Oregon) — Voters went to the polls on Tuesday.', 'Mexico (Texas) — Voters went to the polls on Tuesday.'])(
    'leaves the document read, not skipped: %s',
    (body) => {
      const { dataset } = extractTexts([{ path: 'vote.md', raw: `---\ndate: 2010-03-12\n---\n${body}\n` }]);
      expect(dataset.diagnostics).toEqual([]);
      expect(dataset.documents.map((d) => d.path)).toEqual(['vote.md']);
    },
  );
});
