// Actors the text names by itself, with no lexicon entry: recognition and kinds, linking within a
// document, one actor across documents, and the names that must not become actors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/extract/actors.ts';
import { extractTexts, loadGazetteer } from '../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from './helpers.ts';

function actorsOf(text: string, g = gazetteer()) {
  const ctx = contextFor(text);
  return { ...ctx, ...findActors(ctx, g) };
}
const kinds = (text: string) => Object.fromEntries(actorsOf(text).actors.map((a) => [a.name, a.kind]));
const mentions = (text: string) => actorsOf(text).actorMentions.map((m) => [m.text, m.actorId]);

describe('names recognized from the text, each with its kind', () => {
  it.each([
    ['Shares of Northwind Traders Inc. rose after the results.', 'Northwind Traders Inc.', 'organization'],
    ['The National Renewal Party won most seats.', 'National Renewal Party', 'organization'],
    ['Police questioned Ilse Varga, who denied the charge.', 'Ilse Varga', 'person'],
    ['Yesterday the Workers Brotherhood called a strike.', 'Workers Brotherhood', 'group'],
    ['The Andean Navy is sending four ships to the coast.', 'Andean Navy', 'group'],
    ['The Indian Air Force flew supplies to the island.', 'Indian Air Force', 'group'],
    ['A reporter for the Riverside Herald asked about it.', 'Riverside Herald', 'media'],
    ['Police closed Liberty Square before dawn.', 'Liberty Square', 'place'],
    ['The convoy stopped in Ostrava before the border.', 'Ostrava', 'place'],
    ['The Dow Jones Industrial Average fell 2 percent.', 'Dow Jones Industrial Average', 'index'],
    ['Traders sold as the S&P 500 dropped.', 'S&P 500', 'index'],
    ['Analysts said Karen Whitfield had resigned.', 'Karen Whitfield', 'person'],
    ['Governor Alvarez signed the bill.', 'Alvarez', 'person'],
    ['Wrenfield Labs CEO Dara Okonkwo said the plant would close.', 'Dara Okonkwo', 'person'],
    ['The ruling angered the Nordvik Miners Union in Tromsø.', 'Nordvik Miners Union', 'organization'],
  ])('%s → %s (%s)', (text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });

  it('cuts a title off the name and gives the person the organization named before it as parent', () => {
    const { actors } = actorsOf('Wrenfield Labs CEO Dara Okonkwo said the plant would close. Wrenfield Labs shares fell.');
    expect(actors.find((a) => a.name === 'Dara Okonkwo')).toMatchObject({ kind: 'person', parentId: 'wrenfield-labs' });
  });

  it('gives offsets that slice to the mention', () => {
    const text = 'Analysts said Karen Whitfield of Northwind Traders Inc. had resigned in Ostrava.';
    const found = actorsOf(text).actorMentions;
    expect(found.length).toBeGreaterThan(1);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('mentions linked within a document', () => {
  it.each([
    [
      'a surname, a name without its middle name and a pronoun refer back to the person',
      'Maria Elena Kowalczyk won the vote on Sunday. Elena Kowalczyk thanked voters. Kowalczyk said she would govern for all.',
      [
        ['Maria Elena Kowalczyk', 'maria-elena-kowalczyk'],
        ['Elena Kowalczyk', 'maria-elena-kowalczyk'],
        ['Kowalczyk', 'maria-elena-kowalczyk'],
        ['she', 'maria-elena-kowalczyk'],
      ],
    ],
    [
      'a company without its suffix, its initials and "the company" are the company',
      'Halvorsen Motors Corporation cut 900 jobs. HMC said demand had fallen. Halvorsen Motors shares fell, and the company gave no forecast.',
      [
        ['Halvorsen Motors Corporation', 'halvorsen-motors'],
        ['HMC', 'halvorsen-motors'],
        ['Halvorsen Motors', 'halvorsen-motors'],
        ['the company', 'halvorsen-motors'],
      ],
    ],
    [
      'a pronoun refers back through an earlier pronoun to the one person named',
      'Minister Ilse Varga joined the board in 2001.\nIn 2005 she became its chair.\nLater she left.',
      [
        ['Ilse Varga', 'ilse-varga'],
        ['she', 'ilse-varga'],
        ['she', 'ilse-varga'],
      ],
    ],
    [
      '"its" refers back to the one organization named just before',
      'Halvorsen Motors Corporation cut 900 jobs. Its shares fell.',
      [
        ['Halvorsen Motors Corporation', 'halvorsen-motors'],
        ['Its', 'halvorsen-motors'],
      ],
    ],
    [
      '"the president" refers to the person the text called president',
      'President Amadou Sissoko met farmers on Monday. The president promised new roads.',
      [
        ['Amadou Sissoko', 'amadou-sissoko'],
        ['The president', 'amadou-sissoko'],
      ],
    ],
  ])('%s', (_, text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('leaves a pronoun alone when two people could be meant', () => {
    const found = mentions('Karen Whitfield met Tom Berglund. He said the talks went well.');
    expect(found.map(([text]) => text)).toEqual(['Karen Whitfield', 'Tom Berglund']);
  });

  it('leaves "its" alone when two organizations could be meant', () => {
    const found = mentions('Halvorsen Motors Corporation sued Northwind Traders Inc. over its logo.');
    expect(found.map(([text]) => text)).not.toContain('its');
  });

  it('leaves a shared first name alone when two people bear it', () => {
    const found = mentions('Steve Holm and Steve Ridley spoke. Steve said nothing more.');
    expect(found.filter(([text]) => text === 'Steve')).toEqual([]);
  });
});

describe('one actor across documents', () => {
  const result = extractTexts([
    { path: 'a.txt', raw: 'President Amadou Sissoko addressed the nation on Tuesday. Sissoko said he would not resign.\n' },
    { path: 'b.txt', raw: 'Mohamed Amadou Sissoko ruled for three decades.\n' },
    { path: 'c.txt', raw: 'Halvorsen Motors Corporation cut jobs.\n' },
    { path: 'd.txt', raw: 'Halvorsen Motors shares fell. HMC said nothing.\n' },
    { path: 'e.txt', raw: 'On Friday HMC announced a recall. HMC shares fell.\n' },
    { path: 'f.txt', raw: 'President Karim al-Haddad spoke in the capital on Monday.\n' },
    { path: 'g.txt', raw: 'Troops loyal to Haddad shelled the town. Haddad has ruled since 2000.\n' },
    { path: 'h.txt', raw: 'Karim Haddad met the envoy on Tuesday.\n' },
  ]);
  const byId = new Map(result.dataset.actors.map((a) => [a.id, a]));

  it('joins a person named in part and in full into one actor', () => {
    const people = result.dataset.actors.filter((a) => a.name.includes('Sissoko'));
    expect(people).toHaveLength(1);
    expect(people[0]!.aliases).toEqual(expect.arrayContaining(['Mohamed Amadou Sissoko', 'Sissoko']));
  });

  it('joins a surname given alone, and the name without the Arabic article, to the full name that writes it', () => {
    const named = result.dataset.actors.filter((a) => /Haddad/.test(a.name));
    expect(named.map((a) => a.kind)).toEqual(['person']);
    expect([named[0]!.name, ...named[0]!.aliases]).toEqual(expect.arrayContaining(['Haddad', 'Karim Haddad', 'Karim al-Haddad']));
  });

  it('joins a company with and without its suffix, and its initials, into one actor', () => {
    expect(byId.get('halvorsen-motors')).toMatchObject({ kind: 'organization' });
    expect(byId.has('hmc')).toBe(false);
    const ids = new Set(result.texts.flatMap((t) => t.actorMentions.filter((m) => /Halvorsen|HMC/.test(m.text)).map((m) => m.actorId)));
    expect([...ids]).toEqual(['halvorsen-motors']);
  });
});

describe('the parent of an actor across documents', () => {
  it('is the one most documents give, not the first one read', () => {
    const { dataset } = extractTexts([
      { path: 'a.txt', raw: 'Lebanese Foreign Minister Omar Tabet spoke on Monday.\n' },
      { path: 'b.txt', raw: 'French Foreign Minister Omar Tabet spoke on Tuesday.\n' },
      { path: 'c.txt', raw: 'French Foreign Minister Omar Tabet left on Wednesday.\n' },
    ]);
    expect(dataset.actors.find((a) => a.name === 'Omar Tabet')?.parentId).toBe('france');
  });
});

describe('names that make no actor', () => {
  it.each([
    ['a surname that spells a country', 'Reporter Jonathan Mann filed the story.', 'isle-of-man'],
    ['an island inside a longer place name', 'Ferries to Staten Island were cancelled.', 'iceland'],
    ['an amount in US dollars', 'The fund holds US$4 billion.', 'united-states'],
    ['a demonym alone, as an adjective', 'An Egyptian company won the contract.', 'egypt'],
  ])('%s', (_, text, notExpected) => {
    expect(actorsOf(text).actorMentions.map((m) => m.actorId)).not.toContain(notExpected);
  });

  it.each([
    ['a title-case headline', '# Kowalczyk Stays In Power As Rivals Concede\n\nMaria Kowalczyk won again.', ['maria-kowalczyk']],
    ['title-case words after a name', 'Obama Did Speak About It\n\nBarack Obama spoke on Tuesday.', ['barack-obama']],
    ['a sentence opening with a common word', 'Protesters gathered. Crowds cheered when Karen Whitfield arrived.', ['karen-whitfield']],
    ['a product behind a possessive', 'Its Lumina sold well. Lumina buyers waited.', []],
    ['an award or a law', 'She won the Nobel Prize after the Clean Air Act passed.', []],
    [
      'a shouted word the text also writes in lower case',
      'Readers wrote that they will NEVER pay. NEVER again, one wrote. They never did. The KLTA union said so. KLTA agreed. Those who paid were thanked, the WHO said. The WHO sent doctors.',
      ['klta', 'who'],
    ],
  ])('%s', (_, text, expected) => {
    expect(actorsOf(text).actors.map((a) => a.id)).toEqual(expected);
  });

  it('still names the country when a demonym names its people ("Qatari mediators") or a capital speaks for it', () => {
    expect(mentions('Qatari mediators arrived. Doha said talks would resume.')).toEqual([
      ['Qatari mediators', 'qatar'],
      ['Doha', 'qatar'],
    ]);
  });
});

describe('the lexicon corrects the recognizer', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'te-lex-')), 'fixes.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      actors: [{ name: 'Lakeside Rovers', kind: 'organization', aliases: ['the Rovers'], parent: 'United Kingdom' }],
      notActors: ['Golden Boot'],
    }),
  );
  const g = loadGazetteer([file]);
  const text = 'Lakeside Rovers won again, and Ada Quist took the Golden Boot. The Rovers fans cheered.';

  it('gives a name the kind, aliases and parent the lexicon says, whatever its shape suggests', () => {
    const { actors } = actorsOf(text, g);
    expect(actors.find((a) => a.id === 'lakeside-rovers')).toMatchObject({ kind: 'organization', parentId: 'united-kingdom' });
  });

  it('skips a name the lexicon lists as no actor', () => {
    expect(actorsOf(text, g).actorMentions.map((m) => m.text)).not.toContain('Golden Boot');
    expect(actorsOf(text).actorMentions.map((m) => m.text)).toContain('Golden Boot');
  });
});
