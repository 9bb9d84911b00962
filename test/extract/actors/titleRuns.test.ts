// A title written before a person's full name is cut off whole, its chamber, rank and portfolio
// with it; a full name no word of which says who it is becomes a person by what the text says of
// it; a word for a quarter of the world or a common noun given a capital names no actor.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const kinds = (text: string) => Object.fromEntries(findActors(contextFor(text), gazetteer()).actors.map((a) => [a.name, a.kind]));

describe('a title before a full name is cut off whole', () => {
  it.each([
    ['a chamber and its rank', 'Senate Majority Leader Harold Brisk said the vote would come on Tuesday.', 'Harold Brisk'],
    ['a whip', 'House Minority Whip Doreen Falk told reporters the bill was dead.', 'Doreen Falk'],
    ['a portfolio of two words', 'Minister of Foreign Affairs Ahmet Velioglu arrived in Cairo on Monday.', 'Ahmet Velioglu'],
    [
      'a portfolio after a portfolio',
      'Assistant Secretary of State for Near Eastern Affairs Jeffrey Faltmann met the rebels.',
      'Jeffrey Faltmann',
    ],
    ['a portfolio word after a title word', 'Foreign Affairs Ahmet Velioglu arrived in Cairo on Monday.', 'Ahmet Velioglu'],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)).toEqual({ [name]: 'person', ...(text.includes('Cairo') ? { Cairo: 'place' } : {}) });
  });

  it('a title and its portfolio set off after a name are no body', () => {
    const found = kinds(
      'Juma Farhat, Secretary for African Affairs at the Libyan Foreign Ministry, told journalists the reports were false.',
    );
    expect(found['Juma Farhat']).toBe('person');
    expect(Object.keys(found).filter((n) => /Affairs/.test(n))).toEqual([]);
  });

  it.each([
    ['a body named with "of" and a title last', 'The Department of Homeland Security issued a warning.', 'Department of Homeland Security'],
    ['a watchdog', 'A recent report from Human Rights Watch said the problem was widespread.', 'Human Rights Watch'],
  ])('%s stays whole: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('organization');
  });
});

describe('a full name is a person by what the text says of it', () => {
  it.each([
    [
      'a credit line',
      'The talks ended on Monday. (Reporting by Ana Qorbeli, Tomas Vrenk in Rabat; Writing by Dravo Hadrani; editing by Lis Morrow)',
      ['Ana Qorbeli', 'Tomas Vrenk', 'Dravo Hadrani', 'Lis Morrow'],
    ],
    ['kin', 'Dravo Kettering did not attend the hearing. Dravo Kettering’s brother declined to comment.', ['Dravo Kettering']],
    ['speech and "he"', 'Dravo Kettering said he would return to the village on Friday.', ['Dravo Kettering']],
    [
      'a role with an owner set off after it',
      'Rantane Lamora, the African Union’s commissioner for peace, read the agreement.',
      ['Rantane Lamora'],
    ],
  ])('%s: %s', (_, text, names) => {
    const found = kinds(text);
    for (const name of names) expect(found[name]).toBe('person');
  });

  it('a body behind an article that speaks is no person', () => {
    expect(kinds('The Red Crescent said the convoy was safe; he added that more were coming.')['Red Crescent']).toBe('organization');
  });

  it.each([
    [
      'kin with a business noun',
      "Cathmor Pacific's sister airline Dragonwing cut flights. Cathmor Pacific said the cuts were temporary.",
      'Cathmor Pacific',
    ],
    [
      'kin with a business noun after a plural',
      "Orvell Dynamics' sister company cut jobs. Orvell Dynamics said it would hire again.",
      'Orvell Dynamics',
    ],
    ['"written by" inside a sentence', 'The report, written by Kestrel Analysis, warned of attacks on shipping.', 'Kestrel Analysis'],
    ['"compiled by" inside a sentence', 'A study compiled by Kestrel Research found that prices rose.', 'Kestrel Research'],
    ['a body that speaks of one of its people', 'Goldvane Sachs said he had left the bank in March.', 'Goldvane Sachs'],
  ])('%s is no person: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('organization');
  });
});

describe('a portfolio before a full name', () => {
  it.each([
    ['a surname that is a title word', 'Minister for Foreign Affairs Helen Bishop said the talks would resume.', 'Helen Bishop'],
    ['a surname that is a royal title', 'Minister for Foreign Affairs Karen King said the talks would resume.', 'Karen King'],
    [
      'a country inside the portfolio',
      'Secretary of State for Northern Ireland Mara Bradwell said the talks would resume.',
      'Mara Bradwell',
    ],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)).toEqual({ [name]: 'person' });
  });
});

describe('words that name no actor', () => {
  it.each([
    ['a quarter of the world', 'Many in the West doubt the plan, and the West will not pay for it.', 'West'],
    ['a quarter of the world, even when it speaks', 'The West believes the plan is a ruse, and the West said so on Monday.', 'West'],
    [
      'a common noun given a capital',
      'They wrote a new Constitution. A constitution must be drafted first, and the Constitution will be put to a vote.',
      'Constitution',
    ],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBeUndefined();
  });

  it.each([
    [
      'a word also written in lower case that speaks',
      'Sales rose, and Pebble said a pebble a day was its motto. Pebble will grow.',
      'Pebble',
    ],
  ])('but %s does: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('organization');
  });
});
