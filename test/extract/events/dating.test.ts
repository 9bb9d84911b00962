// Events dated as the text allows: the clause's own time first, then its sentence's, the
// narrative's, the day a source spoke, and the publication date as a bound; never more precise
// than the text. Our own sentences, with a fixed publication date: Wednesday 10 June 2026 unless
// a case says otherwise (Monday 8 June, Sunday 7 June).
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';
const MONDAY = '2026-06-08';
const SUNDAY = '2026-06-07';

const run = (body: string, date = WEDNESDAY): TimelineEvent[] => eventsOf(body, date);
const event = eventTitled;

/** What the timeline shows of an event's time: its value and whether it is a bound or a date. */
const shown = (e: TimelineEvent) =>
  e.time ? `${e.time.value}${e.time.anchor === 'document' || e.time.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}` : 'undated';

describe('the gaps of reported speech, plans and named years', () => {
  it.each([
    [
      'a future reported without quotes counts from the day it was said',
      'The minister said on Monday the tariffs would take effect on Tuesday.',
      WEDNESDAY,
      [
        ['The minister said on Monday', '2026-06-08'],
        ['The tariffs would take effect on Tuesday', '2026-06-09'],
      ],
    ],
    [
      'the day of saying is not what is said: "said Monday that"',
      'The minister said Monday that the troops withdrew from the border.',
      WEDNESDAY,
      [
        ['The minister said Monday', '2026-06-08'],
        ['The troops withdrew from the border', '2026-06-08 (by)'],
      ],
    ],
    [
      'a month named May after the day of saying is no modal verb: the saying keeps its day',
      'The agency said Monday May car sales fell sharply.',
      WEDNESDAY,
      [
        ['The agency said Monday', '2026-06-08'],
        ['May car sales fell sharply', '2026-06-08 (by)'],
      ],
    ],
    [
      "a visit planned for a month already past this year is next year's",
      'The president will visit Kenya in April.',
      WEDNESDAY,
      [['The president will visit Kenya in April', '2027-04']],
    ],
    [
      'a year named with its event dates the day the clause gives, once',
      'The 2020 election was held on Nov. 3.',
      '2022-03-01',
      [['The 2020 election was held on Nov. 3', '2020-11-03']],
    ],
    [
      'a year named with its event after an opening preposition dates the day the clause gives',
      'In the 2020 election, held on Nov. 3, turnout was high.',
      '2022-03-01',
      [['In the 2020 election, held on Nov. 3', '2020-11-03']],
    ],
  ])('%s', (_, text, date, expected) => {
    const events = run(text, date);
    for (const [title, value] of expected) expect(shown(event(events, title!))).toBe(value);
    if (text.startsWith('The 2020')) expect(events).toHaveLength(1);
  });
});

it('counts a reported future from the day of saying told after it', () => {
  const events = run('The tariffs would take effect on Monday, the minister said last Thursday.');
  const effect = events.find((e) => e.evidence[0]!.trigger && e.title === 'The tariffs would take effect on Monday');
  expect(effect && shown(effect)).toBe('2026-06-08');
  expect(events.map(shown)).toContain('2026-06-04');
});

describe('a scheduled day looks forward', () => {
  it.each([
    [
      'a weekday named again after a vote ahead is that same coming day',
      "Politicians wrapped up campaigning Monday, ahead of a crucial vote Wednesday. Wednesday's vote has developed into a close contest.",
      MONDAY,
      "Wednesday's vote",
      '2026-06-10',
    ],
    [
      'a weekday named again after a past day stays that past day',
      "Voters went to the polls on Sunday. Sunday's poll was marred by fraud.",
      WEDNESDAY,
      "Sunday's poll",
      '2026-06-07',
    ],
    [
      '"later this week" said on a Sunday is the coming week',
      'The envoy is meeting world leaders later this week.',
      SUNDAY,
      'The envoy',
      '2026-W24',
    ],
    [
      '"earlier this week" said on a Sunday is the week now ending',
      'The envoy met world leaders earlier this week.',
      SUNDAY,
      'The envoy',
      '2026-W23',
    ],
    [
      'a clause opened by "when" right after a date is that date\'s, plan or not',
      'Campaigning ended on Monday, ahead of a vote Wednesday, when voters will go to the polls.',
      MONDAY,
      'Voters will go to the polls',
      '2026-06-10',
    ],
  ])('%s', (_, text, date, title, value) => {
    expect(shown(event(run(text, date), title))).toBe(value);
  });
});

describe('the day a source spoke bounds what it says', () => {
  it('bounds a past event by that day, never as a day it happened on', () => {
    const events = run('The army withdrew from the town, the minister said Tuesday.');
    const withdrew = event(events, 'The army withdrew from the town');
    expect(withdrew.time).toMatchObject({ value: '2026-06-09', mod: 'ON_OR_BEFORE', approximate: true, interval: null });
    expect(shown(event(events, 'The army withdrew from the town, the minister said Tuesday'))).toBe('2026-06-09');
  });

  it('does not take a possessive weekday for the day of saying', () => {
    const events = run("Officials say Sunday's storm is the worst in decades.");
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(shown(e)).not.toBe('2026-06-07 (by)');
      expect(e.title).not.toMatch(/^['’]s/);
    }
  });

  it('makes no event of a plan it reports with no time of its own', () => {
    const titles = run('The minister said Tuesday that the army will hold elections.').map((e) => e.title);
    expect(titles.filter((t) => t.startsWith('The minister said Tuesday'))).toHaveLength(1);
    expect(titles.filter((t) => /^the army will hold/i.test(t))).toEqual([]);
  });

  it('bounds a statement deep in the article by the publication date', () => {
    const body = [
      'The storm hit the coast on Monday.',
      'Roads were closed.',
      'Schools stayed shut.',
      'Power lines fell across the region.',
      'Crews worked through the night.',
      '"We will rebuild every house," the mayor said.',
    ].join('\n\n');
    expect(shown(event(run(body), 'The mayor said'))).toBe('2026-06-10 (by)');
  });
});

describe('deep in an article, what was said, done or under way is bounded by the publication date, and nothing else', () => {
  const body = (sentence: string) =>
    ['The storm hit the coast on Monday.', 'Roads were closed.', 'Schools stayed shut.', 'Power lines fell.', sentence].join('\n\n');
  it.each([
    ['the saying', 'The governor said he met the mayor after the storm.', 'The governor said', '2026-06-10 (by)'],
    ['what a source says happened', 'The governor said he met the mayor at the port.', 'He met the mayor', '2026-06-10 (by)'],
    ['what the document says has happened', 'Leaders have praised the relief effort.', 'Leaders have praised', '2026-06-10 (by)'],
    ['what is going on as it is written', 'The navy is sending four ships to the coast.', 'The navy is sending', '2026-06-10 (by)'],
    ['not what a source says is so or will be', 'Officials said the plant closes.', 'The plant closes', 'undated'],
    [
      'what the document tells in the past, news or background: it happened by then',
      'The army fired on protesters.',
      'The army fired',
      '2026-06-10 (by)',
    ],
    [
      'what was under way',
      'In the port, divers were still searching the wrecks.',
      'In the port, divers were still searching',
      '2026-06-10 (by)',
    ],
    ['what is being done', 'The fund is being managed by the central bank.', 'The fund is being managed', '2026-06-10 (by)'],
    [
      'what a participle adds to a clause in the past',
      'A ferry was hit by a wave, briefly halting all crossings.',
      'Briefly halting all crossings',
      '2026-06-10 (by)',
    ],
    ['a vow made', 'The governor vows to rebuild every school.', 'The governor vows', '2026-06-10 (by)'],
    [
      'a source named after what it says, not the time of what it tells',
      'The boats left after the storm that hit on Monday, said the harbour master.',
      'Said the harbour master',
      '2026-06-10 (by)',
    ],
    ['not what the document tells in the simple present', 'The river floods the lower town.', 'The river floods', 'undated'],
  ])('%s', (_, sentence, title, value) => {
    expect(shown(event(run(body(sentence)), title))).toBe(value);
  });
});

describe('a narrative goes on from its last date', () => {
  it.each([
    [
      'the next sentence in the simple past',
      'On Monday, troops entered the town. They arrested five men.',
      'They arrested five men',
      '2026-06-08',
    ],
    ['a passive in the past', 'On Monday, troops entered the town. Five men were arrested.', 'Five men were arrested', '2026-06-08'],
    [
      'from sentence to sentence while the paragraph goes on',
      'On Monday, troops entered the town. They arrested five men. The soldiers burned the depot.',
      'The soldiers burned the depot',
      '2026-06-08',
    ],
    [
      'after a weekday told right after its verb',
      'The minister traveled Saturday to Paris. She met the president.',
      'She met the president',
      '2026-06-06',
    ],
    ['a month, as a month', 'In May the river flooded the valley. Farmers lost their crops.', 'Farmers lost their crops', '2026-05'],
  ])('%s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });

  it.each([
    ['into a new paragraph', 'On Monday, troops entered the town.\n\nThey arrested five men.', 'They arrested five men'],
    ['into a present perfect', 'On Monday, troops entered the town. They have arrested five men.', 'They have arrested five men'],
    ['into a past perfect', 'On Monday, troops entered the town. Police said they had arrested five men.', 'They had arrested five men'],
    [
      'into a sentence with a time of its own',
      'Karl was born on May 18, 1920. In his youth he joined a theater company.',
      'In his youth he joined a theater company',
    ],
    [
      'from a date that only names a thing',
      'The launch attempt July 13 was postponed. Engineers worked on the sensor.',
      'Engineers worked on the sensor',
    ],
    ['from a year, a background', 'In 2008, the bank collapsed. Thousands lost their jobs.', 'Thousands lost their jobs'],
    [
      'from the day a source spoke',
      'Officials confirmed late Thursday that the rebels had won. The rebels took the capital.',
      'The rebels took the capital',
    ],
    ['from a plan', 'The troops will enter the town on Monday. They arrested five men.', 'They arrested five men'],
    [
      'from a sentence that goes on for days',
      'Arriving on June 1, sailors worked for 33 days. They flew 1,700 missions.',
      'They flew 1,700 missions',
    ],
  ])('does not carry %s', (_, text, title) => {
    const e = event(run(text), title);
    expect(e.time === null || e.time.anchor === 'document' || e.time.mod === 'ON_OR_BEFORE').toBe(true);
  });

  it('takes the time of a new paragraph when it names one', () => {
    const events = run('On Monday, troops entered the town.\n\nOn Tuesday, the army left. The soldiers burned the depot.');
    expect(shown(event(events, 'The soldiers burned the depot'))).toBe('2026-06-09');
  });
});

describe('a date lends its time only to what happened at it', () => {
  it.each([
    [
      'not from a date that names another event',
      'Helicopters reached the valley struck by the Oct. 8 quake and began evacuating the injured.',
      'Began evacuating',
      null,
    ],
    [
      'from the day a distance to that event gives, not from its date',
      'Helicopters arrived the day after the Oct. 8 quake and began evacuating the injured.',
      'Began evacuating',
      '2025-10-09',
    ],
    ['not from the date of a plan', 'The candidate who lost the race should call the winner on Monday.', 'The candidate who lost', null],
    [
      'not from a plan that goes on with "and"',
      'The mayor said the loser should call and congratulate the winner on Monday.',
      'The mayor said',
      '2026-06-10 (by)',
    ],
    [
      'nor to what goes on from a plan',
      'The astronauts will test the robot arm on Friday; engineers evaluated the repairs.',
      'Engineers evaluated the repairs',
      null,
    ],
    [
      'not from a possessive date, whatever the verb before it',
      "Police investigating last Thursday's bomb attacks on the trains say one bomber died in the attacks.",
      'One bomber died',
      null,
    ],
    [
      'to what was said then, as a bound',
      'During a news conference Monday, the mayor said that other people died in attics.',
      'Other people died',
      '2026-06-08 (by)',
    ],
    [
      'to a present perfect, as a bound',
      'Speaking on Monday, the envoy agreed that the situation has improved.',
      'The situation has improved',
      '2026-06-08 (by)',
    ],
    [
      'not from a past date to a clause in the present',
      'The vote count, which began after the polls closed late Sunday, continues.',
      'Continues',
      null,
    ],
    [
      'to what happened in the event the date names',
      'Iraqis turned out in large numbers to vote in the January 30 ballot.',
      'Iraqis turned out',
      '2026-01-30',
    ],
    [
      'to a clause about the dated event, and on',
      'Engineers feared a repeat of the 2003 Columbia disaster, in which the shuttle broke apart on re-entry, killing all seven astronauts.',
      'Killing all seven astronauts',
      '2003',
    ],
  ])('%s', (_, text, title, value) => {
    const e = event(run(text), title);
    if (value === null) expect(e.time === null || e.time.anchor === 'document').toBe(true);
    else if (value === 'undated') expect(e.time).toBeNull();
    else expect(shown(e)).toBe(value);
  });
});

describe('a date that names a thing dates that thing', () => {
  it('titles the event by the phrase the date opens, and leaves the clause its own time', () => {
    const events = run('Two navy ships are sailing toward the coast struck by the June 1 storm to deliver aid.');
    expect(shown(event(events, 'The June 1 storm'))).toBe('2026-06-01');
    expect(shown(event(events, 'Two navy ships are sailing'))).toBe('2026-06-10 (by)');
  });

  it("keeps the clause's title when the dated thing is the verb's object", () => {
    expect(shown(event(run('Negotiators held a June 1 emergency session in Geneva.'), 'Negotiators held a June 1 emergency session'))).toBe(
      '2026-06-01',
    );
  });
});

describe('nothing vaguer than the text becomes precise', () => {
  it.each([
    ['a week stays a week', 'The envoy is meeting world leaders later this week.', SUNDAY, 'week'],
    ['a month carried stays a month', 'In May the river flooded the valley. Farmers lost their crops.', WEDNESDAY, 'month'],
    ['a scheduled month stays a month', 'The new rules take effect in April.', WEDNESDAY, 'month'],
  ])('%s', (_, text, date, granularity) => {
    const dated = run(text, date).filter((e) => e.time && e.time.anchor !== 'document');
    expect(dated.length).toBeGreaterThan(0);
    for (const e of dated) expect(e.time!.granularity).toBe(granularity);
  });

  it('gives an event bounded by the day of saying no day of its own: its mod says "by"', () => {
    const e = event(run('The army withdrew from the town, the minister said Tuesday.'), 'The army withdrew from the town');
    expect(e.time!.mod).toBe('ON_OR_BEFORE');
    expect(e.evidence[0]!.timex).not.toBeNull();
  });
});

describe('a date dates what it belongs to, not every clause near it', () => {
  const FRIDAY = '2026-06-12';
  it.each([
    [
      "a verb's object that owns the date: the object is that day's, the verb only known by publication",
      "The judge criticized Saturday's court decision.",
      WEDNESDAY,
      [
        ["Saturday's court decision", '2026-06-06'],
        ['The judge criticized', '2026-06-10 (by)'],
      ],
    ],
    [
      "an object owning today's date: what reacts to it is today's too",
      "The president condemned today's attacks.",
      WEDNESDAY,
      [['The president condemned', '2026-06-10']],
    ],
    [
      'a participle set off after a name describes the person, not the clause that goes on',
      'Ana Ruiz, born in Lisbon on February 24, 1955, has built the largest shipping firm in Europe.',
      WEDNESDAY,
      [['Has built the largest shipping firm', '2026-06-10 (by)']],
    ],
    [
      'the event "after" or "before" opens keeps its date to itself',
      'Villagers are going to the polls in order to elect a new mayor after the death of Ana Ruiz last year.',
      WEDNESDAY,
      [
        ['The death of Ana Ruiz last year', '2025'],
        ['Villagers are going to the polls', '2026-06-10 (by)'],
      ],
    ],
    [
      'what happened before a dated event is not on its date',
      'The mayor resigned before the election in May.',
      WEDNESDAY,
      [
        ['The election in May', '2026-05'],
        ['The mayor resigned', '2026-06-10 (by)'],
      ],
    ],
    [
      'a phrase that opens the sentence with a time dates the statement after it',
      'In his keynote address Wednesday, the chief executive announced the release of a new phone.',
      FRIDAY,
      [['The chief executive announced', '2026-06-10']],
    ],
    [
      'and bounds what a source says there',
      'In an interview on Wednesday, the minister said the army withdrew from the border.',
      FRIDAY,
      [['The army withdrew', '2026-06-10 (by)']],
    ],
    [
      'an opening participle still dates the act it goes with',
      'Speaking on television on Monday, the minister blamed the rebels.',
      WEDNESDAY,
      [['Speaking on television on Monday', '2026-06-08']],
    ],
  ])('%s', (_, text, date, expected) => {
    const events = run(text, date);
    for (const [title, value] of expected) expect(shown(event(events, title!))).toBe(value);
  });

  it.each([
    ['"later that day"', 'On Monday, troops entered the town. Later that day they arrested five men.', 'Later that day', '2026-06-08'],
    ['"the same day"', 'On Monday, troops entered the town. The same day, the soldiers burned the depot.', 'The same day', '2026-06-08'],
    [
      '"later that year", as a year',
      'The company opened a plant in May 2024. Later that year it hired 500 workers.',
      'Later that year',
      '2024',
    ],
    [
      '"earlier", only as known by publication',
      'The company opened a plant in May 2024. Earlier, it had closed a plant in Texas.',
      'Earlier, it had closed',
      '2026-06-10 (by)',
    ],
  ])('a time told from the one before: %s', (_, text, title, value) => {
    expect(shown(event(run(text), title))).toBe(value);
  });

  it('bounds what is told before a source by the day the source speaks at', () => {
    const events = run('The army withdrew from the border, the minister said at a news conference Tuesday.', '2026-06-12');
    expect(shown(event(events, 'The army withdrew from the border'))).toBe('2026-06-09 (by)');
  });

  it('leaves the times of quoted words to them, not to the act of saying', () => {
    const events = run('"We will be here today and tomorrow," she added.', MONDAY);
    const added = events.filter((e) => /added/.test(e.title));
    expect(added.map(shown)).toEqual(['2026-06-08 (by)']);
  });

  it("does not carry the day of a verb's object into the next sentence", () => {
    const events = run("The judge criticized Saturday's court decision. He later smiled widely.");
    expect(shown(event(events, 'He later smiled'))).toBe('2026-06-10 (by)');
  });
});
