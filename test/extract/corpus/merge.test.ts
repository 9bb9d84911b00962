// Reports of one occurrence in several documents: joined into one event, and near misses kept apart.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import type { Dataset, Evidence, TimelineEvent } from '../../../src/model/dataset.ts';
import { gazetteer } from '../helpers.ts';
import type { Report } from '../../../src/extract/corpus/merge.ts';
import { compatible } from '../../../src/extract/corpus/merge.ts';

const doc = (path: string, date: string, source: string, body: string) => ({
  path,
  raw: `---\ntitle: ${path}\ndate: ${date}\nsource: ${source}\n---\n${body}\n`,
});
let texts = new Map<string, string>();
const run = (...docs: { path: string; raw: string }[]) => {
  const extraction = extractTexts(docs, gazetteer());
  texts = new Map(extraction.texts.map((t) => [t.id, t.text]));
  return extraction.dataset;
};
/** A passage's words: its document's text at its offsets. */
const quoteOf = (v: Evidence) => texts.get(v.docId)!.slice(v.start, v.end);
/** The events whose passages hold this sentence. */
const eventsWith = (ds: Dataset, sentence: string) => ds.events.filter((e) => e.evidence.some((v) => quoteOf(v).includes(sentence)));
const docsOf = (e: TimelineEvent) => [...new Set(e.evidence.map((v) => v.docId))];

describe('one event, many reports', () => {
  const a = 'Peruvian Prime Minister Ana Torres resigned on March 3, 2031, after weeks of protests.';
  const b = 'Prime Minister Ana Torres of Peru resigned on March 3, 2031, state television said.';

  it('joins reports of one occurrence from two documents into one event holding every passage', () => {
    const ds = run(doc('wire/a.md', '2031-03-04', 'Wire One', a), doc('daily/b.md', '2031-03-05', 'Daily Two', b));
    const [event, ...others] = eventsWith(ds, 'resigned');
    expect(others).toHaveLength(0);
    expect(event!.evidence.map((v) => quoteOf(v))).toEqual([a, b]);
    expect(docsOf(event!)).toHaveLength(2);
    expect(event!.reports).toEqual({ documents: 2, sources: 2, first: '2031-03-04', last: '2031-03-05' });
    expect(event!.time!.value).toBe('2031-03-03');
    expect(event!.disagreements).toBeUndefined();
  });

  it('keeps the id of the first report, whatever other documents are added', () => {
    const alone = run(doc('wire/a.md', '2031-03-04', 'Wire One', a));
    const both = run(doc('wire/a.md', '2031-03-04', 'Wire One', a), doc('daily/b.md', '2031-03-05', 'Daily Two', b));
    const more = run(
      doc('wire/a.md', '2031-03-04', 'Wire One', a),
      doc('daily/b.md', '2031-03-05', 'Daily Two', b),
      doc('other/c.md', '2031-03-06', 'Third', 'Hamas fighters clashed with Israeli troops on 1 March 2031.'),
    );
    const id = eventsWith(alone, 'resigned')[0]!.id;
    expect(eventsWith(both, 'resigned').map((e) => e.id)).toEqual([id]);
    expect(eventsWith(more, 'resigned').map((e) => e.id)).toEqual([id]);
  });

  it('shows reports that disagree on the date as versions with their sources, dated by the first report on a tie', () => {
    const late = 'On March 4, 2031, Prime Minister Ana Torres of Peru resigned, state television said.';
    const ds = run(doc('wire/a.md', '2031-03-06', 'Wire One', a), doc('daily/b.md', '2031-03-06', 'Daily Two', late));
    const [event, ...others] = eventsWith(ds, 'resigned');
    expect(others).toHaveLength(0);
    expect(event!.time!.value).toBe('2031-03-03');
    expect(event!.disagreements).toEqual([
      {
        field: 'date',
        versions: [
          { value: '2031-03-03', docIds: [docsOf(event!)[0]], sources: ['Wire One'] },
          { value: '2031-03-04', docIds: [docsOf(event!)[1]], sources: ['Daily Two'] },
        ],
      },
    ]);
  });

  it('shows reports that disagree on a figure as versions with their sources', () => {
    const ds = run(
      doc('wire/a.md', '2031-09-10', 'Wire One', 'A car bomb killed 12 people outside the UN compound in Kabul on 9 September 2031.'),
      doc('daily/b.md', '2031-09-10', 'Daily Two', 'A car bomb killed 15 people outside the UN compound in Kabul on 9 September 2031.'),
    );
    const [event, ...others] = eventsWith(ds, 'car bomb');
    expect(others).toHaveLength(0);
    expect(event!.disagreements).toEqual([
      {
        field: 'figure',
        versions: [
          { value: '12 people', docIds: [docsOf(event!)[0]], sources: ['Wire One'] },
          { value: '15 people', docIds: [docsOf(event!)[1]], sources: ['Daily Two'] },
        ],
      },
    ]);
  });
});

describe('reports in other words that are one occurrence', () => {
  it.each([
    [
      'a phrase of a known kind ("stepped down") and its plain word',
      'Peruvian Prime Minister Ana Torres stepped down on March 3, 2031, after weeks of protests.',
      'Prime Minister Ana Torres of Peru resigned on March 3, 2031, state television said.',
    ],
    [
      'the same word of no known kind, with two participants in common',
      'President Luis Vega received a letter from UN envoy Tor Wennesland on 4 April 2031.',
      'On 4 April 2031, President Luis Vega received a report from Tor Wennesland on the crisis.',
    ],
    [
      'crowds that gathered and rallied in one square',
      'At least 2,000 protesters gathered in Plaza Mayor on 6 June 2031 to demand the release of Ana Torres.',
      'Thousands rallied in Plaza Mayor on 6 June 2031, calling for Ana Torres to be freed.',
    ],
    [
      'an event word that opens its sentence with a capital',
      'Speaking on state television on 9 May 2031, Interior Minister Omar Haddad blamed foreign agents for the unrest.',
      'Speaking on state television on 9 May 2031, Jordan’s interior minister, Omar Haddad, blamed foreign agents for the unrest in Amman.',
    ],
  ])('%s', (_, first, second) => {
    const ds = run(doc('wire/a.md', '2031-10-01', 'Wire One', first), doc('daily/b.md', '2031-10-01', 'Daily Two', second));
    const quotes = (e: TimelineEvent) => e.evidence.map(quoteOf);
    const joined = ds.events.filter((e) => quotes(e).includes(first) && quotes(e).includes(second));
    expect(joined).toHaveLength(1);
    expect(docsOf(joined[0]!)).toHaveLength(2);
  });
});

describe('near misses: different events on the same day stay apart', () => {
  it.each([
    [
      'two attacks in two cities',
      'Gunmen attacked the Iraqi Interior Ministry offices in Tikrit on 5 May 2031.',
      'Gunmen attacked the Iraqi Interior Ministry offices in Mosul on 5 May 2031.',
    ],
    [
      'a resignation and an appointment',
      'Peruvian Prime Minister Ana Torres resigned on March 3, 2031.',
      'President Luis Vega appointed Prime Minister Ana Torres on March 3, 2031.',
    ],
    [
      'same actor, different action',
      'The CIA arrested two Malian diplomats on 7 July 2031.',
      'The CIA expelled two Malian diplomats on 7 July 2031.',
    ],
    [
      'same meeting words in two cities',
      'Prime Minister Ana Torres met UN envoy Tor Wennesland in Geneva on 2 June 2031.',
      'Prime Minister Ana Torres met UN envoy Tor Wennesland in Lima on 2 June 2031.',
    ],
    [
      'two people resigning from one government',
      'Jordanian Interior Minister Omar Haddad resigned on 4 April 2031.',
      'Jordanian Finance Minister Lina Saad resigned on 4 April 2031.',
    ],
    [
      'one country, two arrests',
      'Egyptian police arrested 40 protesters in Cairo on 8 May 2031.',
      'Egyptian police arrested 12 journalists in Cairo on 8 May 2031.',
    ],
    [
      'protests on one day, no place named',
      'Protests against President Luis Vega swept the country on 3 March 2031.',
      'Police fired tear gas at protests against President Luis Vega on 3 March 2031.',
    ],
    [
      'the reporting outlet is no shared participant',
      'Cairo (CNN) -- Egyptian police arrested 40 protesters on 8 May 2031.',
      'Cairo (CNN) -- Egyptian police arrested a CNN crew on 8 May 2031.',
    ],
    [
      'the same attack words on consecutive days',
      'Hamas fighters attacked the Israeli army post at Kerem Shalom on 1 August 2031.',
      'Hamas fighters attacked the Israeli army post at Kerem Shalom on 2 August 2031.',
    ],
    [
      'the same fighting on consecutive days',
      'Hamas fighters clashed with Israeli troops on 1 August 2031.',
      'Hamas fighters clashed with Israeli troops on 2 August 2031.',
    ],
    [
      'the same word of no known kind, one participant in common',
      'President Luis Vega spoke at the National Assembly on 5 May 2031.',
      'UN envoy Tor Wennesland spoke with President Luis Vega by phone on 5 May 2031.',
    ],
    [
      '"stepped up" is no "stepped down"',
      'President Luis Vega stepped up security in Lima on 3 March 2031.',
      'President Luis Vega resigned on 3 March 2031.',
    ],
  ])('%s', (_, first, second) => {
    const ds = run(doc('wire/a.md', '2031-10-01', 'Wire One', first), doc('daily/b.md', '2031-10-01', 'Daily Two', second));
    const one = eventsWith(ds, first.slice(0, -1));
    const two = eventsWith(ds, second.slice(0, -1));
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    for (const e of [...one, ...two]) expect(docsOf(e)).toHaveLength(1);
  });
});

describe('one sentence telling two things', () => {
  it('keeps its two events apart when other documents repeat it', () => {
    const sentence = 'Opposition activists formed a human chain outside the palace in Lima on 2 June 2031 and blocked the gates.';
    const ds = run(doc('wire/a.md', '2031-06-03', 'Wire One', sentence), doc('daily/b.md', '2031-06-04', 'Daily Two', sentence));
    const events = eventsWith(ds, 'formed a human chain');
    expect(events.length).toBeGreaterThan(1);
    for (const e of events) expect(new Set(e.evidence.map((v) => `${v.docId}:${v.start}`)).size).toBe(e.evidence.length);
  });
});

describe('a short line said word for word in two documents', () => {
  it('is two things in two transcripts ("We lost the feed."), one in a copied article', () => {
    const lines = (...l: string[]) => l.join('\n\n');
    const ds = run(
      doc('tv/one.md', '2031-03-04', 'TV One', lines('BLITZER: The storm hit the coast on Monday.', 'BLITZER: We lost the feed.', 'Crews worked through the night.')),
      doc('tv/two.md', '2031-03-04', 'TV Two', lines('KING: Talks ended in Geneva without a deal.', 'BLITZER: We lost the feed.', 'We go now to the White House.')),
      doc('daily/a.md', '2031-03-04', 'Daily One', lines('Rebels entered the port town overnight, residents said.', 'We are staying here.', 'Shops stayed shut.')),
      doc('daily/b.md', '2031-03-04', 'Daily Two', lines('Rebels entered the port town overnight, residents said.', 'We are staying here.', 'Schools stayed shut.')),
    );
    const filler = eventsWith(ds, 'We lost the feed.');
    expect(filler).toHaveLength(2);
    for (const e of filler) expect(docsOf(e)).toHaveLength(1);
    const copied = eventsWith(ds, 'We are staying here.');
    expect(copied).toHaveLength(1);
    expect(docsOf(copied[0]!)).toHaveLength(2);
  });
});

it('is two things when it ends two different documents, which share no neighbour but their ends', () => {
  const ds = run(
    doc('news/one.md', '2031-03-04', 'News One', 'Dock workers in the north met their employers on Monday.\n\nThe strike went ahead.'),
    doc('news/two.md', '2031-03-04', 'News Two', 'Nurses in the southern province voted on a new contract.\n\nThe strike went ahead.'),
  );
  const strike = eventsWith(ds, 'The strike went ahead.');
  expect(strike).toHaveLength(2);
  for (const e of strike) expect(docsOf(e)).toHaveLength(1);
});

describe('copies of a document', () => {
  const article = [
    'Peruvian Prime Minister Ana Torres resigned on March 3, 2031, after weeks of protests over fuel prices in the capital.',
    'Her cabinet will stay in office until the president names a successor, the presidency said in a statement.',
    'Opposition leaders called for early elections and promised to keep protesters in the streets until a vote is set.',
    'Markets fell sharply on the news, and the currency lost two percent against the dollar before trading was halted.',
  ].join(' ');

  it('marks an article saved twice, or run by another outlet with its own dateline, as a copy that adds no support', () => {
    const original = doc('wire/a.md', '2031-03-04', 'Wire One', article);
    const copy = doc('saved/a-copy.md', '2031-03-04', 'Wire One', article);
    const syndicated = doc('daily/b.md', '2031-03-05', 'Daily Two', `LIMA (Daily Two) - ${article} Reporting by the Daily Two desk.`);
    const ds = run(original, copy, syndicated);
    const [a, c, b] = ds.documents;
    expect(ds.documents).toHaveLength(3);
    expect(a!.duplicateOf).toBeUndefined();
    expect(c!.duplicateOf).toBe(a!.id);
    expect(b!.duplicateOf).toBe(a!.id);
    const event = eventsWith(ds, 'resigned on March 3, 2031')[0]!;
    expect(docsOf(event)).toHaveLength(3);
    expect(event.reports!.documents).toBe(1);
    expect(event.salience).toBe(eventsWith(run(original), 'resigned on March 3, 2031')[0]!.salience);
  });

  it('does not take two articles about one event for copies', () => {
    const ds = run(
      doc('wire/a.md', '2031-03-04', 'Wire One', article),
      doc(
        'daily/b.md',
        '2031-03-05',
        'Daily Two',
        `${article.split('. ')[0]}. Her successor is expected to be named within days, and the congress will meet on Friday to debate a motion of censure against the whole cabinet over its handling of the crisis.`,
      ),
    );
    expect(ds.documents.map((d) => d.duplicateOf)).toEqual([undefined, undefined]);
  });
});

describe('salience', () => {
  it('weighs independent documents above repeated mentions in one article', () => {
    const ds = run(
      doc('a.md', '2031-06-10', 'a', 'Prime Minister Ana Torres of Peru resigned on 1 June 2031.'),
      doc('b.md', '2031-06-10', 'b', 'Peruvian Prime Minister Ana Torres resigned on 1 June 2031, state television said.'),
      doc('c.md', '2031-06-10', 'c', 'On 1 June 2031, Prime Minister Ana Torres resigned after weeks of protests.'),
      doc(
        'd.md',
        '2031-06-10',
        'd',
        'The CIA arrested two Malian diplomats on 2 June 2031. The arrest of two Malian diplomats by the CIA on 2 June 2031 surprised Bamako. On 2 June 2031 the CIA arrested the two Malian diplomats.',
      ),
    );
    const resignation = eventsWith(ds, 'resigned')[0]!;
    const arrests = eventsWith(ds, 'Malian');
    expect(resignation.reports!.documents).toBe(3);
    for (const e of arrests) expect(e.salience!).toBeLessThan(resignation.salience!);
    // One article's word about a day is one unit, however many events it reports then.
    expect(arrests.reduce((s, e) => s + e.salience!, 0)).toBeLessThan(resignation.salience!);
  });

  it('ranks a day that articles weeks later still name above a busy day of same-day reports', () => {
    const ds = run(
      doc('m1.md', '2031-06-03', 'm1', 'Soldiers killed twelve miners at the Cerro Verde mine on 2 June 2031.'),
      doc('r1.md', '2031-06-10', 'r1', 'Dock workers marched through the port of Callao on 10 June 2031.'),
      doc('r2.md', '2031-06-10', 'r2', 'Thousands of dock workers marched in Callao on 10 June 2031, union leaders said.'),
      doc('r3.md', '2031-06-10', 'r3', 'On 10 June 2031 dock workers marched to the harbour office in Callao.'),
      doc('r4.md', '2031-06-10', 'r4', 'Striking dock workers marched through Callao on 10 June 2031 to demand higher pay.'),
      doc('l1.md', '2031-06-24', 'l1', 'Protests have spread across the south since the killing of twelve miners on 2 June 2031.'),
      doc('l2.md', '2031-07-01', 'l2', 'Families of the miners shot on 2 June 2031 gathered outside the courthouse in Arequipa.'),
    );
    const support = (day: string) => ds.events.filter((e) => e.time?.value === day).reduce((sum, e) => sum + e.salience!, 0);
    expect(support('2031-06-10')).toBeGreaterThan(0);
    expect(support('2031-06-02')).toBeGreaterThan(2 * support('2031-06-10'));
  });

  it('gives nothing to a report written before the date it names (an announcement, not a report)', () => {
    const ds = run(doc('a.md', '2031-05-01', 'a', 'Hamas fighters clashed with Israeli troops on 1 June 2031.'));
    expect(eventsWith(ds, 'clashed')[0]!.salience).toBe(0);
  });
});

describe('two reports of the same word', () => {
  const report = (docId: string, actorIds: string[], negated = false): Report => ({
    event: {
      id: docId,
      title: 'spoke',
      time: null,
      actorIds,
      attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
      evidence: [{ docId, start: 0, end: 1, trigger: { start: 0, end: 1 }, timex: null }],
    },
    order: 0,
    kind: null,
    word: 'speak',
    negated,
    day: 15000,
    places: [],
    shingles: () => new Uint32Array(0),
  });

  it('join with two named participants in common', () => {
    expect(compatible(report('a', ['luis-vega', 'tor-wennesland']), report('b', ['luis-vega', 'tor-wennesland', 'peru']))).toBe(true);
  });

  it('stay apart with one', () => {
    expect(compatible(report('a', ['luis-vega', 'national-assembly']), report('b', ['luis-vega', 'tor-wennesland']))).toBe(false);
  });

  it('stay apart when one says it did not happen ("has not spoken")', () => {
    expect(compatible(report('a', ['luis-vega', 'tor-wennesland'], true), report('b', ['luis-vega', 'tor-wennesland']))).toBe(false);
  });
});
