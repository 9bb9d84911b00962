// Where a sentence's content is cut into clauses: a dash sets off a clause, except inside a name.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/extract/events/clauses.ts';
import { sentenceClauses, verbClauses } from '../../../src/extract/events/verbClauses.ts';
import { analyze, loadTagger } from '../../../src/extract/language/analyze.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { eventsOf } from '../helpers.ts';

const clauses = (text: string) => splitClauses(text, { start: 0, end: text.length }).map((c) => text.slice(c.start, c.end));

describe('a dash between clauses and inside a name', () => {
  it.each([
    [
      'a dash inside a unit’s name',
      'Col. Ana Ruiz of Task Force – North inspected the bridge.',
      ['Col. Ana Ruiz of Task Force – North inspected the bridge'],
    ],
    ['an em dash inside a name', 'Troops of Sector — Delta left Monday.', ['Troops of Sector — Delta left Monday']],
    [
      'a dash before a new sentence’s article',
      'The talks ended on Tuesday – The envoy left.',
      ['The talks ended on Tuesday', 'The envoy left'],
    ],
    [
      'a dash after a day, before a name',
      'The talks collapsed on Tuesday – Hamas rejected the plan.',
      ['The talks collapsed on Tuesday', 'Hamas rejected the plan'],
    ],
    ['a dash before a pronoun', 'Voting ended at Six – It was calm.', ['Voting ended at Six', 'It was calm']],
    ['a dash before a lower-case word', 'The plant reopened in May – workers returned.', ['The plant reopened in May', 'workers returned']],
  ])('%s', (_, text, expected) => {
    expect(clauses(text)).toEqual(expected);
  });
});

describe('the clause of a verb after a relative clause', () => {
  it.each([
    [
      'a place behind a preposition',
      'Thousands of pilgrims who took part in the vigil in front of Chartres Cathedral sang hymns.',
      'sang',
      'Sang hymns',
    ],
    ['a possessive name', "The volunteers who cleared the streets of Ana Ruiz's village asked for tools.", 'asked', 'Asked for tools'],
    [
      'the last words of the relative clause',
      'Many of the families who stayed in Lyon are leaving the city.',
      'leaving',
      'Are leaving the city',
    ],
  ])('does not begin with %s', (_, body, word, title) => {
    const events = eventsOf(body, '2019-04-02');
    expect(events.find((e) => e.title.toLowerCase().includes(word))?.title).toBe(title);
  });

  it.each([
    [
      'the subject of a clause said without "that"',
      'Officials who said the storm destroyed 40 homes asked for aid.',
      'The storm destroyed',
    ],
    [
      'a subject that is a pronoun',
      'The officials who toured the area praised the efforts we have made in the region.',
      'The efforts we have made in the region',
    ],
  ])('keeps %s', (_, body, title) => {
    expect(eventsOf(body, '2019-04-02').map((e) => e.title)).toContain(title);
  });
});

describe('a sentence read by two stages is split into verb clauses once', () => {
  it.each([
    ['a sentence of one clause', 'The ferry sank near the harbour.'],
    ['clauses joined by "and"', 'Rescuers reached the village and the water began to fall.'],
    ['a relative clause', 'The bridge that the storm damaged reopened to traffic.'],
  ])('%s', (_, text) => {
    loadTagger();
    const tokens = analyze(text, splitSentences(text)).sentences[0]!.tokens;
    const first = sentenceClauses(tokens);
    expect(sentenceClauses(tokens)).toBe(first);
    expect(first).toEqual(verbClauses(tokens));
  });
});
