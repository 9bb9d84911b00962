// One list of the verbs of saying serves every stage: each lemma is listed once, its forms come
// from the verb-forms table, and the forms that are as often no act of saying ("the state", "a
// signal", "young men learn") are left out.
import { describe, expect, it } from 'vitest';
import { ALL_KINDS, sayingFormsOf, sayingLemmas } from '../../../src/extract/language/saying.ts';
import { DENIALS } from '../../../src/extract/attribution/cueVerbs.ts';

describe('the forms of a verb of saying', () => {
  it.each([
    ['a verb stressed on its last syllable doubles its consonant', 'admit', ['admit', 'admits', 'admitted']],
    ['a British spelling stands beside the American one', 'signal', ['signals', 'signaled', 'signalled']],
    ['an irregular past keeps its regular spelling too', 'forecast', ['forecast', 'forecasts', 'forecasted']],
    ['an irregular past', 'tell', ['tell', 'tells', 'told']],
    ['forms that are nouns as often are left out', 'state', ['stated']],
    ['a form of another sense is left out', 'learn', ['learns', 'learned']],
  ])('%s: %s', (_, lemma, forms) => {
    expect(sayingFormsOf(lemma)).toEqual(forms);
  });

  it('reads only the forms a stage asks for', () => {
    expect(sayingFormsOf('say', { lemma: false, s: false })).toEqual(['said']);
  });
});

describe('the list of verbs of saying', () => {
  it('names each lemma once, and no denial', () => {
    const lemmas = sayingLemmas(ALL_KINDS);
    expect(lemmas.filter((l, i) => lemmas.indexOf(l) !== i || DENIALS.has(l))).toEqual([]);
  });
});
