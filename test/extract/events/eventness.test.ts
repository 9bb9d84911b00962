// Which clauses are events: obligations, capabilities, possibilities, wishes and predictions are
// not; a vow is an event (the vow, not what is vowed); a name alone or a fragment of a title is
// not; a date names the event only through an event noun. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { eventsOf, triggersOf } from '../helpers.ts';

const triggers = triggersOf;

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
    ['a forecast with "expected"', 'Later today, the inspectors are expected to publish their findings.'],
    ['a forecast with "likely"', 'The ferry operators are likely to cancel the crossing.'],
    ['a forecast with "forecast"', 'Grain prices are forecast to climb.'],
    ['a state with "home to"', 'The valley is home to forty thousand farmers.'],
    ['a state that remains', 'The coast road remains open.'],
    ['an agreement that is only a view', 'A fisherman from the island, Tomas Reyes, agrees.'],
    ['a judgement with "considered"', 'Until last spring, the port was considered a safe haven.'],
    ['a judgement with "seen as"', 'The ballot is seen as a test for the governor.'],
    ['what something stands for', 'The new bridge represents a lifeline for the valley.'],
    ['a habit with "every"', 'Fishermen mend their nets on the quay every Sunday.'],
    ['what happens each time something is awaited', 'As soon as the boats are unloaded, the porters start carrying the crates uphill.'],
    ['a table row', '| file | title |\n| --- | --- |\n| 012-harbour.md | Storm floods the harbour. Boats sank overnight | 2009-03-04 |'],
    ['a heading that asks without a question mark', '## How the relief convoy was organised'],
    ['a negated occurrence', 'The floods did not reach the old town.'],
    ['a negated future', 'The miners will never return to the pit.'],
    ['an occurrence that was not', 'There were no injuries at the depot.'],
    ['an occurrence that will not be', 'There will be no talks with the rebels.'],
    ['no knowledge of an occurrence', 'The police had no knowledge of any arrests.'],
    ['a state in the simple present', 'The ruling party depends on farmers in the north.'],
    ['an aim held in the simple present', 'The separatist leader seeks autonomy for the valley.'],
    ['what someone faces, as a state', 'The ferry company faces a shortage of crews.'],
    ['a participle of judging after "be"', 'Much of the money was wasted.'],
    ['a judgement with "justified"', 'The fears of the fishermen were justified.'],
    ['nothing done', 'The new curfew has done nothing to calm the port.'],
    ['an aside on the talk itself', 'As I said, the ferry is late.'],
    ['an exhortation after a word that carries the talk on', "So let's look at the numbers from the harbour."],
    ['a rate in the present', 'The ferries are now carrying more than 3,000 passengers a day.'],
    ['a rate with "per"', 'The plant produces 40 cars per hour.'],
    [
      'the credits of a wire story',
      '(Reporting by Ana Ruiz in Porto and Tom Reed in Faro; Writing by Mia Lund; Editing by Jon Bell) We welcome comments.',
    ],
    ['who contributed to a report', "The Courier's Ana Ruiz, Tom Reed and Mia Lund contributed to this report"],
    ['a state told with "be" on a day', 'The harbour pilots were on vacation last week.'],
    ['a stay told with "be" in a month', 'The bishop was in hospital in May.'],
    ['what a bare plural was like, in general', 'Strikes were frequent in those decades.'],
    ['a role held, in the present progressive', 'Ferries are providing a vital lifeline to the islands.'],
    ['support given as things stand', 'Sailors are providing support to the harbour police.'],
    ['a candidacy held', 'More than 200 people are running for mayor.'],
    ['work in progress toward an aim', 'The port authority is working to overcome many obstacles.'],
    ['backing given as things stand', 'The guards are supporting the old regime.'],
    ['a post held', 'Her brother is serving as ambassador to Chile.'],
    ['a lifeline given as things stand', 'Barges are providing a lifeline to the delta towns.'],
    ['a candidacy for an office', 'Dozens of farmers are running for office in the north.'],
    ['what reports suggest', 'Some reports also suggest as many as 400 hikers are still missing in the hills.'],
    ['what figures indicate', 'New figures indicate that most of the villages are still empty.'],
    ['an event noun in what is expected', 'Officials in the valley expect the number of dead from the flood to reach 2,000.'],
    ['an occurrence expected', 'Officials expect a second flood.'],
    ['what is expected to happen', 'Police expect about half of the 3,000 squatters will resist.'],
    ['an attitude', 'Fishermen on the quay refused to be intimidated by the storm.'],
    ['a habit and the aim it takes', '"It only takes a minute to see their joy as they dance."'],
    ['a backdrop formed', 'Hunger and fear have formed a grim backdrop to the crisis.'],
    ['who heads a party now', 'The new party is headed by the former mayor, Ana Ruiz.'],
    ['a level that held', 'Crime stayed at or below normal levels.'],
    ['a place in a squad, on a day', 'Costa will be in the squad on Saturday.'],
    ['what a habit takes, and the aims after it', '"It only takes a moment to see their faces as they vote, to see their pride."'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });
});

describe('clauses that do, and their trigger', () => {
  it.each([
    ['a vow is the act of vowing', 'The governor pledged to rebuild the flooded school.', ['pledged']],
    ['a vow with "vowed"', 'The rebels vowed to keep fighting.', ['vowed']],
    ['a scheduled event with "will"', 'The trial will begin on Wednesday.', ['begin']],
    ['a reported intention', 'The minister said on Monday that she would resign on Friday.', ['said', 'resign']],
    ['what is checked, not the prediction in it', 'Engineers are checking whether the valve will hold.', ['checking']],
    ['a date before a noun that names no occurrence', 'The studio released the 2009 version of its game on Monday.', ['released']],
    ['a date before an event noun', 'The March 3 referendum drew a record turnout.', ['referendum']],
    ['a call on others to act is the call', 'The union urged its members to stay home.', ['urged']],
    ['what is awaited is not yet', 'Repairs will start on Monday once the water recedes.', ['start']],
    ['a plural after "to" is a noun', 'Power cuts were reported from the coast to parts of the valley.', ['reported']],
    ['a capital after a word in lower case is a name', 'The studio sold the site to the owners of Wired.', ['sold']],
    ['a participle before the subject of a verb group describes it', 'Money for advanced engines has fallen this year.', ['fallen']],
    ['what a crowd demands is not done', 'Thousands marched through the town demanding that the mayor resign.', ['marched']],
    ['nor what demands call for', 'The mayor will not bow to demands she resign.', []],
    ['a word of waiting before a phrase opens no clause', 'After two days of talks, the dockers have ended the strike.', ['ended']],
    ['a headline verb the tagger reads as a noun', '# Meridian releases new atlas, announces more maps', ['releases', 'announces']],
    ['the announcement of named things', 'The United Nations announces Operation Lifeline, Project Atlas and Seabridge.', ['announces']],
    ['a hypothesis a source puts forward is only the saying', 'She says a curfew would give the police more power.', ['says']],
    ['a name given is an aside', 'The opposition protested against what it called a rigged count.', ['protested']],
    ['a past capability that happened', 'Rescuers were able to reach the village on Tuesday.', ['reach']],
    ['an age is no verb', '# Painter Ana Ruiz dies aged 91', ['dies']],
    ['a headline tells an act with a verb that elsewhere holds a state', '# Harbour police seek ferry gunman', ['seek']],
    ['a headline of a visit hosted', '# Mayor hosts the northern envoys at city hall', ['hosts']],
    ['a study credited is no byline', 'Research by the university found that the river flooded the town.', ['found', 'flooded']],
    ['an editing done is no byline', 'Editing by volunteers fixed the old map.', ['fixed']],
    ['"a day after" is no rate', 'Two men were arrested a day after the riot.', ['arrested', 'riot']],
    ['a rate planned from a year', 'The plant will cut 40 jobs a year from 2027.', ['cut']],
    ['a participle with its agent describes a noun', 'Villages damaged by the landslide received tents.', ['received']],
    [
      'a participle with its agent and a date of its own is dated apart',
      'Farmers joined the march organised by the union on Monday.',
      ['organised', 'joined'],
    ],
    ['a participle before "by" and how it was done is the verb', 'The mayor began by thanking the volunteers.', ['began', 'thanking']],
    [
      'a participle after a noun and an adverb describes it',
      'The agency is sending tents to families already facing shortages.',
      ['sending'],
    ],
    [
      'a view held by a third person is no event, what is held is told when it has a date of its own',
      'The harbour master believes the storm passed the island on Monday.',
      ['passed'],
    ],
    [
      'a verb after "and" and an object is a verb of its own',
      'The reporter obtained a copy of the report and published parts of it.',
      ['obtained', 'published'],
    ],
    ['a participle right after a verb belongs to its object', 'The fault has caused delayed trains.', ['caused']],
    ['a participle after the subject and an adverb is the verb', 'The council also approved eight new wells.', ['approved']],
    [
      'a participle after a comma opens a clause of its own',
      'Rescuers freed a boy, two women and a man, saving four lives.',
      ['freed', 'saving'],
    ],
    [
      'so does a word in -ing taken for an adjective',
      'The ferry service resumed Tuesday, overwhelming the small harbour.',
      ['resumed', 'overwhelming'],
    ],
    ['"that" after a noun opens a clause', 'Farmers rebuilt the dam that the flood broke.', ['rebuilt', 'broke']],
    ['"that" after a verb is a determiner', 'The town welcomed that launch.', ['welcomed']],
    ['a word with a capital inside is a name', 'The engineers demonstrated eCourier 2, a new version of their software.', ['demonstrated']],
    [
      'an aim goes on after "and" in the base form',
      'Villagers gathered in the square to light candles and pray for the miners.',
      ['gathered'],
    ],
    ['a past after an aim is done', 'The minister flew to the island to see the damage and returned on Friday.', ['flew', 'returned']],
    ['an aim of a participle that heads no clause', 'Crews are working through the night trying to repair the bridge.', ['working']],
    ['what an aim leads to', 'Engineers cut a channel to let the water drain away.', ['cut']],
    ['a relative clause in the simple present describes', 'The northern district, which backs the governor, voted on Sunday.', ['voted']],
    [
      'a relative clause that tells what happened is told',
      'The district, which backed the governor, voted on Sunday.',
      ['voted', 'backed'],
    ],
    ['a subjunctive after a demand is asked for, not done', 'The unions demanded that the council rule out job cuts.', ['demanded']],
    ['a form in -ed after "and" and a bare verb describes a noun', 'Boats flew in to ferry food and injured villagers.', ['flew']],
    ['a headline of what is scheduled', '# Harbour council to close the coast road', ['close']],
    ['an aim is still no event', 'The council met to close the coast road.', ['met']],
    ['a verb-tagged word after a determiner and an adjective is a noun', 'A forward supply team has moved to the port.', ['moved']],
    [
      'a first verb before a verb of saying is an event of its own',
      'Mayor Ruiz greeted the crews and announced that there were ten new trucks.',
      ['greeted', 'announced'],
    ],
    ['a source that withholds its word', 'The mayor did not comment on the report.', ['comment']],
    ['what did not happen until a time did happen', 'The ferry did not sail until Tuesday.', ['sail']],
    ['"not only" negates nothing', 'The storm not only flooded the port but closed the airport.', ['flooded', 'closed']],
    [
      'the verb beside a date that names a thing after it',
      'Two ferries are sailing toward the coast battered by the March 3 storm.',
      ['storm', 'sailing'],
    ],
    [
      'a dated event judged with "be" is the event, not the judgement',
      "Saturday's referendum was a clear defeat for the mayor.",
      ['referendum'],
    ],
    ['an event judged with "be" in the perfect', 'The launch of the ferry has been a success.', ['launch']],
    ['an event described with "be"', 'The ceremony was brief and quiet.', ['ceremony']],
    ['an event foreseen with a past "be" is no judgement of one', 'A ceasefire was imminent.', []],
    ['a link to the clause after it is told by its subject', 'The closure came after the storm damaged the pier.', ['closure', 'damaged']],
    ['a link past a day word', 'The announcement came today at a harbour fair.', ['announcement']],
    ['a denial after "but" leaves the event judged', 'The ferry launch was quick but not cheap.', ['launch']],
    ['what is due on a day is the event noun, not "due"', 'A ruling is due on Thursday.', ['ruling']],
    ['a link past an adverb, from an event noun', 'The verdict came shortly after the hearing on Thursday.', ['verdict', 'hearing']],
    ['no link from a subject that names no occurrence', 'Firefighters came after the farmers called on Monday.', ['called', 'came']],
    [
      'no link past "back" from a subject that names no occurrence',
      'The dockers came back after the storm passed on Sunday.',
      ['passed', 'came'],
    ],
    ['an occurrence held by the subject of "be"', 'The negotiations were in their fourth day on Wednesday.', ['negotiations']],
    ['an occurrence held by the subject of "be", in its week', 'The walkout was in its third week on Friday.', ['walkout']],
    ['an occurrence in force', 'The truce was in force on Sunday.', ['truce']],
    ['an occurrence where it will be', 'The carnival will be in Nantes next month.', ['carnival']],
    ['near miss: an act under way on a day', 'Rescuers are searching the rubble on Tuesday.', ['searching']],
    ['near miss: an act under way', 'The navy is sending four ships.', ['sending']],
    ['near miss: a role held on a day of its own', 'Ferries are providing a lifeline to the islands on Tuesday.', ['providing']],
    ['near miss: saying what one expects', 'The government said Monday it expects to finish by May.', ['said', 'finish']],
    ['near miss: what is expected on a day of its own', 'Police expect the squatters will leave on Friday.', ['leave']],
    ['near miss: a refusal to act', 'Fishermen refused to sign the new contract.', ['refused']],
    ['near miss: a stay in a place', 'The minister stayed in the capital.', ['stayed']],
    [
      'near miss: what figures showed, as a source told it',
      'The mayor said early figures showed that turnout was high.',
      ['said', 'showed'],
    ],
    ['near miss: a run in a race', 'The mayor ran in the city marathon.', ['ran']],
    ['near miss: a stay in a city, ahead on a day', 'The minister will be in Paris on Monday.', ['Paris']],
    ['near miss: a stay at sea, a record long', 'The yacht stayed at sea for a record 300 days.', ['stayed']],
    ['near miss: declining to comment', 'The mayor refused to be drawn on the date of the vote.', ['refused']],
    ['near miss: a hearing ahead', 'The two suspects will be in court on Monday.', ['court']],
    ['near miss: a visit to villages ahead', 'The governor will be in the burned villages on Monday.', ['villages']],
    ['near miss: present at an occasion ahead', 'The king will be in attendance on Monday.', ['attendance']],
    ['near miss: warrants handed over', 'Officers are serving arrest warrants across the valley.', ['serving']],
    ['near miss: running from danger', 'Villagers are running for their lives as the lava advances.', ['running']],
    ['near miss: running for shelter', 'Soldiers are running for cover under heavy shelling.', ['running', 'cover']],
    ['near miss: work on a concrete act', 'Crews are working to contain the blaze near the dam.', ['working']],
    ['near miss: work on an evacuation', 'The coast guard is working to evacuate tourists from the island.', ['working']],
    ['near miss: sandbags filled', 'Hundreds of students are working to fill sandbags by the canal.', ['working']],
    ['near miss: drops of food given', 'Planes are providing food drops to the stranded hamlets.', ['providing']],
    ['near miss: intelligence given from a place', 'Spies are providing intelligence from the border zone.', ['providing']],
    ['near miss: an offensive backed with guns', 'The militia is supporting the assault with mortar fire.', ['supporting']],
    ['near miss: a meeting expected', 'Diplomats expect the envoy will meet the strikers.', ['meet']],
    ['near miss: a visit expected', 'Aides expect the queen will visit the burned town.', ['visit']],
    ['near miss: a march attended, as expected', 'Organizers expect 5,000 nurses will attend the rally.', ['attend']],
    [
      'an event word before the last noun of "be"',
      'The turning point for the town was in the 1998 assassination attempt.',
      ['assassination attempt'],
    ],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});

it('lists no occurrence for what was only due on a day', () => {
  expect(triggers('A verdict was due on Thursday but was postponed.')).not.toContain('verdict');
});

describe('statements in the lead', () => {
  it('makes the saying an event beside what is said', () => {
    expect(triggers('The United Nations said that the army has closed the border.').sort()).toEqual(['closed', 'said']);
  });

  const lead =
    'Dockers walked out on Monday.\n\nThe strike spread to two more ports.\n\nShips queued outside the harbour.\n\nFerries stopped at noon.\n\n';

  it('deeper in the article, makes a named source saying it an event when what is said has no date of its own', () => {
    expect(triggers(`${lead}The United Nations said that the army has closed the border.`)).toContain('said');
  });

  it('deeper in the article, makes a source stating something an event also when what is said has a date of its own', () => {
    expect(triggers(`${lead}The United Nations announced that the army closed the border on Tuesday.`)).toContain('announced');
  });

  it('deeper in the article, keeps only what a source indicates when it has a date of its own: that is the news', () => {
    expect(triggers(`${lead}The United Nations indicated that the army closed the border on Tuesday.`)).not.toContain('indicated');
  });
});

it('takes a sentence with a full stop for no headline of what is scheduled', () => {
  expect(triggers('Aid workers claim this figure to be inflated.')).not.toContain('inflated');
});

describe('an event noun after a preposition of time or cause is an event of its own', () => {
  it.each([
    ['"after" and a possessive', 'Five years after its launch, the ferry service carried its millionth passenger.', ['carried', 'launch']],
    ['"during"', 'During the ceremony, the mayor thanked the volunteers.', ['ceremony', 'thanked']],
    ['"in response to"', 'The council closed the road in response to complaints from residents.', ['closed', 'complaints']],
    ['"at" an occasion', 'The minister spoke at the annual summit.', ['spoke', 'summit']],
    ['not the subject of a clause after "since"', 'Since the storm hit the coast, crews have cleared the roads.', ['hit', 'cleared']],
    ['not a noun that names no occurrence', 'After two days of repairs, the bridge reopened.', ['reopened']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence).sort()).toEqual([...expected].sort());
  });

  const timeOf = (body: string, word: string) => {
    const at = triggersOf(body).indexOf(word);
    return at < 0 ? undefined : eventsOf(body, '2011-02-11')[at]!.time;
  };

  it('what came before a dated event was known by its day', () => {
    const time = timeOf('The minister resigned on Monday, after the vote.', 'vote');
    expect(time).toMatchObject({ value: '2011-02-07', mod: 'ON_OR_BEFORE' });
  });

  it('what goes on around a dated event has its day', () => {
    expect(timeOf('During the ceremony on Monday, the mayor thanked the volunteers.', 'ceremony')).toMatchObject({ value: '2011-02-07' });
  });

  it('what comes after the sentence’s event has no time', () => {
    expect(timeOf('The talks stalled on Monday before the summit.', 'summit')).toBeNull();
  });
});

describe('what is agreed, offered, planned or owed is not done; what is foreseen on a day is scheduled', () => {
  it.each([
    ['an agreement is the event, not what is agreed', 'The rebels agreed to leave the town.', ['agreed']],
    ['an offer is the event, not what is offered', 'The bishop offered to host the talks.', ['offered']],
    ['a plan with no time of its own is the plan', 'The ferry line intends to buy two new boats.', ['intends']],
    [
      'what is planned takes a time from the clause after it: scheduled',
      'Fishermen are planning to protest when they leave the harbour after Friday prayers.',
      ['protest', 'leave'],
    ],
    ['an obligation with "obliged"', 'The port authority is obliged to repay the loan.', []],
    ['an obligation with "bound"', 'The ferry company is bound to refund the passengers.', []],
    ['an event noun foreseen on a day', 'The vote is expected on Tuesday.', ['vote']],
    ['an event noun scheduled for a day', 'The final hearing in the appeal is scheduled for Thursday.', ['hearing']],
    [
      'what people carry, after a comma, describes them',
      'Hundreds of families left the valley on Sunday, their belongings crammed into their cars.',
      ['left'],
    ],
    ['what is done after each occurrence is a habit', 'Following each match, the flags are lowered on the pier.', []],
    ['a participle of aim describes the noun before it', 'The ferry union joined the talks aimed at ending the strike.', ['joined']],
    ['a participle and its agent after a state tell why it holds', 'Rents in the port were high, driven by strong demand.', []],
    ['a forecast denied foresees nothing', 'The ballot is not expected on Thursday.', []],
    ['what is going on about each occurrence is one act', 'The coastguard is investigating each collision.', ['investigating']],
    ['an aim with a subject, and a verb that shares it', 'The gunner aimed at the tower and fired.', ['aimed', 'fired']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence).sort()).toEqual([...expected].sort());
  });

  it('what is planned takes the day of the clause after it', () => {
    const body = 'Fishermen are planning to protest when they leave the harbour after Friday prayers.';
    const at = triggers(body).indexOf('protest');
    expect(eventsOf(body, '2011-02-09')[at]!.time).toMatchObject({ value: '2011-02-11' });
  });
});
