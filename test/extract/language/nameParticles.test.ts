// A place name with a particle ("Frankfurt am Main") is one name: the sentence that holds it is one
// event, dated by its own date, with the place as where it happened; "I am" is still the verb.
// Our own sentences; published 10 June 2026.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/extract/language/analyze.ts';
import { eventsOf } from '../helpers.ts';

const tagsOf = (text: string) =>
  analyze(text, [{ start: 0, end: text.length, text } as never]).sentences[0]!.tokens.map((t) => `${t.text}/${t.pos}`);

describe('a place name with "am" or "im" keeps its sentence whole', () => {
  it.each([
    ['The composer was born in the village of Kirchberg am Wald on May 3, 1950.', '1950-05-03', 'Kirchberg am Wald'],
    ['The two ministers met in Frankfurt am Main on March 2, 2026.', '2026-03-02', 'Frankfurt am Main'],
    ['The festival opened in Neustadt im Tal on June 1.', '2026-06-01', 'Neustadt im Tal'],
  ])('%s', (text, date, place) => {
    const events = eventsOf(text, '2026-06-10');
    expect(events.map((e) => [e.title.slice(0, 20), e.time?.value])).toEqual([[text.slice(0, 20), date]]);
    expect(events[0]!.title).toContain(place);
  });

  it('"am" after a pronoun is still the verb', () => {
    expect(tagsOf('I am Sam, and I am here.')).toContain('am/AUX');
    expect(tagsOf('They met in Frankfurt am Main.')).toEqual(expect.arrayContaining(['Frankfurt/PROPN', 'am/PROPN', 'Main/PROPN']));
  });
});
