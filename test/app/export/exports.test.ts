import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { shownEvents } from '../../../src/app/export/shownEvents.ts';
import { eventsCsv, CSV_COLUMNS } from '../../../src/app/export/csv.ts';
import { eventsTimelineJs, timelineJsDate } from '../../../src/app/export/timelineJs.ts';
import { eventsWebAnnotation } from '../../../src/app/export/webAnnotation.ts';
import { eventLink } from '../../../src/app/export/links.ts';
import { appBase } from '../../../src/app/url/appBase.ts';
import { timelineSvg } from '../../../src/app/export/timelineSvg.ts';
import { drawEnds } from '../../../src/app/timeline/drawEnds.ts';
import { seedDataset, seedDocument, SEED_DOC_ID } from '../fixtures/seed.ts';

const BASE = 'https://news.example/timeline/?dataset=data%2Fdataset.json';
const DATASET = 'https://news.example/timeline/data/dataset.json';

function hostileIndex() {
  const dataset = seedDataset();
  const event = dataset.events.find((e) => e.id === 'e-doha-session')!;
  event.title = '=HYPERLINK("http://evil.example") <img src=x onerror=alert(1)>';
  return buildIndex(dataset, []);
}

const index = buildIndex(seedDataset(), []);
/** The seed document's text: a passage's words are sliced from it. */
const TEXTS = new Map([[SEED_DOC_ID, seedDocument().text]]);
const quoteOf = (ev: { start: number; end: number }) => TEXTS.get(SEED_DOC_ID)!.slice(ev.start, ev.end);
/** What the filters would keep: every event, or those `keep` accepts. */
const visibleOf = (keep: (i: number) => boolean = () => true) => Uint8Array.from(index.events, (_, i) => (keep(i) ? 1 : 0));
const all = shownEvents(index, visibleOf());

describe('the events an export holds', () => {
  it('are those the filters keep, dated ones in time order first', () => {
    const visible = visibleOf((i) => index.events[i]!.attribution.certainty === 'stated');
    const events = shownEvents(index, visible).map((i) => index.events[i]!);
    expect(events.every((e) => e.attribution.certainty === 'stated')).toBe(true);
    expect(events.length).toBe(visible.reduce((n, v) => n + v, 0));
    const starts = events.filter((e) => e.time).map((e) => e.time!.start);
    expect(starts).toEqual([...starts].sort());
    expect(events.findIndex((e) => !e.time)).toBe(starts.length);
  });
});

describe('links', () => {
  it('keep the dataset parameter and drop the view', () => {
    const base = appBase('https://news.example/t/?dataset=d.json&actor=hamas&event=x&passage=2&q=doha#top');
    expect(base).toBe('https://news.example/t/?dataset=d.json');
    expect(eventLink(base, 'e 1', 2)).toBe('https://news.example/t/?dataset=d.json&event=e+1&passage=2');
    expect(eventLink(base, 'e1', 0)).toBe('https://news.example/t/?dataset=d.json&event=e1');
  });
});

describe('CSV export', () => {
  it('has one row per event that a CSV parser reads back with every column', () => {
    const csv = eventsCsv(index, all, BASE, TEXTS);
    const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(index.events.length);
    const doha = parsed.data.find((r) => r.id === 'e-doha-session')!;
    const event = index.events[index.eventIndex.get('e-doha-session')!]!;
    expect(doha).toMatchObject({
      date: '2024-06-10',
      start: '2024-06-10',
      end: '2024-06-11',
      precision: 'day',
      title: event.title,
      quote: quoteOf(event.evidence[0]!),
    });
    expect(doha.quote).toContain('Doha');
    expect(new URL(doha.link!).searchParams.get('event')).toBe('e-doha-session');
    const undated = parsed.data.find((r) => r.date === '')!;
    expect(undated.precision).toBe('');
  });

  it('keeps quotes with commas, quotation marks and line breaks intact', () => {
    const dataset = seedDataset();
    const text = 'He said, "no"\nthen left. Nothing else.';
    dataset.events[0]!.evidence[0] = { ...dataset.events[0]!.evidence[0]!, start: 0, end: 23 };
    const csv = eventsCsv(buildIndex(dataset, []), [0], BASE, new Map([[SEED_DOC_ID, text]]));
    const row = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true }).data[0]!;
    expect(row.quote).toBe('He said, "no"\nthen left');
  });

  it('leaves the quote empty when its document is missing or differs (not among the checked texts)', () => {
    const csv = eventsCsv(index, all, BASE, new Map());
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.quote)).toEqual(rows.map(() => ''));
  });

  it('never hands a spreadsheet a formula', () => {
    const hostile = hostileIndex();
    const csv = eventsCsv(hostile, [hostile.eventIndex.get('e-doha-session')!], BASE, TEXTS);
    const row = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true }).data[0]!;
    expect(row.title!.startsWith("'=")).toBe(true);
  });
});

describe('TimelineJS export', () => {
  const json = eventsTimelineJs(index, all, BASE, 'Seed', TEXTS);

  it('has the documented shape: events with a start_date of integer year, a text and a media url', () => {
    expect(Object.keys(json).sort()).toEqual(['events', 'title']);
    for (const slide of json.events) {
      expect(Number.isInteger(slide.start_date.year)).toBe(true);
      for (const d of [slide.start_date, slide.end_date].filter(Boolean)) {
        expect(Object.keys(d!).every((k) => ['year', 'month', 'day', 'display_date'].includes(k))).toBe(true);
        if (d!.day !== undefined) expect(d!.month).toBeDefined();
      }
      expect(typeof slide.text.headline).toBe('string');
      expect(typeof slide.text.text).toBe('string');
      // A blockquote, which TimelineJS shows as text (any other address it shows as an image).
      expect(slide.media.url).toMatch(/^<blockquote>[^<>]+<\/blockquote>$/);
      expect(slide.media.caption).toMatch(/href="https:\/\/news\.example\/timeline\/\?[^"]*event=/);
      expect(typeof slide.media.credit).toBe('string');
    }
  });

  it('leaves out undated events and says so', () => {
    expect(json.events).toHaveLength(index.dated.length);
    expect(json.title.text.text).toContain(`${index.undated.length} without a date are left out`);
  });

  it('gives dates only at the precision the text has', () => {
    const byId = new Map(json.events.map((s) => [s.unique_id, s]));
    expect(byId.get('e-last-contact')!.start_date).toEqual({ year: 2017 });
    expect(byId.get('e-doha-session')!.start_date).toEqual({ year: 2024, month: 6, day: 10 });
    expect(timelineJsDate({ start: '2024-05-01', granularity: 'month' })).toEqual({ year: 2024, month: 5 });
    expect(timelineJsDate({ start: '1990-01-01', granularity: 'decade' })).toEqual({ year: 1990 });
    // "Three rounds since May 2024": an open period has a start and no end date.
    const rounds = index.events[index.eventIndex.get('e-rounds')!]!.time!;
    expect(rounds.interval!.to).toBeNull();
    expect(byId.get('e-rounds')!.display_date).toBeTruthy();
    expect(byId.get('e-rounds')!.start_date).toEqual({ year: 2024, month: 5 });
    expect(byId.get('e-rounds')!.end_date).toBeUndefined();
  });

  it('puts the quote in the text and escapes markup from the documents', () => {
    const hostile = hostileIndex();
    const slide = eventsTimelineJs(hostile, [hostile.eventIndex.get('e-doha-session')!], BASE, 'T', TEXTS).events[0]!;
    expect(slide.text.headline).not.toContain('<img');
    expect(slide.text.headline).toContain('&#60;img');
    const quote = quoteOf(hostile.events[hostile.eventIndex.get('e-doha-session')!]!.evidence[0]!);
    expect(quote).toContain('Doha');
    expect(slide.text.text).toContain(quote.slice(0, 20).replace(/&/g, '&#38;'));
  });
});

describe('Web Annotation export', () => {
  const doc = seedDocument();
  const texts = new Map([[SEED_DOC_ID, doc.text]]);
  const collection = eventsWebAnnotation(index, all, texts, BASE, DATASET, 'Seed');

  it('is an annotation collection in the W3C context', () => {
    expect(collection['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(collection.total).toBe(index.events.reduce((n, e) => n + e.evidence.length, 0));
    expect(collection.first.items).toHaveLength(collection.total);
  });

  it('targets each passage by quote and by position, the quote equal to the slice of the document', () => {
    for (const a of collection.first.items) {
      expect(a.type).toBe('Annotation');
      expect(a.target.source).toBe(`https://news.example/timeline/data/documents/${SEED_DOC_ID}.json`);
      const [quote, position] = a.target.selector;
      expect(quote.type).toBe('TextQuoteSelector');
      expect(position.type).toBe('TextPositionSelector');
      expect(quote.exact).toBe(doc.text.slice(position.start, position.end));
      expect(doc.text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(doc.text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      expect(quote.prefix.length + quote.suffix.length).toBeGreaterThan(0);
    }
  });

  it('leaves out passages whose document could not be read', () => {
    expect(eventsWebAnnotation(index, all, new Map(), BASE, DATASET, 'x').total).toBe(0);
  });
});

describe('timeline picture', () => {
  it('draws every event in the window, with its title escaped', () => {
    const hostile = hostileIndex();
    const drawEnd = drawEnds(hostile);
    const order = [...hostile.dated];
    const svg = timelineSvg(hostile, {
      order,
      drawEnd,
      window: hostile.extent!,
      width: 900,
      title: 'Seed <b>',
      colors: { stated: '#111', reported: '#222', claimed: '#333', estimated: '#444' },
    });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<g><title>/g)).toHaveLength(order.length);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<b>');
    const parsed = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(parsed.querySelector('parsererror')).toBeNull();
  });

  it('shows only the events that meet the window', () => {
    const drawEnd = drawEnds(index);
    const svg = timelineSvg(index, {
      order: [...index.dated],
      drawEnd,
      window: [Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1)],
      width: 900,
      title: 'T',
      colors: { stated: '#111', reported: '#222', claimed: '#333', estimated: '#444' },
    });
    const inside = [...index.dated].filter((i) => drawEnd[i]! > Date.UTC(2024, 0, 1) && index.start[i]! < Date.UTC(2025, 0, 1));
    expect(svg.match(/<g><title>/g)).toHaveLength(inside.length);
    expect(inside.length).toBeLessThan(index.dated.length);
  });
});

describe('timeline picture labels', () => {
  it('never run past the right edge: a label near it goes left of its mark', () => {
    const drawEnd = drawEnds(index);
    const width = 600;
    const svg = timelineSvg(index, {
      order: [...index.dated],
      drawEnd,
      window: index.extent!,
      width,
      title: 'T',
      colors: { stated: '#111', reported: '#222', claimed: '#333', estimated: '#444' },
    });
    const labels = [...svg.matchAll(/<text x="([\d.]+)" y="[\d.]+"( text-anchor="end")?>([^<]*)<\/text><\/g>/g)];
    expect(labels.length).toBe(index.dated.length);
    for (const [, x, end, text] of labels) {
      if (end) expect(Number(x)).toBeGreaterThan(0);
      else expect(Number(x) + text!.length * 6.6).toBeLessThanOrEqual(width);
    }
    expect(labels.some(([, , end]) => end)).toBe(true);
  });
});
