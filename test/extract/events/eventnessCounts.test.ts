// Which clauses are events, continued: where a count stands, a name given by a participle, a
// host's thanks on the air, a question opened at the end of the clause before, a demand in the
// subjunctive, what goes as a rule ("the way people meet", "it takes a while", "has often
// clashed"), and event nouns written with a hyphen ("sit-in"). Sentences are our own.
import { describe, expect, it } from 'vitest';
import { triggersOf } from '../helpers.ts';

const triggers = triggersOf;

describe('clauses that name no occurrence', () => {
  it.each([
    ['where a count stands', 'The death toll from the floods now stands at 212.'],
    ['a count past a figure', 'The official tally has passed 40,000.'],
    ['a host thanks a guest', 'Thank you for coming in.'],
    ['a host thanks a guest, with "thanks"', 'Thanks so much for joining us.'],
    ['how things go as a rule', 'This is the way farmers sell their grain here.'],
    ['how long it takes, as a rule', 'It only takes a moment to sign the register.'],
    ['a repetition in the perfect', 'The two villages have frequently quarrelled over the well.'],
    ['a liking in the past', 'As a girl she enjoyed the opera.'],
    ['the name a thing goes by', 'The quota, as it is called, will double.'],
    ['a plural noun after "there are"', 'In the north there are places with no water at all.'],
    ['an aim after "in order" that ends the clause before', 'It is vital that farmers have cooperatives in order to share their machines.'],
  ])('%s: %j', (_, sentence) => {
    expect(triggers(sentence)).toEqual([]);
  });
});

describe('clauses that do, and their trigger', () => {
  it.each([
    ['a participle of naming after "a" and a noun names, the act is the verb', 'A fisherman named Tomas found the wreck.', ['found']],
    ['a participle of naming with "the" before the name', 'Police arrested two members of a group called the Harbour Watch.', ['arrested']],
    ['a count that rose, told in the past', 'The death toll rose to 212 on Monday.', ['rose']],
    ['"a number of" counts nothing', 'A small number of farmers turned out to vote.', ['turned']],
    [
      'an adverb of the adjective after the verb makes no habit',
      'The port has played an often uneasy role since the blockade of 1998.',
      ['blockade'],
    ],
    ['a plural noun after "there were" that does something', 'There were queues forming outside the bakery.', ['queues']],
    ['a hyphenated event noun after "there was"', 'There was a sit-in at the town hall.', ['sit-in']],
    ['a hyphenated event noun after a preposition of time', 'The council met again after the sit-in.', ['met', 'sit-in']],
    ['an event noun named with "stand-off"', 'The stand-off lasted nine hours.', ['lasted']],
    ['"standoff" after a preposition of time', 'The farmers went home after the standoff.', ['went', 'standoff']],
    ['an event noun that modifies another noun is not the trigger', 'The mayor won a landslide victory.', ['victory']],
    ['a count nearing a figure: only the saying', 'The number of dead is nearing 900, the ministry said.', ['said']],
    [
      'the noun a count is of, with a participle: only the saying',
      'The committee says the number of ballots counted has now reached two million.',
      ['says'],
    ],
    [
      'a question opened at the end of the clause before',
      'Police are still trying to establish whether all of them drowned.',
      ['establish'],
    ],
    ['a demand in the subjunctive: only the demand', 'The miners demanded that the manager be dismissed.', ['demanded']],
    [
      'a date in a demand still names its occasion',
      "The crowd demanded that their candidate be declared the winner of Sunday's vote.",
      ['vote', 'demanded'],
    ],
    ['an event noun before a day word is the trigger', 'The mayor will make the announcement tomorrow.', ['announcement']],
  ])('%s: %j', (_, sentence, expected) => {
    expect(triggers(sentence)).toEqual(expected);
  });
});
