// Pronouns and descriptions that name an actor of the same document, each rule with the cases where
// it must stay empty: two candidates, a thing named without a name, "it" that stands for nothing.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** The actor each mention of `word` refers to (null where it is left alone), in text order. */
function referents(text: string, word: string): (string | null)[] {
  const ctx = contextFor(text);
  const { actorMentions } = findActors(ctx, gazetteer());
  const out: (string | null)[] = [];
  const pattern = new RegExp(`(?<![\\p{L}'’])${word}(?![\\p{L}])`, 'gu');
  for (let m = pattern.exec(text); m; m = pattern.exec(text))
    out.push(actorMentions.find((x) => x.start === m!.index && x.end === m!.index + word.length)?.actorId ?? null);
  return out;
}

describe('he and she', () => {
  it.each([
    ['one person named before', 'Karen Whitfield met reporters on Monday. She said the plant would close.', 'She', ['karen-whitfield']],
    [
      'the one speaker before, among several people',
      'Karen Whitfield said Tom Berglund had resigned. She said the board would meet on Friday.',
      'She',
      ['karen-whitfield'],
    ],
    [
      'the one person of that sex, by title',
      'Mrs. Karen Whitfield met Mr. Tom Berglund on Monday. He said the talks went well.',
      'He',
      ['tom-berglund'],
    ],
    [
      'an object pronoun, never the one who speaks',
      'Karen Whitfield met Tom Berglund on Monday. Before he left, Ana Ruiz cautioned him to be careful.',
      'him',
      [null],
    ],
    ['two people, neither speaking', 'Karen Whitfield met Tom Berglund. He said the talks went well.', 'He', [null]],
    [
      'the one person named in the clause that opens the sentence',
      'Karen Whitfield met Tom Berglund on Monday. When Berglund returned to Oslo, he called the board.',
      'he',
      ['tom-berglund'],
    ],
    [
      'two people in the clause that opens the sentence',
      'Karen Whitfield met Tom Berglund on Monday. When Berglund met Paul Okafor, he called the board.',
      'he',
      [null],
    ],
    [
      'the one person named in the paragraph before, nobody since',
      'Tom Berglund spoke to reporters in Oslo.\n\n"The plant will close. Workers will be paid. The talks are over. Nothing more can be done," he said.',
      'he',
      ['tom-berglund'],
    ],
    [
      'someone unnamed since the one person named',
      'Tom Berglund spoke in Oslo. A spokesman for the union was angry. The talks are over. "Nothing more can be done," he said.',
      'he',
      [null],
    ],
    [
      'a name not recognized since the one person named',
      'Tom Berglund spoke in Oslo. Sister Agnes came later. The talks are over. "Nothing more can be done," she said.',
      'she',
      [null],
    ],
    [
      'two people named before, nobody since',
      'Tom Berglund met Paul Okafor in Oslo. The talks went on for hours. The plant will close. "Nothing more can be done," he said.',
      'he',
      [null],
    ],
    [
      'the person whose verb of saying comes right before it, another named before',
      'Karen Whitfield met Tom Berglund on Monday, and Berglund announced he would resign.',
      'he',
      ['tom-berglund'],
    ],
    [
      'another person named between the speaker and the pronoun',
      'Karen Whitfield met Tom Berglund on Monday. Berglund told Whitfield he would resign.',
      'he',
      [null],
    ],
    [
      'two speakers',
      'Karen Whitfield told Tom Berglund that the plant would close, and Berglund said it would not. He said talks would go on.',
      'He',
      [null],
    ],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('they', () => {
  it.each([
    ['a group named in the plural', 'Hamas officials met in Gaza on Monday. They rejected the offer.', 'They', ['hamas']],
    ['two actors joined by "and"', 'Hamas officials and Fatah leaders met on Monday. They rejected the offer.', 'They', [null]],
    ['a name in the singular', 'Halvorsen Motors cut prices on Monday. They fell sharply.', 'They', [null]],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('it', () => {
  it.each([
    ['the body that says it', 'Halvorsen Motors said it would cut 500 jobs.', 'it', ['halvorsen-motors']],
    ['the body that says it, a day between', 'Halvorsen Motors announced Monday it would cut 500 jobs.', 'it', ['halvorsen-motors']],
    ['the one body named before', 'North Korea held talks on Monday. It said the talks had failed.', 'It', ['north-korea']],
    [
      'the speaker, with another body named before',
      'Northwind Traders Inc. fell. Halvorsen Motors announced Friday that it will close a plant.',
      'it',
      ['halvorsen-motors'],
    ],
    ['a thing named without a name between', 'Halvorsen Motors released the update on Monday. It fixes a flaw.', 'It', [null]],
    [
      'the one body named before, after "once"',
      'Halvorsen Motors cut prices in March, and sales rose once it opened new stores.',
      'it',
      ['halvorsen-motors'],
    ],
    ['"it" that stands for nothing', 'Halvorsen Motors cut prices. It is likely that rivals will follow.', 'It', [null]],
    ['two bodies', 'Halvorsen Motors met Northwind Traders Inc. on Monday. It agreed to a deal.', 'It', [null]],
    ['"it" that stands for a stretch of time', 'Halvorsen Motors cut prices on Monday. It has been a long week.', 'It', [null]],
    [
      '"it" that stands for nothing, after "once"',
      'Halvorsen Motors cut prices. Once it became clear that rivals would follow, shares fell.',
      'it',
      [null],
    ],
    ['an object', 'Karen Whitfield, the Halvorsen Motors chief, announced it on Monday.', 'it', [null]],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('a possessive whose window names several bodies', () => {
  it.each([
    [
      'the subject of its own sentence',
      'Halvorsen Motors sued Northwind Traders Inc. on Monday. Northwind Traders Inc. lost its appeal on Friday.',
      'its',
      ['northwind-traders'],
    ],
    [
      'the body made to act',
      'Northwind Traders Inc. complained in March. The Trade Commission has forced Halvorsen Motors to lower its prices.',
      'its',
      ['halvorsen-motors'],
    ],
    ['another body between the subject and it', 'Halvorsen Motors sued Northwind Traders Inc. over its patents.', 'its', [null]],
    [
      'a clause of its own between',
      'Halvorsen Motors sued Northwind Traders Inc. on Monday. Northwind Traders Inc. said that its sales rose.',
      'its',
      [null],
    ],
    [
      'a body named in the singular, as the subject, for "their"',
      'Halvorsen Motors met Northwind Traders Inc. on Monday. Halvorsen Motors announced the first of their new trucks.',
      'their',
      ['halvorsen-motors'],
    ],
    [
      'a body named in the singular, not the subject, for "their"',
      'Karen Whitfield praised Halvorsen Motors for their new trucks.',
      'their',
      [null],
    ],
    ['unnamed people between, for "their"', 'Halvorsen Motors paid the workers their wages.', 'their', [null]],
    [
      '"they" as the next subject of a body called "their"',
      'Halvorsen Motors announced the first of their new trucks. They also cut prices.',
      'They',
      ['halvorsen-motors'],
    ],
    [
      '"they" elsewhere after a body called "their"',
      'Halvorsen Motors announced the first of their new trucks. Analysts said they were cheap.',
      'they',
      [null],
    ],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('I and we in a quotation', () => {
  it.each([
    ['the speaker after it', '"I am proud of the team," Karen Whitfield said.', 'I', ['karen-whitfield']],
    ['the speaker before it', 'Karen Whitfield said: "My work here is done."', 'My', ['karen-whitfield']],
    ['a body speaking', '"We will cut 500 jobs," Halvorsen Motors said in a statement.', 'We', ['halvorsen-motors']],
    ['the body a person speaks for', 'Halvorsen Motors CEO Karen Whitfield said: "We will cut jobs."', 'We', ['halvorsen-motors']],
    [
      "the body of a person's role",
      'Karen Whitfield is the spokeswoman for Halvorsen Motors. "We will cut jobs," she said.',
      'We',
      ['halvorsen-motors'],
    ],
    ['a person who speaks for no body named', '"We will cut jobs," Karen Whitfield said.', 'We', [null]],
    ['a quotation given to no one', 'The note on the door read: "I am leaving."', 'I', [null]],
    [
      'a paragraph of quotation after the one who speaks',
      'Halvorsen Motors CEO Karen Whitfield spoke on Sunday.\n\n"We are talking about three million cars."',
      'We',
      ['halvorsen-motors'],
    ],
    [
      'a paragraph of quotation after two who speak',
      'Halvorsen Motors CEO Karen Whitfield and Northwind Traders Inc. chief Tom Berglund spoke on Sunday.\n\n"I am proud."',
      'I',
      [null],
    ],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('descriptions', () => {
  it.each([
    [
      'a capitalized title the person was given',
      'UN Secretary General Kofi Annan praised the vote. The Secretary General said the success bodes well.',
      'The Secretary General',
      ['kofi-annan'],
    ],
    [
      'what a firm does',
      'Orvell Corporation opened a plant in Lima. The software company said sales rose.',
      'The software company',
      ['orvell'],
    ],
    ['where a firm is based', 'Orvell Corporation opened a plant. The Lima-based firm said sales rose.', 'The Lima-based firm', ['orvell']],
    [
      'what a firm does, with two firms named',
      'Orvell Corporation sued Halvorsen Motors on Monday. The software company said sales rose.',
      'The software company',
      [null],
    ],
    [
      'another firm than the one named',
      'Orvell Corporation opened a plant. The parent company said sales rose.',
      'The parent company',
      [null],
    ],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});

describe('the events of a pronoun have its actor as participant', () => {
  const roles = (text: string, trigger: string) => {
    const { dataset } = extractTexts([{ path: 'a.txt', raw: `${text}\n` }]);
    const event = dataset.events.find((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) === trigger);
    return Object.fromEntries((event?.roles ?? []).map((r) => [r.actorId, r.role]));
  };

  it.each([
    ['Karen Whitfield spoke on Monday. "I left the board in March," she said.', 'left', { 'karen-whitfield': 'agent' }],
    ['Karen Whitfield spoke on Monday. A note read: "I left the board in March."', 'left', {}],
    [
      'Hamas officials said on Monday that talks had failed. But they stressed that no decision had been made.',
      'stressed',
      { hamas: 'agent' },
    ],
    ['Northwind Traders Inc. fell. Halvorsen Motors said that it had closed the plant.', 'closed', { 'halvorsen-motors': 'agent' }],
  ])('%s (%s)', (text, trigger, expected) => {
    expect(roles(text, trigger)).toEqual(expected);
  });
});

describe('pronouns left alone where the text names a likelier referent', () => {
  it.each([
    [
      'people the text does not name, for "they"',
      'Hamas officials spoke on Monday. Palestinian voters have had their say.',
      'their',
      [null],
    ],
    ['a body that only says whose, for "it"', "Iraq's election commission delayed the results because it had not finished.", 'it', [null]],
    ['what a person says "it" of', 'U.N. Secretary-General Kofi Annan says it could take ten years.', 'it', [null]],
    ['the government of a country', 'The government of North Korea says that it has conducted a test.', 'it', ['north-korea']],
  ])('%s', (_, text, word, expected) => {
    expect(referents(text, word)).toEqual(expected);
  });
});
