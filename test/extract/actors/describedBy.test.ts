// A person or company described in the sentence that names it: "the maker of <product>" beside the
// company, and a noun phrase set after a name between commas. Each description is one mention of
// that actor, which keeps the product named inside it apart from the company or person described.
// A person's role needs no article; a phrase that ends the sentence must say what the actor is.
import { describe, expect, it } from 'vitest';
import { findActors } from '../../../src/extract/actors.ts';
import { contextFor, gazetteer } from '../helpers.ts';

function mentionsOf(text: string) {
  const ctx = contextFor(text);
  return findActors(ctx, gazetteer()).actorMentions.map((m) => ({ text: m.text, actorId: m.actorId, start: m.start }));
}
const of = (text: string, phrase: string) => mentionsOf(text).find((m) => m.text === phrase);

describe('the maker of a product describes the company beside it', () => {
  it.each([
    ['Orvell Corporation is the maker of the Nimbus 2, which sold well.', 'the maker of the Nimbus 2', 'orvell'],
    ['Orvell Corporation, the manufacturer of the Nimbus 2, hired staff.', 'the manufacturer of the Nimbus 2', 'orvell'],
    [
      'The quarrel is between the producer of the Nimbus 2 (first shown in May) - Orvell Corporation - and a rival.',
      'the producer of the Nimbus 2',
      'orvell',
    ],
  ])('%s', (text, phrase, actorId) => {
    const found = of(text, phrase);
    expect(found).toMatchObject({ actorId, start: text.indexOf(phrase) });
    // The product named inside the description stays a mention of the product.
    expect(mentionsOf(text).find((m) => m.text === 'Nimbus 2')?.actorId).toBe('nimbus-2');
  });

  it.each([
    ['with no company beside it', 'Buyers liked the Nimbus 2. The maker of the Nimbus 2 hired staff.'],
    ['when a company inside it is the maker', 'Tom Reyes is the maker of the Orvell Corporation phones.'],
  ])('is no mention %s', (_, text) => {
    expect(mentionsOf(text).some((m) => /maker of/.test(m.text))).toBe(false);
  });
});

describe('a phrase set after a name describes it', () => {
  it.each([
    ['Ana Lopes, a former Orvell Corporation engineer, left on Monday.', 'a former Orvell Corporation engineer', 'ana-lopes'],
    ['Tom Reyes, formerly an adviser to the board, resigned.', 'formerly an adviser to the board', 'tom-reyes'],
    ['Prices rose, said Brandt Analytics, a market research firm - a fact few expected.', 'a market research firm', 'brandt-analytics'],
    ['Prices rose, according to figures from Brandt Analytics, a market research firm.', 'a market research firm', 'brandt-analytics'],
    ['Ana Lopes, chief executive of Orvell Corporation, resigned.', 'chief executive of Orvell Corporation', 'ana-lopes'],
    ['The plan failed, said Tom Reyes, former head of the agency, on Monday.', 'former head of the agency', 'tom-reyes'],
  ])('%s', (text, phrase, actorId) => {
    expect(of(text, phrase)).toMatchObject({ actorId, start: text.indexOf(phrase) });
  });

  it.each([
    ['a clause after a company', 'At Orvell Corporation, the shares have risen, traders said.'],
    ['a phrase naming another person', 'Ana Lopes, the wife of Tom Reyes, spoke first.'],
    ['a phrase that ends the sentence', 'The prize went to Ana Lopes, a move few expected.'],
    ['a phrase that ends the sentence and says nothing of what a firm is', 'Prices rose at Brandt Analytics, a surprise to many.'],
  ])('not %s: %s', (_, text) => {
    expect(mentionsOf(text).some((m) => /^(?:formerly |the |a |an )/.test(m.text) && m.text.split(' ').length > 2)).toBe(false);
  });

  it('not a phrase with no article that is no role: Ana Lopes, mother of three, spoke.', () => {
    expect(mentionsOf('Ana Lopes, mother of three, spoke.').some((m) => m.text.startsWith('mother'))).toBe(false);
  });
});
