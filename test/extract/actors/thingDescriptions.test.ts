// "The storm", "the shuttle", "the ship": what a named storm or craft is names it again, when the
// document has named one thing of that class before it, and only then.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { analyze } from '../../../src/extract/language/analyze.ts';
import { contextFor, gazetteer } from '../helpers.ts';

/** Each description of a storm or craft, with the name of the actor it refers to. */
const described = (text: string) => {
  const ctx = contextFor(text);
  ctx.analysis = analyze(text, ctx.sentences);
  const { actors, actorMentions } = findActors(ctx, gazetteer());
  const name = new Map(actors.map((a) => [a.id, a.name]));
  return actorMentions.filter((m) => /^[Tt]he /.test(m.text)).map((m) => [m.text, name.get(m.actorId)]);
};

describe('a description of a storm or a craft', () => {
  it.each([
    [
      '"the storm" after a hurricane',
      'Hurricane Odalys struck the coast on Monday. Officials said the storm killed 40 people.',
      [['the storm', 'Hurricane Odalys']],
    ],
    [
      '"the hurricane" as a subject',
      'Forecasters said Hurricane Odalys neared the islands. The hurricane weakened overnight.',
      [['The hurricane', 'Hurricane Odalys']],
    ],
    [
      '"the shuttle" and "the orbiter" after a shuttle, past a modifier',
      'The space shuttle Meridian lifted off on Tuesday. The shuttle docked with the station. The crippled orbiter landed later.',
      [
        ['The shuttle', 'Meridian'],
        ['The crippled orbiter', 'Meridian'],
      ],
    ],
    [
      '"the carrier" and "the ship" after a ship',
      'The aircraft carrier USS Tobias Wendle arrived off the coast. The carrier will stay a week. The ship carries 5,000 sailors.',
      [
        ['The carrier', 'USS Tobias Wendle'],
        ['The ship', 'USS Tobias Wendle'],
      ],
    ],
    [
      '"the plane" after an aircraft known by its name',
      'The president boarded Air Force One in Dallas. The plane landed at noon.',
      [['The plane', 'Air Force One']],
    ],
  ])('refers to the one thing of its class named before: %s', (_, text, expected) => {
    expect(described(text)).toEqual(expected);
  });

  it.each([
    ['two storms named', 'Hurricane Odalys struck the coast. Hurricane Pim followed. The storm killed 40 people.'],
    ['nothing named before it', 'The storm hit the coast. Hurricane Odalys was named later.'],
    ['a noun it modifies', 'Hurricane Odalys struck the coast. The storm surge flooded streets. The shuttle program ends.'],
    ['a craft of another class', 'The space shuttle Meridian lifted off. The ship sailed at noon.'],
    ['"the carrier" with no ship named: an airline, maybe', 'Hurricane Odalys struck the coast. The carrier cancelled flights.'],
    ['the name given right after the word, which is the name itself', 'Crowds watched the shuttle Meridian lift off.'],
  ])('is left alone with %s', (_, text) => {
    expect(described(text)).toEqual([]);
  });
});
