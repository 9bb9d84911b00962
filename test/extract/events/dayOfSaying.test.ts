// The day a statement was made, and the day an occasion named again took place, as a reader of the
// passage would date them. Our own sentences, published Wednesday 10 June 2026.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled, shownTime } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';
const run = (body: string): TimelineEvent[] => eventsOf(body, WEDNESDAY);

const shown = shownTime;

describe('a statement is dated by the day of saying, not by a date it only mentions', () => {
  it.each([
    [
      'a place between the addressee and the day',
      'Governor Ana Costa told reporters in Lisbon on Monday that the port would reopen.',
      'Governor Ana Costa told reporters',
      '2026-06-08',
    ],
    [
      'two place phrases between the addressee and the day',
      'Governor Ana Costa told reporters at Portela Airport in Lisbon on Monday that flights would resume.',
      'Governor Ana Costa told reporters',
      '2026-06-08',
    ],
    [
      'what was said, by that day',
      'Governor Ana Costa told reporters in Lisbon on Monday that the storm had flooded the port.',
      'The storm had flooded the port',
      '2026-06-08 (by)',
    ],
    [
      'a year that names a budget, in a clause of its own',
      '"We will not cut the fleet," Admiral Jane Holt said at a briefing that dealt with the fiscal 2028 budget.',
      'Jane Holt: “We will not cut the fleet”',
      '2026-06-10 (by)',
    ],
    [
      'a time inside a relative clause that holds an apposition',
      '"We left with nothing," said Ana Ruiz, a nurse who said she fled from Vila Nova, a border town, two weeks ago.',
      'Ana Ruiz: “We left with nothing”',
      '2026-06-10 (by)',
    ],
    [
      'a date that names another occasion',
      '"The count was fair," Senator Paul Marsh said after the May 3 election.',
      'Paul Marsh: “The count was fair”',
      '2026-06-10 (by)',
    ],
    ['a day of its own', '"The count was fair," Senator Paul Marsh said on Monday.', 'Paul Marsh: “The count was fair”', '2026-06-08'],
    [
      'an interview on a day, the occasion of saying',
      '"We will hold the line," Premier Omar Lakhani said in a Sunday interview with state radio.',
      'Omar Lakhani: “We will hold the line”',
      '2026-06-07',
    ],
    [
      'a day after an apposition that closes',
      '"We are ready to walk out," said Tom Reyes, who heads the dockers\' union, on Monday.',
      'Tom Reyes: “We are ready to walk out”',
      '2026-06-08',
    ],
  ])('%s', (_, text, title, value) => {
    expect(shown(eventTitled(run(text), title))).toBe(value);
  });
});

describe('an occasion named again keeps its day', () => {
  it.each([
    ['its length of time', 'The mayor met with the governor on Monday.\n\nThe meeting lasted two hours.', 'The meeting lasted'],
    [
      'a meeting told by its place',
      'The two leaders met in Lisbon on Monday.\n\nThe meeting lasted about three hours.',
      'The meeting lasted',
    ],
  ])('%s', (_, text, title) => {
    expect(shown(eventTitled(run(text), title))).toBe('2026-06-08 (carried)');
  });

  it('not an object that names another act', () => {
    expect(shown(eventTitled(run('The mayor met with the governor on Monday.\n\nThe meeting drew criticism.'), 'The meeting drew'))).toBe(
      '2026-06-10 (by)',
    );
  });
});

describe('a time of day told apart from its date', () => {
  it('is on that date', () => {
    const events = run('The agency set the launch for 3:51 p.m. local time in Florida, on July 13.');
    expect(events.map(shown)).toContain('2026-07-13T15:51');
    expect(events.map(shown).filter((v) => v.includes('T'))).toEqual(['2026-07-13T15:51']);
  });

  it('gives one event when the time of day and the day make one phrase', () => {
    const events = run('The launch took place at 3:51 p.m. local time in Florida, on July 13.');
    expect(events.filter((e) => e.title === events[0]!.title).map(shown)).toEqual(['2025-07-13T15:51']);
  });

  it('keeps a time of day and a day of saying apart', () => {
    const events = run('Residents of Lisbon heard gunshots overnight, a resident said on Monday.');
    // Two events: the saying on Monday, and the night the gunshots were heard (a time of its own).
    expect(events.map(shown).filter((s) => s === '2026-06-08')).toHaveLength(1);
    expect(events.map(shown).filter((s) => s.endsWith('TNI'))).toHaveLength(1);
  });

  it('keeps the day of a clause after a time of day set apart', () => {
    const events = run('(Update 1:40 a.m. in Lisbon) Dockers on Monday cleared the port.');
    expect(events.map(shown)).toContain('2026-06-08');
  });
});

describe('a question that opens the sentence is answered when it is asked', () => {
  it.each([
    [
      'a briefing on a day',
      'Asked at a briefing Monday whether the ferries would sail, the harbour master told reporters that the port was closed.',
    ],
    ['a day after the topic', 'Questioned about the strike on Monday, the harbour master said the talks would resume.'],
  ])('%s', (_, body) => {
    const answer = run(body).find((e) => e.title.startsWith('The harbour master'));
    expect(answer && shown(answer)).toBe('2026-06-08');
  });
});
