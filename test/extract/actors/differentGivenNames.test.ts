// Across documents, two people whose given names differ stay two, though their surnames alone are
// spellings of one word that join each of them ("Abdel Moussa" in some stories, "Hana Musa" in others).
import { describe, expect, it } from 'vitest';
import { unifyActors } from '../../../src/extract/actors/identity.ts';
import type { DocContext } from '../../../src/extract/context.ts';
import { slug } from '../../../src/extract/ids.ts';

/** A document that names each person once, and nothing else. */
const doc = (names: string[]) => {
  const text = `${names.join(' and ')} spoke on Monday.`;
  return {
    text,
    actors: names.map((name) => ({ id: slug(name), name, kind: 'person', aliases: [], parentId: null })),
    actorMentions: names.map((name) => ({
      start: text.indexOf(name),
      end: text.indexOf(name) + name.length,
      text: name,
      actorId: slug(name),
    })),
    events: [],
  } as unknown as DocContext;
};
/** A document of its own text that names each of `names` wherever it stands. */
const textDoc = (text: string, names: string[]) =>
  ({
    text,
    actors: names.map((name) => ({ id: slug(name), name, kind: 'person', aliases: [], parentId: null })),
    actorMentions: names.flatMap((name) =>
      [...text.matchAll(new RegExp(String.raw`\b${name}\b`, 'g'))].map((m) => ({
        start: m.index,
        end: m.index + name.length,
        text: name,
        actorId: slug(name),
      })),
    ),
    events: [],
  }) as unknown as DocContext;

/** The actor each document's first mention ends up naming. */
const actorsOf = (...docs: string[][]) => unifyActors(docs.map(doc), new Set()).map((d) => d.actorMentions[0]!.actorId);

describe('people whose given names differ', () => {
  it("stay apart when each one's surname alone is spelled like the other's", () => {
    const [abdel, hana] = actorsOf(['Abdel Moussa'], ['Hana Musa'], ['Moussa'], ['Musa']);
    expect(abdel).toBe('abdel-moussa');
    expect(hana).toBe('hana-musa');
  });

  it('still join a fuller form of the same name', () => {
    expect(actorsOf(['Hosni Mubarak'], ['Mohamed Hosni Mubarak'], ['Mohamed Hosni Mubarak'])[0]).toBe('mohamed-hosni-mubarak');
  });
});

describe('a person named by a given name of several words', () => {
  it.each([
    [
      'the one fuller name it opens',
      [['Nur al-Huda'], ['Nur al-Huda Mansouri'], ['Nur al-Huda Mansouri'], ['Mansouri']],
      'nur-al-huda-mansouri',
    ],
    [
      'the fuller name the corpus names most',
      [
        ['Nur al-Huda'],
        ['Nur al-Huda Mansouri'],
        ['Nur al-Huda Mansouri'],
        ['Nur al-Huda Mansouri'],
        ['Nur al-Huda Rami'],
        ['Mansouri'],
        ['Rami'],
      ],
      'nur-al-huda-mansouri',
    ],
  ])('joins %s', (_, docs, id) => {
    expect(actorsOf(...docs)[0]).toBe(id);
  });

  // Each corpus also names "Omar al-Din" in full, whom "Omar al-Din" alone joins.
  const joined = [['Omar al-Din'], ['Omar al-Din Haddad'], ['Omar al-Din Haddad'], ['Haddad']];
  it.each([
    ['a family name the corpus never names alone', [['Nur al-Huda'], ['Nur al-Huda Mansouri'], ['Nur al-Huda Mansouri']]],
    ['a word run in after it', [['Karl Brandt'], ['Karl Brandt The'], ['Karl Brandt The'], ['Brandt']]],
    [
      'two fuller names named alike',
      [
        ['Nur al-Huda'],
        ['Nur al-Huda Mansouri'],
        ['Nur al-Huda Mansouri'],
        ['Nur al-Huda Rami'],
        ['Nur al-Huda Rami'],
        ['Mansouri'],
        ['Rami'],
      ],
    ],
  ])('stays apart from %s', (_, docs) => {
    const ids = actorsOf(...docs, ...joined);
    expect(ids[0]).toBe(slug(docs[0]![0]!));
    expect(ids[docs.length]).toBe('omar-al-din-haddad');
  });
});

describe('a name of two words that opens a fuller one', () => {
  const fuller = [['Karim Hadi Mansour'], ['Karim Hadi Mansour'], ['Mansour']];
  it.each([
    ['stays a full name when its own documents name its last word alone', ['Karim Hadi', 'Hadi'], 'karim-hadi'],
    ['joins the fuller name otherwise (control)', ['Karim Hadi'], 'karim-hadi-mansour'],
  ])('%s', (_, first, id) => {
    expect(actorsOf(first, ...fuller)[0]).toBe(id);
  });
  it('stays a full name when the documents of another spelling of it name its last word alone', () => {
    const ids = actorsOf(['Mohammed Hadi'], ['Mohamed Hadi', 'Hadi'], ...fuller.map((d) => d.map((n) => n.replace('Karim', 'Mohammed'))));
    expect(ids[0]).not.toBe('mohammed-hadi-mansour');
  });
  it('joins a fuller name whose family name comes with a particle, whatever its documents say', () => {
    expect(actorsOf(['Karim Hadi Omar', 'Omar'], ['Karim Hadi Omar al Mansour'], ['Karim Hadi Omar al Mansour'], ['Mansour'])[0]).toBe(
      'karim-hadi-omar-al-mansour',
    );
  });
  it('joins when the given name is compound, whatever its documents say', () => {
    expect(actorsOf(['Abu Karim', 'Karim'], ['Abu Karim Mansouri'], ['Abu Karim Mansouri'], ['Mansouri'])[0]).toBe('abu-karim-mansouri');
  });
});

describe('a common word run into a name before it', () => {
  const runIn = (...docs: string[][]) =>
    unifyActors(docs.map(doc), new Set(), new Set(), (w) => ['Charge', 'North', 'South', 'Hopefully'].includes(w)).map(
      (d) => d.actorMentions[0]!.actorId,
    );
  it('is left out: the name joins the person the corpus names by its other words, not another with a word run in', () => {
    const ids = runIn(
      ['Charge Obama'],
      ['Barack Obama'],
      ['Barack Obama'],
      ['Barack Obama'],
      ['Michelle Obama'],
      ['North Halvania'],
      ['South Halvania'],
      ['Halvania'],
      ['Obama'],
    );
    expect(ids.slice(0, 7)).toEqual([
      'barack-obama',
      'barack-obama',
      'barack-obama',
      'barack-obama',
      'michelle-obama',
      'north-halvania',
      'south-halvania',
    ]);
  });
  it('stays when what is left is a word the corpus opens a full name with', () => {
    const ids = runIn(['Hopefully Zoltar'], ['Zoltar Brandt'], ['Anna Zoltar'], ['Anna Zoltar'], ['Anna Zoltar'], ['Zoltar']);
    expect(ids[0]).toBe('hopefully-zoltar');
    // The same corpus, no full name opened with "Zoltar": it joins.
    expect(runIn(['Hopefully Zoltar'], ['Anna Zoltar'], ['Anna Zoltar'], ['Anna Zoltar'], ['Zoltar'])[0]).toBe('anna-zoltar');
  });
  it('stays when what is left names an actor of the lexicon', () => {
    const docs = [['Mass Varnia'], ['Omar Varnia'], ['Omar Varnia'], ['Omar Varnia'], ['Varnia']].map(doc);
    const ids = (known: string[]) =>
      unifyActors(docs, new Set(known), new Set(), (w) => w === 'Mass').map((d) => d.actorMentions[0]!.actorId);
    expect(ids(['varnia'])[0]).toBe('mass-varnia');
    // The same corpus, "Varnia" no actor of the lexicon: it joins.
    expect(ids([])[0]).toBe('omar-varnia');
  });
  it.each([
    ["a people's word", ['Alleged Varnian'], (w: string) => w === 'Varnian', 'alleged-varnian'],
    ['a family name (control)', ['Alleged Varnian'], () => false, 'omar-varnian'],
  ])('is left alone when what is left is %s', (_, first, isPeople, id) => {
    const docs = [first, ['Omar Varnian'], ['Omar Varnian'], ['Omar Varnian'], ['Varnian']].map(doc);
    const ids = unifyActors(docs, new Set(), new Set(), (w) => w === 'Alleged', isPeople).map((d) => d.actorMentions[0]!.actorId);
    expect(ids[0]).toBe(id);
  });
  it("is a word run in when written inside a clause of a reader's comment", () => {
    const text = 'Posted by dan: so Rush Limberg attacked the plan.';
    const comment = { ...textDoc(text, ['Rush Limberg']), noise: { spans: [{ start: 0, end: text.length }], blocks: 1 } } as DocContext;
    const docs = [comment, ...[['David Limberg'], ['David Limberg'], ['David Limberg'], ['Limberg']].map(doc)];
    const ids = unifyActors(docs, new Set(), new Set(), (w) => w === 'Rush').map((d) => d.actorMentions[0]!.actorId);
    expect(ids[0]).toBe('david-limberg');
  });
  it('joins no name whose first word is written in lower case', () => {
    const ids = unifyActors(
      [['Alleged Halvorsen'], ['am Halvorsen'], ['am Halvorsen'], ['Halvorsen']].map(doc),
      new Set(),
      new Set(),
      (w) => w === 'Alleged',
    ).map((d) => d.actorMentions[0]!.actorId);
    expect(ids[0]).toBe('alleged-halvorsen');
  });
  it.each([
    ['inside a clause in two documents, where its capital tells a name', 'On Friday, Rush Limberg attacked the plan.', 2, 'rush-limberg'],
    ['inside a clause in one document only (a slogan, a stray comment)', 'On Friday, Rush Limberg attacked the plan.', 1, 'david-limberg'],
    ["at a sentence's start (control)", 'Rush Limberg attacked the plan.', 2, 'david-limberg'],
  ])('is a first name when written %s', (_, text, times, id) => {
    const told = Array.from({ length: times }, () => textDoc(text, ['Rush Limberg']));
    const docs = [...told, ...[['David Limberg'], ['David Limberg'], ['David Limberg'], ['Limberg']].map(doc)];
    const ids = unifyActors(docs, new Set(), new Set(), (w) => w === 'Rush').map((d) => d.actorMentions[0]!.actorId);
    expect(ids[0]).toBe(id);
  });
});
