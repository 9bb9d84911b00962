// What a news report tells, dated as the text allows: a plan with no time is no event; what the
// present tells as under way is bounded by the publication date; a clause that describes a noun
// keeps its date to itself; a disaster the text dated by its verb dates "the quake" later on; "the
// past three weeks" runs up to publication. Our own sentences, published Wednesday 10 June 2026,
// told deep in an article (after four sentences of their own) unless a case says otherwise.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { eventsOf, eventTitled, triggersOf } from '../helpers.ts';

const WEDNESDAY = '2026-06-10';
const LEAD = ['The storm hit the coast.', 'Roads were closed.', 'Schools stayed shut.', 'Power lines fell.'];
const run = (body: string): TimelineEvent[] => eventsOf([...LEAD, body].join('\n\n'), WEDNESDAY);
const shown = (e: TimelineEvent) =>
  e.time ? `${e.time.value}${e.time.anchor === 'document' || e.time.mod === 'ON_OR_BEFORE' ? ' (by)' : ''}` : 'undated';
const span = (e: TimelineEvent) => (e.time ? `${e.time.start}..${e.time.end}` : 'undated');
/** The event with exactly this title (a dated event's title may run on from a shorter one's). */
const exact = (events: readonly TimelineEvent[], title: string): TimelineEvent => {
  const found = events.find((e) => e.title === title);
  if (!found) throw new Error(`no event "${title}" among ${JSON.stringify(events.map((e) => e.title))}`);
  return found;
};
const titled = (events: readonly TimelineEvent[], words: RegExp) => events.filter((e) => words.test(e.title));

describe('a plan, a prediction or an intention with no time of its own is no event', () => {
  it.each([
    ['a plan', 'The team will work with local officials.', /will work/i],
    ['a plan told as about to go on', 'The navy is going to send four ships to the coast.', /send|going/i],
    ['a plan after a dated act', 'On Monday, troops entered the town. They will arrest five men.', /arrest/i],
    ['a prediction', 'The mayor will perhaps be remembered for the new bridge.', /remembered/i],
    ['a plan going on from one', 'The team will work with the mayor and support the camps.', /work|support/i],
  ])('%s: %s', (_, sentence, words) => {
    expect(titled(run(sentence), words)).toEqual([]);
  });

  it('keeps a visit or a meeting told ahead: it is on a schedule, undated', () => {
    const events = run('The envoy will meet the governor and visit the camps.');
    expect(shown(eventTitled(events, 'The envoy will meet the governor'))).toBe('undated');
    expect(shown(eventTitled(events, 'Visit the camps'))).toBe('undated');
  });

  it.each([
    ['a resignation', 'The minister said she would resign.', 'She would resign'],
    ['a release', 'The agency will release oil from the reserve.', 'The agency will release oil from the reserve'],
    ['a start', 'The cardinals will start their conclave.', 'The cardinals will start their conclave'],
  ])('keeps a change told ahead (%s): it is scheduled, undated', (_, sentence, title) => {
    expect(shown(eventTitled(run(sentence), title))).toBe('undated');
  });

  it('keeps a plan with a time of its own: it is scheduled', () => {
    expect(shown(eventTitled(run('The team will work with local officials on Friday.'), 'The team will work'))).toBe('2026-06-12');
  });
});

describe('what the present tells as under way or done is bounded by the publication date', () => {
  it.each([
    ['a present passive', 'Relief efforts are hampered by flooded roads.', 'Relief efforts are hampered'],
    ['a present perfect progressive', 'Residents have been calling a hotline.', 'Residents have been calling'],
    ['a verb of going on', 'Mourners continue to file past the coffin.', 'Mourners continue to file'],
    ['going somewhere, not going to do something', 'Voters are going to the polls across the country.', 'Voters are going'],
    ['what began in the past and goes on', 'Soldiers began handing out eviction notices.', 'Soldiers began handing out'],
    ['what was managed in the past', 'A few families managed to find beds at the school.', 'A few families managed to find beds'],
  ])('%s: %s', (_, sentence, title) => {
    expect(shown(eventTitled(run(sentence), title))).toBe('2026-06-10 (by)');
  });

  it('leaves the simple present of a verb of its own undated: it may be a rule', () => {
    expect(shown(eventTitled(run('The river floods the lower town.'), 'The river floods'))).toBe('undated');
  });
});

describe('a clause that describes a noun keeps its date to itself', () => {
  it('does not lend it to the verb of the clause before', () => {
    const events = run('The minister thanked the donors for the fund launched by the bank on Monday.');
    expect(shown(exact(events, 'The minister thanked the donors for'))).toBe('2026-06-10 (by)');
  });

  it('does not lend it from a noun phrase the clause before left open', () => {
    const events = run('Boats are rescuing families in villages of Dunmore cut off from the roads a week ago.');
    expect(shown(eventTitled(events, 'Boats are rescuing families in villages of Dunmore cut off'))).toBe('2026-W23');
    expect(shown(exact(events, 'Boats are rescuing families in villages of'))).toBe('2026-06-10 (by)');
  });

  it('does not borrow the date of the clause it hangs on', () => {
    const events = run('The president flew to the coast on Monday and slept aboard a ship that carried relief supplies.');
    expect(shown(eventTitled(events, 'The president flew'))).toBe('2026-06-08');
    expect(shown(eventTitled(events, 'Carried relief supplies'))).toBe('2026-06-10 (by)');
  });

  it('takes a time from a clause of its own that follows it', () => {
    const events = run('The count, which began in earnest after the polls closed late Sunday, continues.');
    expect(shown(eventTitled(events, 'The count, which began'))).toBe('2026-06-07');
  });

  it('near miss: a clause that goes on from a dated one still shares its date', () => {
    const events = run('The president flew to the coast on Monday and slept aboard a ship.');
    expect(shown(eventTitled(events, 'Slept aboard a ship'))).toBe('2026-06-08');
  });
});

describe('a second date after an event noun is the noun’s', () => {
  it('when another date stands nearer the verb', () => {
    const events = run('Campaigners wrapped up their tour Monday, ahead of a crucial vote Thursday.');
    const wrapped = events.filter((e) => e.title.startsWith('Campaigners wrapped up'));
    expect(wrapped.map(shown)).toEqual(['2026-06-08']);
    expect(shown(eventTitled(events, 'A crucial vote Thursday'))).toBe('2026-06-11');
  });
});

describe('a date that names an event after a preposition', () => {
  it('dates the event, not the verb before it', () => {
    const events = run("The court cleared the way for Sunday's re-run.");
    expect(shown(eventTitled(events, "Sunday's re-run"))).toBe('2026-06-07');
    expect(shown(eventTitled(events, 'The court cleared the way'))).toBe('2026-06-10 (by)');
  });

  it('near miss: what is done in the event it names is at its date', () => {
    expect(shown(eventTitled(run("Millions voted in Sunday's election."), 'Millions voted'))).toBe('2026-06-07');
  });
});

describe('an event noun dated by its verb dates its later mentions', () => {
  const text = 'A strong quake struck the island on June 2. Less than 72 hours after the quake, rescue teams arrived in the capital.';

  it('gives "the quake" its day, and a distance in hours counts from it', () => {
    const events = run(text);
    expect(shown(eventTitled(events, 'The quake'))).toBe('2026-06-02');
    expect(span(eventTitled(events, 'Less than 72 hours after the quake'))).toBe('2026-06-02..2026-06-06');
  });

  it('near miss: a verb that tells of something else than its subject taking place dates nothing', () => {
    const events = run('A strong quake was felt on June 2. Less than 72 hours after the quake, rescue teams arrived in the capital.');
    expect(shown(eventTitled(events, 'Less than 72 hours after the quake'))).toBe('2026-06-10 (by)');
  });
});

describe('periods up to now, and a fall that is no season', () => {
  it('"in the past three weeks" runs up to the publication day', () => {
    const events = run('Crews have cleared 40 roads in the past three weeks.');
    expect(span(eventTitled(events, 'Crews have cleared'))).toBe('2026-05-20..2026-06-11');
  });

  it('"the last two weeks of May" is not a period up to now', () => {
    expect(shown(eventTitled(run('Prices rose in the last two weeks of May.'), 'Prices rose'))).toBe('2026-05');
  });

  it('"the fall of communism" is a collapse, not autumn; "the fall of 2019" is autumn', () => {
    expect(shown(eventTitled(run('She spoke about the fall of communism.'), 'She spoke'))).toBe('2026-06-10 (by)');
    expect(shown(eventTitled(run('She moved to Oslo in the fall of 2019.'), 'She moved'))).toBe('2019-FA');
  });

  it('"the fall of last year" is autumn too', () => {
    expect(shown(eventTitled(run('She moved to Oslo in the fall of last year.'), 'She moved'))).toBe('2025-FA');
  });
});

/** The trigger words of the events of one dated document with this body. */
const triggers = (body: string): string[] => triggersOf(body, WEDNESDAY);

describe('what names no occurrence', () => {
  it.each([
    ['an occurrence neither had', 'Officials said that neither Ruiz nor Costa obtained a majority.', 'obtained'],
    ['one neither side had', 'Neither side won the vote.', 'won'],
    ['what some cannot do', 'Thousands are stranded, unable to vote in the June 9 election.', 'vote'],
    ['whoever ever did', 'Police have caught every thief who has ever dared to rob the bank.', 'dared'],
    ['how long a thing takes, as a rule', 'Guides say the climb takes around six hours.', 'takes'],
    ['a participle that relates a noun', 'Problems related to a sensor delayed the launch.', 'related'],
    ['an aim past a phrase of place', 'Teams are moving into place to make an assessment of the damage.', 'make'],
    ['an aim past an object with a verb of its own', 'Officials helped send experts to help identify victims.', 'identify'],
  ])('%s: %s', (_, sentence, word) => {
    expect(triggers(sentence)).not.toContain(word);
  });

  it.each([
    ['what a decision governs right after it', 'The council decided to close the road.', 'close'],
    ['what the clause around the aim tells', 'Teams are moving into place to make an assessment of the damage.', 'moving'],
    ['one who did', 'Officials said that Ruiz obtained a majority.', 'obtained'],
  ])('near miss, %s: %s', (_, sentence, word) => {
    expect(triggers(sentence)).toContain(word);
  });
});
