// Which clauses are events: obligations, capabilities, possibilities, wishes and predictions are
// not; a vow is an event (the vow, not what is vowed); a name alone or a fragment of a title is
// not; a date names the event only through an event noun. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';

const DATED = (body: string) => `---\ntitle: Test\ndate: 2011-02-11\n---\n${body}`;
const triggers = (body: string) => {
  const { dataset, texts } = extractTexts([{ path: 'doc.md', raw: DATED(body) }], gazetteer());
  const text = texts[0]!.text;
  return dataset.events.map((e) => text.slice(e.evidence[0]!.trigger.start, e.evidence[0]!.trigger.end));
};

describe('clauses that name no occurrence', () => {
  it.each([
    ['an obligation', 'The agency must publish its accounts every spring.'],
    ['a capability', 'Residents can apply for the grant at the town hall.'],
    ['a possibility', 'The storm might reach the coast.'],
    ['a consequence with no condition stated', 'Any delay would cost the growers their harvest.'],
    ['a wish', 'The mayor hopes to reopen the covered market.'],
    ['a wish in the past', 'The mayor wanted to reopen the covered market.'],
    ['an inverted condition', 'Were the talks to fail, the dockers would strike again.'],
    ['a generic "you"', 'When you cross the river, you pay a toll.'],
    ['verbs under the same obligation', 'The council must repair the bridge, widen the road and reopen the market.'],
    ['a purpose under a hypothesis', 'A new dam would give the farmers water to irrigate their fields.'],
    ['an expectation', 'Officials expect the river to rise.'],
    ['an eligibility', 'Two million citizens are eligible to vote.'],
    ['a readiness', 'The villagers are determined to rebuild.'],
    ['whoever wins', 'No matter who wins, the coalition will need partners.'],
    ['a likelihood', 'It is likely that the talks will collapse.'],
    ['an obligation with "have to"', 'The coalition will have to find new partners.'],
    ['a purpose', 'The new levy is designed to fund the hospitals.'],
    ['a habit with "whenever"', 'Crowds gather whenever the lorries arrive.'],
    ['a worry', 'The engineers were worried about the seals.'],
    ['a name alone on its line', 'Maria Costa'],
    ['a fragment of a title', 'Leading to'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });
});

describe('clauses that do, and their trigger', () => {
  it.each([
    ['a vow is the act of vowing', 'The governor pledged to rebuild the flooded school.', ['pledged']],
    ['a vow with "vowed"', 'The rebels vowed to keep fighting.', ['vowed']],
    ['a scheduled event with "will"', 'The trial will begin on Wednesday.', ['begin']],
    ['a reported intention', 'The minister said on Monday that she would resign.', ['said', 'resign']],
    ['what is checked, not the prediction in it', 'Engineers are checking whether the valve will hold.', ['checking']],
    ['a date before a noun that names no occurrence', 'The studio released the 2009 version of its game on Monday.', ['released']],
    ['a date before an event noun', 'The March 3 referendum drew a record turnout.', ['referendum']],
    ['a call on others to act is the call', 'The union urged its members to stay home.', ['urged']],
    ['what is awaited is not yet', 'Repairs will start once the water recedes.', ['start']],
    ['a headline verb the tagger reads as a noun', '# Meridian releases new atlas, announces more maps', ['releases', 'announces']],
    ['the announcement of named things', 'The United Nations announces Operation Lifeline, Project Atlas and Seabridge.', ['announces']],
    ['a hypothesis a source puts forward is only the saying', 'She says a curfew would give the police more power.', ['says']],
    ['a name given is an aside', 'The opposition protested against what it called a rigged count.', ['protested']],
    ['a past capability that happened', 'Rescuers were able to reach the village on Tuesday.', ['reach']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('statements in the lead', () => {
  it('makes the saying an event beside what is said', () => {
    expect(triggers('The United Nations said that the army has closed the border.').sort()).toEqual(['closed', 'said']);
  });

  it('keeps only what is said deeper in the article, where the saying is no news of its own', () => {
    const lead =
      'Dockers walked out on Monday.\n\nThe strike spread to two more ports.\n\nShips queued outside the harbour.\n\nFerries stopped at noon.\n\n';
    expect(triggers(`${lead}The United Nations said that the army has closed the border.`)).not.toContain('said');
  });
});
