// Participant rules kept to what they were written for: a month is no place, a past verb after a
// name set off by commas is no passive, "about" before a count is no topic, the trigger's own
// auxiliary ends no clause, a participle's object is no bystander, the one an attack is blamed on
// is not its target, goods from a country are not people from it, "based on" is no aside, and the
// owner of who does it is not the doer. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { eventsOf, rolesOf } from '../helpers.ts';

describe('participant rules kept to their cases', () => {
  it.each([
    ['a country after a fronted month acts', 'In October, Norway recalled its ambassador.', 'recalled', { Norway: 'agent' }],
    ['a country after a fronted day acts', 'On Tuesday, Kenya closed its border.', 'closed', { Kenya: 'agent' }],
    ['a country after a fronted unnamed place acts', 'At Wrexley, Peru signed the accord.', 'signed', { Peru: 'agent' }],
    [
      'a past verb after a name set off by commas is active',
      'The mayor, Ana Ruiz, travelled by train on Tuesday.',
      'travelled',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'a past verb ending the sentence after "by" is active',
      'Ana Ruiz, the party leader, resigned by email on Friday.',
      'resigned',
      { 'Ana Ruiz': 'agent' },
    ],
    ['"about" before a count keeps the place', 'Soldiers detained about forty men in Lyon on Friday.', 'detained', { Lyon: 'location' }],
    ['"about a dozen" keeps the place', 'Police questioned about a dozen students in Lyon.', 'questioned', { Lyon: 'location' }],
    [
      '"by" before the trigger\'s own auxiliary names the doer',
      'A rocket attack by Hezbollah has wounded five soldiers.',
      'wounded',
      { Hezbollah: 'agent' },
    ],
    [
      'the one a participle carries is attacked too',
      'Rebels ambushed a helicopter carrying General Ana Ruiz on Friday.',
      'ambushed',
      { 'Ana Ruiz': 'other' },
    ],
    [
      'where goods come from takes part',
      'Shipments from Chile reached Lima on Monday.',
      'reached',
      { Chile: 'other', Lima: 'location', Peru: 'location' },
    ],
    ['"based on" opens no aside', 'The raid, based on a tip from the FBI, freed two hostages.', 'freed', { FBI: 'other' }],
    ['the owner of who does it is not the doer', "The reporter was hit by Senator Ana Ruiz's driver.", 'hit', { 'Ana Ruiz': 'other' }],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('the one an attack is blamed on is not its target', () => {
    expect(rolesOf("Jordan blamed Friday's attack on Hamas.", 'attack')).toMatchObject({ Hamas: 'other' });
  });

  it.each([
    ["Ana Ruiz's car, towed by police, was found on Monday.", 'towed', { 'Ana Ruiz': 'patient' }],
    ['Before dawn, Ana Ruiz, guarded by a half-dozen aides, left the hotel.', 'guarded', { 'Ana Ruiz': 'patient' }],
  ])('still reads a participle set off with "by" before the main verb as passive: %s', (body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('"by" and the one named before the event verb', () => {
  it.each([
    ['a passive: who does what the subject names', 'The offensive by Hezbollah was halted near the border.', 'halted'],
    ['"by" after a participle', 'Militias led by Ana Ruiz have shown little restraint.', 'shown'],
    ['a byline', 'By Ana Ruiz, Special to the paper | Rebels have seized the port.', 'seized'],
  ])('%s is no agent: %s', (_, body, word) => {
    expect(Object.values(rolesOf(body, word))).not.toContain('agent');
  });
});

describe('a place a relative clause tells of', () => {
  it('is who speaks when the clause is of speaking, and is listed once', () => {
    const body = 'Storms flooded farms near Dresden, which announced emergency aid on Monday.';
    expect(rolesOf(body, 'announced')).toEqual({ Dresden: 'agent' });
    for (const e of eventsOf(body, '2019-04-02')) expect(new Set(e.actorIds).size).toBe(e.actorIds.length);
  });
});
