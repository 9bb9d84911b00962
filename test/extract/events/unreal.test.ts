// Clauses whose verb names no occurrence of its own (events/unreal.ts and the rules of
// events/occurrence.ts that use it), each beside near misses that stay events. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { triggersOf } from '../helpers.ts';

const triggers = (body: string) => triggersOf(body).sort();

describe('a link between occurrences is not one: the occurrences it links are', () => {
  it.each([
    ['a participle of cause after a comma', 'Police arrested the driver, leading to protests in the port.', ['arrested']],
    ['"resulting in"', 'The flood cut the power lines, resulting in a blackout.', ['blackout', 'cut']],
    ['the event noun a link has for subject', 'The arrest led to protests.', ['arrest']],
    ['"comes despite": the subject is the event', 'The decision comes despite strong objections from the growers.', ['decision']],
    ['"came after"', 'The walkout came after weeks of failed negotiations.', ['walkout']],
    ['"came after" with a noun the lists do not know', 'The move came after weeks of failed negotiations.', ['move']],
    ['near miss: a statement that something is so', 'The minister signaled that she would resign on Friday.', ['resign', 'signaled']],
    ['near miss: a verb of its own before "despite"', 'The strike began despite the deal.', ['began', 'deal']],
    ['near miss: "lead" with an object', 'The colonel led the convoy to the border.', ['led']],
    ['near miss: a person who comes is an arrival', 'The minister came to the island on Monday.', ['came']],
    [
      'a participle of signalling before what it signals',
      'Bells rang, signaling that the council had chosen a new mayor.',
      ['chosen', 'rang'],
    ],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('conditions and hypotheses', () => {
  it.each([
    ['"barring"', 'Barring a last-minute deal, the dockers will strike on Monday.', []],
    ['"given" before what is given', 'The ferry left early on Monday, given the warnings about the wind.', ['left']],
    ['"depending" before what it depends on', 'Fares changed on Monday depending on the route.', ['changed']],
    ['near miss: "given" after "be" is a verb', 'The mayor was given the keys on Monday.', ['given']],
    ['"if" before "will"', 'If the talks fail, the dockers will strike.', []],
    ['"if" after "will"', 'The dockers will strike if the talks fail.', []],
    ['"would" with a verb the lists take for a preposition', 'The government would regard sanctions as an act of war.', []],
    ['near miss: "whether" is no condition', 'The mayor asked whether the dockers will strike.', ['asked']],
    ['near miss: a scheduled event with no condition', 'The dockers will strike on Monday.', ['strike']],
    ['"going to" after "if … then"', 'If the rebels do attack, then the council is going to have to act.', []],
    ['near miss: "going to" is one plan, told once', 'The council is going to close the road.', ['close']],
    ['near miss: "going" to a place', 'The crowd was going to the square.', ['going']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('aims, efforts and refusals', () => {
  it.each([
    ['an aim in the present', 'The new fund aims to support small farms.', []],
    ['an effort', 'We are doing our best to help the families.', []],
    ['a sentence that opens on its aim', 'To speed up deliveries and cut costs, the crews began using larger nets.', ['using']],
    ['what a state needs an object for', 'The city needs new pumps to drain the streets.', []],
    ['an aim goes on after "and" in the base form', 'The navy bought two ships to carry food and medical help.', ['bought']],
    ['a refusal is the event, not what was refused', 'The rebels refused to sign the accord.', ['refused']],
    ['a failure with a date stays, as the failure', 'The unions failed to reach a deal on Monday.', ['failed']],
    ['near miss: the meeting is the event, not its aim', 'The ministers met to plan their response.', ['met']],
    ['what work aims at', 'Bulldozers worked round the clock to dig the trenches.', ['worked']],
    ['what work in progress aims at, dated', 'The agency was working on Monday to confirm the report.', ['working']],
    ['near miss: "To date" opens no aim', 'To date, the crews have cleared forty roads.', ['cleared']],
    ['an attempt in the past is the event, not what was attempted', 'The rebels sought to block the road.', ['sought']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('states and what did not happen', () => {
  it.each([
    ['a state that has lasted a period', 'The schools have been closed for months.', []],
    ['a state in the progressive', 'Thousands of families are starving.', []],
    ['a state of holding', 'The party commands a fifth of the seats.', []],
    ['a relative clause in the simple present after a plural', 'The ships carry nets that hang below the hull.', ['carry']],
    ['near miss: a relative clause in the past', 'The ships carry nets that hung below the hull.', ['carry', 'hung']],
    ['a state told by hearsay', 'The mayor is said to be unhappy.', []],
    ['near miss: an occurrence told by hearsay, the hedge no act of saying', 'The rebels are said to have fled on Monday.', ['fled']],
    ['near miss: hearsay in the past with an adverb', 'Police were widely reported to have arrested two men.', ['arrested']],
    ['a count of the missing', 'The report confirms 1,200 dead and 900 missing in the province.', ['confirms']],
    ['a habit in the passive present', 'The delay is usually recorded in the log.', []],
    ['near miss: a passive in the past', 'The delay was recorded in the log.', ['recorded']],
    ['nobody had it', 'No one was hurt in the fire.', []],
    ['no ship had it', 'No ships sank in the storm.', []],
    ['negated', 'The mayor did not attend the ceremony.', []],
    ['what a state denied would hold', 'The end of the talks does not mean the strike has ended.', []],
    ['what a statement denies is not told as happening: the denial is', 'The mayor denied that the strike has ended.', ['denied']],
    ['a need in the passive', 'Fresh water and food are urgently needed in the camps.', []],
    ['near miss: a passive of another verb', 'Fresh water and food were urgently flown to the camps.', ['flown']],
    ['near miss: a closure with a date', 'The schools were closed on Monday.', ['closed']],
    ['near miss: somebody had it', 'Two sailors were hurt in the fire.', ['hurt']],
    ['near miss: an act at a time', 'The ship docked at 9 a.m.', ['docked']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('what may come, or is needed, is not an occurrence', () => {
  it.each([
    ['a need in the future of the past', 'He said he would need to see the figures first.', ['said']],
    ['an event noun after a word of possibility', 'There is still potential for more flooding.', []],
    ['"any" event noun', 'The board met before making any decision.', ['met']],
    ['an event noun in a compound modifier', 'The agency has disaster-response teams in the region.', []],
    ['an imperative in brackets', '(See the map below.)', []],
    ['"following" as a preposition', 'Following the ceremony, the governor thanked the crews.', ['thanked']],
    ['where a thing is centred', 'The quake was centered near the coast.', []],
    ['near miss: a scheduled meeting', 'The leaders will hold talks on Monday.', ['hold talks']],
    ['near miss: "following" as a verb', 'The police were following the van.', ['following']],
    ['near miss: an event noun with no word of possibility', 'There was more flooding in the valley.', ['flooding']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual([...expected].sort());
  });
});

describe('a word of a name is no trigger', () => {
  it.each([
    ['a surname', '"We will stay as long as we are needed," said Navy Capt. Roger Welch, the commander.', ['said']],
    ['a word of an organisation', 'Medical teams and Red Cross workers have converged on the city.', ['converged']],
    ['near miss: a headline in title case', '# Harbour Council Closes Coast Road', ['Closes']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});
