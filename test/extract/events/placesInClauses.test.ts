// Where an event happens, read from the clauses around it: a place a sentence opens with past a
// modifier and a place noun, the place of a relative clause about an event noun, a place that only
// modifies the object ("Indian Ocean nations"), and the body (not the place) a relative pronoun
// after "X in Hawaii" refers to. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('where it happens', () => {
  it.each([
    [
      'a place the sentence opens with, past a modifier and a place noun',
      'In the provincial capital Banda Aceh, police arrested 40 people on Monday.',
      'arrested',
      { 'Banda Aceh': 'location' },
    ],
    [
      'the place of the relative clause about an event noun',
      'Voters went to the polls on Sunday despite attacks that killed 38 people in Baghdad.',
      'attacks',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'the same, for two event nouns and a place set off by an adverb',
      'Voters went to the polls on Sunday despite attacks and bombings that killed 38 people, mainly in Baghdad.',
      'attacks',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      "a capital behind a country's adjective and a place noun",
      'Ministers meet on Thursday in the Portuguese capital, Lisbon, for talks on the debt.',
      'meet',
      { Lisbon: 'location', Portugal: 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('a place right before a common noun after the event word', () => {
  it('says where what is acted on is, and is not acted on itself', () => {
    expect(rolesOf('The tsunami struck Indian Ocean nations on Sunday.', 'struck')).toEqual({ 'Indian Ocean': 'location' });
  });
  it('leaves a place that is the object the patient', () => {
    expect(rolesOf('The storm struck Haiti on Sunday.', 'struck')).toEqual({ Haiti: 'patient' });
  });
});

describe('a relative pronoun after a body placed somewhere', () => {
  it('refers to the body, not the place', () => {
    const body = 'Ruiz is a spokesman for the U.S. Pacific Command in Hawaii, which is coordinating the relief effort.';
    expect(rolesOf(body, 'coordinating')).toEqual({ 'U.S. Pacific Command': 'agent' });
  });
});
