// One table of irregular verb forms serves every stage: each form in it is well made, and a
// verb's forms come out right whether the table spells them or the spelling rule makes them.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERB_FORMS, formsOf, isPastForm, lemmaOf, participleOf, pastOf } from '../../../src/extract/language/verbForms.ts';
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
    const ruled = (lemma: string) => (lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`);
    const regular = entries.filter(([lemma, e]) => e.past === ruled(lemma) || (e.participle !== undefined && e.participle === e.past));
    expect(regular.map(([lemma]) => lemma)).toEqual([]);
  });

  it('holds every verb a stage knows by its irregular forms only', () => {
    expect(events.pastOnlyVerbs.split(' ').filter((v) => !(v in VERB_FORMS))).toEqual([]);
  });

  it('makes the forms of every going verb', () => {
    expect(participants.goingVerbs.split(' ').flatMap(formsOf)).toContain('patrolled');
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
