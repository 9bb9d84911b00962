// The words before a place that say it is where something happens. Leads are our own.
import { describe, expect, it } from 'vitest';
import { PLACE_PREPOSITION, partWhere } from '../../../src/extract/events/placeWords.ts';

describe('a preposition before a place', () => {
  it.each([
    ['a capitalised word (a country’s adjective) and a place noun, set off', 'Ministers met in the Portuguese capital, '],
    ['the same without the comma', 'Ministers met in the Portuguese capital '],
  ])('reaches past %s: "%s"', (_, lead) => {
    expect(PLACE_PREPOSITION.exec(lead)?.[1]).toBe('in');
  });

  it('does not reach past a name and a place noun with no article: a place there only names the province', () => {
    expect(PLACE_PREPOSITION.test('Nine were killed in Tarvik province ')).toBe(false);
  });
});

describe('a part of a place where something happens', () => {
  it.each([
    ['a settlement a place noun names', 'The eviction began in the northern Gaza settlement of ', true],
    ['the streets of a city', 'The convoy rolled through the streets of ', true],
    ['a point to measure from', 'Rescuers combed through the hills north of ', false],
    ['a part left, not where', 'Smoke rose from the roof of the ', false],
    ['a part gone to, not where', 'The crowd marched to the center of ', false],
  ])('%s: "%s"', (_, lead, expected) => {
    expect(partWhere(lead)).toBe(expected);
  });
});
