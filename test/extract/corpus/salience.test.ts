// Salience on hand-made events: the support of a day comes from every document that refers to it.
import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../../src/model/dataset.ts';
import type { TimeReference } from '../../../src/extract/corpus/salience.ts';
import type { ReportingDocument } from '../../../src/model/reportsOf.ts';
import { salienceOf } from '../../../src/extract/corpus/salience.ts';

const next = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 864e5).toISOString().slice(0, 10);

/** An event on one day, reported by these documents. */
const event = (id: string, day: string, ...docIds: string[]): TimelineEvent => ({
  id,
  title: id,
  time: { value: day, start: day, end: next(day), granularity: 'day', anchor: 'explicit', approximate: false, mod: null, interval: null },
  actorIds: [],
  attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
  evidence: docIds.map((docId) => ({ docId, start: 0, end: 1, trigger: { start: 0, end: 1 }, timex: null })),
});

/** A document naming these days somewhere in its text. */
const naming = (...days: string[]): TimeReference[] => days.map((day) => ({ type: 'DATE', bound: { start: day, end: next(day) } }));

function salience(events: TimelineEvent[], docs: Record<string, { date: string; copyOf?: string; names?: string[] }>) {
  const meta = (id: string): ReportingDocument => ({ date: docs[id]!.date, source: id, original: docs[id]!.copyOf ?? id });
  const references = new Map(Object.entries(docs).map(([id, d]) => [id, naming(...(d.names ?? []))]));
  return salienceOf(events, meta, references);
}

describe('the support of a day', () => {
  const events = [event('resigned', '2031-06-01', 'a'), event('arrested', '2031-06-02', 'b')];
  const reports = { a: { date: '2031-06-05' }, b: { date: '2031-06-06' } };

  it('gives two days reported alike the same salience', () => {
    const [resigned, arrested] = salience(events, reports);
    expect(resigned).toBe(arrested);
  });

  it('grows with later articles that name the day, even in sentences that report no event', () => {
    const [resigned, arrested] = salience(events, {
      ...reports,
      c: { date: '2031-06-20', names: ['2031-06-01'] },
      d: { date: '2031-06-25', names: ['2031-06-01', '2031-06-01'] },
    });
    expect(resigned!).toBeGreaterThan(2 * arrested!);
  });

  it('counts a copy of an article, and a day named before it came, for nothing', () => {
    const [resigned, arrested] = salience(events, {
      ...reports,
      c: { date: '2031-06-20', names: ['2031-06-02'] },
      copy: { date: '2031-06-21', copyOf: 'c', names: ['2031-06-01'] },
      early: { date: '2031-05-20', names: ['2031-06-01'] },
    });
    expect(arrested!).toBeGreaterThan(resigned!);
  });

  it('is shared among the events of the day in proportion to their own reports', () => {
    const day = [event('resigned', '2031-06-01', 'a', 'b'), event('protested', '2031-06-01', 'c'), event('arrested', '2031-06-02', 'c')];
    const [resigned, protested] = salience(day, {
      a: { date: '2031-06-05' },
      b: { date: '2031-06-05' },
      c: { date: '2031-06-05' },
      d: { date: '2031-06-20', names: ['2031-06-01'] },
    });
    expect(resigned! / protested!).toBeCloseTo(2, 3);
  });

  it('weighs a report that names the day above one whose date is carried over from the text around it', () => {
    const [resigned, arrested] = salience(events, {
      a: { date: '2031-06-05', names: ['2031-06-01'] },
      b: { date: '2031-06-06' },
    });
    expect(resigned!).toBeGreaterThan(2 * arrested!);
  });

  it('weighs a report published on the day itself below a look back at it', () => {
    const [resigned, arrested] = salience(events, { a: { date: '2031-06-01' }, b: { date: '2031-06-05' } });
    expect(arrested!).toBeGreaterThan(2 * resigned!);
  });
});

describe('the key days of a story', () => {
  /** Articles that name nothing, one every `step` days from `from`: the story's other coverage. */
  const filler = (from: string, count: number, step: number) =>
    Object.fromEntries(
      Array.from({ length: count }, (_, i) => [`filler${i}`, { date: new Date(Date.parse(`${from}T00:00:00Z`) + i * step * 864e5).toISOString().slice(0, 10) }]),
    );

  it('ranks a day that many later articles refer to above a busy day of same-day reports', () => {
    const day = [event('massacre', '2031-06-08', 'a'), event('rally', '2031-06-10', 'r1', 'r2', 'r3', 'r4', 'r5', 'r6')];
    const sameDay = Object.fromEntries(['r1', 'r2', 'r3', 'r4', 'r5', 'r6'].map((id) => [id, { date: '2031-06-10', names: ['2031-06-10'] }]));
    const [massacre, rally] = salience(day, {
      ...sameDay,
      a: { date: '2031-06-09', names: ['2031-06-08'] },
      b: { date: '2031-06-15', names: ['2031-06-08'] },
      c: { date: '2031-06-20', names: ['2031-06-08'] },
    });
    expect(massacre!).toBeGreaterThan(rally!);
  });

  it('ranks a day of the last weeks that its few later articles all refer to above an early day referred to by as many among many more', () => {
    // Each day: one report the next day and three articles that name it within the week, and
    // nothing else within a fortnight; between them, months of articles that name neither.
    const days = [event('early', '2031-03-02', 'e0'), event('late', '2031-06-01', 'l0')];
    const [early, late] = salience(days, {
      e0: { date: '2031-03-03' },
      e1: { date: '2031-03-05', names: ['2031-03-02'] },
      e2: { date: '2031-03-06', names: ['2031-03-02'] },
      e3: { date: '2031-03-07', names: ['2031-03-02'] },
      ...filler('2031-03-20', 12, 5),
      l0: { date: '2031-06-02' },
      l1: { date: '2031-06-04', names: ['2031-06-01'] },
      l2: { date: '2031-06-05', names: ['2031-06-01'] },
      l3: { date: '2031-06-06', names: ['2031-06-01'] },
    });
    expect(late!).toBeGreaterThan(1.25 * early!);
  });
});
