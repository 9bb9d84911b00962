// "The government" names the government of the one country in scene, as the country itself (as
// "the Iraqi government" does), and is left alone when that is not clear. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** Each "the government", with the name of the actor it refers to. */
const governments = (text: string) => {
  const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
  const name = new Map(actors.map((a) => [a.id, a.name]));
  return actorMentions
    .filter((m) => /(?:government|regime)$/.test(m.text) && /^[Tt]he /.test(m.text))
    .map((m) => [m.text, name.get(m.actorId)]);
};

describe('"the government"', () => {
  it.each([
    ['the one country of its paragraph', 'Floods hit Peru on Monday. The government sent troops.', 'Peru'],
    [
      'the one country of its paragraph, another named in the paragraph before',
      'Chile offered help.\nFloods hit Peru on Monday. The government sent troops.',
      'Peru',
    ],
    [
      'the country whose government was named just before, among several',
      'The Peruvian government thanked Chile and Bolivia for their help. Later the government asked for more.',
      'Peru',
    ],
    ['the one country of the document, with none in its paragraph', 'Floods hit Peru on Monday.\nThe government sent troops.', 'Peru'],
    ['past a word for its level', 'Floods hit Peru on Monday. The central government sent troops.', 'Peru'],
    [
      '"the regime" after the one whose regime was named, among several',
      'Chile and Bolivia warned that the Peruvian regime was arming. Officials said the regime denied it.',
      'Peru',
    ],
  ])('is the government of %s', (_, text, country) => {
    expect(governments(text).map(([, name]) => name)).toEqual([country]);
  });

  it.each([
    ['two countries in its paragraph', 'Peru and Chile signed a deal. The government said it would hold.'],
    ['no country named before it', 'The government sent troops. Floods hit Peru on Monday.'],
    ['the government of a country named right there', 'Floods hit Peru. The government of Chile sent troops.'],
  ])('is left alone with %s', (_, text) => {
    expect(governments(text)).toEqual([]);
  });
});
