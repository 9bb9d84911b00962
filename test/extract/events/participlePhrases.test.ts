// A participle's phrase after a noun ("Crews clearing the rubble left") makes that noun the
// subject of the verb after the phrase. A participle of saying, reporting or fearing takes a
// clause of its own ("Sailors saying Spain seized the boat left the port"): the noun is the
// subject of the verb after that clause, never of the clause's own verb. Sentences are our own.
import { describe, expect, it } from 'vitest';
import { eventsOf, triggersOf } from '../helpers.ts';

const titles = (sentence: string) => eventsOf(sentence, '2031-05-02').map((e) => e.title);

describe('a participle that takes a clause lends its noun to the verb after that clause', () => {
  it.each([
    ['a verb of saying, then a past', 'Sailors saying Spain seized the boat left the port.', 'Sailors saying Spain seized'],
    [
      'a verb of reporting, then a passive',
      'Villagers reporting the militia burned the farm were arrested on Monday.',
      'Villagers reporting the militia burned',
    ],
    [
      'a verb of fearing, then a future',
      'Farmers fearing the river will flood moved their cattle.',
      'Farmers fearing the river will flood',
    ],
  ])('%s: %j', (_, sentence, wrong) => {
    const all = titles(sentence);
    expect(all).toContain(sentence.slice(0, -1));
    expect(all).not.toContain(wrong);
  });

  it('keeps the noun on the first verb after the phrase when a clause follows that verb', () => {
    const sentence = 'Radio stations reporting Monday did not match the accounts of what was happening on the quay.';
    expect(triggersOf(sentence)).toContain('match');
  });

  it('takes no clause after a participle with a preposition: the later verb keeps its own subject', () => {
    const sentence = 'Ministers hoping for a deal must call on all parties to end the strike the union has called.';
    expect(titles(sentence)).not.toContain(sentence.slice(0, -1));
  });

  it('still lends its noun to the next verb when the participle takes an object and no clause', () => {
    expect(titles('Crews clearing the rubble left on Monday.')).toContain('Crews clearing the rubble left on Monday');
  });
});

describe('a participle phrase that ends with a place word', () => {
  it('lends its noun to the verb after it', () => {
    expect(titles('Families living there said the river had risen.')).toContain('Families living there said');
  });
});
