// The scene of a sentence carries to the next sentences of its paragraph that name no place of
// their own; where that could be wrong, nothing is carried. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';

/** The places of the event whose trigger is `word`. */
function placesOf(body: string, word: string): string[] {
  const raw = `---\ntitle: Test\ndate: 2019-04-02\n---\n${body}`;
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw }], gazetteer());
  const text = texts[0]!.text;
  const names = new Map(dataset.actors.map((a) => [a.id, a.name]));
  const event = dataset.events.find((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) === word);
  if (!event) throw new Error(`no event on "${word}" in: ${dataset.events.map((e) => e.title).join(' | ')}`);
  return (event.roles ?? []).filter((r) => r.role === 'location').map((r) => names.get(r.actorId)!);
}

describe('the scene of a paragraph', () => {
  it.each([
    ['the next sentence', 'Thousands gathered in Trafalgar Square on Friday. They prayed for the victims.', 'prayed', ['Trafalgar Square']],
    [
      'a sentence further on',
      'Thousands gathered in Trafalgar Square on Friday. They prayed for the victims. Police detained two men.',
      'detained',
      ['Trafalgar Square'],
    ],
    [
      'a city with its state',
      'Crowds rallied in Biloxi, Mississippi, on Friday. Police detained two men.',
      'detained',
      ['Biloxi', 'Mississippi'],
    ],
    ['a capital with its country', 'Car bombs exploded in Baghdad on Monday. Police detained two men.', 'detained', ['Baghdad', 'Iraq']],
    // A country named through its people or its craft names no place of the sentence's own.
    [
      'a sentence naming a country’s officials',
      'Crowds gathered in Tripoli on Friday. U.S. officials watched as the rally grew.',
      'grew',
      ['Tripoli', 'Libya'],
    ],
    [
      'a clause after one naming a country’s warplanes',
      'A boat that sailed into Tobruk was guarded by Greek warplanes and left after crowds pressed forward on the dock.',
      'left',
      ['Tobruk'],
    ],
    [
      'a city with its country named as an owner',
      "Troops run Portugal's main airport in Lisbon, where most of the food is landing. Some cargo planes were turned away.",
      'turned',
      ['Lisbon', 'Portugal'],
    ],
  ])('carries to %s: %s', (_, body, word, expected) => {
    expect(placesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['into a new paragraph', 'Thousands gathered in Trafalgar Square on Friday.\n\nPolice detained two men.', 'detained'],
    ['to another time', 'Thousands gathered in Trafalgar Square on Friday. In 1990, police detained two men.', 'detained'],
    ['to a sentence set at another time', 'The probe landed in Kirkuk on Friday. It came two years after a crew was lost.', 'lost'],
    ['to what someone says', 'Thousands gathered in Trafalgar Square on Friday. Organizers said the police detained two men.', 'detained'],
    ['to a quotation', 'Thousands gathered in Trafalgar Square on Friday. "Police detained two men," a witness recalled.', 'detained'],
    ['from where something is said', 'Officials announced the results in Kirkuk on Friday. The coalition won most seats.', 'won'],
    ['from two places', 'Bombs exploded in Tikrit and Kirkuk on Monday. Police detained two men.', 'detained'],
    [
      'from a sentence naming a place that is not the scene',
      'Thousands gathered in Trafalgar Square after Madrid’s attacks on Friday. Police detained two men.',
      'detained',
    ],
    ['to a sentence with a place of its own', 'Thousands gathered in Trafalgar Square on Friday. Troops flew to the region.', 'flew'],
    [
      'from a sentence naming a country as an owner that is not the scene',
      "Crowds gathered in Trafalgar Square on Friday over Portugal's budget. Police detained two men.",
      'detained',
    ],
  ])('does not carry %s: %s', (_, body, word) => {
    expect(placesOf(body, word)).toEqual([]);
  });
});

describe('the scene of a sentence', () => {
  it.each([
    [
      'a relative clause before the main verb',
      'Thousands of pilgrims who took part in the vigil in front of Chartres Cathedral sang hymns.',
      'sang',
      ['Chartres Cathedral'],
    ],
    [
      'a clause of its own further on',
      'Riot police cleared the last barricades in Sidon overnight, and the remaining families left quietly.',
      'left',
      ['Sidon'],
    ],
    [
      'an event noun after the place',
      'Investigators described the Oslo bombings that wounded dozens of commuters.',
      'wounded',
      ['Oslo', 'Norway'],
    ],
  ])('reaches %s: %s', (_, body, word, expected) => {
    expect(placesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['an act of saying', 'Rebels shelled the port of Sidon, the mayor said.', 'said'],
    ['an occurrence set at another time', 'Thousands of families camped in Sidon after the floods.', 'floods'],
    ['a backdrop', 'Voters turned out on Sunday despite bombings that killed 30 people, mainly in Sidon.', 'turned'],
    ['what the words of a speaker tell', 'The minister, speaking in Sidon, said the strikes showed that the rebels are weak.', 'showed'],
    ['a place that modifies a noun', 'The ship landed at the port carrying aid to Sidon with a Norway crew.', 'landed'],
  ])('does not reach %s: %s', (_, body, word) => {
    expect(placesOf(body, word)).toEqual([]);
  });
});
