// A body named in full, then by its last word after "the": "the Tarvel Trade Alliance … the
// Alliance" is that body, counted as its mention; not a head word written alone with no "the",
// nor one that two bodies of the document end with, nor one after a lower-case body with the
// same word, nor a word that is mostly a common noun ("on the Front").
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** The name of the actor each mention written `form` names. */
const namedBy = (text: string, form: string) => {
  const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
  const name = (id: string) => actors.find((a) => a.id === id)?.name;
  return actorMentions.filter((m) => m.text === form).map((m) => name(m.actorId));
};

describe('a body named again by its head word after "the"', () => {
  it.each([
    [
      'an alliance',
      'The Tarvel Trade Alliance met on Monday. The Alliance said it would expel Norvia.',
      'Alliance',
      'Tarvel Trade Alliance',
    ],
    [
      'two sentences on',
      'The Orvan Fishing Council met on Monday. Boats stayed in port. The Council said talks would resume.',
      'Council',
      'Orvan Fishing Council',
    ],
    [
      'a commission',
      'The Central Ballot Commission counted the votes. Later the Commission said turnout was high.',
      'Commission',
      'Central Ballot Commission',
    ],
    ['a brotherhood', 'The Orvan Brotherhood called a strike. The Brotherhood said it would march.', 'Brotherhood', 'Orvan Brotherhood'],
  ])('%s: %s', (_, text, form, name) => {
    expect(namedBy(text, form)).toEqual([name]);
  });

  it.each([
    ['no "the" before it', 'The Tarvel Trade Alliance met on Monday. Alliance officials declined to comment.', 'Alliance'],
    ['two bodies end with it', 'The Harbour Safety Council met the Regional Water Council. The Council voted on Saturday.', 'Council'],
    [
      'a lower-case body with it in between',
      "The Tarvel Trade Commission fined the firm. Norvia's electoral commission said voting was calm. The Commission said it would appeal.",
      'Commission',
    ],
    [
      'a lower-case court in between',
      'The Varn Criminal Court issued a warrant. In Osk, the constitutional court met. The Court said the ruling was void.',
      'Court',
    ],
    ['the front line', 'The Orvan Liberation Front won seats on Sunday. Soldiers on the Front said they were tired.', 'Front'],
  ])('not with %s', (_, text, form) => {
    expect(namedBy(text, form)).toEqual([]);
  });
});

describe("a body's name opening a sentence with an adjective", () => {
  const kinds = (text: string) => Object.fromEntries(findActors(contextFor(text), gazetteer()).actors.map((a) => [a.name, a.kind]));

  it.each([
    ['a compass adjective', 'Northern Command said it had sent troops to the northern border.', 'Northern Command'],
    ['a faith adjective', 'Islamic Relief Council members toured the camps.', 'Islamic Relief Council'],
  ])('%s: %s', (_, text, name) => {
    expect(kinds(text)[name]).toBe('organization');
  });

  it('not an adjective before a word that ends no body', () => {
    expect(kinds('Northern Forts were shelled overnight.')['Northern Forts']).toBeUndefined();
  });
});

describe('the defence ministry of the United States by any of its names', () => {
  it.each([
    ['The U.S. Defense Department said ships were on their way.', 'U.S. Defense Department'],
    ['The US Defense Department said ships were on their way.', 'US Defense Department'],
    ['DoD announced on Monday that relief flights would begin.', 'DoD'],
    ['The Defense Department said ships were on their way.', 'Defense Department'],
    ["Norvia's Defense Ministry met on Monday. The Defense Department in Washington said it would help.", 'Defense Department'],
  ])('%s', (text, form) => {
    expect(namedBy(text, form)).toEqual(['Pentagon']);
  });

  it.each([
    ["Chile's Defense Department said jets crossed the line on Monday.", 'Defense Department'],
    ['The Osk Department of Defence met on Monday. The DoD said repairs would take months.', 'DoD'],
    ["The Philippines' Defense Department said it would protest.", 'Defense Department'],
  ])("not another country's: %s", (text, form) => {
    expect(namedBy(text, form)).not.toContain('Pentagon');
  });
});
