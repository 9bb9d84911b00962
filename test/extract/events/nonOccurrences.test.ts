// Which clauses are events, by kind of clause: evaluations, generic and habitual statements,
// background states, purposes and hypotheses, and ways of putting things name no occurrence;
// the same verbs telling an act stay events. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { eventsOf, triggersOf } from '../helpers.ts';

const triggers = triggersOf;

describe('clauses that name no occurrence, beside the events of their sentence', () => {
  it.each([
    ['an evaluation with "bodes"', 'The agreement bodes well for the harbour workers.', []],
    ['what is needed, after "the key is"', 'The key is finding the missing fishermen before nightfall.', []],
    ['what is to be done, after "the task is to"', 'The task is to clear the road and either repair or replace the bridge.', []],
    ['an experience over all time, with "ever"', 'The ferry sinking is one of the worst accidents the island has ever seen.', []],
    ['a habit with "every trip"', 'The lorries carry grain to the mill, about 40 tonnes every trip.', []],
    ['a generic plural before "of"', 'The island sits on a fault line where sheets of the seabed collide.', []],
    ['a repetition over time', 'The governor has said repeatedly that the tax will stay.', []],
    ['a share, with "make up"', 'Farmers, who make up a third of the workforce, stayed home.', ['stayed']],
    ['a participle of assigning after a noun', 'The nurses assigned to the clinic worked through the night.', ['worked']],
    ['a participle of protecting with no subject', 'Most of the town lies below the river, protected by dykes and sluices.', []],
    ['a measurement', 'At the time, its winds were estimated at about 200 kilometers per hour.', []],
    ['a relative clause in the present passive', 'The coffin was carried to a vault where many bishops are buried.', ['carried']],
    [
      'a relative clause in the present passive, its subject split off',
      "The urn was taken to a chapel where many of the town's former mayors are buried.",
      ['taken'],
    ],
    [
      'a link in the simple present: the event is its subject',
      "The minister's second visit to the valley follows sharp criticism.",
      ['visit'],
    ],
    ['an opening participle that shares a habit', 'Going out, the boats take nets, bait and ice - about 300 kilos every trip.', []],
    ['a look, linked to an adjective', 'Damage appears extensive in the port.', []],
    ['a position held', 'The parcel was either on a shelf or resting on a chair when it caught fire.', ['caught']],
    ['whoever it may be', 'The mayor said whoever loses the vote should resign on Monday.', ['said']],
    ['a figure put as a talk', '"We are talking about two million people without water," she said.', ['said']],
    ['a moment put as a speech', '"As we speak, boats are leaving the harbour," she said.', ['leaving', 'said']],
    ['an occurrence denied by its object', 'The soldiers met no resistance in the village.', []],
    [
      'a capability that goes on after "then"',
      'Light boats can sail into the flooded area, stop and drop the supplies, then quickly sail out.',
      [],
    ],
    ['a time of day told as a clause', 'As dawn broke over the harbour, fishermen hauled in their nets.', ['hauled']],
    ['where a thing lies, and what it does as it lies', 'The border runs through much of the valley, cutting off villages.', []],
    ['a participle of filling after a present "be"', 'The radio stations are filled with campaign songs.', []],
    ['an infinitive under a possibility', 'Heavy rain could force the race to be cancelled.', []],
    ['an open question', 'The mayor needs to see the figures before deciding whether to call another vote.', []],
    ['a word in -ing that describes a noun', 'Floods cut off the capital and surrounding villages.', ['cut']],
    ['a participle of storing', 'The reserve holds 300 tonnes of grain stored in concrete silos.', []],
    ['a figure put as a talk, with no number', '"We are talking about a severe shortage of clean water," she said.', ['said']],
    [
      'a base form after the object of "help", under an aim',
      'In Sicily, 200 army engineers from Rome, Italy, will arrive to help the Sicilian government unsnarl the transport problems.',
      ['arrive'],
    ],
    ['a feeling after "be"', 'The harbour master was delighted by the new timetable.', []],
    ['a feeling beside what caused it', 'The fishermen were alarmed when the dam collapsed.', ['collapsed']],
    ['a role played', 'The union has played an increasingly assertive role in the port.', []],
    ['ties cultivated', 'The mayor, who has cultivated close ties with the ferry owners, resigned.', ['resigned']],
    ['a judgement with "pose"', 'The rising river poses a serious threat to the harbour.', []],
    ['a judgement with "prove"', 'The storm surge proved a turning point for the fishermen.', []],
    ['what a video shows', 'Video from the harbour shows dozens of men hauling boats onto the quay.', []],
    ['what footage shows, then a source', 'Footage from the town shows boats sinking, as residents say the dam broke.', ['say']],
    ['a broadcast guest on the air', 'Our harbour reporter Ann Lee is joining us now from the quay.', []],
    ['a broadcast guest, opening the line', 'Joining me now from the port, the ferry company chief Tom Hale.', []],
    ['an exhortation after "and"', 'And remember, too, that the ferries were full every summer.', []],
    ['an exhortation in a line of a transcript', 'HALE: So let me repeat the question about the ferries.', []],
    ['a broadcast guest, in the perfect', 'Eyewitnesses who have joined us by phone said two men were shot.', ['said', 'shot']],
    ['a habit with "used to" after its subject', 'He said that he used to live in Lisbon.', ['said']],
    ['a habit with "used to"', 'The fishermen, who used to sell their catch on the quay, stayed home.', ['stayed']],
    ['a habit with "used to" after a noun, the noun its object', 'The firm he used to work for was fined on Monday.', ['fined']],
    ['a habit with "used to" after a noun and "that"', 'Fire destroyed the house that she used to live in.', ['destroyed']],
    ['a denial before the verb, outside the verb group', '"I\'m not going to sell the boat," the captain said.', ['said']],
    ['a denial after "be" alone', 'This is not a victory for the dockers.', []],
    ['a denial with an adverb before the verb', 'Most of the fishermen never really recovered their boats.', []],
    ['a condition with "as long as"', 'The dockers will strike as long as the port refuses their demands.', []],
    [
      'a condition with "as long as", told in the past',
      'The mayor said the strike would go on as long as the port refused their demands.',
      ['said'],
    ],
    ['an aim with "in order to"', 'In order to save the harbour, the council should raise the dyke.', []],
    [
      'what a verb of asking asks, split off by a quotation mark',
      'The mayor urged the council to "raise the dyke and widen the quay".',
      ['urged'],
    ],
    ['whatever one of a kind does', 'Fuel is scarce, so any price increase hurts.', []],
    ['a state of mind after "be"', 'The dockers are focused on their wages.', []],
    ['a standing relation in -ing after a noun', 'The biggest problem facing the harbour is silt.', []],
    ['who heads a noun, between commas', 'The tribunal, chaired by a retired admiral, sat on Monday.', ['sat']],
    ['who leads a noun, between commas', 'The convoy, led by two tugs, reached the quay on Tuesday.', ['reached']],
    ['a participle in -ing after the subject of a past', 'Militias guarding the quay opened fire on Monday.', ['opened']],
    ['a participle in -ing with its object, before a past', 'The lorry carrying flour reached the mill.', ['reached']],
    ['a participle in -ing after a number and a noun', 'Two ferries carrying pilgrims docked at dawn.', ['docked']],
    ['a participle in -ing and a preposition, before a perfect', 'Queues along roads leading out of the port have shrunk.', ['shrunk']],
    ['a participle in -ing before a verb group in the future', 'Crews clearing the rubble will leave on Friday.', ['leave']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

describe('the same verbs telling an act', () => {
  it.each([
    ['a key witness who testifies', 'The key witness is testifying in the trial.', ['testifying']],
    ['a past with an object, not a share', 'Farmers made up their losses by selling land.', ['made']],
    ['what a tool was used for, after a pronoun', 'Divers found the hammer he used to smash the window.', ['found', 'smash']],
    ['what a tool was used for, after "that"', 'The coroner said the rope that she used to climb the wall was new.', ['said', 'climb']],
    ['a joining told in the past', '"Norway and Chile joined us in the search," the captain said on Monday.', ['joined', 'said']],
    [
      'an event held, after a noun, is told in the title of the verb its noun is the subject of',
      'Dozens of dockers holding a vigil outside the town hall were moved on by police on Monday.',
      ['moved'],
    ],
    ['a span in the past with "for as long as"', 'The truce held for as long as the negotiations lasted.', ['held', 'lasted']],
    ['an act of assigning', 'The council assigned two nurses to the clinic.', ['assigned']],
    ['a passive of assigning in the past', 'She was assigned to the clinic on Monday.', ['assigned']],
    ['a perfect passive of affecting', 'Thousands have been affected by the floods.', ['affected']],
    ['an act of protecting', 'Troops protected the convoy.', ['protected']],
    ['an estimate made by someone', 'The police estimated the crowd at 5,000.', ['estimated']],
    ['a passive in the past', 'The bishop was buried in the vault.', ['buried']],
    ['an appearance', 'The coffin appeared at the door.', ['appeared']],
    ['a talk about something', 'We talked about the ceasefire with the rebels.', ['talked']],
    ['a meeting with a person', 'The soldiers met the mayor in the village.', ['met']],
    ['a repetition on one day', 'The army repeatedly shelled the town on Tuesday.', ['shelled']],
    ['an act of controlling', 'Rebels controlled the city.', ['controlled']],
    ['what followed, told in the past', 'Riots followed the verdict.', ['followed']],
    ['what was done, then done again', 'The boats sailed into the flooded area and then quickly sailed out.', ['sailed', 'sailed']],
    ['a stadium filled on a day', 'The stadium was filled with refugees on Monday.', ['filled']],
    ['a run through the streets', 'Rebels ran through the streets.', ['ran']],
    ['a participle after a past', 'The storm hit the coast, cutting off villages.', ['hit', 'cutting']],
    ['a participle in -ing with no verb after it, in a headline', 'Dockers blocking the quay', ['blocking']],
    ['a participle in -ing before "to" and a verb', 'Fishermen trying to reach the island turned back.', ['turned']],
    ['a participle in -ing before an infinitive in the passive', 'Villagers asking to be moved gathered at the quay.', ['gathered']],
    ['a participle in -ing before "to be", with no verb after', 'Other wrecks waiting to be raised.', ['waiting']],
    ['a participle in -ing set off by commas', 'The mayor, speaking on the quay, thanked the crews.', ['speaking', 'thanked']],
    ['talks held in the simple present', 'The leaders hold talks in the capital.', ['talks']],
    ['a decision to act', 'The mayor decided to call another vote.', ['decided', 'vote']],
    ['a word in -ing that heads its clause', 'Crews were surrounding the building.', ['surrounding']],
    ['an opening participle before a past', 'Going out, the boats took nets and bait.', ['Going', 'took']],
    ['a role given', 'The council gave the mayor a role in the talks.', ['gave']],
    ['an act that alarms', 'The gunfire alarmed the fishermen on Monday.', ['alarmed']],
    ['a pose for the cameras', 'The ministers posed for photographs on the quay.', ['posed']],
    ['a proof that something happened', 'Tests proved that the boat had sunk.', ['proved', 'sunk']],
    ['a video shown on a day', 'The station showed the video on Monday.', ['showed']],
    ['a member who joins', 'Two new members joined the council on Monday.', ['joined']],
    ['what a thing was used to do', 'The cranes were used to lift the wreck.', ['lift']],
    ['a source after a quotation that denies', '"There has been no progress on the dyke," the mayor added.', ['added']],
    ['a denial that only ranks', 'The flood was not the only disaster that struck the port that year.', ['struck', 'disaster']],
    ['an occurrence qualified, not denied', 'This bombing was not an isolated incident.', ['incident']],
    ['an occurrence in a phrase of its own', 'The mayor was not home at the time of the attack.', ['attack']],
    ['a main clause after a denial set off by a comma', 'Although the handover was not smooth, the mayor called it a success.', ['called']],
    ['a participle in -ing before the verb of its noun', 'Police investigating the fire arrested two men on Monday.', ['arrested']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

it('judges a clause that asks the one before it and is asked by it without going round in a circle', () => {
  expect(triggers('Helping the rebels take the town, the planes struck the depot.')).toContain('struck');
});

describe('the title of a verb whose subject a participle describes', () => {
  it.each([
    [
      'starts at the subject, before the participle',
      'Militias guarding the quay opened fire on Monday.',
      'Militias guarding the quay opened fire on Monday',
    ],
    [
      'starts at the subject after a clause set off by a comma',
      'As the river rose, the line of lorries waiting to cross stretched into the hills.',
      'Lorries waiting to cross stretched into the hills',
    ],
    ['stays whole before a verb group', 'Anonymous sources said a van carrying fuel was used.', 'A van carrying fuel was used'],
  ])('%s: %j', (_, sentence, title) => {
    expect(eventsOf(sentence, '2031-05-02').map((e) => e.title)).toContain(title);
  });
});
