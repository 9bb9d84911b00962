// Where a sentence's content is cut into clauses: a dash sets off a clause, except inside a name.
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../../src/extract/events/clauses.ts';

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
