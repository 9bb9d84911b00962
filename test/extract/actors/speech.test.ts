// Who speaks: a name right before a verb of saying, or right after one that follows a quotation,
// in any form the verb takes.
import { describe, expect, it } from 'vitest';
import { speaks } from '../../../src/extract/actors/speech.ts';

const speaker = 'Ana Ruiz';
const speaksIn = (text: string) => speaks(text, text.indexOf(speaker), text.indexOf(speaker) + speaker.length);

describe('a name with a verb of saying speaks', () => {
  it.each([
    ['before a past', 'Mayor Ana Ruiz urged calm after the flood.', true],
    ['before a present', 'Mayor Ana Ruiz urges calm after the flood.', true],
    ['before a present of replying', 'Ana Ruiz replies that the port is open.', true],
    ['after a quotation and a present', '“Will the port reopen?” asks Ana Ruiz.', true],
    ['not before a verb of another act', 'Mayor Ana Ruiz visited the port after the flood.', false],
  ])('%s: %s', (_, text, expected) => {
    expect(speaksIn(text)).toBe(expected);
  });
});
