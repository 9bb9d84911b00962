// Each clause dated by its own time: what a clause tells takes another clause's time only when it
// can be at that time. A past perfect was done by then; what is told as done is over by the
// publication, so it takes no later time (and a later date in its clause is the plan's noun);
// "so far" tells its own time; "have since" is after; a day carried to a passage that gives none
// is only the publication bound when it is the publication day, save for an act of saying; a dated occurrence that is a
// clause's subject does what the clause tells at its own time; a clause with no subject going on
// from another tells more of it (not after "since", nor when it may go on from the main clause);
// a date set off at the sentence's end after a relative clause is the main clause's (not when that
// clause is told ahead, nor past an occurrence's noun). Our own sentences; the publication date is
// Friday 12 June 2026.
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

/** The times of all the events of `body`, in order. */
function allTimes(body: string): string[] {
  const { dataset } = extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${FRIDAY}\n---\n${body}` }], gazetteer());
  return dataset.events.map(shown);
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

describe('a clause of time bounds the clauses that go on after it', () => {
  it.each([
    // "and" with a form either clause could share: the main clause's, after the time.
    ['He was jailed after he was convicted in 2019 and served four years.', 'served', ['after 2019']],
    // A participle of speaking is the main clause's subject's.
    ['The mayor contacted the governor after the flood began in March, calling for help.', 'calling', ['after 2026-03']],
    ['The mayor toured the valley after the flood began in March, confirming the damage to farms.', 'confirming', ['after 2026-03']],
    // After "since", what goes on is the main clause's; a perfect of its own too.
    ['Officials have faced protests since the plant closed in March, blaming the owners.', 'blaming', ['after 2026-03']],
    ['The council has approved new homes since the storm hit in March and has also given grants to families.', 'given', ['after 2026-03']],
    // "and" with a simple past where the main clause is told otherwise: the clause of time's.
    ['The inquiry was opened after the bank collapsed on May 4 and left savers without money.', 'left', ['2026-05-04']],
    // A phrase "after" opens, set off by a comma, orders nothing of the clause's own date.
    ['After weeks of quiet, the rebels advanced on Wednesday, pushing west toward the coast.', 'pushing', ['2026-06-10']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('what is told as done takes no time after the publication', () => {
  it.each([
    // A date set off at the end dates a clause told ahead, not the act it hangs on.
    ['The company named a new chief executive who will take over, in January.', 'named', ['2026-06-12 (by)']],
    ['The company named a new chief executive who will take over, in January.', 'take', ['2027-01']],
    // … nor the verb before an occurrence's noun the clause hangs on.
    [
      'Rebels said they planned another attack on the village, which lies 80 miles from the port, on Monday morning.',
      'planned',
      ['2026-06-12 (by)'],
    ],
    // "has since" after a time still running at the publication: no open time after it.
    [
      'Farmers plan some planting this year, but last year’s harvest seems unlikely to be matched, because the region has since lost much of its water.',
      'lost',
      ['2026-06-12 (by)'],
    ],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('"so far" and "to date" tell a time up to now', () => {
  it.each([
    ['The appeal opened in March, and donors have given $2 million so far.', 'given', ['2026-06-12 (by)']],
    ['The appeal opened in March, and donors have given $2 million to date.', 'given', ['2026-06-12 (by)']],
    // Other senses of the words leave the clause its time.
    ['Stocks fell on Monday and posted their worst day so far this year.', 'posted', ['2026-06-08']],
    ['The group collected signatures in May, going so far as to knock on every door.', 'going', ['2026-05']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('a participle or a past beside a date after the publication', () => {
  it.each([
    // A participle with no auxiliary after a clause in the present is no act told as done.
    ['The festival opens on July 1, followed by a parade through the old town.', 'followed', ['2026-07-01']],
    // A document dated before the events it tells keeps them at their dates.
    ['On June 20, the rebels attacked the town and burned the market.', 'burned', ['2026-06-20']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('a day carried to a passage that gives none', () => {
  it('keeps the day for an act of saying on the publication day', () => {
    const body = 'Mayor Ana Ruiz said on Friday that the bridge would reopen next month. Ruiz said the repairs had cost $2 million.';
    expect(timesOf(body, 'said')).toEqual(['2026-06-12', '2026-06-12 (carried)']);
  });

  it('is only the publication bound for another act when it is the publication day', () => {
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

describe('a clause with no time of its own takes the time its passage gives the same occurrence', () => {
  it.each([
    // What is under way as a source speaks on a day was under way by that day.
    ['Crews are clearing the roads around the clock, the governor said Monday.', 'clearing', ['2026-06-08 (by)']],
    // A clause of "as" right after a relative clause, with no comma, is at the relative clause's time.
    [
      'Mr. Ortiz, who walked his dog to the polling station Sunday morning as he cast his ballot, said he was hopeful.',
      'cast',
      ['2026-06-07'],
    ],
    // A participle adding to what a dated occurrence did is at that occurrence's time.
    ['The Tuesday border handover ended the mission, leaving the base empty.', 'leaving', ['2026-06-09']],
    // The occasion a dated act took place at was held at its time.
    ['The verdict was read at 3:10 p.m. today at a hearing held in the capital.', 'held', ['2026-06-12T15:10']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('a time the clause gives as a bound or through a word it hangs on', () => {
  it.each([
    // "as of" a time tells what was so by then, not what happened then.
    ['As of 6 p.m., 40 people had been rescued from the flats.', 'rescued', ['2026-06-12T18:00 (by)']],
    // What a source said on a day, in a clause of time, was so by that day, not after it.
    ['The bridge was closed days after engineers said on March 31 that its piers had cracked.', 'cracked', ['2026-03-31 (by)']],
    // "within" a period ahead: at most that long from now.
    ['The envoy said the troops would withdraw within two weeks.', 'withdraw', ['2026-06-26 (by)']],
    // … counted from the day a source told of it, when it spoke on a day.
    ['The ministry said on Monday the troops would withdraw within two weeks.', 'withdraw', ['2026-06-22 (by)']],
    ['The army will pull out within 10 days, the ministry said on Tuesday.', 'pull', ['2026-06-19 (by)']],
    // … not from a day told in a relative clause of the subject.
    ['The minister, who said on Monday that he was tired, will resign within two weeks.', 'resign', ['2026-06-26 (by)']],
    // After a participle, "by" and a possessive day name what did it, at that time: no deadline.
    ["Aid agencies rushed food to villages hit by last weekend's storm.", 'hit', ['2026-W23-WE']],
    // A time of day the passage reaches is of the day it told before.
    ['The polls opened on Sunday.\n\nBy mid-day, turnout had passed 40 percent.', 'passed', ['2026-06-07T12:00 (by)']],
    ['The storm reached the coast on Tuesday.\n\nBy evening, the river had flooded the town.', 'flooded', ['2026-06-09TEV (by)']],
    // … and what the possessive day's occurrence did is of that day, one event with it.
    ["Homes damaged by Tuesday's flood are being rebuilt.", 'damaged', ['2026-06-09']],
    // After a participle of no such act, "by" and a possessive day stay a deadline.
    ["The report was finished by Monday's meeting.", 'finished', ['2026-06-08 (by)']],
    // A month named "May" is no modal: the evening is that day's.
    ['On 3 May the crowd gathered in the square; by evening the police had cleared it.', 'cleared', ['2026-05-03TEV (by)']],
    // No day told: the part of the day dates nothing.
    ['Rescuers searched the rubble until morning.', 'searched', ['2026-06-12 (by)']],
    // A participle after the object of "ordered" leaves the time after it to the order.
    ['The ministry had ordered the consulate closed in May.', 'ordered', ['2026-05']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });
});

describe('the limits of a time the passage gives', () => {
  it.each([
    // What is or will be so "as of" a time is so from then on, not by then.
    ['As of August 1, plastic bags will be banned in shops.', 'banned', ['2026-08-01']],
    ['The new parking fees apply as of Tuesday.', 'apply', ['2026-06-09']],
    // A participle after "since" and a verb in -ing goes with the main perfect clause.
    ['The firm has shrunk since losing the contract in April, shedding 300 jobs.', 'shedding', ['after 2026-04']],
    // … save one that tells what the act of the "since" clause ended or marked: at that act's time.
    ['Rebels have held the town since seizing it on Saturday, breaking weeks of stalemate.', 'breaking', ['2026-06-06']],
    ['The army has held the pass since taking it in March, marking its first gain in a year.', 'marking', ['2026-03']],
    // Finishing is an act of its own, not the end of the "since" act.
    ['She has lived abroad since leaving school in 2010, finishing a degree in Rome.', 'finishing', ['after 2010']],
    // A participle on an occasion that tells what came before it takes no time of the act held there.
    ['The accord was signed Tuesday at a summit prepared for weeks.', 'prepared', ['2026-06-12 (by)']],
    // A dated noun in front of a subject that is no occurrence lends it nothing to do.
    ['The March 3 inquiry panel published its findings, wrapping up its work.', 'wrapping', ['2026-06-12 (by)']],
    ['The Sunday rally organizers called off the march, fearing clashes.', 'fearing', ['2026-06-12 (by)']],
    // "within" a period counted from another event is no bound from now, and lends none.
    ['Amid the strikes, the ministry will publish a new plan within 10 days.', 'strikes', ['2026-06-12 (by)']],
  ])('%s → "%s"', (body, word, times) => {
    expect(timesOf(body, word)).toEqual(times);
  });

  it.each([
    'Once the truce holds, the army will pull out within three weeks.',
    'After the referendum, the assembly will choose a new speaker within 10 days.',
    'On signing the accord, the rebels will hand over their arms within a month.',
  ])('counts no bound from now for "within" under a clause of time or condition: %s', (body) => {
    expect(allTimes(body).filter((t) => t.endsWith('(by)') && t > FRIDAY)).toEqual([]);
  });
});

describe('a bare part of the day with no told day of a past act', () => {
  it.each([
    // A habit, or a time ahead, makes no event of that part of the day.
    ['Voting began on Saturday. Most shops in the town close by evening.', ['2026-06-06']],
    ['The storm is forecast to reach the coast tonight. By morning, it will be over land.', ['2026-06-12TNI']],
  ])('%s', (body, times) => {
    expect(allTimes(body)).toEqual(times);
  });
});
