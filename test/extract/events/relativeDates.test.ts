// Events dated by their distance from an event the document dates ("the day after the Oct. 8
// quake"), by an event the document dated earlier ("the quake" after "the Oct. 8 quake"), and a
// time phrase that opens a clause of its own binds only that clause. Our own sentences, published
// Wednesday 10 June 2026 unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';

const run = (body: string, date: string | null = WEDNESDAY): TimelineEvent[] => eventsOf(body, date);
const event = eventTitled;

/**
 * What the timeline shows: a day or period, "(by)" for a bound, "before"/"after" an open end,
 * "a..b" a range, "~" approximate, "undated".
 */
function shown(e: TimelineEvent): string {
  const t = e.time;
  if (!t) return 'undated';
  const approx = t.approximate && t.anchor !== 'document' && t.mod !== 'ON_OR_BEFORE' ? '~' : '';
  if (t.anchor === 'document' || t.mod === 'ON_OR_BEFORE') return `${t.value} (by)`;
  if (t.mod === 'BEFORE') return `before ${t.interval?.to?.value ?? t.value}`;
  if (t.mod === 'AFTER') return `after ${t.interval?.from?.value ?? t.value}${t.interval?.to ? ` (by ${t.interval.to.value})` : ''}`;
  if (t.interval) return `${t.interval.from?.value}..${t.interval.to?.value}`;
  return `${approx}${t.value}`;
}

describe('a distance from an event the text dates', () => {
  it.each([
    ['the day after a dated event', 'Helicopters arrived the day after the Oct. 8 quake.', 'Helicopters arrived', '2025-10-09'],
    ['the dated event keeps its own date', 'Helicopters arrived the day after the Oct. 8 quake.', 'The Oct. 8 quake', '2025-10-08'],
    ['a number of days, opening the sentence', 'Two days after the March 4 flood, the army sent troops.', 'Two days after', '2026-03-06'],
    [
      'less than a week before: between the two days',
      'The leader resigned less than a week before the May 3 vote.',
      'The leader resigned',
      '2026-04-26..2026-05-03',
    ],
    [
      'more than two weeks after: an open end, bounded by the publication',
      'The army left more than two weeks after the March 4 flood.',
      'The army left',
      'after 2026-03-18 (by 2026-06-10)',
    ],
    ['weeks from a day are said loosely', 'Relief teams arrived a week after the March 4 flood.', 'Relief teams arrived', '~2026-03-11'],
    ['a year from a year is exact', 'A year after the 2003 disaster, the agency resumed flights.', 'A year after', '2004'],
    ['a number past twelve, in words', 'Helicopters arrived fifteen days after the Oct. 8 quake.', 'Helicopters arrived', '2025-10-23'],
    ['a number past twelve, in digits', 'Helicopters arrived 15 days after the Oct. 8 quake.', 'Helicopters arrived', '2025-10-23'],
    [
      'a possessive date names the event: before it',
      "Before this month's earthquake, the armies exchanged fire daily.",
      "Before this month's earthquake, the armies",
      'before 2026-06',
    ],
    ['and the event itself', "Before this month's earthquake, the armies exchanged fire daily.", "This month's earthquake", '2026-06'],
  ])('%s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });

  it.each([
    [
      '"a few days" states no number: after it, no day',
      'Relief teams arrived a few days after the Oct. 8 quake.',
      'Relief teams arrived',
      'after 2025-10-08 (by 2026-06-10)',
    ],
    [
      '"in the weeks after" is no week',
      'The toll rose in the weeks after the Oct. 8 quake.',
      'The toll rose',
      'after 2025-10-08 (by 2026-06-10)',
    ],
    [
      'a distance finer than the date: only after it',
      'A day after the 2003 disaster, the agency grounded its fleet.',
      'A day after',
      'after 2003 (by 2026-06-10)',
    ],
  ])('not: %s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });

  it('not: a distance after a comma dates what it follows, not the clause before', () => {
    const events = run('His forces killed 100 rebels, despite a truce declared after the Dec. 26 tsunami.');
    expect(shown(event(events, 'His forces killed'))).toBe('2026-06-10 (by)');
  });

  it('not: a clause with a time of its own keeps it', () => {
    const events = run('The toll from the Oct. 8 quake rose on Tuesday.');
    expect(events.map(shown)).toContain('2026-06-09');
    expect(events.filter((e) => e.time?.anchor === 'computed')).toEqual([]);
  });
});

describe('after (or since) a day a noun is dated by', () => {
  it.each([
    ['"after Thursday\'s"', "The crew opened the hatch after Thursday's docking.", 'The crew opened', 'after 2026-06-04 (by 2026-06-10)'],
    [
      '"following Thursday\'s"',
      "The crew opened the hatch following Thursday's docking.",
      'The crew opened',
      'after 2026-06-04 (by 2026-06-10)',
    ],
    [
      '"after the Thursday …"',
      'The crew opened the hatch after the Thursday docking.',
      'The crew opened',
      'after 2026-06-04 (by 2026-06-10)',
    ],
    [
      'the noun itself, "following Thursday\'s docking"',
      "The crew opened the hatch following Thursday's docking.",
      "Thursday's docking",
      '2026-06-04',
    ],
    ['the noun itself, "since Monday\'s vote"', "The pumps have failed twice since Monday's vote.", "Monday's vote", '2026-06-08'],
  ])('%s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });

  it.each([
    ['"shortly after"', 'The crew opened the hatch shortly after the Thursday docking.'],
    ['"hours after"', "The crew opened the hatch hours after Thursday's docking."],
  ])('a distance of hours or less keeps that day: %s', (_, text) => {
    expect(shown(event(run(text), 'The crew opened'))).toBe('2026-06-04');
  });

  it.each(['spring', 'evening', 'ceiling'])('not a noun that only ends in -ing: "%s"', (word) => {
    const titles = run(`The minister resigned after last year's ${word}.`).map((e) => e.title.toLowerCase());
    expect(titles.filter((t) => t.startsWith(`last year's ${word}`))).toEqual([]);
  });
});

describe('an event the document dated before', () => {
  it('carries its date to a later mention and to a distance from it', () => {
    const events = run(
      'The Dec. 26 tsunami destroyed the port.\n\nBy the day after the tsunami, the prime minister had requested aid.',
      '2027-01-05',
    );
    expect(shown(event(events, 'By the day after the tsunami'))).toBe('2026-12-27 (by)');
  });

  it.each([
    [
      'not when the document dates the noun twice',
      'The Jan. 30 vote was peaceful. The Feb. 13 vote was tense. Observers arrived two days after the vote.',
      'Observers arrived',
      '2026-06-10 (by)',
    ],
    [
      'not to a mention with words the dated one lacked',
      'The Oct. 8 quake destroyed the town.\n\nEngineers arrived the day after the next quake.',
      'Engineers arrived',
      '2026-06-10 (by)',
    ],
    [
      'not from a later mention back to an earlier one',
      'Engineers arrived the day after the quake. The Oct. 8 quake destroyed the town.',
      'Engineers arrived',
      '2026-06-10 (by)',
    ],
  ])('%s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });
});

describe('a time phrase that opens a later clause binds only that clause', () => {
  it('dates the clause it opens, and not the one before', () => {
    const events = run('The council approved the budget, and earlier this month, the mayor resigned.');
    expect(shown(event(events, 'Earlier this month, the mayor resigned'))).toBe('2026-06');
    expect(shown(event(events, 'The council approved the budget'))).toBe('2026-06-10 (by)');
  });

  it('also with no comma after it, running into the next clause', () => {
    const events = run('She founded the firm in 1996, and in 2004 the first store was opened to the public.');
    expect(events.filter((e) => e.title.startsWith('She founded')).map(shown)).toEqual(['1996']);
    expect(shown(event(events, 'In 2004 the first store was opened'))).toBe('2004');
  });

  it('a state joined by "and" keeps its own date', () => {
    const text = 'The governor has been fighting the plan since 2019 and has been on leave since January.';
    const word = (e: TimelineEvent) => text.slice(e.evidence[0]!.trigger!.start, e.evidence[0]!.trigger!.end);
    const events = run(text);
    expect(events.filter((e) => e.time?.value === '2019').map(word)).toEqual(['fighting']);
    expect(events.filter((e) => e.time?.value === '2026-01').map(word)).toEqual(['leave']);
  });

  it('but an aside set off by commas is no clause of its own', () => {
    const events = run('That was the sound, Monday, at the settlement as a soldier read the order.');
    expect(shown(event(events, 'That was the sound'))).toBe('2026-06-08');
  });

  it('and a distance phrase the same way', () => {
    const events = run("The rivals have fought two wars, and before this month's earthquake, their armies exchanged fire.");
    expect(shown(event(events, 'Their armies exchanged fire'))).toBe('before 2026-06');
    expect(shown(event(events, 'The rivals have fought'))).toBe('2026-06-10 (by)');
  });
});

describe('with no publication date', () => {
  it('computes a distance from a date the text gives in full', () => {
    const events = run('Helicopters arrived the day after the Oct. 8, 2005 quake.', null);
    expect(shown(event(events, 'Helicopters arrived'))).toBe('2005-10-09');
  });

  it('leaves an open end open: no publication date to close it', () => {
    const events = run('Aid poured in after the Oct. 8, 2005 quake.', null);
    expect(shown(event(events, 'Aid poured in'))).toBe('after 2005-10-08');
  });
});

describe('a date naming an event inside the subject dates that event, not the verb', () => {
  it('gives the verb a time of its own, and carries no story time', () => {
    const events = run('The results of the Jan. 30 vote were announced. Shiite parties won a majority.', '2026-02-15');
    expect(shown(event(events, 'The Jan. 30 vote'))).toBe('2026-01-30');
    expect(shown(event(events, 'The results of the Jan. 30 vote were announced'))).toBe('2026-02-15 (by)');
    expect(shown(event(events, 'Shiite parties won'))).toBe('2026-02-15 (by)');
  });

  it('and the day the clause gives, when it gives one', () => {
    const events = run('The results of the Jan. 30 vote were announced on Feb. 13.', '2026-02-15');
    expect(events.filter((e) => e.title.startsWith('The results')).map(shown)).toEqual(['2026-02-13']);
  });

  it("not: an event noun heading the subject is the verb's own", () => {
    expect(shown(event(run('The Oct. 8 quake destroyed the town.'), 'The Oct. 8 quake destroyed'))).toBe('2025-10-08');
  });
});

it('a date after an adjective still names its event, not the verb of the clause', () => {
  const events = run('The envoy will coordinate support in response to the devastating Oct. 8 earthquake.', '2025-10-11');
  expect(shown(event(events, 'The devastating Oct. 8 earthquake'))).toBe('2025-10-08');
  // The plan has no time of its own: not the quake's, and no event of its own either.
  expect(events.filter((e) => e.title.startsWith('The envoy will coordinate')).map(shown)).toEqual([]);
});

describe('a month written before its day', () => {
  it('dates the event noun after it: the flood is the event, not a march', () => {
    const text = 'Crews rebuilt the levee after the March 4 flood.';
    const events = run(text);
    const triggers = events.map((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end));
    expect(triggers).not.toContain('March');
    expect(shown(event(events, 'The March 4 flood'))).toBe('2026-03-04');
  });

  it('still lets a protest march be an event', () => {
    const text = 'Shops closed during the march through the capital on Tuesday.';
    const triggers = run(text).map((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end));
    expect(triggers).toContain('march');
  });
});
