// One table of irregular verb forms serves every stage: each form in it is well made, and a
// verb's forms come out right whether the table spells them or the spelling rule makes them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERB_FORMS, formsOf, isPastForm, lemmaOf, participleOf, pastOf, ruledForms } from '../../../src/extract/language/verbForms.ts';
import events from '../../../src/extract/events/words.json' with { type: 'json' };
import participants from '../../../src/extract/events/participants.json' with { type: 'json' };

const TABLE = new URL('../../../src/extract/language/verbForms.json', import.meta.url);
const entries = Object.entries(VERB_FORMS);
const formsOfEntry = (lemma: string) => {
  const e = VERB_FORMS[lemma]!;
  return [e.past, e.participle, e.s, e.ing, ...(e.other ?? [])].filter((f): f is string => f !== undefined);
};

describe('the verb-forms table is well made', () => {
  it('names each verb once', () => {
    const keys = [...fs.readFileSync(TABLE, 'utf8').matchAll(/^ {4}"([a-z]+)": \{/gm)].map((m) => m[1]);
    expect(keys.length).toBe(entries.length);
  });

  it('gives no form to two verbs', () => {
    const owners = new Map<string, string[]>();
    for (const [lemma] of entries)
      for (const form of new Set(formsOfEntry(lemma))) if (form !== lemma) owners.set(form, [...(owners.get(form) ?? []), lemma]);
    expect([...owners].filter(([, lemmas]) => lemmas.length > 1)).toEqual([]);
  });

  it('makes no form of one verb the lemma of another', () => {
    const clashes = entries.flatMap(([lemma]) =>
      formsOfEntry(lemma)
        .filter((f) => f !== lemma && f in VERB_FORMS)
        .map((f) => `${lemma}: ${f}`),
    );
    expect(clashes).toEqual([]);
  });

  it('spells no form the spelling rule would make', () => {
    const redundant = entries.filter(
      ([lemma, e]) =>
        e.past === ruledForms(lemma).past ||
        (e.participle !== undefined && e.participle === e.past) ||
        (e.ing !== undefined && e.ing === ruledForms(lemma).ing && lemmaOf(e.ing) === undefined),
    );
    expect(redundant.map(([lemma]) => lemma)).toEqual([]);
  });

  it('lists as doubling only verbs the rule does not double', () => {
    const table = JSON.parse(fs.readFileSync(TABLE, 'utf8')) as { doubled: string[] };
    const ruled = table.doubled.filter((v) => /^(?:qu|[^aeiou])*[aeiou][b-df-hj-np-tvz]$/.test(v));
    expect(ruled).toEqual([]);
  });

  it('holds every verb a stage knows by its irregular forms only', () => {
    expect(events.pastOnlyVerbs.split(' ').filter((v) => !(v in VERB_FORMS))).toEqual([]);
  });

  it('makes the forms of every going verb', () => {
    expect(participants.goingVerbs.split(' ').map((v) => formsOf(v).join(' '))).toEqual([
      'reach reaches reached reaching',
      'enter enters entered entering',
      'cross crosses crossed crossing',
      'leave leaves left leaving',
      'approach approaches approached approaching',
      'near nears neared nearing',
      'comb combs combed combing',
      'search searches searched searching',
      'scour scours scoured scouring',
      'patrol patrols patrolled patrolling',
    ]);
  });
});

describe('the forms of a verb', () => {
  it.each([
    ['leave', 'leave leaves left leaving'],
    ['visit', 'visit visits visited visiting'],
    ['take', 'take takes took taken taking'],
    ['reach', 'reach reaches reached reaching'],
    ['carry', 'carry carries carried carrying'],
    ['patrol', 'patrol patrols patrolled patrolling'],
    ['die', 'die dies died dying'],
    ['go', 'go goes went gone going'],
    ['be', 'be is was been being am are were'],
    ['cut', 'cut cuts cutting'],
    ['ban', 'ban bans banned banning'],
    ['plan', 'plan plans planned planning'],
    ['stop', 'stop stops stopped stopping'],
    ['ship', 'ship ships shipped shipping'],
    ['quit', 'quit quits quitting'],
    ['begin', 'begin begins began begun beginning'],
    ['visit', 'visit visits visited visiting'],
    ['fix', 'fix fixes fixed fixing'],
    ['show', 'show shows showed showing'],
    ['stay', 'stay stays stayed staying'],
    ['need', 'need needs needed needing'],
    ['lie', 'lie lies lied lying'],
    ['tie', 'tie ties tied tying'],
    ['overrun', 'overrun overruns overran overrunning'],
    ['withstand', 'withstand withstands withstood withstanding'],
    ['lend', 'lend lends lent lending'],
  ])('%s: %s', (lemma, forms) => {
    expect(formsOf(lemma).join(' ')).toBe(forms);
  });

  it.each([
    ['took', 'take'],
    ['taken', 'take'],
    ['is', 'be'],
    ['has', 'have'],
    ['dying', 'die'],
    ['left', 'leave'],
    ['visited', undefined],
    ['take', undefined],
  ])('the lemma of "%s" is %s', (form, lemma) => {
    expect(lemmaOf(form)).toBe(lemma);
  });

  it('tells an irregular past from a regular one and a participle', () => {
    expect(['hit', 'withdrew', 'was', 'visited', 'taken'].map(isPastForm)).toEqual([true, true, true, false, false]);
    expect([pastOf('hold'), participleOf('hold'), participleOf('swear'), pastOf('announce')]).toEqual([
      'held',
      'held',
      'sworn',
      'announced',
    ]);
  });
});
