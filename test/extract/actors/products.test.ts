// Named products recognized from the text: their shape (a camel-case brand word, a model number),
// their context (the object of a launch, a name before a product noun), the company that is no
// product, and a store's shorter forms linked to one actor.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { extractTexts, loadGazetteer } from '../../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from '../helpers.ts';

function actorsOf(text: string, g = gazetteer()) {
  const ctx = contextFor(text);
  return findActors(ctx, g);
}
const kinds = (text: string) => Object.fromEntries(actorsOf(text).actors.map((a) => [a.name, a.kind]));

describe('products recognized from the text', () => {
  it.each([
    ['Sales of the Xbox 360 doubled over the holidays.', 'Xbox 360'],
    ['The airline ordered ten Boeing 787 jets on Tuesday.', 'Boeing 787'],
    ['Most office computers still run Windows 7 today.', 'Windows 7'],
    ['Reviewers praised the Galaxy S3 for its screen.', 'Galaxy S3'],
    ['Buyers queued for the iPhone 3G in several cities.', 'iPhone 3G'],
    ['Nokia shipped the Lumia 920 to stores in Finland.', 'Lumia 920'],
    ['The iPod changed how people listen to music.', 'iPod'],
    ['iPod sales rose again in the last quarter.', 'iPod'],
    ['Songs bought on the iTunes Music Store cost less.', 'iTunes Music Store'],
    ['Last week Orvell released the Skyline Air laptop.', 'Skyline Air'],
    ['The firm unveiled its new Pathfinder Duo at a fair.', 'Pathfinder Duo'],
    ['Readers liked the Kindle e-reader more than expected.', 'Kindle'],
    ['The iPhone 5c comes in five colours.', 'iPhone 5c'],
    ['A used iPhone 4 16GB sold for less.', 'iPhone 4'],
    ['Pilots trained on the Airbus A380 for months.', 'Airbus A380'],
    ['Owners installed the iNimbus Software update at once.', 'iNimbus Software'],
    ['Songs sold on the iNimbus Stores cost less.', 'iNimbus Stores'],
  ])('%s → %s (product)', (text, name) => {
    expect(kinds(text)[name]).toBe('product');
  });

  it('counts a product named as a modifier as a mention of it ("iPhone owners")', () => {
    const { actors, actorMentions } = actorsOf('Many iPhone owners complained about the battery.');
    expect(actors).toEqual([expect.objectContaining({ name: 'iPhone', kind: 'product' })]);
    expect(actorMentions.map((m) => [m.start, m.end])).toEqual([[5, 11]]);
  });

  it('keeps the company and its product apart ("Apple iPod")', () => {
    const found = kinds('Apple said on Monday that Apple iPod sales had doubled. Apple plans more stores.');
    expect(found).toMatchObject({ Apple: 'organization', iPod: 'product' });
  });
});

describe('names that are no product', () => {
  it.each([
    ['a camel-case name used as a company', 'eBay said it would cut fees. Sellers left eBay in protest.', 'eBay', 'organization'],
    ['a company that makes the product', 'Boeing said the Boeing 787 was late. Boeing shares fell.', 'Boeing', 'organization'],
    ['a person released from prison', 'The court released Tomas Berglund, who had served ten years.', 'Tomas Berglund', 'person'],
    ['a person behind a camel-case role word', 'The iReporter John Doyle, who filmed it, said so.', 'John Doyle', 'person'],
  ])('%s', (_, text, name, kind) => {
    expect(kinds(text)[name]).toBe(kind);
  });

  it.each([
    ['a month and a year', 'Prices rose in March 2011 across the region.'],
    ['a numbered chapter', 'The firm filed for Chapter 11 protection on Friday.'],
    ['an amount after a name', 'Shares of Northwind rose 5 percent as Northwind beat forecasts.'],
    ['a numbered route', 'Traffic stopped on Route 66 after the crash.'],
    ['an ordinal', 'The Liberty Bell 100th anniversary drew crowds.'],
    ['a table of counts', 'Famines by era:\nNorth Famine 19C 12'],
    ['an acronym before a product noun', 'Users of the IBM computer waited.'],
    ['initials of a service after a name', 'The Britain MI5 report was leaked.'],
    ['a numbered military unit', 'The flagship of Task Force 52 sailed at dawn.'],
    ['a row of a table', 'Deaths by country:\n\nNorvania 12 - 14'],
    ["a country's service before a product noun", 'The release of the U.S. Navy aircraft carrier was announced.'],
  ])('%s gives no product', (_, text) => {
    expect(actorsOf(text).actors.filter((a) => a.kind === 'product')).toEqual([]);
  });
});

describe("a store's forms link into one actor within a document", () => {
  it('"iTunes Music Store", "iTunes Store", "iTunes store" and "iTunes" are one product', () => {
    const text =
      'The iTunes Music Store opened with a large catalogue. The iTunes Store later added films. ' +
      'Prices on the iTunes store fell. Buyers used iTunes on their computers.';
    const { actors, actorMentions } = actorsOf(text);
    expect(actors).toEqual([
      expect.objectContaining({ name: 'iTunes Music Store', kind: 'product', aliases: ['iTunes', 'iTunes Store', 'iTunes store'] }),
    ]);
    expect(actorMentions.map((m) => m.text)).toEqual(['iTunes Music Store', 'iTunes Store', 'iTunes store', 'iTunes']);
  });

  it('keeps model numbers apart: "iPhone 4" is not "iPhone"', () => {
    const { actors } = actorsOf('The iPhone 4 replaced the iPhone 3G. Critics compared it to the first iPhone.');
    expect(actors.map((a) => a.name).sort()).toEqual(['iPhone', 'iPhone 3G', 'iPhone 4']);
  });
});

describe('other forms of a product', () => {
  it('a plural names the product when the document writes the singular too', () => {
    const { actors, actorMentions } = actorsOf('The iGlow sold poorly. Stores returned unsold iGlows to the maker.');
    expect(actors).toEqual([expect.objectContaining({ name: 'iGlow', kind: 'product', aliases: ['iGlows'] })]);
    expect(actorMentions.map((m) => m.text)).toEqual(['iGlow', 'iGlows']);
  });

  it('"the device" refers back to the product named just before', () => {
    const { actorMentions } = actorsOf('The Nimbus 2 goes on sale in May. Critics said the device was too heavy.');
    expect(actorMentions.map((m) => [m.text, m.actorId])).toEqual([
      ['Nimbus 2', 'nimbus-2'],
      ['the device', 'nimbus-2'],
    ]);
  });
});

describe('"the new …" names the model given beside it', () => {
  const idOf = (text: string, at: string) => actorsOf(text).actorMentions.find((m) => m.start === text.indexOf(at))?.actorId;

  it.each([
    ['after it', 'Orvell unveiled the iNimbus 4 on Monday. The new iNimbus was praised by critics.', 'iNimbus was', 'inimbus-4'],
    ['between commas', 'Buyers liked the iNimbus. The newest iNimbus, iNimbus 4, sold out in May.', 'iNimbus, iNimbus 4', 'inimbus-4'],
    ['not when no model is named', 'Buyers liked the iNimbus. The new iNimbus sold out in May.', 'iNimbus sold', 'inimbus'],
  ])('%s', (_, text, at, id) => {
    expect(idOf(text, at)).toBe(id);
  });
});

describe('the lexicon corrects a product', () => {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'te-lex-')), 'products.json');
  fs.writeFileSync(
    file,
    JSON.stringify({
      actors: [
        { name: 'Kestrel', kind: 'product', aliases: ['Kestrel drone'] },
        { name: 'eBay', kind: 'organization' },
      ],
    }),
  );
  const g = loadGazetteer([file]);

  it('adds a product the text gives no sign of, and types a camel-case company as the lexicon says', () => {
    const { actors } = actorsOf('Farmers bought the Kestrel drone in spring. Sellers praised eBay for lower fees.', g);
    expect(Object.fromEntries(actors.map((a) => [a.name, a.kind]))).toEqual({ Kestrel: 'product', eBay: 'organization' });
  });
});

describe('products take part in events', () => {
  const { dataset } = extractTexts([
    {
      path: 'launch.txt',
      raw:
        'Orvell Corporation released the Skyline Air laptop on 4 March 2024.\n\n' +
        'The Nimbus 2 sold two million units in its first week.\n',
    },
  ]);
  const eventWith = (word: string) => dataset.events.find((e) => e.title.includes(word));

  it('as the patient of a launch and the agent of its own sales', () => {
    expect(eventWith('released')?.roles).toEqual(expect.arrayContaining([{ actorId: 'skyline-air', role: 'patient' }]));
    expect(eventWith('sold')?.roles).toEqual(expect.arrayContaining([{ actorId: 'nimbus-2', role: 'agent' }]));
  });

  it('named as products in the dataset', () => {
    const kinds = Object.fromEntries(dataset.actors.map((a) => [a.id, a.kind]));
    expect(kinds).toMatchObject({ 'skyline-air': 'product', 'nimbus-2': 'product', orvell: 'organization' });
  });
});
