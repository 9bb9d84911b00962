// The extractor's fast paths answer as the patterns and the general code they stand in for: a word's
// capital and camel case, the reports of an event of one passage, and the stage clock that
// `npm run bench:extract` reads.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCamel, isCap } from '../../../src/extract/actors/words.ts';
import { reportsOf } from '../../../src/model/reportsOf.ts';
import type { Evidence } from '../../../src/model/dataset.ts';
import { extractTexts, measureStages } from '../../../src/extract/core.ts';
import { toReport } from '../../../src/extract/corpus/reports.ts';
import type { DocFacts } from '../../../src/extract/corpus/reports.ts';
import { compatible } from '../../../src/extract/corpus/merge.ts';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import { ANY_ADVERB, ADVERB_ANYWHERE } from '../../../src/extract/attribution.ts';
import { PERSON, TITLE_BEFORE_CAPITAL } from '../../../src/extract/actors/people.ts';
import { barsBetween, isCaps, mayOpenThing } from '../../../src/extract/actors/words.ts';
import { headClass, NAME_HEAD_WORDS } from '../../../src/extract/actors/things.ts';
import { firstWord } from '../../../src/extract/actors/gazetteer.ts';
import { notNounAt } from '../../../src/extract/actors.ts';
import { firstUnits, formsAt, wordsIn } from '../../../src/extract/actors/match.ts';
import type { Form } from '../../../src/extract/actors/gazetteer.ts';
import { analyze } from '../../../src/extract/language/analyze.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import names from '../../../src/extract/actors/names.json' with { type: 'json' };
import { leadEndsWith } from '../../../src/extract/actors/words.ts';
import { GUARDED_LEADS as PLACE_LEADS } from '../../../src/extract/actors/kinds.ts';
import { GUARDED_LEADS as PRODUCT_LEADS } from '../../../src/extract/actors/products.ts';
import { lineKind } from '../../../src/extract/events/lines.ts';

const CAP = /^\p{Lu}/u;
const CAMEL = /^\p{Ll}{1,2}\p{Lu}\p{Ll}{2}/u;
const letters = ['a', 'z', 'A', 'Z', 'é', 'É', 'ß', 'İ', 'ǅ', '1', '-', "'", '’', '𝐀', '𝐚', 'K', 'ı'];
const word = fc.array(fc.constantFrom(...letters), { maxLength: 7 }).map((cs) => cs.join(''));

describe('fast paths', () => {
  it('tells a capital and camel case as the patterns do, for any word', () => {
    const words = ['iPod', 'eBay', 'iPhone', 'ipod', 'IPod', 'Apple', 'apple', '', 'éBay', 'ÉBay', 'iÉtat', 'xxYzz', 'xxxYz'];
    for (const w of words) {
      expect(isCap(w), w).toBe(CAP.test(w));
      expect(isCamel(w), w).toBe(CAMEL.test(w));
    }
    fc.assert(
      fc.property(word, (w) => isCap(w) === CAP.test(w) && isCamel(w) === CAMEL.test(w)),
      { numRuns: 2000 },
    );
  });

  it('counts the reports of an event of one passage as of any other', () => {
    const evidence: Evidence[] = [{ docId: 'a', start: 0, end: 5, trigger: { start: 0, end: 2 }, timex: null }];
    for (const date of ['2024-03-01', null]) {
      const doc = () => ({ date, source: 'Wire', original: 'a' });
      const one = reportsOf(evidence, doc);
      // The same passage twice takes the general path: the counts must not differ.
      expect(one).toEqual(reportsOf([...evidence, { ...evidence[0]! }], doc));
      expect(Object.keys(one)).toEqual(['documents', 'sources', 'first', 'last']);
    }
  });

  it('measures every stage when a clock is set, and nothing when none is', () => {
    const spent = new Map<string, number>();
    let tick = 0;
    measureStages({ now: () => tick++, spent });
    try {
      extractTexts([{ path: 'a.md', raw: 'The council met on 3 March 2024 in Lyon.\n' }]);
    } finally {
      measureStages(null);
    }
    expect([...spent.keys()]).toEqual([
      'sentences',
      'language',
      'noise',
      'times',
      'actors',
      'attribution',
      'events',
      'fingerprint',
      'corpus',
      'checks',
    ]);
    const before = tick;
    extractTexts([{ path: 'a.md', raw: 'The council met on 3 March 2024 in Lyon.\n' }]);
    expect(tick).toBe(before);
  });

  it("reads a report's passage only when another report could be its reworded copy", () => {
    const text = 'Rebels seized the airport on Monday after a long siege, a spokesman for the army said.';
    const event = (id: string, day: string, trigger: [number, number]): TimelineEvent => ({
      id,
      title: text.slice(trigger[0], trigger[1]),
      time: { value: day, start: day, end: day, granularity: 'day', anchor: 'explicit', approximate: false, mod: null, interval: null },
      actorIds: ['rebels'],
      attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
      evidence: [{ docId: id, start: 0, end: text.length, trigger: { start: trigger[0], end: trigger[1] }, timex: null }],
    });
    let reads = 0;
    const facts = (order: number): DocFacts => ({
      order,
      text,
      names: [],
      get timexes() {
        reads++; // the passage's shingles are read without its dates
        return [];
      },
    });
    const docs = new Map([
      ['a', facts(0)],
      ['b', facts(1)],
    ]);
    // "seized" on one day, "siege" on a day a week later: no test of the passage can join them.
    const a = toReport(event('a', '2024-03-04', [7, 13]), (id) => docs.get(id)!);
    const b = toReport(event('b', '2024-03-11', [49, 54]), (id) => docs.get(id)!);
    expect(reads).toBe(0);
    expect(compatible(a, b)).toBe(false);
    expect(reads).toBe(0);
    // Asked for, each document's passage is read once, however often it is asked for.
    expect(a.shingles()).toEqual(b.shingles());
    expect(a.shingles()).toBe(a.shingles());
    expect(reads).toBe(2);
  });
});

/** Pieces of sentences around titles, roles and hedges, in several cases and spacings. */
const phrase = fc
  .array(
    fc.constantFrom(
      'Chief',
      'Justice',
      'President',
      'president',
      'Vice',
      'Secretary',
      'of',
      'State',
      'Gen.',
      'first',
      'lady',
      'Lady',
      'spokesman',
      'Ana',
      'Ruiz',
      'ÉMILE',
      'Élan',
      'al-',
      'reportedly',
      'REPORTEDLY',
      'is',
      'said',
      'to',
      'an',
      'estimated',
      'Likely',
      'ſaid',
      'x',
      '-',
      ',',
      '.',
      ' ',
      '  ',
      '\t',
      '\n',
      '\u00a0',
      'ex',
      'official',
      'Official',
    ),
    { maxLength: 10 },
  )
  .map((p) => p.join(''));

describe('the checks that spare a sentence a costly search', () => {
  it('pass every sentence that a title or role before a name is found in', () => {
    const person = new RegExp(PERSON.source, 'u');
    const sentences = [
      'Chief Justice Ana Ruiz ruled.',
      'ex-President Ruiz',
      'the first lady Ana Ruiz',
      'Gen. Ruiz',
      'Secretary of State Ana Ruiz',
    ];
    for (const s of sentences) expect(person.test(s) && TITLE_BEFORE_CAPITAL.test(s), s).toBe(true);
    expect(TITLE_BEFORE_CAPITAL.test('The president said nothing.')).toBe(false);
    fc.assert(
      fc.property(phrase, (s) => !person.test(s) || TITLE_BEFORE_CAPITAL.test(s)),
      { numRuns: 4000 },
    );
  });

  it('pass every sentence that a hedge is found in', () => {
    for (const s of ['It was REPORTEDLY sold.', 'He is\tsaid  to be ill.', 'An estimated 40 died.', 'x-likely'])
      expect(ANY_ADVERB.test(s) && ADVERB_ANYWHERE.test(s), s).toBe(true);
    expect(ADVERB_ANYWHERE.test('The talks went on, he said.')).toBe(false);
    fc.assert(
      fc.property(phrase, (s) => !ANY_ADVERB.test(s) || ADVERB_ANYWHERE.test(s)),
      { numRuns: 4000 },
    );
  });

  it("pass every word that opens a thing's name", () => {
    const words = [...NAME_HEAD_WORDS, ...names.shipPrefixes.split(' ')].flatMap((w) => [
      w,
      w.toUpperCase(),
      w[0]!.toUpperCase() + w.slice(1),
    ]);
    for (const w of [...words, 'Kite', '\u212aite', 'Éclair', '9th']) {
      const opens = names.shipPrefixes.split(' ').includes(w) || headClass(w) !== undefined;
      expect(!opens || mayOpenThing(w), w).toBe(true);
    }
    expect(mayOpenThing('Obama')).toBe(NAME_HEAD_WORDS.some((w) => w.startsWith('o') && w.length === 5));
    expect(mayOpenThing('Ship')).toBe(NAME_HEAD_WORDS.includes('ship'));
  });
});

describe('words read without patterns', () => {
  it('takes a first word and tells capitals as the patterns do', () => {
    const FIRST = /^[\p{L}\p{N}]+/u;
    const CAPS = /^[\p{Lu}\d&.'’-]{2,}$/u;
    const forms = [
      'Gaza Strip',
      'Gaza',
      '',
      ' Gaza',
      'U.S.',
      '𝐀bc def',
      'Côte d’Ivoire',
      'al-Qaida',
      '9/11',
      'NATO',
      'NaTO',
      'N1',
      'A',
      'AT&T',
    ];
    for (const f of forms) {
      expect(firstWord(f), f).toBe(FIRST.exec(f)?.[0] ?? f);
      expect(isCaps(f), f).toBe(CAPS.test(f) && /\p{Lu}.*\p{Lu}/u.test(f));
    }
    fc.assert(
      fc.property(word, (w) => firstWord(w) === (FIRST.exec(w)?.[0] ?? w) && isCaps(w) === (CAPS.test(w) && /\p{Lu}.*\p{Lu}/u.test(w))),
      { numRuns: 3000 },
    );
  });

  it("looks a word up only among forms that open with its first letter, the document's forms added last among them", () => {
    const form = (text: string): Form => ({ text, actorId: text, kind: 'name' });
    const forms = new Map([['Valmora', [form('Valmora Harbour'), form('Valmora')]]]);
    const text = 'Officials of Valmora met Kessar envoys in Ölund.';
    const words = wordsIn(text, 0, text.length);
    const found = () => formsAt(text, words, text.length, [forms]).flatMap((m) => (m ? [m.form.text] : []));
    expect(found()).toEqual(['Valmora']);
    expect([...firstUnits(forms)]).toEqual(['V'.charCodeAt(0)]);
    forms.set('Kessar', [form('Kessar')]);
    forms.set('Ölund', [form('Ölund')]);
    expect(found()).toEqual(['Valmora', 'Kessar', 'Ölund']);
  });

  it('counts the bars of a table row in place', () => {
    for (const [row, bars] of [
      ['| a | b |', 2],
      ['a | b', 1],
      ['plain', 0],
      ['||', 2],
    ] as const)
      expect(barsBetween(`x${row}y`, 1, row.length + 1)).toBe(bars);
    expect(barsBetween('a|b|c', 0, 2)).toBe(1);
  });

  it("answers the tagger's no-noun words as the set of all of them does", () => {
    const text = 'Despite the storm, Officials said. Reuters reported it. Meanwhile Ana Ruiz left Lyon quickly.';
    const { sentences } = analyze(text, splitSentences(text));
    const all = new Set(sentences.flatMap((s) => s.tokens.filter((t) => !['PROPN', 'NOUN', 'X'].includes(t.pos)).map((t) => t.start)));
    const lookup = notNounAt(sentences);
    for (let at = -1; at <= text.length; at++) expect(lookup.has(at), String(at)).toBe(all.has(at));
  });

  it('tries a pattern on a lead only when the lead ends in a word its match ends with', () => {
    const leads = [
      'Ferries sailed to the cities of ',
      'the towns, including ',
      'provinces such as ',
      'in Ramadi, ',
      'near Fallujah and even ',
      'in Baquba or ',
      'The navy flew the crew from Lyon to ',
      'the firm unveiled its new ',
      'Vantrell launched the ',
      'shipped a ',
      'the Kindle, an ',
      'said the ',
      'for ',
      'Ghana ',
      'flew to',
      'of\u00a0',
      'cities of\t',
    ];
    const parts = [
      ' ',
      '\t',
      ',',
      'the',
      'of',
      'to',
      'and',
      'or',
      'even',
      'in',
      'Lyon',
      'cities',
      'unveiled',
      'flew',
      'THE',
      'Its',
      'ſ',
      'K',
      'İ',
      'a',
      'new',
    ];
    const lead = fc.array(fc.constantFrom(...parts), { maxLength: 8 }).map((ps) => ps.join(''));
    for (const [pattern, ends] of [...PLACE_LEADS, ...PRODUCT_LEADS]) {
      for (const l of leads) if (pattern.test(l)) expect(leadEndsWith(l, ends), `${pattern.source.slice(0, 30)} ${l}`).toBe(true);
      fc.assert(
        fc.property(lead, (l) => !pattern.test(l) || leadEndsWith(l, ends)),
        { numRuns: 3000 },
      );
    }
    expect(PLACE_LEADS.some(([pattern]) => leads.some((l) => pattern.test(l)))).toBe(true);
    expect(leadEndsWith('in Ghana ', ['an'])).toBe(false);
    expect(leadEndsWith('said the', ['the'])).toBe(false);
  });

  it('keys a line for its repeats as the whole lowered, single-spaced line does', () => {
    const text = [
      'Dock strike spreads to the northern ports',
      'DOCK  strike spreads to\tthe northern ports',
      'A short headline here',
      'A short headline here',
      'Twenty chars exactly',
      'Twenty chars exactly',
      '  | 2005-10-11 | Relief flights resume |',
      'CAIRO, Egypt',
    ].join('\n');
    const seen = new Set<string>();
    const kinds = [];
    let start = 0;
    for (const line of text.split('\n')) {
      kinds.push(lineKind(text, { start, end: start + line.length }, [], seen));
      start += line.length + 1;
    }
    expect(kinds).toEqual([null, 'repeat', null, 'repeat', null, null, 'table', 'dateline']);
  });
});
