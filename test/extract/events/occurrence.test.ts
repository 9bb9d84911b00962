// Events are occurrences: what happened, happens or is scheduled. Opinions, habits, questions,
// conditions, background states, datelines and bylines give no event. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';

const DATED = (body: string) => `---\ntitle: Test\ndate: 2011-02-11\n---\n${body}`;
const run = (body: string) => extractTexts([{ path: 'doc.md', raw: DATED(body) }], gazetteer());
const eventsOf = (body: string) => {
  const { dataset, texts } = run(body);
  const text = texts[0]!.text;
  return dataset.events.map((e) => ({ ...e, triggerText: text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end) }));
};
const triggers = (body: string) => eventsOf(body).map((e) => e.triggerText);

describe('what is not an event', () => {
  it.each([
    ['an opinion with "be" and an evaluative word', 'This plan is a terrible idea.'],
    ['a first-person opinion', 'I think the minister is wrong about the budget.'],
    ['a recommendation', 'The council should rethink its housing policy.'],
    ['a habit', 'Fishermen usually sell their catch at the harbour before dawn.'],
    ['a generic truth', 'Commuters often complain about the trains.'],
    ['a question', 'Will the mayor keep her promise?'],
    ['a condition and its consequence', 'If the dam breaks, the valley would flood.'],
    ['a background state', 'The province is a region of farms and small towns.'],
    ['a possession', 'The company has three factories in the north.'],
    ['a dateline', 'February 10, 2011'],
    ['a wire dateline', 'LISBON (Wire) --'],
    ['a byline', 'By Maria Costa and Tom Reed, Staff Writers'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });

  it.each([
    ['a place and date', 'LISBON, Feb. 10, 2011 – Dock workers walked out in protest.', 'Dock workers walked out in protest', null],
    ['a place, region and date', 'PORTO, Portugal, Feb. 9, 2011 -- The ferry resumed service.', 'The ferry resumed service', null],
    [
      'a place and the outlet',
      'LISBON, Portugal (Wire) -- Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
    [
      "a wire page's stamped dateline",
      'LISBON | Thu Feb 10, 2011 6:47 pm EST LISBON (Wire) - Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
    [
      "a wire page's stamped dateline after a headline and a photo credit",
      'Dock strike spreads Photo: Wire/Harbour TV LISBON/PORTO | Thu Feb 10, 2011 3:51 pm GMT LISBON/PORTO (Wire) - Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
    [
      'a headline and highlights before a dateline with a double dash',
      'Dock strike spreads to the north Two ports are closed Lisbon, Portugal (Wire) -- Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
    [
      'a headline before a dateline in capitals with a hyphen',
      'Full Article Dock strike spreads LISBON (Wire) - Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
    [
      'a dateline in capitals with its day and no comma',
      'Port strike spreads LISBON Feb 10 (Wire) - Dock workers walked out on Thursday.',
      'Dock workers walked out on Thursday',
      '2011-02-10',
    ],
  ])('leaves out a dateline that opens the news (%s)', (_, sentence, title, day) => {
    const found = eventsOf(sentence);
    expect(found.map((e) => e.title)).toEqual([title]);
    if (day) expect(found[0]!.time?.value).toBe(day);
  });

  it.each([
    ['(Updated 10:13 a.m. (1713 in Lisbon)) The union leader has been placed under house arrest.'],
    ['-- (Update 1:04 p.m. Lisbon, 6:04 a.m. ET) The union leader has been placed under house arrest.'],
    ['Union leader detained 16 March 2012 Last updated at 14:51 GMT Help The union leader has been placed under house arrest.'],
    ['Union leader detained updated: Sun Apr 10 2011 18:58:00 The union leader has been placed under house arrest.'],
  ])("leaves out a live page's update stamp: %s", (sentence) => {
    expect(eventsOf(sentence).map((e) => [e.triggerText, e.title])).toEqual([
      ['placed', 'The union leader has been placed under house arrest'],
    ]);
  });

  it.each([
    ["The harbour council (HCA) -- the dockers' own body -- called a strike on Thursday."],
    // Further on, an aside that starts in capitals is no page heading either.
    [
      'Dock workers walked out on Monday. Ferries stayed in port. Shops shut early. Trains ran late. ' +
        "The Harbour Council (HCA) -- Lisbon's dock authority -- called a strike on Thursday.",
    ],
  ])('keeps the start of a sentence with a bracketed name before an aside in dashes: %s', (text) => {
    expect(eventsOf(text).map((e) => e.title)).toContainEqual(expect.stringMatching(/^The (?:harbour|Harbour) (?:c|C)ouncil/));
  });

  it('drops a headline repeated in the body, keeping the first', () => {
    const found = eventsOf('# Port workers walk out over pay\nPort workers walk out over pay\nThe strike closed the docks on Thursday.');
    expect(found.filter((e) => /walk out/.test(e.title))).toHaveLength(1);
  });

  it('keeps a quoted question as a statement made', () => {
    expect(eventsOf('“Where is the money?” the auditor asked the board on Monday.')).toHaveLength(1);
  });
});

describe('what is an event, and its trigger', () => {
  it.each([
    ['an action in the past', 'Police arrested the mayor of the port city.', ['arrested']],
    ['a change of state', 'The old bridge collapsed under the weight of the trucks.', ['collapsed']],
    ['a decision', 'The court ordered the release of the journalist.', ['ordered']],
    ['an announcement', 'The airline announced a new route to the islands.', ['announced']],
    ['a scheduled event', 'The committee will vote on the proposal next week.', ['vote']],
    ['an event noun carried by a light verb', 'The two unions held talks with the ministry.', ['talks']],
    ['an event noun after "there was"', 'There was an explosion at the chemical plant.', ['explosion']],
    ['one event per clause', 'The minister resigned and the cabinet met on the same evening.', ['resigned', 'met']],
    ['an aim is not an occurrence', 'The cabinet met to choose a successor, including a deputy.', ['met']],
    ['a participle that describes a noun', 'The navy sent four ships carrying water to the region.', ['sent']],
    ['a plan with no time of its own is the plan', 'The city plans to build a new stadium.', ['plans']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });

  it('makes a statement with a time of its own an event, beside what it says', () => {
    const found = eventsOf('The ferry service will stop in winter, the operator announced on Wednesday.');
    const said = found.find((e) => e.triggerText === 'announced');
    expect(said?.time).toMatchObject({ value: '2011-02-09', anchor: 'relative' });
    expect(found.some((e) => e.triggerText === 'stop')).toBe(true);
  });

  it('keeps the clause, not the condition, when a statement is made about a condition', () => {
    expect(triggers('The union warned of a strike if the talks fail.')).toEqual(['warned']);
  });
});

describe('page noise', () => {
  const article = ['The regional parliament approved the new budget on Tuesday.', 'Opposition members walked out before the vote.'];
  const page = [
    'Home | News | Sport | Weather | Contact',
    ...article,
    'Share this on: Facebook Twitter Email',
    'Click here for more stories about the budget.',
    'great news finally!!',
    'March 2, 2011 at 9:30 am | Report abuse | Reply',
    'This budget is a disgrace and the parliament knows it.',
    'March 2, 2011 at 10:02 am | Report abuse | I agree with you, they should all resign.',
  ].join('\n\n');

  it('leaves boilerplate and reader comments out of events, and keeps the article', () => {
    const found = eventsOf(page);
    expect(found.map((e) => e.triggerText)).toEqual(['approved', 'walked', 'vote']);
  });

  it('reports the blocks of noise as an info diagnostic', () => {
    const { dataset } = run(page);
    const notes = dataset.diagnostics.filter((d) => /page noise/.test(d.message));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ severity: 'info', path: 'doc.md' });
    expect(notes[0]!.message).toMatch(/^2 block/); // the navigation line, then everything from the share buttons on
  });

  it('keeps the text and its offsets whole: the noise stays in the document, only events skip it', () => {
    const { texts } = run(page);
    expect(texts[0]!.text).toContain('Report abuse');
  });

  it('keeps an article whose byline begins "Posted by"', () => {
    const bylined = ['Posted by Jane Doe', ...article].join('\n\n');
    expect(eventsOf(bylined).map((e) => e.triggerText)).toEqual(['approved', 'walked', 'vote']);
  });

  it('does not take an article paragraph that mentions a click for noise', () => {
    const long =
      'Shoppers who click here and there on the new portal found that the tax office had moved its forms online on Monday, ' +
      'a change the ministry announced last month after years of complaints about queues at its counters in every town.';
    expect(triggers(long).length).toBeGreaterThan(0);
  });
});
