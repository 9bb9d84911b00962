// Who takes part, and in what part: a country gone to or from is where it happens, so is a place that
// undergoes something or a part of a place a clause is about; people each
// behind a title joined into one subject all act, a phrase of time that opens the sentence names
// nobody who acts in it, and the "she" who speaks a quotation is not someone the quotation names.
// Sentences are our own.
import { describe, expect, it } from 'vitest';
import { rolesOf } from '../helpers.ts';

describe('who takes part', () => {
  it.each([
    ['a country flown into', 'Air Force planes flew supplies into Haiti on Monday.', 'flew', { 'Air Force': 'agent', Haiti: 'location' }],
    ['a country defected to', 'Two pilots defected to Malta on Monday.', 'defected', { Malta: 'location' }],
    [
      'a country left for elsewhere',
      'The Navy is moving five ships from Guam to the region, officials said.',
      'moving',
      { Guam: 'location' },
    ],
    [
      'a country reported from',
      'Ana Ruiz was detained by police while reporting from Libya.',
      'reporting',
      { 'Ana Ruiz': 'agent', Libya: 'location' },
    ],
    ['a country given something, not gone to', 'The new leader offered peace to Israel on Monday.', 'offered', { Israel: 'other' }],
    [
      'people each behind a title',
      'Defense Secretary Ana Ruiz, Secretary of State Maria Costa and General Tom Berg met in Lyon on Monday.',
      'met',
      { 'Ana Ruiz': 'agent', 'Maria Costa': 'agent', 'Tom Berg': 'agent', Lyon: 'location' },
    ],
    [
      'a phrase of time opening the sentence',
      'Shortly after Ana Ruiz’s speech, India said it agreed in principle.',
      'said',
      { India: 'agent' },
    ],
    ['a city that loses something', 'New Orleans lost power on Monday.', 'lost', { 'New Orleans': 'location' }],
    ['a part of a country', 'Most of Iraq went dark on Monday.', 'went', { Iraq: 'location' }],
    [
      'the speaker of a quotation that names another',
      'Maria Costa visited Lyon on Monday. "As President Ana Ruiz has said, we will be here for the time ahead," she added.',
      'added',
      { 'Maria Costa': 'agent' },
    ],
  ])('%s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    // A country that loses, suffers, floods or sustains something acts, unless what befalls it is power, water or damage.
    [
      'a country that loses patience',
      'China lost patience with North Korea on Tuesday.',
      'lost',
      { China: 'agent', 'North Korea': 'other' },
    ],
    ['a country that loses a match', 'Germany lost to Italy 2-1 in the final on Sunday.', 'lost', { Germany: 'agent', Italy: 'other' }],
    ['a country that floods a market', 'Iran flooded the market with cheap oil.', 'flooded', { Iran: 'agent' }],
    ['a country that keeps something up', 'Venezuela sustained its oil output despite the sanctions.', 'sustained', { Venezuela: 'agent' }],
    ['a country that loses power', 'Haiti lost power on Monday.', 'lost', { Haiti: 'location' }],
    ['a country that suffers from drought', 'Kenya suffered from a severe drought last year.', 'suffered', { Kenya: 'location' }],
    ['a clause of "when" after a country that suffers', 'China suffered a setback when the talks collapsed.', 'collapsed', {}],
    ['all of a country', 'All of the United States mourned the victims on Monday.', 'mourned', { 'United States': 'agent' }],
    // A country words, prizes or things given come from or go to is no place gone to.
    ['a country criticism comes from', 'The strongest criticism came from France on Monday.', 'came', { France: 'other' }],
    ['a country a contract goes to', 'The contract went to China after a long tender.', 'went', { China: 'other' }],
    [
      'a country things are given back to',
      'Britain returned the bronzes to Nigeria on Monday.',
      'returned',
      { 'United Kingdom': 'agent', Nigeria: 'other' },
    ],
    [
      'a country money is put into',
      'Germany pumped billions into Greece during the crisis.',
      'pumped',
      { Germany: 'agent', Greece: 'other' },
    ],
    ['a country someone goes back to', 'Ana Ruiz returned to Spain on Monday.', 'returned', { 'Ana Ruiz': 'agent', Spain: 'location' }],
    ['a country people come from', 'Thousands of refugees came from Syria last year.', 'came', { Syria: 'location' }],
    // A title set off by commas tells of its bearer only: the person it names takes no part.
    [
      'a title naming another person',
      'Ana Ruiz, Widow of President Tom Berg, died on Monday.',
      'died',
      { 'Ana Ruiz': 'agent', 'Tom Berg': 'other' },
    ],
    [
      'a title serving another person',
      'Ana Ruiz, Special Envoy for Prime Minister Tom Berg, arrived in Lyon on Monday.',
      'arrived',
      { 'Ana Ruiz': 'agent', 'Tom Berg': 'other', Lyon: 'location' },
    ],
    [
      'people each behind a title, listed with commas',
      'Defense Secretary Ana Ruiz, Foreign Minister Tom Berg, and Interior Minister Maria Costa met in Lyon on Monday.',
      'met',
      { 'Ana Ruiz': 'agent', 'Tom Berg': 'agent', 'Maria Costa': 'agent', Lyon: 'location' },
    ],
    [
      'a place a phrase of "during" goes to',
      'During a visit to Iraq, Ana Ruiz met American troops on Monday.',
      'met',
      { 'Ana Ruiz': 'agent', Iraq: 'location', 'United States': 'patient' },
    ],
  ])('no misreading: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('a body or a country that acts through its forces, and a place that takes no part', () => {
  it.each([
    // What is fired or thrown at a country is aimed at it: the country is its target, not where it happens.
    ['a country shells are fired at', 'Gunners fired shells at Lebanon on Monday.', 'fired', { Lebanon: 'patient' }],
    ['a country fired at with no object', 'Snipers fired at Jordan from across the river on Monday.', 'fired', { Jordan: 'patient' }],
    ['a country fired on', 'Snipers fired on Jordan from across the river on Monday.', 'fired', { Jordan: 'patient' }],
    ['a country shells are fired on', 'Gunners fired shells on Lebanon on Monday.', 'fired', { Lebanon: 'patient' }],
    [
      '"at" after another preposition stays a place',
      'The appeal was launched by Ana Ruiz at the White House.',
      'launched',
      { 'Ana Ruiz': 'agent', 'White House': 'other' },
    ],
    [
      'a city naming the site fired at',
      'Gunmen fired at Damascus mourners on Friday.',
      'fired',
      { Damascus: 'location', Syria: 'location' },
    ],
    // The part of a place right after the event word is what the event does to it.
    ['a part of a country struck', 'The cyclone flattened much of Fiji on Monday.', 'flattened', { Fiji: 'patient' }],
    // A country whose province, region or coast is named takes that place's part.
    ['a country whose province is entered', 'Troops entered Chile’s Atacama region on Monday.', 'entered', { Chile: 'location' }],
    // A city whose square, suburbs or boulevard is named is where it happens.
    [
      'a city whose square is gathered in',
      'Protesters gathered in Beirut’s main square on Monday.',
      'gathered',
      { Beirut: 'location', Lebanon: 'location' },
    ],
    [
      'a city whose suburbs are searched',
      'Police arrested 12 men in Lima’s northern suburbs on Monday.',
      'arrested',
      { Lima: 'location', Peru: 'location' },
    ],
    [
      'a city whose boulevard is strewn',
      'Rubble was strewn across Beirut’s coastal boulevard on Monday.',
      'strewn',
      { Beirut: 'location', Lebanon: 'location' },
    ],
    // Right after the event word, the city whose suburbs or airport are hit undergoes it; a site that may be a body does not make a place.
    ['a city whose suburbs are bombed', 'Warplanes bombed Tripoli’s southern suburbs on Sunday.', 'bombed', { Tripoli: 'patient' }],
    ['a country whose foreign office acts', 'Italy’s foreign office summoned the envoy on Tuesday.', 'summoned', { Italy: 'agent' }],
    ['a country whose coast is flooded', 'Heavy rain flooded Peru’s southern coast on Monday.', 'flooded', { Peru: 'patient' }],
    [
      'a continent on whose coast it happens',
      'The storm battered villages on Africa’s east coast on Monday.',
      'battered',
      { Africa: 'location' },
    ],
    [
      'a place its owner’s name opens',
      'Storms lashed Pakistan’s northern Kashmir region on Monday.',
      'lashed',
      { Pakistan: 'patient', Kashmir: 'patient' },
    ],
    // A place whose future or fate is spoken of is no participant.
    ['a country whose future is spoken of', 'Farmers worried about the future of Peru on Monday.', 'worried', {}],
    // Those who act for a country or a body, named before its "of", make it act.
    ['the government of a country', 'The government of Peru asked for help on Monday.', 'asked', { Peru: 'agent' }],
    [
      'the officials of a body',
      'Officials of the World Bank arrived in Lima on Monday.',
      'arrived',
      { 'World Bank': 'agent', Lima: 'location', Peru: 'location' },
    ],
    [
      'a body named in a phrase set off before the subject',
      'After consulting the leadership of the World Bank, I approved the loan.',
      'approved',
      { 'World Bank': 'other' },
    ],
    // A country's deserters do not act for it.
    ['a country’s army deserters', 'Chadian army deserters attacked a depot on Monday.', 'attacked', {}],
    // Those who stand toward a country's government or army, named before it, do not make the country act.
    [
      'supporters of a country’s government',
      'Supporters of the government of Chile rallied in Lima on Tuesday.',
      'rallied',
      { Chile: 'other', Lima: 'location', Peru: 'location' },
    ],
    ['relatives of a country’s soldiers', 'Relatives of the soldiers of Peru protested on Tuesday.', 'protested', { Peru: 'other' }],
    [
      'a count of followers of a body’s leadership',
      'Hundreds of followers of the leadership of Hamas gathered on Tuesday.',
      'gathered',
      { Hamas: 'other' },
    ],
    // "On" after a verb of firing names a target only when what is sent is a weapon (its last word), not a name
    // that owns what follows, nor the place a passive is done on.
    ['a body whose orders are fired on', 'Guards fired on Hamas’s orders, a witness said.', 'fired', { Hamas: 'other' }],
    ['a place a film is shot on', 'The series was shot on Malta in 2009.', 'shot', { Malta: 'other' }],
    [
      'tear gas fired on supporters',
      'Police fired tear gas on Hezbollah supporters in Beirut on Friday.',
      'fired',
      { Hezbollah: 'patient', Beirut: 'location', Lebanon: 'location' },
    ],
    // A verb of throwing aims at a place only what is a weapon; a verb of firing aims whatever it sends.
    ['a party thrown at a place', 'The prince threw a lavish party at Monaco on Saturday.', 'threw', { Monaco: 'location' }],
    [
      'a product launched at a city',
      'The company launched a new phone at Paris on Monday.',
      'launched',
      { Paris: 'location', France: 'location' },
    ],
    // A place noun that only describes another noun is no part of the country that owns it.
    ['a country’s port company bought', 'A Gulf fund bought Peru’s largest port operator on Monday.', 'bought', {}],
    ['a country’s coast guard', 'Thieves robbed Chile’s coast guard station on Sunday.', 'robbed', {}],
    // An owner before the event word takes the part of the place it owns, never who acts.
    [
      'a country owning a port city that suffers',
      'Peru’s port city of Callao suffered an earthquake on Tuesday.',
      'earthquake',
      { Peru: 'location', Callao: 'location' },
    ],
  ])('%s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});

describe('a country that loses its people, a place reached, and a person beside what their own do', () => {
  it.each([
    // A country that loses or suffers a count of its people is where they died, not who acts.
    ['a country that loses a count of people', 'Peru has lost at least 3,000 people in the disaster.', 'lost', { Peru: 'location' }],
    [
      'a country that suffers a count of deaths',
      'Chile suffered thousands of deaths in the epidemic last year.',
      'suffered',
      { Chile: 'location' },
    ],
    // How far something reached names where it happens.
    ['a country reached "as far away as"', 'The ash drifted as far away as Chile on Monday.', 'drifted', { Chile: 'location' }],
    ['a country reached "as far south as"', 'The ash reached as far south as Chile on Monday.', 'reached', { Chile: 'location' }],
    // Whose things are acted on is not what is acted on.
    [
      'the owner of what is searched',
      'Ana Ruiz arrived in Lyon on Monday. The guards searched her bags.',
      'searched',
      { 'Ana Ruiz': 'other', Lyon: 'location' },
    ],
    // A person whose party, aides or kin act or are acted on stands beside it.
    ['a person whose party wins', 'Ana Ruiz leads the list. Ruiz’s party won 40 seats on Monday.', 'won', { 'Ana Ruiz': 'other' }],
    [
      'a person whose lawyers appeal',
      'Tom Berg was arrested on Monday. His lawyers appealed on Tuesday.',
      'appealed',
      { 'Tom Berg': 'other' },
    ],
    [
      'a person whose wife is questioned',
      'Tom Berg was arrested on Monday. Police questioned his wife on Tuesday.',
      'questioned',
      { 'Tom Berg': 'other' },
    ],
    ['a person whose aides meet someone', 'Ana Ruiz’s aides met the governor on Monday.', 'met', { 'Ana Ruiz': 'other' }],
    [
      'a person whose slate comes third',
      'Tom Berg campaigned on Monday. Tom Berg’s slate came in third with 14 percent.',
      'came',
      { 'Tom Berg': 'other' },
    ],
    [
      'the owner of who acts after "by"',
      'Tom Berg lost the vote. The court reviewed an appeal by his opponent, Ana Ruiz, on Monday.',
      'reviewed',
      { 'Tom Berg': 'other', 'Ana Ruiz': 'other' },
    ],
    // A country set after a city with a comma inside the subject places the city; it does not act.
    [
      'a city’s country inside the subject',
      'A car bomb in Lyon, France has killed several people.',
      'killed',
      { Lyon: 'location', France: 'location' },
    ],
    // A place named by its class noun that loses power is where it happens.
    [
      'a stadium that loses power',
      'Thousands sheltered in Riverside Stadium on Monday. The stadium lost power at noon.',
      'lost',
      { 'Riverside Stadium': 'location' },
    ],
    // The second of two nouns of what is undergone that a possessive owns is undergone by its owner too.
    [
      'the second of two undergone nouns',
      'Tom Berg died on Saturday. His body will lie in state until his funeral and subsequent burial on Friday.',
      'subsequent burial',
      { 'Tom Berg': 'patient' },
    ],
    // A community the lexicon lists acts as a group.
    ['a community as the subject', 'In 2005, many Sunni Arabs boycotted the vote.', 'boycotted', { Sunnis: 'agent' }],
    ['a people as the subject', 'Kurds voted in large numbers on Sunday.', 'voted', { Kurds: 'agent' }],
    // The council of a body is who acts, not the body.
    [
      'the U.N. Security Council',
      'The U.N. Security Council voted on Monday to extend the mission.',
      'voted',
      { 'United Nations Security Council': 'agent' },
    ],
  ])('%s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });

  it.each([
    ['a person set off after whose lawyer', 'Ruiz’s lawyer, Tom Berg, hailed the ruling on Monday.', 'hailed', { 'Tom Berg': 'agent' }],
    [
      'a country opening the clause after a fronted phrase',
      'After talks in Paris, Germany signed the treaty on Monday.',
      'signed',
      { Germany: 'agent', Paris: 'location', France: 'location' },
    ],
    [
      'a country opening the clause after a comma and an article',
      'After the fall of the district, in Homs, the Syrian government said it would allow a convoy in.',
      'said',
      { Syria: 'agent', Homs: 'location' },
    ],
    [
      'a leader whose forces act after "by"',
      'Tom Berg fled on Monday. Residents fear being killed by his forces.',
      'killed',
      { 'Tom Berg': 'agent' },
    ],
    [
      'the object "her" before a comma',
      'Ana Ruiz was at home on Monday. A shell hit the house, killing her, wounding her mother.',
      'killing',
      { 'Ana Ruiz': 'patient' },
    ],
    [
      'the object "her" before a kin noun joined',
      'Ana Ruiz was at home on Monday. A shell hit the house, killing her and her mother.',
      'killing',
      { 'Ana Ruiz': 'patient' },
    ],
    ['a country that loses a match by a count', 'Germany lost 2-1 to Italy on Sunday.', 'lost', { Germany: 'agent', Italy: 'other' }],
  ])('no misreading: %s', (_, body, word, expected) => {
    expect(rolesOf(body, word)).toEqual(expected);
  });
});
