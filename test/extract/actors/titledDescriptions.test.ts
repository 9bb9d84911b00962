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

describe('a title named again by its synonym, a birthplace, a demonym or an appositive', () => {
  /** Each mention that starts with "the", with the name of the actor it refers to. */
  const linked = (text: string) => {
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    const name = new Map(actors.map((a) => [a.id, a.name]));
    return actorMentions.filter((m) => /^[Tt]he\s/.test(m.text)).map((m) => [m.text, name.get(m.actorId)]);
  };

  it.each([
    [
      '"the pontiff" after a pope',
      `Pope Adrian VII visited Lyon on Monday. ${FILLER}The pontiff blessed the crowd.`,
      'The pontiff',
      'Adrian VII',
    ],
    [
      'a birthplace before the title',
      'Pope Adrian VII visited Lyon on Monday. The Dutch-born pontiff died in May.',
      'The Dutch-born pontiff',
      'Adrian VII',
    ],
    ['"the late pope"', 'Pope Adrian VII died on Monday. Mourners prayed for the late pope.', 'the late pope', 'Adrian VII'],
    [
      '"the first lady"',
      'First Lady Mara Velden toured a school on Tuesday. The first lady met teachers.',
      'The first lady',
      'Mara Velden',
    ],
    [
      'a demonym before the title',
      `Malian President Amadou Sissoko met farmers on Monday. ${FILLER}The Malian president promised new roads.`,
      'The Malian president',
      'Amadou Sissoko',
    ],
    [
      'a title given in an appositive',
      `Ana Ruiz, the prime minister, spoke on Monday. ${FILLER}The prime minister resigned.`,
      'The prime minister',
      'Ana Ruiz',
    ],
    [
      'a head of state beside the head of another body "of" something',
      `President Amadou Sissoko met farmers. Tom Berg, the president of the student union, called it a stunt. ${FILLER}Students asked the president to resign.`,
      'the president',
      'Amadou Sissoko',
    ],
    [
      'a title "of" a country in an appositive',
      `Ana Ruiz, the president of Gabon, met Tom Berg on Monday. ${FILLER}The president left.`,
      'The president',
      'Ana Ruiz',
    ],
  ])('refers to the one person given the title: %s', (_, text, description, name) => {
    expect(linked(text)).toContainEqual([description, name]);
  });

  it.each([
    ['a description that only describes', `Tom Berg, a former senator, voted on Monday. ${FILLER}The senator left.`, 'The senator'],
    [
      'a title set off before another name',
      `Ana Ruiz, the ambassador, spoke on Monday. ${FILLER}The ambassador to Chad, Tom Berg, resigned.`,
      'The ambassador',
    ],
    [
      'a title right before another name',
      `Ana Ruiz, the chief executive, spoke on Monday. ${FILLER}The chief executive Tom Berg replied.`,
      'The chief executive',
    ],
  ])('is left alone with %s', (_, text, description) => {
    expect(linked(text).map(([d]) => d)).not.toContain(description);
  });
});

describe('a title set off after a name', () => {
  it('names that person, not another holder of the title', () => {
    const text = 'President Hosni Mubarak spoke. Tom Berg, the president of the student union, called the speech empty.';
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    const name = new Map(actors.map((a) => [a.id, a.name]));
    const at = actorMentions.filter((m) => m.start === text.indexOf('the president')).map((m) => name.get(m.actorId));
    expect(at.length).toBeGreaterThan(0);
    expect(new Set(at)).toEqual(new Set(['Tom Berg']));
  });
});

describe('"the late" holder of a title two people were given', () => {
  const late = (text: string) => {
    const { actors, actorMentions } = findActors(contextFor(text), gazetteer());
    const m = actorMentions.find((x) => /^[Tt]he late president$/.test(x.text));
    return m ? actors.find((a) => a.id === m.actorId)?.name : null;
  };
  it.each([
    [
      'is the one called late before the name, not the sitting one named last',
      'The late President Amadou Sissoko was honoured on Monday. President Lena Dorsch laid a wreath. The late president built the dam.',
      'Amadou Sissoko',
    ],
    [
      'is none when the text calls neither late',
      'President Amadou Sissoko was honoured on Monday. President Lena Dorsch laid a wreath. The late president built the dam.',
      null,
    ],
    [
      'is the one called late, not one named after "late" and a day',
      'The late President Amadou Sissoko was honoured on Monday. Talks ended late Friday. President Lena Dorsch laid a wreath. The late president built the dam.',
      'Amadou Sissoko',
    ],
  ])('%s', (_, text, name) => {
    expect(late(text)).toBe(name);
  });
});
