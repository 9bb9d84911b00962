// Computed ends must be plausible: a length in a comparison is no period, a length that belongs to
// another verb is not the date's, and a period told as over ends before the document. Our own sentences.
import { describe, expect, it } from 'vitest';
import { extractTexts } from '../../../src/extract/pipeline.ts';
import { gazetteer } from '../helpers.ts';
import { analyzeTimes } from '../../../src/extract/timex/index.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';

const run = (body: string, date = '2011-02-11') =>
  extractTexts([{ path: 'doc.md', raw: `---\ntitle: Test\ndate: ${date}\n---\n${body}` }], gazetteer()).dataset.events;

describe('plausible ends', () => {
  it.each([
    ['a comparison', 'The town shivered through its coldest December for 100 years.'],
    ['a comparison with "in"', 'Car sales jumped in the best January in 40 years.'],
    ['a length that belongs to another verb', 'Nearly three decades of one-party rule ended with protests that began on January 25.'],
    ['a period told as over that would end after the document', 'The blockade that began in March 2010 lasted 18 months.'],
  ])('%s: %j gives no interval and no end after the document date', (_, sentence) => {
    const events = run(sentence);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.time?.interval?.duration ?? null).toBeNull();
      if (e.time) expect(e.time.end <= '2011-02-12').toBe(true);
    }
  });

  it('still gives a period its computed end when the text says how long it lasted', () => {
    const [e] = run('The 2008 truce lasted six months.');
    expect(e!.time!.interval).toMatchObject({ duration: 'P6M', to: { anchor: 'computed' } });
  });

  it('still gives a scheduled period an end after the document date', () => {
    const events = run('A six-month trial that begins in March 2011 will test the new rules.');
    expect(events.some((e) => e.time?.interval?.duration === 'P6M')).toBe(true);
  });
});

describe('the document anchor', () => {
  it('bounds an undated news event by the publication date, as an upper bound and never a precise day', () => {
    const [e] = run('The central bank has raised its main interest rate.');
    expect(e!.time).toMatchObject({
      value: '2011-02-11',
      start: '2011-02-11',
      end: '2011-02-12',
      anchor: 'document',
      mod: 'ON_OR_BEFORE',
      approximate: true,
      interval: null,
    });
    expect(e!.evidence[0]!.timex).toBeNull();
  });

  it.each([
    ['a plan', 'The government will build a new port.'],
    ['a possibility', 'The strike could spread to other cities.'],
  ])('leaves %s undated: it is not known to have happened', (_, sentence) => {
    for (const e of run(sentence)) expect(e.time).toBeNull();
  });

  it('gives nothing when the document has no date', () => {
    const events = extractTexts([{ path: 'doc.md', raw: 'The central bank has raised its main interest rate.' }], gazetteer()).dataset
      .events;
    expect(events[0]!.time).toBeNull();
  });

  it('prefers the time of the clause, then of its sentence, to the publication date', () => {
    const events = run('The store was renamed in 2006, as the company began selling films.');
    expect(events.map((e) => [e.title, e.time?.value, e.time?.anchor])).toEqual([
      ['The store was renamed in 2006', '2006', 'explicit'],
      ['The company began selling films', '2006', 'explicit'],
    ]);
  });

  it('bounds a plain past with no date by the publication date, in the lead and deeper in', () => {
    const lead = [
      '# Dock strike ends',
      'Dock workers returned to work.',
      'The union signed a deal.',
      'Ships unloaded.',
      'Police arrested two pickets.',
    ];
    const events = run(lead.join('\n'));
    const byTitle = new Map(events.map((e) => [e.title, e.time?.anchor ?? null]));
    expect(byTitle.get('Dock workers returned to work')).toBe('document');
    expect(byTitle.get('Police arrested two pickets')).toBe('document');
  });
});

describe('dates that depend on who said what, and when', () => {
  const valuesOf = (text: string, dct: string) =>
    analyzeTimes(text, { dct, sentences: splitSentences(text) }).timexes.map((t) => [t.text, t.value]);

  it.each([
    [
      'a future reported without quotes counts from the day it was said',
      'The regulator said on Monday the new fees would apply from Tuesday.',
      '2024-06-12',
      [
        ['Monday', '2024-06-10'],
        ['Tuesday', '2024-06-11'],
      ],
    ],
    [
      'a visit planned in a month already past this year is next year’s',
      'The queen will tour Canada in April.',
      '2024-06-12',
      [['April', '2025-04']],
    ],
    [
      'a day of an event whose year the subject names is of that year',
      'The 2019 referendum was held on Oct. 6.',
      '2024-06-12',
      [
        ['2019', '2019'],
        ['Oct. 6', '2019-10-06'],
      ],
    ],
    [
      'a report of last month’s figures still looks back',
      'The retailer will publish its May sales on Friday.',
      '2024-06-12',
      [
        ['May', '2024-05'],
        ['Friday', '2024-06-14'],
      ],
    ],
  ])('%s', (_, text, dct, expected) => {
    expect(valuesOf(text, dct)).toEqual(expected);
  });
});
