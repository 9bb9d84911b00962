import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findActors } from '../../src/extract/actors.ts';
import { loadGazetteer } from '../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from './helpers.ts';

function actorsOf(text: string, g = gazetteer()) {
  const ctx = contextFor(text);
  return { ...ctx, ...findActors(ctx, g) };
}
const mentions = (text: string) => actorsOf(text).actorMentions.map((m) => [m.text, m.actorId]);

describe('actor mentions', () => {
  it.each([
    [
      'U.S. officials met Hamas leaders.',
      [
        ['U.S. officials', 'united-states'],
        ['Hamas leaders', 'hamas'],
      ],
    ],
    [
      'The first direct U.S.-Hamas contact.',
      [
        ['U.S.', 'united-states'],
        ['Hamas', 'hamas'],
      ],
    ],
    ['The Biden administration spoke.', [['Biden administration', 'united-states']]],
    [
      'Qatari mediators met in Doha.',
      [
        ['Qatari mediators', 'qatar'],
        ['Doha', 'doha'],
      ],
    ],
    ['Doha rejected the offer.', [['Doha', 'qatar']]],
    ['Turkish intelligence officials warn.', [['Turkish intelligence officials', 'turkey']]],
    // A demonym before a country's armed service or the craft it sends names the country that acts.
    ['The Chilean navy sailed north.', [['Chilean navy', 'chile']]],
    ['Peruvian warships left port.', [['Peruvian warships', 'peru']]],
    ['Syrian jets flew low.', [['Syrian jets', 'syria']]],
    ['The Kenyan army moved in.', [['Kenyan army', 'kenya']]],
    ['Two Danish vessels arrived.', [['Danish vessels', 'denmark']]],
    ['Chilean border police waited.', [['Chilean border police', 'chile']]],
    ['Peruvian election officials counted.', [['Peruvian election officials', 'peru']]],
    [
      'Despite Israel’s refusal and Hamas’ demand.',
      [
        ['Israel', 'israel'],
        ['Hamas', 'hamas'],
      ],
    ],
    ['The 2021 Egypt-brokered ceasefire.', [['Egypt', 'egypt']]],
    [
      'The UN and the U.N. agree.',
      [
        ['UN', 'united-nations'],
        ['U.N.', 'united-nations'],
      ],
    ],
    [
      'Axios sources indicate CIA operatives left.',
      [
        ['Axios', 'axios'],
        ['CIA', 'cia'],
      ],
    ],
  ])('%s', (text, expected) => {
    expect(mentions(text)).toEqual(expected);
  });

  it('matches whole, case-sensitive words only', () => {
    expect(mentions('The usual suspects in chinatown turkey dinner; CIAO amigo.')).toEqual([]);
  });

  it('gives offsets that slice to the mention', () => {
    const text = 'Talks in Doha with Hezbollah.';
    for (const m of actorsOf(text).actorMentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('actors', () => {
  it('merges aliases into one actor and keeps the forms the text used', () => {
    const { actors } = actorsOf('The U.S. and the United States and U.S. officials and the Biden administration.');
    expect(actors).toEqual([
      {
        id: 'united-states',
        name: 'United States',
        kind: 'country',
        parentId: null,
        aliases: ['Biden administration', 'U.S.', 'U.S. officials'],
      },
    ]);
  });

  it('puts agencies and people under their country or organization', () => {
    const { actors } = actorsOf('CIA operatives met. Jake Sullivan spoke. UN envoy Tor Wennesland warned.');
    const parent = Object.fromEntries(actors.map((a) => [a.id, a.parentId]));
    expect(parent).toMatchObject({ cia: 'united-states', 'jake-sullivan': 'united-states', 'tor-wennesland': 'united-nations' });
  });

  it('finds a person the lexicon does not know by the role before the name, with the parent the role names', () => {
    const { actors, actorMentions } = actorsOf('Egyptian Foreign Minister Sameh Shoukry met envoys. Shoukry said talks would resume.');
    expect(actors.find((a) => a.id === 'sameh-shoukry')).toMatchObject({ kind: 'person', parentId: 'egypt', aliases: ['Shoukry'] });
    expect(actorMentions.filter((m) => m.actorId === 'sameh-shoukry').map((m) => m.text)).toEqual(['Sameh Shoukry', 'Shoukry']);
  });

  it('finds an organization by its institution word, under the country it names', () => {
    const { actors } = actorsOf('The Israeli Defense Ministry said nothing.');
    expect(actors).toContainEqual(expect.objectContaining({ id: 'israeli-defense-ministry', kind: 'organization', parentId: 'israel' }));
  });

  it('lets a user add an actor and an alias with a lexicon file, no code', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'te-lex-')), 'extra.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        countries: { aliases: { QAT: ['Emirate of Qatar'] } },
        actors: [{ name: 'Gaza Health Ministry', kind: 'organization', aliases: ['GHM'], parent: 'Hamas' }],
      }),
    );
    const g = loadGazetteer([file]);
    const ctx = actorsOf('The GHM and the Emirate of Qatar spoke.', g);
    expect(ctx.actorMentions.map((m) => [m.text, m.actorId])).toEqual([
      ['GHM', 'gaza-health-ministry'],
      ['Emirate of Qatar', 'qatar'],
    ]);
    expect(ctx.actors[0]).toMatchObject({ parentId: 'hamas' });
  });

  it('skips a broken lexicon entry with a diagnostic naming the file and the entry, and keeps the rest', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-lex-'));
    const file = path.join(dir, 'extra.json');
    fs.writeFileSync(
      file,
      JSON.stringify({
        actors: [
          { name: 'Acme Corp', kind: 'company' },
          { kind: 'person' },
          { name: 'Gaza Health Ministry', kind: 'organization', parent: 'Atlantis' },
          { name: 'Jane Roe', kind: 'person' },
        ],
      }),
    );
    const broken = path.join(dir, 'broken.json');
    fs.writeFileSync(broken, '{ not json');
    const g = loadGazetteer([file, broken]);
    expect(g.diagnostics.map((d) => [path.basename(d.path), d.severity, d.message])).toEqual([
      ['extra.json', 'warning', expect.stringMatching(/^actor lexicon entry 1 "Acme Corp" is invalid \(kind: /)],
      ['extra.json', 'warning', expect.stringMatching(/^actor lexicon entry 2 is invalid \(name: /)],
      ['broken.json', 'error', expect.stringMatching(/^actor lexicon cannot be read .*; its actors are not used$/)],
      ['extra.json', 'warning', 'actor lexicon entry "Gaza Health Ministry" names parent "Atlantis", which is no known actor; ignored'],
    ]);
    expect(actorsOf('Jane Roe met Hamas.', g).actors.map((a) => a.id)).toEqual(['jane-roe', 'hamas']);
  });
});
