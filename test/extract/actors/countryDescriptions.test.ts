// "The country", "the nation": the country the text is about at that point, the last one it named
// as a country, by its demonym or by its people, not one named in passing in a list. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** The name of the actor each "the country" / "the nation" of the text refers to, in order (null when none). */
function countriesDescribed(text: string): (string | null)[] {
  const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
  const starts = [...text.matchAll(/\b[Tt]he (?:country|nation)\b/g)].map((m) => m.index);
  return starts.map((start) => {
    const mention = actorMentions.find((m) => m.start === start);
    return mention ? (actors.find((a) => a.id === mention.actorId)?.name ?? null) : null;
  });
}

describe('"the country" is the one the text is about there', () => {
  it.each([
    [
      'a demonym after a dateline country',
      'Geneva, Switzerland — The envoy said the Iraqi people voted in large numbers. Bombs killed 12 people across the country.',
      ['Iraq'],
    ],
    [
      "the people's plural after another country",
      'U.S. commanders praised the vote. Some 9 million Iraqis cast ballots. Attacks killed 20 people across the country.',
      ['Iraq'],
    ],
    [
      'not the last of a list the country was named before',
      'Cuba left the talks with Spain, Mexico and Canada in 2004. The country has refused to return.',
      ['Cuba'],
    ],
    ['the demonym of its people', 'Crowds cheered in Lima. The Peruvian people are tired. The nation votes on Sunday.', ['Peru']],
    [
      'not the country of tourists there',
      'Crowds filled the streets of Cairo. Egypt shut its banks. American tourists are flying out of the country.',
      ['Egypt'],
    ],
    ['not a neighbour named by its border', 'Syria shelled towns near the Iraqi border. The country denied it.', ['Syria']],
    ['the country named just before', 'Chile and Peru met in May. Peru signed the deal. The country said it was pleased.', ['Peru']],
  ])('%s', (_, text, expected) => {
    expect(countriesDescribed(text)).toEqual(expected);
  });

  it('none when the sentence names two countries before it', () => {
    expect(countriesDescribed('Peru accused Chile of lying about the country.')).toEqual([null]);
  });
});

describe('"the kingdom" is a country that is a kingdom', () => {
  const kingdom = (text: string) => {
    const { actorMentions } = findActors(contextFor(text), gazetteer());
    return actorMentions.find((m) => /^[Tt]he kingdom$/.test(m.text))?.actorId ?? null;
  };
  it.each([
    [
      'the kingdom named before a republic',
      'Saudi Arabia sent aid to Libya on Monday. The kingdom said more would follow.',
      'saudi-arabia',
    ],
    ['no republic', 'Libya shut its border on Monday. The kingdom said more would follow.', null],
  ])('%s: %s', (_, text, id) => {
    expect(kingdom(text)).toBe(id);
  });
});
