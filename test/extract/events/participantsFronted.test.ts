// Who takes part when a sentence opens with a phrase of its own: the name right after the comma
// that closes "Despite protests from France," is the subject; the place of an occasion a sentence
// opens with ("In one incident near Dallas,") is where the clauses that tell it happen, not where
// what a source says there happens; a country or body that only describes a person set off by
// commas ("The U.S. ambassador to Spain, Ana Ruiz,") takes no part. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('the subject after a fronted phrase', () => {
  it.each([
    [
      'a country after a phrase naming another',
      'Despite protests from France, Germany signed the treaty on Monday.',
      'signed',
      { Germany: 'agent' },
    ],
    [
      'after a list of two',
      'Despite objections from France and Italy, Germany signed the treaty on Monday.',
      'signed',
      { Germany: 'agent' },
    ],
    ['after a comparison', 'Like Norway, Sweden has opted to cut its tariffs.', 'cut', { Sweden: 'agent' }],
    [
      'a name behind an article after the comma',
      'Despite protests from Spain, the United States signed the treaty on Monday.',
      'signed',
      { 'United States': 'agent' },
    ],
    [
      'a list of places stays where',
      'In Tikrit, Kirkuk and Mosul, police arrested 40 people on Monday.',
      'arrested',
      { Tikrit: 'location', Kirkuk: 'location', Mosul: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('the place of an occasion a sentence opens with', () => {
  const incident =
    'Traffic eased on Friday. In one grim accident near Austin, nine hikers rescued from Houston died when their van overturned.';
  it.each([
    ['the clause it opens', incident, 'died', { Austin: 'location' }],
    ['the "when" clause that goes on telling it', incident, 'overturned', { Austin: 'location' }],
    ['a place noun then "of"', 'In the besieged city of Mosul, residents said a strike kept shops shut.', 'kept', { Mosul: 'location' }],
    ['a speaker with an aside', 'In Lyon, Ana Ruiz, speaking to reporters, said the port would open.', 'said', { Lyon: 'location' }],
    ['a speaker reached by phone', 'In Lyon, the spokesman, reached by telephone, said the port was calm.', 'said', { Lyon: 'location' }],
    [
      'a station quoting a source',
      'In Lyon, the state radio, quoting an official, said the port had reopened.',
      'said',
      { Lyon: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toMatchObject(expected);
  });

  it.each([
    ['a saying told after the news', "In one incident in Lyon, thieves stole a reporter's watch, the bureau chief said.", 'said', 'Lyon'],
    [
      'a saying told after the news it opens with',
      'In the town of Lyon, police arrested nine rebels in a raid, Ana Ruiz said.',
      'said',
      'Lyon',
    ],
  ])('is not where %s happens: %s', (_, body, word, place) => {
    expect(rolesOf(body, word)).not.toHaveProperty(place);
  });
});

describe('a country or body in the description of a person set off by commas', () => {
  it.each([
    [
      'the country the envoy is sent to and the one who sends',
      'The U.S. ambassador to Peru, Ana Ruiz, said on Monday that talks would resume.',
      'said',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'a body the envoy is sent to',
      'The British envoy to the United Nations, Tom Berg, told reporters on Monday that talks would resume.',
      'told',
      { 'Tom Berg': 'agent' },
    ],
    [
      'a hyphenated body and where its envoy is sent',
      'The UN-Arab League envoy to Peru, Tom Berg, arrived in Lima on Monday.',
      'arrived',
      { 'Tom Berg': 'agent', Lima: 'location', Peru: 'location' },
    ],
    ['whose spokesman he is', 'A spokesman for the Red Cross, Tom Berg, denied the report on Monday.', 'denied', { 'Tom Berg': 'agent' }],
    [
      'where a delegation went, for what it did there',
      'A delegation to Lima led by Tom Berg met the mayor on Tuesday.',
      'met',
      { Lima: 'location', Peru: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('the country an unnamed envoy is sent to takes no part in what the envoy says', () => {
    expect(rolesOf('The U.S. ambassador to Peru said on Monday that the talks would resume.', 'said')).not.toHaveProperty('Peru');
  });

  it('still names the country an envoy is sent to', () => {
    expect(rolesOf('Norway sent an envoy to Peru on Monday.', 'sent')).toHaveProperty('Peru');
  });

  it('still names the body one speaks to', () => {
    expect(
      rolesOf('In remarks to the Security Council, Tom Berg, the envoy, said on Monday that talks would resume.', 'said'),
    ).toHaveProperty('United Nations Security Council');
  });
});
