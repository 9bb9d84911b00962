// What a text lays down, what a denial takes back and what a plan is for are no occurrences
// (events/contents.ts); the adoption, the denial, the announcement are. A participle's phrase
// before a finite verb leaves that verb its noun for a subject. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { eventsOf, triggersOf } from '../helpers.ts';

const triggers = (body: string) => triggersOf(body).sort();
const titles = (body: string) => eventsOf(body, '2031-05-02').map((e) => e.title);

describe("a document's content is not an occurrence", () => {
  it.each([
    ['a plan that calls for something', 'The ferry plan calls for two new boats.', []],
    ['a deal that paves the way', 'The deal paves the way for talks between the unions.', []],
    ['a law that provides for something', 'The law provides for fines of up to 500 dollars.', []],
    ['a resolution that called on someone, in the past', 'The resolution called on the rebels to disarm.', []],
    ['a deal that would allow something', 'The deal would allow exports of grain through the port.', []],
    ['near miss: a deal that collapsed', 'The deal collapsed after the vote.', ['collapsed', 'vote']],
    ['near miss: the signing is the event', 'The mayor signed the law on Monday.', ['signed']],
    ['near miss: a person who calls for something', 'The mayor calls for calm.', ['calls']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('what is denied or said to be untrue is not an occurrence; the denial is', () => {
  it.each([
    ['a report said to be false', 'Reports that the general had died were false.', []],
    ['a denial with "that"', 'The ministry denied that troops had entered the town.', ['denied']],
    ['a denial without "that"', 'The mayor denied he had left the city.', ['denied']],
    ['a report denied', 'The captain denied reports that his crew had mutinied.', ['denied']],
    ['a claim disputed', 'The port authority disputed that the tanker had leaked oil.', ['disputed']],
    [
      'what follows "but" is told in its own right',
      'The army denies shelling the town, but a doctor says he treated six wounded.',
      ['denies', 'says', 'treated'],
    ],
    [
      'what follows a comma and a participle is too',
      'The ministry denied any shelling, saying residents were burning tyres.',
      ['burning', 'denied', 'saying'],
    ],
    ['and an aside opened by "which"', 'The guards denied setting the fire, which was put out in an hour.', ['denied', 'put']],
    [
      'a second act joined by "and in turn" is told in its own right',
      'The mayor denied he had taken a bribe and in turn accused the builder of lying.',
      ['accused', 'denied'],
    ],
    ['a second act joined by "and"', 'The ministry denied the charge and accused the rebels of lying.', ['accused', 'denied']],
    ['the denial beside an aside opened by ", which"', 'The police denied the claim, which was made by a lawyer.', ['denied', 'made']],
    ['a second act after "and then"', 'The minister denied the charges and then resigned.', ['denied', 'resigned']],
    ['a new clause after a semicolon', 'The minister denied that he had taken bribes; he resigned the next day.', ['denied', 'resigned']],
    ['an occurrence the denial is set in', 'The ministry denied any wrongdoing after troops entered the town.', ['denied', 'entered']],
    [
      'a denier with no name, beside what follows "but"',
      'The minister denied that he had fled, but admitted he had met the rebels.',
      ['admitted', 'denied', 'met'],
    ],
    [
      'a relative clause on a report noun happened',
      'The judge dismissed claims that had been filed by the families.',
      ['dismissed', 'filed'],
    ],
    ['a report upheld', 'Reports that the army had withdrawn were not false.', ['withdrawn']],
    ['near miss: a denial denied', "The guards didn't deny the prisoners had been beaten.", ['beaten']],
    [
      'near miss: a law dismissed is no denial of what follows',
      'The court may dismiss a law that critics had labeled unfair.',
      ['labeled'],
    ],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('a denial says what it denies', () => {
  it.each([
    [
      'up to a contrast, the "but" left out',
      'The officials deny the town has fallen, but rebels say they hold it.',
      'The officials deny the town has fallen',
    ],
    ['without "that"', 'The mayor denied he had taken a bribe.', 'The mayor denied he had taken a bribe'],
    ['with "that"', 'The mayor denied that he had taken a bribe.', 'The mayor denied that he had taken a bribe'],
    [
      'up to a second act',
      'The mayor denied he had taken a bribe and in turn accused the builder.',
      'The mayor denied he had taken a bribe',
    ],
  ])('%s: %j', (_, sentence, title) => {
    expect(titles(sentence)).toContain(title);
  });
});

describe('what a plan is for is only planned; the approval or the announcement is the event', () => {
  it.each([
    ['a plan approved', 'The city approved a plan to build a new bridge.', ['approved']],
    ['plans announced', 'The airline announced plans to hire 500 pilots.', ['announced']],
    ['a possessive plan', 'Voters rejected his plan to close the harbour.', ['rejected']],
    ['near miss: "plans" as the verb after its subject', 'The group plans to send a surgeon on Monday.', ['send']],
    ['near miss: "plan" as the verb after a plural subject', 'The leaders plan to move to the capital this week.', ['move']],
    ['near miss: "plan" as the verb after "police"', 'Police plan to close the road on Monday.', ['close']],
    ['near miss: "plan" as the verb after "many"', 'Many plan to return home next week.', ['return']],
    ['deciding whether to act is an open question', 'The council met before deciding whether to close the road.', ['met']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe("a participle's phrase before a finite verb gives one event, titled from its noun", () => {
  it.each([
    ["an event noun as the participle's object", 'Police investigating the fire arrested two men.'],
    ['a past spelled as its base form', 'Guards watching the gate shut it at noon.'],
    ['a past the tagger takes for an adjective', 'Migrants hoping to reach the island drowned off the coast.'],
  ])('%s: %j', (_, sentence) => {
    expect(titles(sentence)).toEqual([sentence.slice(0, -1)]);
  });
});

describe('a past perfect awaited by a future seen from the past is a condition on it', () => {
  it.each([
    ['"once" after "would"', 'The captain said the ferry would leave once the crew had loaded the trucks.', ['said']],
    ['"until" after "would"', 'The mayor said he would stay until a successor had been chosen.', ['said']],
    [
      'near miss: the narrator\'s "would" tells what then happened',
      'Once she had resigned her post, she would tell the story on radio.',
      ['resigned'],
    ],
    ['near miss: what came first in a story told in the past', 'Once the crew had loaded the trucks, the ferry left.', ['left', 'loaded']],
    [
      'near miss: a "would" in a clause it does not hang on',
      'After the rebels had taken the town, they said they would hold it.',
      ['said', 'taken'],
    ],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('a bare form after a preposition is a noun, after "as" a verb', () => {
  it.each([
    ['"in turn"', 'The council in turn voted to close the market.', ['voted']],
    ['"as well as"', 'The navy shelled a radar post on Monday, as well as hit two boats.', ['hit', 'shelled']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});
