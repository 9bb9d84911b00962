// Each clause dated by its own time: what a clause tells takes another clause's time only when it
// can be at that time. A past perfect was done by then; what is told as done is over by the
// publication, so it takes no later time (and a later date in its clause is the plan's noun);
// "so far" tells its own time; "have since" is after; a day carried to a passage that gives none
// is only the publication bound when it is the publication day; a dated occurrence that is a
// clause's subject does what the clause tells at its own time; a clause with no subject going on
// from another tells more of it; a date set off at the sentence's end after a relative clause is
// the main clause's. Our own sentences; the publication date is Friday 12 June 2026.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';

const FRIDAY = '2026-06-12';

/** The times of the events whose trigger is `word`, as the timeline shows them (a bound is "by"). */
function timesOf(body: string, word: string): string[] {
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${FRIDAY}\n---\n${body}` }], gazetteer());
  const text = texts[0]!.text;
  const found = dataset.events.filter((x) => text.slice(x.evidence[0]!.trigger.start, x.evidence[0]!.trigger.end) === word);
  if (!found.length) throw new Error(`no event on "${word}" in: ${dataset.events.map((x) => x.title).join(' | ')}`);
  return found.map(shown);
}

const shown = (e: TimelineEvent): string => {
  const t = e.time;
  if (!t) return 'undated';
  if (t.mod === 'AFTER') return `after ${t.interval?.from?.value}`;
  return `${t.value}${t.anchor === 'document' || t.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}${t.anchor === 'inferred' ? ' (carried)' : ''}`;
};

describe('a clause takes another clause’s time only when it can be at it', () => {
  it.each([
    // A past perfect beside a dated clause was done by that time, not at it.
    ['Fans streamed into the stadium late Sunday, as their coach had urged.', 'urged', ['2026-06-07 (by)']],
    // What is told as done is over by the publication: not in a week still to come, and "so far" is now.
    ['The minister is meeting donors next week to decide how to spend the $3 million raised so far.', 'raised', ['2026-06-12 (by)']],
    // "have since" puts the clause after the time it goes on from.
    ['The mill closed in 2009 and its workers have since found new jobs.', 'found', ['after 2009']],
    // A clause with no subject of its own going on from a dated clause tells more of the same occurrence.
    [
      'The new service begins two years after the old ferry sank while crossing the strait, killing 40 passengers.',
      'killing',
      ['2024-06-12'],
    ],
    // A dated occurrence as the subject does what the clause tells at its own time.
    ['Aid has poured in since the Oct. 8 earthquake left 7,000 people homeless.', 'left', ['2025-10-08']],
    // A date set off at the end, after a relative clause, is the main clause's.
    ['Ana Ruiz was chosen by the board to lead the office that oversees the budget, in 2011.', 'chosen', ['2011']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });

  it('leaves the verb of a clause told as done its own bound when a later date in it names a plan', () => {
    const body = 'After two days of tests, engineers have scheduled the rocket for a launch attempt on June 20.';
    expect(timesOf(body, 'scheduled')).toEqual(['2026-06-12 (by)']);
    expect(timesOf(body, 'launch')).toEqual(['2026-06-20']);
  });

  it('still lends the time to a past clause when it is not later than the publication', () => {
    expect(timesOf('Crews repaired the bridge on Monday and reopened it to traffic.', 'reopened')).toEqual(['2026-06-08']);
  });
});

describe('a day carried to a passage that gives none', () => {
  it('is only the publication bound when it is the publication day', () => {
    expect(timesOf('Police on Friday arrested three men in the capital. They charged them with robbery.', 'charged')).toEqual([
      '2026-06-12 (by)',
    ]);
  });

  it('stays the day carried when it is an earlier day', () => {
    expect(timesOf('Police on Thursday arrested three men in the capital. They charged them with robbery.', 'charged')).toEqual([
      '2026-06-11 (carried)',
    ]);
  });
});
