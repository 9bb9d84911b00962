// Who speaks and who is spoken to: the agent of a statement (a speaker named with a title, by "he"
// or "she" far from the name, by "the minister"), and the one a speaker addresses. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer, rolesOf } from '../helpers.ts';

describe('the speaker of a statement is its agent', () => {
  it.each([
    [
      'a speaker named with a title after the quotation',
      '"The bridge will open soon," said Capt. Mary Lind, commander of the unit.',
      { 'Mary Lind': 'agent' },
    ],
    [
      'a speaker named with an honorific after the quotation',
      'Mary Lind toured the site. "We are ready," said Ms. Lind.',
      { 'Mary Lind': 'agent' },
    ],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(text, 'said')).toEqual(expected);
  });
});

describe('a speaker described before a relative clause', () => {
  it.each([
    [
      'a description whose relative clause ends before the verb',
      'President Peter Hollis, the summit host whose region was hardest hit, says the disaster requires a new response.',
      'says',
      { 'Peter Hollis': 'agent' },
    ],
    [
      'a description and "who"',
      'Foreign Minister Laura Varga, a veteran diplomat who was elected on Friday as head of the agency, said Saturday she will take the job.',
      'said',
      { 'Laura Varga': 'agent' },
    ],
    [
      'nobody, when the sentence does not open on the name',
      'Voters who backed Peter Hollis, the summit host whose region was hardest hit, cheered the result.',
      'cheered',
      {},
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
});

describe('the one a speaker addresses is acted on', () => {
  it.each([
    ['called on', 'The council called on North Korea to stop the tests.', 'called', { 'North Korea': 'patient' }],
    [
      'appealed to',
      'President Mary Lind appealed to the United Nations for help.',
      'appealed',
      { 'Mary Lind': 'agent', 'United Nations': 'patient' },
    ],
    ['urged', 'President Mary Lind urged the United Nations to act.', 'urged', { 'Mary Lind': 'agent', 'United Nations': 'patient' }],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
});

describe('a past participle that opens the sentence is done to the subject after it', () => {
  it.each([
    [
      'the one asked, set off by commas',
      'Asked about the vote on Monday, Gen. Mary Lind, head of the unit, told reporters the count was fair.',
      'Asked',
      { 'Mary Lind': 'patient' },
    ],
    [
      'the one asked, the subject of the next clause',
      'Asked whether the count was fair, Mary Lind said it was.',
      'Asked',
      { 'Mary Lind': 'patient' },
    ],
    [
      'the one who then speaks is the agent of the speaking',
      'Asked about the vote on Monday, Gen. Mary Lind, head of the unit, told reporters the count was fair.',
      'told',
      { 'Mary Lind': 'agent' },
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
});

describe('"he said" with several persons named before it', () => {
  it.each([
    [
      'the one set off after a possessor, subject of the sentence before the quotation',
      'Thomas Berg\'s lawyer, John Kask, hailed the ruling. "The court has spoken," he said.',
      { 'John Kask': 'agent' },
    ],
    [
      'the one who opens the sentence before, a pronoun already resolved',
      'Prime Minister John Kask met the envoy on Monday. He later smiled when asked whether he would appeal if Thomas Berg won. He said he would wait for the results.',
      { 'John Kask': 'agent' },
    ],
    [
      'the subject before a quotation of several sentences',
      'Mr. John Kask met Thomas Berg in Oslo. "This is a good day. We will talk again," he said.',
      { 'John Kask': 'agent' },
    ],
    ['nobody, when no person is the subject before', 'Voters who backed John Kask cheered Thomas Berg. "It was a mistake," he said.', {}],
    ['nobody, when the subject may not be a "he"', 'John Kask met Thomas Berg in Oslo. "It was a good day," he said.', {}],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(text, 'said')).toEqual(expected);
  });
});

describe('"the minister said": the one person the document gave that title', () => {
  it.each([
    [
      'a chief justice',
      'Chief Justice Thomas Berg read the ruling on Monday. With his voice breaking at times, the chief justice said the result could not stand.',
      { 'Thomas Berg': 'agent' },
    ],
    [
      'a secretary of state, further back',
      'On Monday, Secretary of State Mary Lind arrived in Oslo. Lind met the envoy. Voters were angry. The secretary said the talks went well.',
      { 'Mary Lind': 'agent' },
    ],
    [
      'a foreign minister',
      'Foreign Minister Mary Lind arrived in Oslo on Monday. Lind met the envoy. Voters were angry. The foreign minister said the talks went well.',
      { 'Mary Lind': 'agent' },
    ],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(text, 'said')).toEqual(expected);
  });
});

it('gives "the foreign minister" to nobody when two were given the title', () => {
  const text =
    'Foreign Minister Mary Lind met Foreign Minister Anna Kask in Oslo on Monday. Voters were angry. Turnout was low. The foreign minister said the talks went well.';
  expect(rolesOf(text, 'went')).toEqual({});
});

it('follows a speaker past a later "Mr." and the surname, which is no one else so far', () => {
  const text = [
    'Police Commissioner Ian Kellerman says the raids are important. "They are an operation run by the police," he said.',
    '"We think these are significant." Mr. Kellerman also expresses confidence in the police. "We are resolved to do this," he said.',
    'Prime Minister Tony Kellerman will visit Leeds on Friday.',
  ].join('\n\n');
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\n---\n${text}` }], gazetteer());
  const body = texts[0]!.text;
  const said = dataset.events.filter((e) => body.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) === 'said');
  expect(said.map((e) => e.actorIds)).toEqual([['ian-kellerman'], ['ian-kellerman']]);
});

it('gives "the commanding general" to the one general named, and "he said" after it to that general too', () => {
  const text =
    'Army Gen. Mark Hale spoke to reporters on Monday. Hale said the vote went well. The fight is not over, said the commanding general of the task force. But the insurgency will weaken, he said.';
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\n---\n${text}` }], gazetteer());
  const body = texts[0]!.text;
  const said = dataset.events.filter((e) => body.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) === 'said');
  expect(said.map((e) => e.actorIds)).toEqual([['mark-hale'], ['mark-hale'], ['mark-hale']]);
});
