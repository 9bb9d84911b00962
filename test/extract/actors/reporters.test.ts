// A name credited with the writing of a story is a person's, though nothing else in the document
// says so: "Tamsin Orvel and Idris Kanat contributed to this report", "Idris Kanat reports from Rabat".
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

const kindOf = (text: string, name: string) => findActors(contextFor(text), gazetteer()).actors.find((a) => a.name === name)?.kind;

describe('reporters', () => {
  it.each([
    ['credited at the end', 'Floods closed the port on Monday. Tamsin Orvel and Idris Kanat contributed to this report.', 'Idris Kanat'],
    [
      'first of a credit list',
      'Floods closed the port on Monday. Tamsin Orvel, Idris Kanat and Bo Renn contributed reporting.',
      'Tamsin Orvel',
    ],
    ['reporting from a city', 'Idris Kanat reports from Rabat, where floods closed the port on Monday.', 'Idris Kanat'],
  ])('%s is a person', (_, text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });

  it('leaves a body credited with a report a body', () => {
    expect(
      kindOf('Floods closed the port on Monday. The Harbour Press Agency contributed to this report.', 'Harbour Press Agency'),
    ).not.toBe('person');
  });
});
