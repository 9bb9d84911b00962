// Lasting states, careers, cargo and second conditions are no occurrences; the acts beside them are.
// Each table of non-events has its table of sentences that must stay events. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { triggersOf } from '../helpers.ts';

describe('what lasts is no occurrence', () => {
  it.each([
    ['a road that stays closed', 'The coastal road remains closed.', []],
    ['a fund that stays frozen', 'The fund remains frozen.', []],
    ['a bridge that stayed shut', 'The old bridge stayed shut, engineers said.', ['said']],
    ['a camp that will stay open', 'The camp will remain open.', []],
    ['a career', 'She served in the assembly for 20 years.', []],
    ['a reign', 'The king ruled the island for four decades.', []],
    ['a career beside an act', 'He served on the council for 12 years and resigned in May.', ['resigned']],
    ['cargo on a plane that landed', 'The minister landed at the airfield in a plane loaded with tents.', ['landed']],
    ['a view shared', 'All the ministers are in agreement with the plan, she said.', ['said']],
    ['rebels who hold a town', 'The rebels are in control of the town.', []],
    ['a victory judged', 'It is a historic victory for the farmers, he said.', ['said']],
    ['a second condition after "and"', 'If the rain stops and the river falls, the ferry should sail.', []],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggersOf(sentence)).toEqual(expected);
  });

  it.each([
    ['a state on a day of its own', 'The harbour remained closed on Tuesday.', ['closed']],
    ['a road closed', 'Police closed the coastal road.', ['closed']],
    ['a measure held until a change', 'The aid fund remains frozen pending an audit.', ['frozen']],
    ['a road closed until a day', 'The coastal road will stay closed until Friday.', ['closed']],
    ['an agreement reached', 'There was broad agreement on the new cabinet.', ['agreement']],
    ['thanks passed by someone happy', 'She said she is happy to be home, and passed her thanks to the rescuers.', ['passed']],
    ['people who stayed somewhere', 'Thousands stayed in the capital.', ['stayed']],
    ['a prison term', 'The smuggler was jailed for 20 years.', ['jailed']],
    ['work over days', 'Crews worked for three days to restore power.', ['worked']],
    ['trucks loaded on a day', 'The trucks were loaded with rice on Monday.', ['loaded']],
    ['workers who loaded trucks', 'Workers loaded the trucks with rice.', ['loaded']],
    ['two acts joined by "and"', 'The rain stopped and the river fell.', ['stopped', 'fell']],
    ['a firm that plans an opening', 'Norvex, which plans to open a plant in Tarvel next year, hired 200 workers.', ['hired', 'open']],
    ['a blast after which a road stayed shut', 'The mountain road stayed shut after the blast at the quarry.', ['blast']],
    ['a bombing a governor kept silent on', 'The governor remained silent after the bombing in the market.', ['bombing']],
    ['what those who stayed did', 'Those who remained set up roadblocks with old cars.', ['set']],
    ['what villagers who stayed did', 'Villagers who stayed helped medics carry the wounded.', ['helped']],
    ['a stock taken before a storm', 'Farmers stocked up on seed before the storm.', ['stocked', 'storm']],
    ['families who crammed into trains', 'Hundreds of families crammed into the last trains.', ['crammed']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggersOf(sentence)).toEqual(expected);
  });
});

describe('a forecast is no occurrence', () => {
  it.each([
    ['what comes with a forecast', 'The toll is expected to rise as rescuers reach the valleys.', []],
    ['a state foreseen, with a year', 'The new cabinet will face hard choices in 2027, he added.', ['added']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggersOf(sentence)).toEqual(expected);
  });

  it.each([
    ['what came with a rise', 'The toll rose as rescuers reached the valleys.', ['rose', 'reached']],
    ['a trial scheduled', 'The former minister will face trial on Monday.', ['face trial']],
    ['a match scheduled', 'Norway will face Chile in the quarterfinal on Friday.', ['face']],
    ['a tribunal to be faced', 'The colonel will face a military tribunal on Thursday.', ['face']],
    ['a final faced off', 'The two clubs will face off at the new stadium on Saturday.', ['face']],
  ])('stays an event, %s: %j', (_, sentence, expected) => {
    expect(triggersOf(sentence)).toEqual(expected);
  });
});
