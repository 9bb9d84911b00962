// "It" that speaks ("It said …", "in mid-year it announced …") is the one body named before it,
// whatever thing stands between, for a thing does not announce; a text that says something ("a
// report … It says") and two bodies leave it alone. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer, rolesOf } from '../helpers.ts';

/** The actor each "it" refers to (null where it is left alone), in text order. */
function referents(text: string): (string | null)[] {
  const { actorMentions } = findActors(contextFor(text), gazetteer());
  return [...text.matchAll(/(?<![\p{L}'’])[Ii]t(?![\p{L}])/gu)].map(
    (m) => actorMentions.find((x) => x.start === m.index && x.end === m.index + 2)?.actorId ?? null,
  );
}

describe('"it" that speaks', () => {
  it.each([
    [
      'past a thing named without a name',
      'Northwind Corporation reported a loss on Monday. It said it would cut 300 jobs in May.',
      ['northwind', 'northwind'],
    ],
    ['past a phrase of time', 'Northwind Corporation cut prices in May. Later that month, it announced a new phone.', ['northwind']],
    [
      'after a phrase of time with no comma',
      'In 2003, Estonia left the treaty, and in mid-year it announced it had finished the work.',
      ['estonia', 'estonia'],
    ],
    ['not a report that says something', 'Northwind Corporation released a report on Monday. It says 40 people died.', [null]],
    ['not with two bodies named', 'Northwind Corporation sued Orvell Inc. on Monday. It said the case was strong.', [null]],
  ])('%s', (_, text, expected) => {
    expect(referents(text)).toEqual(expected);
  });

  it('is the agent of what it says it did', () => {
    expect(rolesOf('Northwind Corporation reported a loss on Monday. It said it would cut 300 jobs in May.', 'cut')).toEqual({
      'Northwind Corporation': 'agent',
    });
  });
});
