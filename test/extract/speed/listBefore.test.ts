// The test that spares most names' leads the search for a list of places before them answers no
// only where the search would find nothing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIST_BEFORE, endsInConjunction } from '../../../src/extract/actors/kinds.ts';

const pieces = ['Paris', 'Rome', 'New York', ',', ' ', '\t', '\n', '\u00a0', 'and', 'or', 'band', 'for', 'Andover', 'in', 'x', '.'];
const lead = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((p) => p.join(''));

describe('a list of places before a name', () => {
  it('is looked for only in a lead that ends in "and" or "or", and found there as before', () => {
    for (const text of ['visited Paris, Rome and ', 'in Paris or\t', 'Paris and\n', 'in Paris, Rome', 'Portland ', 'the band ', 'Rome and'])
      expect(endsInConjunction(text) || !LIST_BEFORE.test(text), text).toBe(true);
    expect(endsInConjunction('visited Paris, Rome and ')).toBe(true);
    expect(endsInConjunction('the band ')).toBe(false);
    fc.assert(
      fc.property(lead, (text) => endsInConjunction(text) || !LIST_BEFORE.test(text)),
      { numRuns: 3000 },
    );
  });
});
