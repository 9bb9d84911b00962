// Participants read from whole sentences: places where an event happens, the source that claims
// it, and the actors that only describe a person or own a place. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('where an event happens', () => {
  it('places it in the country after a place no place actor names', () => {
    expect(rolesOf('The freighter sank off the coast of Puerto Zorro, Peru on Monday.', 'sank')).toMatchObject({ Peru: 'location' });
  });

  it.each([
    [
      'a capital named as a place is the city, in its country',
      'Car bombs exploded in Baghdad on Monday.',
      'exploded',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    ['a capital that acts is its country', 'Baghdad rejected the plan on Monday.', 'rejected', { Iraq: 'agent' }],
    [
      'a place behind a modifier',
      'Police arrested two men in northern Baghdad on Friday.',
      'arrested',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    ['a capital behind "of" is the city', 'Troops moved north of Baghdad on Friday.', 'moved', { Baghdad: 'location', Iraq: 'location' }],
    ['a place reached', 'Troops flew to central London on Friday.', 'flew', { London: 'location', 'United Kingdom': 'location' }],
    [
      'the place a "where" clause hangs on',
      'Polls opened in Ukraine where voters are casting ballots for a new president.',
      'casting',
      { Ukraine: 'location' },
    ],
    [
      'the place the occasion it happens at is held in',
      'The new timetable was announced on Friday at a press briefing held in Lyon.',
      'announced',
      { Lyon: 'location' },
    ],
    [
      'a place whose time of day it happens in',
      "Two trains collided during Chicago's evening rush hour on Tuesday.",
      'collided',
      { Chicago: 'location' },
    ],
    [
      'the place a "where" clause hangs on, after a comma',
      'Crowds gathered in Baghdad, where police arrested 40 protesters.',
      'arrested',
      { Baghdad: 'location', Iraq: 'location' },
    ],
    [
      'places joined by "and" are all where it happens',
      'Car bombs exploded in Tikrit and Kirkuk on Monday.',
      'exploded',
      { Tikrit: 'location', Kirkuk: 'location' },
    ],
    [
      'every place of a list',
      'Gunmen attacked polling stations in Tikrit, Kirkuk and Hilla on Sunday.',
      'attacked',
      { Tikrit: 'location', Kirkuk: 'location', Hilla: 'location' },
    ],
    [
      'a second place behind its own preposition',
      'Turnout rose on Sunday, both in Tikrit and in Kirkuk.',
      'rose',
      { Tikrit: 'location', Kirkuk: 'location' },
    ],
    [
      'a place naming a stretch of land',
      'The storm made landfall at Grand Isle, on the Louisiana coast, on Monday.',
      'made',
      { 'Grand Isle': 'location', Louisiana: 'location' },
    ],
    [
      'a town reached, named nowhere else',
      'About 300 medics have deployed with a field hospital to Balakot on Friday.',
      'deployed',
      { Balakot: 'location' },
    ],
    [
      'a country behind a preposition and a direction is no subject',
      'In the town of Tikrit in northern Iraq, the shops were closed on Sunday.',
      'closed',
      { Tikrit: 'location', Iraq: 'location' },
    ],
    [
      'a place named after a place noun and a comma',
      'Protesters continued to gather in the capital, Lutsova, on Monday.',
      'gather',
      { Lutsova: 'location' },
    ],
    [
      'the place a sentence opens with, for a later clause too',
      'In Tikrit, a gunman fired at a checkpoint and fled on foot.',
      'fled',
      { Tikrit: 'location' },
    ],
    [
      'where the source speaks, for the saying only',
      'Speaking at Dunmoray Air Base, Peru, Ana Ruiz said on Monday that crews are working.',
      'said',
      { 'Ana Ruiz': 'agent', 'Dunmoray Air Base': 'location', Peru: 'location' },
    ],
    [
      'where the "when" clause right after it happens',
      'Nine people died when a gas main burst under a bus in Halden Square on Thursday.',
      'died',
      { 'Halden Square': 'location' },
    ],
    [
      'every place of the opening list',
      'In Tikrit and Kirkuk, crowds gathered and sang on Monday.',
      'sang',
      { Tikrit: 'location', Kirkuk: 'location' },
    ],
    [
      'a town and its holder before "where"',
      'The minister spoke from Dunmoray, Kelvinshire, where he attends a summit.',
      'attends',
      { Dunmoray: 'location', Kelvinshire: 'location' },
    ],
    [
      'a place that owns a place',
      'The shuttle landed in California’s Mojave Desert on Tuesday.',
      'landed',
      { California: 'location', 'Mojave Desert': 'location' },
    ],
    [
      'places of a list visited',
      'The pope visited Bremerhaven, Paris, and Rome in May.',
      'visited',
      { Bremerhaven: 'patient', Paris: 'patient', Rome: 'patient' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['a place that owns what follows', 'Kuchma ruled out a role for himself in Ukraine’s next government on Sunday.', 'ruled', 'Ukraine'],
    [
      'a place before the noun of another event',
      'The task force set up after the Indian Ocean tsunami is up and running.',
      'running',
      'Indian Ocean',
    ],
    ['what is said after "said"', 'On Monday, Casey said Iraq’s leaders must debate the constitution.', 'said', 'Iraq'],
  ])('leaves out %s: %s', (_, body, word, name) => {
    expect(rolesOf(body, word)).not.toHaveProperty(name);
  });

  it('takes no place behind a preposition of the clause before for the subject', () => {
    expect(rolesOf('Many of the people who rode out the storm in Port Arlen are heeding the order.', 'heeding')).toEqual({
      'Port Arlen': 'location',
    });
  });

  it('keeps the subject named after a place the sentence opens with', () => {
    expect(rolesOf('At a stop in Puerto Rico, Ana Ruiz said on Monday that aid will come.', 'said')).toEqual({
      'Ana Ruiz': 'agent',
      'Puerto Rico': 'location',
    });
  });

  it('does not take a person named after a comma for a place of a list', () => {
    expect(rolesOf('In Tikrit, Erik Halvorsen said on Monday that the roads were open.', 'said')).toEqual({
      'Erik Halvorsen': 'agent',
      Tikrit: 'location',
    });
  });

  it('leaves out the body that owns the place', () => {
    expect(rolesOf('The shuttle lifted off from NASA’s Kennedy Space Center on Tuesday.', 'lifted')).toEqual({
      'Kennedy Space Center': 'location',
    });
  });
});

describe('actors that take no part', () => {
  it.each([
    [
      'the source, named in the attribution phrase',
      'British officials confirmed that an explosion tore open a bus at Russell Square.',
      'tore',
      { 'Russell Square': 'location' },
    ],
    [
      'a unit named in an apposition after a person',
      'Gen. Peter Chiarelli, commanding officer of the Army’s 1st Cavalry Division, says that polling went well.',
      'says',
      { 'Peter Chiarelli': 'agent' },
    ],
    [
      'the body of a title before a person',
      'Former Scotland Yard chief Ana Ruiz left the service on Monday.',
      'left',
      { 'Ana Ruiz': 'agent' },
    ],
    ['the company of a title before a person', 'Orvell Corporation CEO Ana Ruiz resigned on Tuesday.', 'resigned', { 'Ana Ruiz': 'agent' }],
    [
      'an organization named in the description before a person',
      'The new chairman of Ukraine’s Central Election Commission, Yaroslav Davydovych, says voting is calm.',
      'says',
      { 'Yaroslav Davydovych': 'agent' },
    ],
    [
      'an agency named with its country in the description before a person',
      'The head of the U.S. Agency for International Development, Ana Ruiz, spoke on Sunday.',
      'spoke',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'the one whose supporters act',
      'Maria Costa won the vote. Thousands of Costa supporters streamed into Lyon Cathedral on Sunday.',
      'streamed',
      { 'Lyon Cathedral': 'location' },
    ],
    // A body's supporters stand for it: the body takes part through them.
    [
      'the bodies whose supporters clash',
      'Clashes broke out between Hamas and Fatah supporters on Thursday.',
      'broke',
      { Hamas: 'other', Fatah: 'other' },
    ],
    [
      'a body whose supporters march',
      'Tarvel Front supporters marched into Lyon Cathedral on Thursday.',
      'marched',
      { 'Tarvel Front': 'agent', 'Lyon Cathedral': 'location' },
    ],
    [
      'a person named by the last name, whose supporters act',
      'Russia urged President Ana al-Kassem to resign. Russia urged Kassem to move faster. About 50 Kassem supporters marched into Umayyad Square on Tuesday.',
      'marched',
      { 'Umayyad Square': 'location' },
    ],
    [
      'a body whose loyalists are fired on',
      'Police fired on Hamas loyalists in Gaza on Friday.',
      'fired',
      { Hamas: 'patient', Gaza: 'location' },
    ],
    ['a body whose followers are dispersed', 'Police dispersed the Hamas followers on Friday.', 'dispersed', { Hamas: 'patient' }],
    [
      'the one whose supporters act, named with "\'s"',
      "Maria Costa won the vote. Thousands of Costa's supporters streamed into Lyon Cathedral on Sunday.",
      'streamed',
      { 'Lyon Cathedral': 'location' },
    ],
    [
      'the one whose opponent in an election speaks',
      "On Monday, Senator Ana Lopes - Mr Costa's opponent in the 2008 presidential election - called for air strikes.",
      'presidential election',
      { 'Ana Lopes': 'agent', Costa: 'agent' },
    ],
    // Two names before "supporters" are one compound: supporters of both. A body's supporters act for it (Hamas);
    // a country's supporters do not make the country act (Israel).
    [
      'the two whose supporters clash',
      'Israel and Hamas supporters clashed in Gaza on Monday.',
      'clashed',
      { Hamas: 'agent', Gaza: 'location' },
    ],
    [
      'the one whose supporters clash with a country, and the country',
      "Israel and Hamas's supporters clashed in Gaza on Monday.",
      'clashed',
      { Israel: 'agent', Hamas: 'agent', Gaza: 'location' },
    ],
    [
      'the one whose critics speak',
      'Orvell Corporation critics protested in Lyon Cathedral on Monday.',
      'protested',
      { 'Lyon Cathedral': 'location' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    [
      'a country given something',
      'The Thai government gave the United States permission to land.',
      'gave',
      { Thailand: 'agent', 'United States': 'patient' },
    ],
    ['one due to act', 'Foreign Minister Ana Ruiz is due to attend the summit.', 'attend', { 'Ana Ruiz': 'agent' }],
    ['the country whose villages are struck', 'The drones struck Pakistan villages on Monday.', 'struck', { Pakistan: 'location' }],
    ['the country whose cities are struck', 'The drones struck Pakistan cities on Monday.', 'struck', { Pakistan: 'location' }],
    ['the country whose territories are struck', 'The drones struck Pakistan territories on Monday.', 'struck', { Pakistan: 'location' }],
    [
      'one who got acted on',
      'Ana Ruiz got arrested in Lyon Cathedral on Monday.',
      'arrested',
      { 'Ana Ruiz': 'patient', 'Lyon Cathedral': 'location' },
    ],
  ])('gives its part to %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('leaves out whose the subject is', () => {
    expect(rolesOf('Maria Costa won the vote. Her rival, Ana Lopes, was declared the loser on Monday.', 'declared')).toEqual({
      'Ana Lopes': 'patient',
    });
  });

  it('keeps an actor of a relative clause that holds the event word', () => {
    expect(rolesOf('Maria Costa, who founded Acme Corporation in 1990, met the mayor.', 'founded')).toEqual({
      'Maria Costa': 'agent',
      'Acme Corporation': 'patient',
    });
  });
});

describe('participants an event noun leaves out or reaches past its passage', () => {
  it.each([
    [
      'the place an event noun is held in, past who holds it',
      'The cabinet resigned amid a protest by 20,000 people in Beirut.',
      'protest',
      { Beirut: 'location', Lebanon: 'location' },
    ],
    [
      'the subject of the verb an event noun hangs on, past another noun',
      'The Orvell Corporation on Monday released new figures from the March 3 election.',
      'election',
      {},
    ],
    [
      'the antecedent of a relative clause the event noun hangs on',
      'The case went to the Supreme Court, which cleared the way for the March 3 election.',
      'election',
      {},
    ],
    [
      'a country whose doings an event is about',
      'Students protested against Syria’s military presence on Monday.',
      'protested',
      { Syria: 'other' },
    ],
    ['who does it, behind "by" and a title', 'The plan was praised by President Ana Ruiz on Monday.', 'praised', { 'Ana Ruiz': 'agent' }],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('leaves out what a preposition of time sets beside the verb an event noun is the subject of', () => {
    expect(
      rolesOf('The Orvell Corporation announcement comes despite a United Nations resolution condemning Japan.', 'announcement'),
    ).toEqual({ 'Orvell Corporation': 'agent' });
  });

  it('does not make the one "whose" hangs on the subject of its clause', () => {
    expect(rolesOf('Indian President Ana Ruiz, whose country was hardest hit, says the response must grow.', 'hit')).not.toHaveProperty(
      'Ana Ruiz',
      'patient',
    );
  });

  it('keeps who takes part in the event noun', () => {
    expect(rolesOf('Ana Ruiz won a majority in the March 3 election.', 'election')).toEqual({ 'Ana Ruiz': 'agent' });
  });

  it('does not take a place behind "in front of" for the subject', () => {
    expect(rolesOf('Crowds who gathered in front of Lyon Cathedral applauded Ana Ruiz.', 'applauded')).toEqual({
      'Ana Ruiz': 'patient',
      'Lyon Cathedral': 'location',
    });
  });
});

describe('who speaks and who acts with the subject', () => {
  it.each([
    [
      'a partner set off "together with" the subject',
      'Egypt, together with Jordan, announced a new plan on Monday.',
      'announced',
      { Egypt: 'agent', Jordan: 'agent' },
    ],
    [
      'a partner set off "along with" the subject is no place',
      'Egypt, along with Jordan, announced a new plan on Monday.',
      'announced',
      { Egypt: 'agent', Jordan: 'agent' },
    ],
    [
      'the speaker set off inside the words said, not who opens them',
      'Peruvians, for their part, Ana Ruiz said, are turning out in large numbers.',
      'said',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'the speaker behind a title after the quoted words',
      'LIMA -- "Peruvians have shown great courage today," said interim Vice President Ana Ruiz, May 30.',
      'said',
      { 'Ana Ruiz': 'agent' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('who does it, who undergoes it, and who only stands by', () => {
  it.each([
    [
      'a past participle after "when" tells what was done to the subject',
      'The Orvell board named Ana Ruiz chief on Monday. She laughed when asked by a journalist whether she would sue the firm.',
      'asked',
      { 'Ana Ruiz': 'patient' },
    ],
    [
      '"was being" before a participle is passive',
      'Police said Ana Ruiz fainted as she was being driven to a hospital in Lyon.',
      'driven',
      { 'Ana Ruiz': 'patient', Lyon: 'location' },
    ],
    [
      'a participle set off after its noun, with "by" and the doer',
      "Ana Ruiz's coffin, carried on a gun carriage by six soldiers, moved slowly along the avenue.",
      'carried',
      { 'Ana Ruiz': 'patient' },
    ],
    [
      'the one behind "by" and a lower-case title does it',
      'He faces a challenge from the Renewal bloc, led by former Prime Minister Ana Ruiz.',
      'led',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'who did another verb by "by" does not hold a vote named after it',
      "Ana Ruiz won the first round, a win later annulled by the Supreme Court in a ruling that cleared the way for Sunday's vote.",
      'vote',
      {},
    ],
    [
      'a body behind "released by" in the source of the figures, and its description, stand by',
      'Two bombs in Madrid killed 12 people, according to figures released by the Red Cross, the agency leading the relief effort.',
      'killed',
      { Madrid: 'location', Spain: 'location' },
    ],
    [
      'the source behind "according to" and the description set off after it stand by',
      'According to Capt. Ana Ruiz, the hospital director, the Red Cross treated 300 patients during its first week in Lyon.',
      'treated',
      { 'Red Cross': 'agent', Lyon: 'location' },
    ],
    [
      'a name made an adjective of a stance by "pro-" stands by',
      'Police in Lyon arrested 40 people at a pro-Egypt rally on Sunday.',
      'arrested',
      { Lyon: 'location' },
    ],
    [
      'the one a "whose" clause hangs on only owns what takes part in it',
      'Ana Ruiz, the party leader whose son was arrested in Lyon, resigned on Monday.',
      'arrested',
      { Lyon: 'location' },
    ],
    [
      'the outlet of an interview stands by; who speaks in it acts',
      'In an interview with the Reuters news agency on Monday, Ana Ruiz called on Egypt to open the border.',
      'called',
      { 'Ana Ruiz': 'agent', Egypt: 'patient' },
    ],
    [
      'a place in an aside saying where a body is based',
      'The 3rd Brigade, based in Lyon, welcomed troops from Peru on Monday.',
      'welcomed',
      { Peru: 'other' },
    ],
    [
      'a place a body acted on is based in',
      'Portugal recognized the Baghdad-based council on Wednesday.',
      'recognized',
      { Portugal: 'agent' },
    ],
    [
      'a place the body that acts is based in',
      'The Baghdad-based council thanked Portugal on Wednesday.',
      'thanked',
      { Portugal: 'patient' },
    ],
    [
      'a place a body acted on has its seat in',
      'Portugal recognized the Baghdad-headquartered council on Wednesday.',
      'recognized',
      { Portugal: 'agent' },
    ],
    [
      'a place the body that acts has its seat in',
      'The Baghdad-headquartered council thanked Portugal on Wednesday.',
      'thanked',
      { Portugal: 'patient' },
    ],
    [
      'both things done to, joined by "and"',
      'The navy released the cruiser USS Ardent and the survey ship USNS Mercy on Friday.',
      'released',
      { 'USS Ardent': 'patient', 'USNS Mercy': 'patient' },
    ],
    [
      'where those who act come from',
      'Engineers from Osaka, Japan arrived in Manila on Monday.',
      'arrived',
      { Manila: 'location', Philippines: 'location' },
    ],
    [
      'a place behind "across" that a relative clause tells of is where, not who',
      'The quake sent waves across the Indian Ocean, which caused most of the damage.',
      'caused',
      { 'Indian Ocean': 'location' },
    ],
    [
      'who a participle tells of a noun about stands by',
      "Police escorted the ambulance carrying the coffin containing Ana Ruiz's body.",
      'escorted',
      {},
    ],
    [
      'what is said after "that" does not say where it is said',
      'Ana Ruiz warned that clashes could erupt in Baghdad.',
      'warned',
      { 'Ana Ruiz': 'agent' },
    ],
    ['a place of what it is about', 'Ana Ruiz spoke about the situation in Baghdad on Monday.', 'spoke', { 'Ana Ruiz': 'agent' }],
    [
      'the owner of a noun the tagger cut off, in the passive',
      "Television footage showed Ana Ruiz's body being carried away from the scene of the explosion.",
      'carried',
      { 'Ana Ruiz': 'patient' },
    ],
    [
      'a personal pronoun after "in which" is the subject',
      'Ana Ruiz has died, ending a long career in which she helped build the party.',
      'helped',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'a sentence that follows one ending on a place is no holder of it',
      'The last plane was yet to depart from Tunisia.\n\nOn Saturday, U.S. military planes carried out similar flights, returning people to Egypt.',
      'carried',
      { 'United States': 'agent' },
    ],
    [
      'what strikes are aimed at undergoes them',
      'NATO launched strikes on Syria on Monday.',
      'strikes',
      { NATO: 'agent', Syria: 'patient' },
    ],
    [
      'an outlet after its owner and a modifier is who reports',
      "By Tuesday night, Britain's public BBC network estimated that 40 people had died.",
      'estimated',
      { BBC: 'agent' },
    ],
  ])('%s: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it('a place behind "withdrawal from" is what the participle after it was done to', () => {
    expect(rolesOf('He insisted on a full withdrawal from the Golan Heights occupied in 1967.', 'occupied')).toEqual({
      'Golan Heights': 'patient',
    });
  });

  it.each([
    ['after a verb of saying, the noun opens the words said', 'Officials said trains to Poland resumed on Monday.', 'resumed', 'Poland'],
    ['after "said", a country the subject is about', 'She said the raid on Turkey failed.', 'failed', 'Turkey'],
    ['a relation the subject is about', 'Diplomats said ties with Cuba improved.', 'improved', 'Cuba'],
    [
      'a form that is only a simple past has its own subject',
      'Trade with China fell in May after the move of factories to Vietnam began in April.',
      'began',
      'Vietnam',
    ],
  ])('a place inside the subject is not what the verb was done to: %s', (_, sentence, word, place) => {
    expect(rolesOf(sentence, word)[place]).not.toBe('patient');
  });

  it.each([
    [
      'a country a war is waged against does not begin it',
      'Prices rose after the war against Iraq began in March.',
      'began',
      { Iraq: 'other' },
    ],
    [
      'a country protests are held in is where they begin',
      'Prices rose after protests in Libya began in March.',
      'began',
      { Libya: 'location' },
    ],
  ])('%s', (_, sentence, word, roles) => {
    expect(rolesOf(sentence, word)).toEqual(roles);
  });
});

describe("who acts when the subject is a count, a body's craft or a list after a fronted clause", () => {
  it.each([
    ['a count of a people', 'Dozens of Hamas fighters stormed the building on Tuesday.', 'stormed', { Hamas: 'agent' }],
    [
      'nouns joined by "and" after a fronted clause',
      'When the storm hit, Egyptian soldiers and police closed the crossing.',
      'closed',
      { Egypt: 'agent' },
    ],
    [
      'a count and a list after a fronted clause',
      'While the mayor spoke to the crowd that had gathered at the gate, hundreds of Israeli troops and police entered through the back.',
      'entered',
      { Israel: 'agent' },
    ],
    [
      'craft from a unit',
      'Helicopters from the Carl Vinson Strike Group flew 40 sorties into the province on Tuesday.',
      'flew',
      { 'Carl Vinson Strike Group': 'agent' },
    ],
    [
      'people a participle tells of, behind a preposition',
      'The crossing stayed shut with some 900 Egyptians trapped on the other side.',
      'trapped',
      { Egyptians: 'patient' },
    ],
  ])('%s', (_, sentence, word, roles) => {
    expect(rolesOf(sentence, word)).toEqual(roles);
  });

  it.each([
    ['the owner of the people counted', "Many of Egypt's allies protested on Monday.", 'protested', 'Egypt'],
    ['the owner after "both of"', "Both of Chile's neighbours sealed their borders.", 'sealed', 'Chile'],
    ['a land counted in part', 'Most of Ohio lost power on Monday.', 'lost', 'Ohio'],
    ['an employer its staff act against', 'Staff from the Reuters bureau walked out on Monday.', 'walked', 'Reuters'],
  ])('is not who acts: %s', (_, sentence, word, name) => {
    expect(rolesOf(sentence, word)[name]).not.toBe('agent');
  });

  it('a body whose workers bring aid acts', () => {
    expect(rolesOf('Aid workers from the Red Cross delivered food to the camp.', 'delivered')).toEqual({ 'Red Cross': 'agent' });
  });

  it.each([
    [
      "where officials meet, a capital named by the country's alias is the city",
      'In Ankara, officials signed the treaty on Tuesday.',
      { Ankara: 'location', Turkey: 'location' },
    ],
    ['where it acts, it is the country', 'Ankara signed the treaty on Tuesday.', { Turkey: 'agent' }],
  ])('%s', (_, sentence, roles) => {
    expect(rolesOf(sentence, 'signed')).toEqual(roles);
  });
});

describe('who takes part in a clause that borrows its subject or takes an object', () => {
  it.each([
    [
      'the speaker set off inside the words said does not do what they tell',
      'Gen. Ana Ruiz spoke on Monday. Voters, for their part, he said, are sending food to the towns.',
      'sending',
      {},
    ],
    [
      'a named speaker set off inside words said that name no actor does not do what they tell',
      'Farmers, in the end, Ana Ruiz said, are backing the plan.',
      'backing',
      {},
    ],
    ['the named speaker still says them', 'Farmers, in the end, Ana Ruiz said, are backing the plan.', 'said', { 'Ana Ruiz': 'agent' }],
    [
      'a speaker who says more than an aside does what follows the comma',
      'On Monday, Gen. Ana Ruiz urged patience from critics of the plan, saying talks must go on.',
      'saying',
      { 'Ana Ruiz': 'agent' },
    ],
    [
      'a speaker named by surname, told a hearer, inside the words said',
      'Gen. Ana Ruiz spoke on Monday. The navy, Ruiz told reporters, had shelled Gaza.',
      'shelled',
      { Gaza: 'patient' },
    ],
    [
      'an infinitive after a relative clause is done by what the relative tells of',
      'Israeli police smashed barricades in Lyon to clear the way for moving trucks that will load the belongings of those residents who have agreed to move voluntarily on Friday.',
      'move',
      {},
    ],
    [
      'an infinitive after "that" is done by the subject of what is said',
      'Ana Ruiz said that Iran agreed to stop enrichment on Monday.',
      'stop',
      { Iran: 'agent' },
    ],
    [
      'a country helped after "for" is what is done to',
      'All resources are available for assisting Haiti, Ruiz said on Monday.',
      'assisting',
      { Haiti: 'patient' },
    ],
    ['a place entered is where it happens', 'Israeli troops entered Gaza on Monday.', 'entered', { Israel: 'agent', Gaza: 'location' }],
    ['a country left in a state undergoes it', 'The cyclone left Fiji without water.', 'left', { Fiji: 'patient' }],
    ['a country left in ruins undergoes it', 'The fighting left Yemen in ruins.', 'left', { Yemen: 'patient' }],
    ['a country left shaken undergoes it', 'The bombings left Spain reeling.', 'left', { Spain: 'patient' }],
    ['a country left behind is where it happens', 'French troops left Mali on Monday.', 'left', { France: 'agent', Mali: 'location' }],
    ['a country left at a time is where it happens', 'He left Chile last week.', 'left', { Chile: 'location' }],
    [
      'a country whose border is crossed is where it happens',
      "Refugees crossed Kenya's borders into Uganda.",
      'crossed',
      { Kenya: 'location', Uganda: 'location' },
    ],
    ['a country approached about something is asked', 'The bank approached Norway about a loan.', 'approached', { Norway: 'patient' }],
    [
      'a country that owns what is searched',
      "Police searched Peru's consulate in Lyon.",
      'searched',
      { Peru: 'patient', Lyon: 'location' },
    ],
    [
      'who stands behind "by" is not what a participle tells of',
      'Scores were missing as a rescue operation by Tunisian authorities continued.',
      'continued',
      { Tunisia: 'agent' },
    ],
    ['a place shelled is what is done to', 'Israeli troops shelled Gaza on Monday.', 'shelled', { Israel: 'agent', Gaza: 'patient' }],
  ])('%s', (_, sentence, word, roles) => {
    expect(rolesOf(sentence, word)).toEqual(roles);
  });
});
