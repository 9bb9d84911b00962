// States, rules, exhortations, headings and views are no occurrences; their near misses are.
// Each table of non-events has its table of sentences that must stay events. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { triggersOf } from '../helpers.ts';

const triggers = triggersOf;

describe('a state is no occurrence', () => {
  it.each([
    ['a thing placed', 'The ferry is docked at the north pier.', []],
    ['a guard beside someone, beside the act', 'The governor was flanked by two bodyguards as she arrived.', ['arrived']],
    ['an opening participle of placing', 'Flanked by two bodyguards, the governor arrived.', ['arrived']],
    ['where something is based', 'The relief agency is based in Geneva.', []],
    ['what surrounds a place', 'The camp is surrounded by flooded fields.', []],
    ['where something is located', 'The school is located near the river.', []],
    ['a state that lasts', 'Ten fishermen remain missing.', []],
    ['a list one is on', 'Two crew members are listed as missing.', []],
    ['what a party holds', 'The ruling party holds a narrow majority in the assembly.', []],
    ['what a task requires', 'The rebuilding requires more engineers.', []],
    ['who is still missing', 'Forty tourists were on holiday at the resorts and twelve are still missing.', []],
    ['what a place is to someone', 'The crowd marched to the hall that the villagers consider their parliament.', ['marched']],
    ['where a place sits', 'The island sits on a seismic fault.', []],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });

  it.each([
    ['a ship that docked at a time', 'The ferry docked at the north pier at 9 a.m.', ['docked']],
    ['a ship that docked', 'The ferry docked at the north pier.', ['docked']],
    ['a ship docked on a day of its own', 'The ferry was docked at the north pier on Monday.', ['docked']],
    ['talks held', 'The ruling party held talks with the opposition.', ['talks']],
    ['talks to be held on a day', 'The ruling party holds talks with the opposition on Monday.', ['talks']],
    ['a fund frozen on a day', 'The fund was frozen on Monday.', ['frozen']],
    ['work going on', 'Workers are repairing the levee.', ['repairing']],
    ['a search for the missing', 'Rescuers are searching for the missing.', ['searching']],
    ['an appeal considered on a day', 'The court considered the appeal on Monday.', ['appeal']],
    ['a vow with a stative verb after it', 'The rebels pledged to lay down their arms.', ['pledged']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('a rule, a case and a habit are no occurrences', () => {
  it.each([
    ['a bare plural in the simple present', 'Generators provide power to the hospital.'],
    ['"a" noun in the simple present', 'A levee protects the town from the river.'],
    ['a habit with "normally"', 'Engineers normally inspect the dam in spring.'],
    ['"in which case"', 'In which case the harvest festival is cancelled.'],
    ['"in that case"', 'In that case the ferry waits for the tide.'],
    ['a judgement with a superlative subject', 'The best place to watch the parade is the old bridge.'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });

  it.each([
    ['a habit broken on a day', 'Police normally guard the bridge, but on Tuesday they arrested twelve protesters.', ['arrested']],
    ['a past spelled like a present', 'Soldiers hit the village with rockets.', ['hit']],
    ['what witnesses say', 'Witnesses say the bridge collapsed.', ['collapsed']],
    ['a superlative subject that acts', 'The largest quake in decades struck the coast.', ['struck']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('exhortations and headings are no occurrences', () => {
  it.each([
    ['"Let us"', 'Let us remember the victims.'],
    ['an imperative', 'Pray for the families of the missing.'],
    ['a heading with no finite verb', 'Dead and missing in villages hit by the flood'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });

  it.each([
    ['a caption that names someone', 'Capt. Maria Costa, commander of the northern fleet.'],
    ['a list of things on a page', 'Share buttons and printable versions'],
  ])('no verb and no event word: %s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });

  it('keeps a line with no verb that names an occurrence', () => {
    expect(triggers('Flood relief talks in the capital')).toEqual(['relief talks']);
  });

  it('keeps a headline whose participle has a subject', () => {
    expect(triggers('Hundreds killed in flood')).toEqual(['killed']);
  });
});

describe('what is believed, hoped or promised is no occurrence', () => {
  it.each([
    ['a belief', 'The harbour master believes the storm has passed.', []],
    ['a thought', 'The mayor thinks the dam has held.', []],
    ['a confidence', 'Officials are confident that the bridge will reopen.', []],
    [
      'a confidence in quotation marks',
      'Despite the rain, officials said they are confident that "the bridge will reopen soon."',
      ['said'],
    ],
    ['a confidence expressed: the expressing is the event', 'The envoy expressed confidence that the talks will succeed.', ['expressed']],
    ['a promise: the pledge is the event', 'The rebels pledged that they will lay down their arms.', ['pledged']],
    ['what is not done yet', 'The board has yet to publish its findings.', []],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });

  it.each([
    ['what is said', 'The mayor said the dam has held.', ['said', 'held']],
    ['a belief about a dated occurrence', 'The harbour master believes the storm passed the island on Monday.', ['passed']],
    ['a hedged occurrence', 'The storm is believed to have killed ten people.', ['killed']],
    ['what was done', 'The board published its findings.', ['published']],
    ['what is said to come on a day', 'Officials said the bridge will reopen on Friday.', ['reopen']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('an aim, a demand and a name are no occurrences', () => {
  it.each([
    ['an aim with "so that"', 'The crews cleared the road so that the lorries reach the camp.', ['cleared']],
    ['what is demanded, in the passive', 'The opposition leader had demanded that the runoff election be held again.', ['demanded']],
    ['an event word inside a name', 'The airfield is the headquarters of the Disaster Assistance Center.', []],
    ['an event word before the noun it describes', 'Some towns have more than one polling station.', []],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });

  it.each([
    ['a result with "so that" in the past', 'The crews worked overnight so that the road reopened by morning.', ['worked', 'reopened']],
    ['what was done after a demand', 'The opposition leader demanded a recount and the commission held one.', ['demanded', 'held']],
    ['an event noun at the end of the phrase', 'There was an explosion at the depot.', ['explosion']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});
