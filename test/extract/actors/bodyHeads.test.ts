// A body named in full, then by its last word after "the": "the Tarvel Trade League … the League"
// is that body, counted as its mention; not a head word written alone with no "the", nor one
// that two bodies of the document end with.
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
    ['a league', 'The Tarvel Trade League met on Monday. The League said it would expel Norvia.', 'League', 'Tarvel Trade League'],
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
    ['no "the" before it', 'The Tarvel Trade League met on Monday. League officials declined to comment.', 'League'],
    ['two bodies end with it', 'The Harbour Safety Council met the Regional Water Council. The Council voted on Saturday.', 'Council'],
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
    ['DoD announced on Monday that relief flights would begin.', 'DoD'],
    ['The Defense Department said ships were on their way.', 'Defense Department'],
  ])('%s', (text, form) => {
    expect(namedBy(text, form)).toEqual(['Pentagon']);
  });
});
