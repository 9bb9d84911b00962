// A named product is a participant of the events it takes part in (launched, sold, using
// something, its own sales), not of every event whose sentence names it in passing.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';

/** The event whose trigger is `word`, in a one-sentence document after a first sentence naming the maker. */
function eventOf(sentence: string, word: string) {
  const raw = `Orvell Corporation makes phones and music players.\n\n${sentence}\n`;
  const { dataset, texts } = extractTexts([{ path: 'story.txt', raw }]);
  const text = texts[0]!.text;
  const event = dataset.events.find((e) => e.evidence.some((p) => p.trigger && text.slice(p.trigger.start, p.trigger.end) === word));
  return { event, products: new Set(dataset.actors.filter((a) => a.kind === 'product').map((a) => a.id)) };
}

describe('a product takes part in an event', () => {
  it.each([
    ['the patient of a launch', 'Orvell unveiled the Nimbus 2 in Berlin on 3 May 2024.', 'unveiled', 'nimbus-2', 'patient'],
    ['the agent of its own sales', 'The Nimbus 2 sold two million units in its first week.', 'sold', 'nimbus-2', 'agent'],
    ['the subject of its verb', 'The Nimbus 2 will use a faster chip from 2027.', 'use', 'nimbus-2', 'agent'],
    ['the noun after "of" an event', 'Pre-orders of the Nimbus 2 began on 4 June 2024.', 'began', 'nimbus-2', 'other'],
    ['named with its own kind of noun', 'Orvell sold eight million Nimbus 2 music players in 2024.', 'sold', 'nimbus-2', 'patient'],
    [
      'the object of a gerund after a preposition',
      'A year after launching the Nimbus 2 on 3 May 2024, Orvell cut its price.',
      'launching',
      'nimbus-2',
      'patient',
    ],
    [
      'a model named with its generation first',
      'Orvell unveiled the Nimbus 5G on 3 May 2024. The 5G Nimbus sold two million units in its first week.',
      'sold',
      'nimbus-5g',
      'agent',
    ],
  ])('as %s: %s', (_, sentence, word, id, role) => {
    const { event, products } = eventOf(sentence, word);
    expect(products.has(id)).toBe(true);
    expect(event?.actorIds).toContain(id);
    if (role !== 'other') expect(event?.roles).toContainEqual({ actorId: id, role });
  });
});

describe('a product named in passing takes no part', () => {
  it.each([
    ['a modifier of the subject', 'Many Nimbus 2 owners called the help line on 2 June 2024.', 'called', 'nimbus-2'],
    ['a modifier of the object', 'Orvell redesigned the Nimbus 2 antenna in June 2024.', 'redesigned', 'nimbus-2'],
    ['the possessor of the object', 'Reviewers praised the Nimbus 2\u2019s screen in June 2024.', 'praised', 'nimbus-2'],
    ['the possessor of a described object', 'Reviewers praised the Nimbus 2\u2019s new bright screen in June 2024.', 'praised', 'nimbus-2'],
    ['a party named behind "with"', 'Orvell ended its partnership with the iNimbus Store on 2 June 2024.', 'ended', 'inimbus-store'],
    ['behind a preposition in the subject', 'The maker of the new Nimbus 2 hired 300 engineers on 4 June 2024.', 'hired', 'nimbus-2'],
    ['in a title of the agent', 'The head of marketing for the Nimbus 2, Ana Lopes, resigned on 5 June 2024.', 'resigned', 'nimbus-2'],
  ])('as %s: %s', (_, sentence, word, id) => {
    const { event, products } = eventOf(sentence, word);
    expect(products.has(id)).toBe(true);
    expect(event).toBeDefined();
    expect(event!.actorIds).not.toContain(id);
  });
});
