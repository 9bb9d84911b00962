// "The president" far from the name: the one person the document gave that title before it.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const FILLER = 'Roads were closed. Schools stayed shut. Markets opened late. ';

/** Each description of a person by a role, with the name of the actor it refers to. */
const described = (text: string) => {
  const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
  const name = new Map(actors.map((a) => [a.id, a.name]));
  return actorMentions.filter((m) => /^[Tt]he (?:president|minister)$/.test(m.text)).map((m) => [m.text, name.get(m.actorId)]);
};

describe('a role description named further back than two sentences', () => {
  it('refers to the one person the document gave that title', () => {
    expect(described(`President Amadou Sissoko met farmers on Monday. ${FILLER}The president promised new roads.`)).toEqual([
      ['The president', 'Amadou Sissoko'],
    ]);
  });

  it.each([
    [
      'two people given the title',
      `President Amadou Sissoko met President Lena Dorsch on Monday. ${FILLER}The president promised new roads.`,
    ],
    ['"the president of …", which names another office', `President Amadou Sissoko met farmers. ${FILLER}The president of the bank left.`],
    ['a holder still to be chosen', `President Amadou Sissoko met farmers. ${FILLER}Lawmakers will elect the president in May.`],
    ['a role nobody was given', `Amadou Sissoko met farmers on Monday. ${FILLER}The president promised new roads.`],
  ])('is left alone with %s', (_, text) => {
    expect(described(text)).toEqual([]);
  });
});

describe('a role description with an age or a word of standing before the title', () => {
  const who = (text: string) => {
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    const name = new Map(actors.map((a) => [a.id, a.name]));
    return actorMentions.filter((m) => /^[Tt]he \S+ (?:president|senator)$/.test(m.text)).map((m) => [m.text, name.get(m.actorId)]);
  };

  it.each([
    [
      'an age',
      'Senator Lena Dorsch visited the port on Monday. The 84-year-old senator resigned on Friday.',
      'The 84-year-old senator',
      'Lena Dorsch',
    ],
    [
      'an age in words',
      'Senator Lena Dorsch visited the port. The seventy-year-old senator resigned.',
      'The seventy-year-old senator',
      'Lena Dorsch',
    ],
    [
      'a word of standing',
      'President Amadou Sissoko lost the vote on Monday. The embattled president resigned.',
      'The embattled president',
      'Amadou Sissoko',
    ],
  ])('refers to the one person given the title: %s', (_, text, description, name) => {
    expect(who(text)).toEqual([[description, name]]);
  });
});

describe('a title after a word that marks a former or absent holder', () => {
  const who = (text: string) => {
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    const name = new Map(actors.map((a) => [a.id, a.name]));
    return actorMentions.filter((m) => /^[Tt]he \S+ president$/.test(m.text)).map((m) => [m.text, name.get(m.actorId)]);
  };

  it.each(['ousted', 'deposed', 'exiled', 'jailed', 'outgoing'])('"the %s president" is not the sitting president', (word) => {
    expect(who(`President Amadou Sissoko spoke on Monday. Supporters of the ${word} president marched in Dakar on Tuesday.`)).toEqual([]);
  });
});
