// The publication date bounds what the text tells as done by then, and only that: a past spelled
// as its base form ("the storm hit the coast") or a past perfect ("rebels had seized the port") is
// done; what a clause awaits ("when the new leader is chosen": no event, unless the text dates it) or aims at ("plans to open a school
// and write a book") is not. A statement about a dated occurrence was made after it, and a date a
// figure is compared with is not the clause's. Our own sentences; published Wednesday 10 June 2026.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';
/** The first sentences of an article tell its news, all done by its date: the cases come after them. */
const LEAD = 'Crowds gathered in the square. Shops closed early. A band played. Rain fell.\n\n';

const shown = (e: TimelineEvent) =>
  e.time
    ? `${e.time.value}${e.time.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}` +
      (e.time.interval ? ` [${e.time.interval.from?.value ?? ''}..${e.time.interval.to?.value ?? ''}]` : '')
    : 'undated';

const timeOf = (text: string, title: string) => shown(eventTitled(eventsOf(LEAD + text, WEDNESDAY), title));

describe('done by the publication date', () => {
  it.each([
    ['a past spelled as its base form', 'The storm hit the coast near the harbor.', 'The storm hit'],
    ['another after a name', 'Hurricane Ana shut down three refineries along the gulf.', 'Hurricane Ana shut down'],
    ['a past the lemmas do not know', 'Debris fell on the town when the rocket re-entered the atmosphere.', 'The rocket re-entered'],
    ['a past perfect', 'A military source said the president had won approval for more strikes.', 'The president had won'],
  ])('%s', (_, text, title) => {
    expect(timeOf(text, title)).toBe('2026-06-10 (by)');
  });
});

describe('not done by the publication date', () => {
  it.each([['aimed at after an infinitive', 'He has said he plans to open a school and write a book.', 'Write a book']])(
    '%s',
    (_, text, title) => {
      expect(timeOf(text, title)).toBe('undated');
    },
  );

  // What is awaited with no time of its own is no event on the timeline, whatever its tense.
  it.each([
    ['awaited in the simple present', 'Repairs will start once the water recedes.', 'The water recedes'],
    ['awaited in the present passive', 'Bells will ring when the new leader is chosen.', 'The new leader is chosen'],
    ['awaited after "until"', 'Protesters vowed to stay in the streets until the recount is finished.', 'The recount is finished'],
    ['awaited in the present perfect', 'The road will reopen after the repairs have been finished.', 'The repairs have been finished'],
  ])('%s', (_, text, title) => {
    const titles = eventsOf(LEAD + text, WEDNESDAY).map((e) => e.title.toLowerCase());
    expect(titles.filter((t) => t.startsWith(title.toLowerCase()))).toEqual([]);
  });

  it('but a word of waiting before a phrase opens no awaited clause', () => {
    const text = 'After two days of reviews, engineers have scheduled the launch for June 20.';
    expect(timeOf(text, 'After two days of reviews')).toMatch(/^2026-06/);
  });

  it('but what goes on as the news is told, even after "when", is', () => {
    const text = 'Even when the families are going home, soldiers stopped them at checkpoints.';
    expect(timeOf(text, 'Even when the families are going home')).toBe('2026-06-10 (by)');
  });

  it('keeps what is awaited at the date the text gives it', () => {
    const text = 'The new system will go on sale when it ships in late 2027.';
    expect(timeOf(text, 'The new system will go on sale when it ships')).toMatch(/^2027\b/);
  });
});

describe('a statement about a dated occurrence', () => {
  it('was made after it and by the publication date', () => {
    const text = 'The envoy has noted that voters turned out in large numbers in the June 7 ballot.';
    expect(timeOf(text, 'The envoy has noted')).toBe('2026-06-07 [2026-06-07..2026-06-10]');
  });
});

describe('a past spelled as its base form', () => {
  it('is not read after "demands that", which asks for it', () => {
    const text = 'The draft condemns the violence and demands that the government immediately put an end to the shelling.';
    expect(timeOf(text, 'The government immediately put')).toBe('undated');
  });
});

describe('a clause about a dated occurrence named just before it', () => {
  it.each([
    ['after "which"', 'Aid groups rebuilt villages after the 2004 tsunami, which killed thousands of people.'],
    ['after "that"', 'Aid groups rebuilt villages after the 2004 tsunami that killed thousands of people.'],
  ])('takes its date: %s', (_, text) => {
    expect(timeOf(text, 'Killed thousands')).toBe('2004');
  });

  it('not when "that" opens what a source said on a day: the win is known by that day, not dated on it', () => {
    const text = "The official count in Sunday's presidential elections confirms that Ana Ruiz won a landslide victory.";
    expect(timeOf(text, 'Ana Ruiz won')).toBe('2026-06-07 (by)');
  });
});

describe('a date a figure is compared with', () => {
  it('is not the date of the clause', () => {
    const events = eventsOf(LEAD + 'The coalition flew 80 sorties on Monday, up from 60 on Sunday, a general said.', WEDNESDAY);
    const flights = events.filter((e) => e.title.startsWith('The coalition flew')).map(shown);
    expect(flights).toEqual(['2026-06-08']);
  });
});
