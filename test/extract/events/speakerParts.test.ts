// Who takes part in an act of saying and in what is said around it: the speakers joined in one
// subject, who is told and what is announced, who holds a news conference, a speaker set off with
// an apposition that names them again, and what a past participle after a report tells of. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { gazetteer, rolesOf } from '../helpers.ts';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { analyze, loadTagger } from '../../../src/extract/language/analyze.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { verbClauses } from '../../../src/extract/events/verbClauses.ts';
import { occasionSpeakers } from '../../../src/extract/events/speakingOccasions.ts';

describe('the act of saying', () => {
  it.each([
    [
      'two speakers joined in the subject are both agents, and what they announce is acted on',
      'Mary Lind and Peter Hollis announced the Lind Hollis Fund on Tuesday.',
      'announced',
      { 'Mary Lind': 'agent', 'Peter Hollis': 'agent', 'Lind Hollis Fund': 'patient' },
    ],
    [
      'the one told is acted on',
      'Peter Hollis told Mary Lind that the bridge was closed.',
      'told',
      { 'Peter Hollis': 'agent', 'Mary Lind': 'patient' },
    ],
    [
      'the network told, before what is told with no "that"',
      'Peter Hollis told the BBC he doubted the bridge would open.',
      'told',
      { 'Peter Hollis': 'agent', BBC: 'patient' },
    ],
    [
      'a country that only describes the network told takes no part',
      'Peter Hollis told France-based Euronews he doubted the bridge would open.',
      'told',
      { 'Peter Hollis': 'agent' },
    ],
    [
      'a country that owns those told is not told',
      'Peter Hollis told France’s Middle East partners that the talks would resume.',
      'told',
      { 'Peter Hollis': 'agent' },
    ],
    [
      'the person a network’s name opens is the one told',
      'Peter Hollis told CNN’s Mary Lind that the bridge was closed.',
      'told',
      { 'Peter Hollis': 'agent', 'Mary Lind': 'patient' },
    ],
    [
      'a country that only says where the network told is from takes no part',
      'Peter Hollis told the France-based Euronews channel he doubted the bridge would open.',
      'told',
      { 'Peter Hollis': 'agent', Euronews: 'other' },
    ],
    [
      'the network whose programme is named is the one told',
      'Peter Hollis told the BBC’s Morning Desk programme that the bridge was closed.',
      'told',
      { 'Peter Hollis': 'agent', BBC: 'patient' },
    ],
    [
      'the person a body and a title open is the one told',
      'Peter Hollis told the World Bank President Mary Lind that the bridge was closed.',
      'told',
      { 'Peter Hollis': 'agent', 'Mary Lind': 'patient' },
    ],
    [
      'a network run on into the subject of what is told is not one told',
      'Peter Hollis told AFP Israel would attack Gaza.',
      'told',
      { 'Peter Hollis': 'agent' },
    ],
    [
      'the network told, then a day, before what is told with no "that"',
      'Peter Hollis told the BBC Friday he doubted the bridge would open.',
      'told',
      { 'Peter Hollis': 'agent', BBC: 'patient' },
    ],
    [
      'a country in what is said takes no part in the saying',
      'Peter Hollis said Britain would send troops.',
      'said',
      { 'Peter Hollis': 'agent' },
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
});

describe('who holds a news conference', () => {
  it.each([
    [
      'a conference set before the clause of its speaker, past a participle',
      'At a news conference, following the swearing-in ceremony, Prime Minister Peter Hollis pledged to support the plan.',
      'conference',
      { 'Peter Hollis': 'agent' },
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toMatchObject(expected);
  });

  /** The holders occasionSpeakers reads for the first "conference" of one sentence naming Peter Hollis. */
  function holders(text: string): string[] {
    loadTagger();
    const sentence = analyze(text, splitSentences(text)).sentences[0]!;
    const at = text.indexOf('Peter Hollis');
    const mentions = [{ actorId: 'hollis', start: at, end: at + 12, text: 'Peter Hollis' }];
    const start = text.indexOf('conference');
    return occasionSpeakers(text, verbClauses(sentence.tokens), { start, end: start + 10 }, mentions, () => 'person');
  }
  it.each([
    ['told a news conference', 'Peter Hollis told a news conference that the bridge was closed.', ['hollis']],
    ['spoke during a news conference', 'Peter Hollis spoke during a televised news conference on Monday.', ['hollis']],
    [
      'a fronted conference and the clause after it',
      'During a news conference Wednesday, Peter Hollis said the bridge was closed.',
      ['hollis'],
    ],
    ['nobody, when the clause only acts on it', 'Peter Hollis disrupted a news conference in Lyon on Monday.', []],
    ['nobody, when the speaker is told of it', 'Peter Hollis was told of the news conference on Monday.', []],
    ['nobody at a conference of many', "Peter Hollis spoke at a developers' conference on Monday.", []],
  ])('%s', (_, text, expected) => {
    expect(holders(text)).toEqual(expected);
  });
});

describe('a speaker set off by commas and named again in the apposition', () => {
  const text = 'Asked about the vote, Army Maj. Gen. Peter Hollis, commander of the 2nd Brigade – North, told reporters, "We are ready."';
  it.each([
    ['tells', 'told', { 'Peter Hollis': 'agent' }],
    ['was asked', 'Asked', { 'Peter Hollis': 'patient' }],
  ])('%s', (_, word, expected) => {
    expect(rolesOf(text, word)).toMatchObject(expected);
  });
});

describe('a past participle after a report tells of what is reported', () => {
  it.each([
    [
      'neither the reporter nor the summit host is an agent of how the blasts were timed',
      'Scotland Yard reported seven explosions at four sites, timed during the summit hosted by Great Britain.',
      'timed',
    ],
    ['the finders did not hide the bombs', 'Scotland Yard found two bombs near the station, hidden in a parked car.', 'hidden'],
  ])('%s', (_, text, word) => {
    expect(Object.values(rolesOf(text, word))).not.toContain('agent');
  });
  it('a list of past tenses shares its subject', () => {
    expect(rolesOf('Orvell Corporation expanded in 2004, contracted in 2005 and recovered in 2006.', 'contracted')).toEqual({
      'Orvell Corporation': 'agent',
    });
  });
  it('a verb of saying after a relative clause still has the sentence subject', () => {
    expect(rolesOf('Kwame Mensah, who voted in Tamale as the polls opened, said the count would be fair.', 'said')).toMatchObject({
      'Kwame Mensah': 'agent',
    });
  });
});

describe('a title that names a person named before', () => {
  it.each([
    [
      'a country before the title names the one person of that country given it, not the country',
      'U.S. Secretary of State Peter Hollis toured the port on Wednesday. Ships arrived later. The U.S. Secretary says the United States will send more helicopters.',
      'says',
      { 'Peter Hollis': 'agent' },
    ],
    [
      'an ambassador "to" a country is an ambassador',
      'U.S. Ambassador to Iraq Peter Hollis says the vote will be fair. The ambassador said the United States supports no party.',
      'said',
      { 'Peter Hollis': 'agent' },
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
  it('not a person of another country given that title', () => {
    const text =
      'British Foreign Secretary Peter Hollis toured the port on Wednesday. Ships arrived later. The U.S. Secretary says the United States will send more helicopters.';
    expect(rolesOf(text, 'says')).not.toHaveProperty(['Peter Hollis']);
  });
});

describe('who acts, behind "by"', () => {
  it.each([
    [
      'a body named with its owner behind "by"',
      "New figures on the death toll were released by Indonesia's National Disaster Relief Coordination Agency.",
      'released',
      { 'National Disaster Relief Coordination Agency': 'agent' },
    ],
  ])('%s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });
});

describe('what is told after the one told and a day', () => {
  it.each([
    ['a pronoun', 'Peter Hollis told the BBC Friday he had resigned.', 'resigned', { 'Peter Hollis': 'agent' }],
    ['a pronoun, no day', 'Peter Hollis told Reuters he had resigned.', 'resigned', { 'Peter Hollis': 'agent' }],
    ['a plural pronoun', 'Several unions told the BBC Friday they had agreed to meet.', 'agreed', {}],
  ])('has its own subject, not the one told: %s', (_, text, word, expected) => {
    expect(rolesOf(text, word)).toEqual(expected);
  });

  it('is titled by its own words', () => {
    const { dataset } = extractTexts(
      [{ path: 'doc.md', raw: '---\ndate: 2019-04-02\n---\nPeter Hollis told the BBC Friday he had resigned.' }],
      gazetteer(),
    );
    expect(dataset.events.map((e) => e.title)).toContain('He had resigned');
  });
});

describe('the one told ends at a name or a plain word', () => {
  const titles = (text: string) =>
    extractTexts([{ path: 'doc.md', raw: `---\ndate: 2019-04-02\n---\n${text}` }], gazetteer()).dataset.events.map((e) => e.title);

  it('what is told may open with a bare name', () => {
    expect(rolesOf('The diplomat told reporters Norway had rejected the plan.', 'rejected')).toEqual({ Norway: 'agent' });
  });
  it.each([
    ['a noun after a name', 'Two residents told Reuters troops stormed the village at dawn.', 'The village at dawn'],
    [
      'a preposition after the one told',
      'Ana Ruiz told reporters after the meeting in Lyon that the draft was unacceptable.',
      'The meeting in Lyon that the draft was unacceptable',
    ],
  ])('what follows the one told is not swallowed: %s', (_, text, wrong) => {
    expect(titles(text)).not.toContain(wrong);
  });
  it('a day, then a bare name: the title starts where the clause does', () => {
    expect(titles('The spokesman told reporters Monday Norway had rejected the offer.')).toContain('Norway had rejected the offer');
  });
});

describe('what is said does not borrow the subject of the saying', () => {
  it('a clause of what is said that the tagger cut from its subject', () => {
    const text =
      'Mary Lind spoke on Monday. Lind said the rebels, who support the old regime, and the smugglers, who fund them, are becoming isolated from the people.';
    expect(rolesOf(text, 'becoming')).not.toHaveProperty(['Mary Lind']);
  });
  it.each([
    ['a clause joined to the saying is the speaker’s own act', 'Scotland Yard confirmed the arrests and released the names.', 'released'],
    ['a pronoun that opens what is said is the speaker', 'Scotland Yard said it arrested four men.', 'arrested'],
    [
      'a participle hanging on the speaker’s own clause',
      'Scotland Yard confirmed that two men were held, but dismissed the reports, saying that nobody was hurt.',
      'saying',
    ],
  ])('%s', (_, text, word) => {
    expect(rolesOf(text, word)).toEqual({ 'Scotland Yard': 'agent' });
  });
});

describe('"we" in the quoted words is the one who says them', () => {
  const before = 'Welfare Minister Alwi Shihab toured the camps on Saturday. ';
  it.each([
    [
      '"we" and a speaker named by "he"',
      '"We are willing and we strongly urge those who still carry arms to sit down with us," he said.',
      { 'Alwi Shihab': 'agent' },
    ],
    [
      'nobody, when the quoted words speak of others',
      '"They are willing and they strongly urge those who still carry arms to sit down with us," he said.',
      {},
    ],
  ])('%s', (_, text, expected) => {
    expect(rolesOf(before + text, 'urge')).toEqual(expected);
  });
});
