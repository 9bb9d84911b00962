import { describe, expect, it } from 'vitest';
import { eventSchema, eventSchemaOf } from '../../../src/model/dataset.ts';
import { reviveEvent } from '../../../src/app/data/reviveEvent.ts';
import { compactEvent } from '../../../src/model/compact.ts';
import { columnFields, FieldError } from '../../../src/app/data/columnFields.ts';

// An event using every field the columns read, written as a file holds it.
const full = () => ({
  id: 'harbour-talks',
  title: 'Port authority opened talks with the dockers',
  time: {
    value: '2023-03',
    start: '2023-03-01',
    end: '2024-02-01',
    granularity: 'month',
    anchor: 'explicit',
    approximate: false,
    mod: 'START',
    interval: {
      from: { value: '2023-03', start: '2023-03-01', end: '2023-04-01', granularity: 'month', anchor: 'explicit' },
      to: { value: '2024-01', start: '2024-01-01', end: '2024-02-01', granularity: 'month', anchor: 'computed', approximate: true },
      duration: 'P10M',
    },
  },
  actorIds: ['port-authority', 'dockers-union'],
  attribution: { source: 'union officials', actorId: 'dockers-union', cues: ['said'], certainty: 'reported' },
  evidence: [{ docId: 'harbour-news', start: 10, end: 80, trigger: { start: 30, end: 36 }, timex: { start: 40, end: 50 } }],
  reports: { documents: 2, sources: 1, first: '2023-03-02', last: null },
  salience: 3.5,
});

type Path = (string | number)[];

function setAt(value: unknown, path: Path, to: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  // A file's JSON has no holes in its lists: an item left out is an item taken out.
  if (to === undefined && Array.isArray(at)) at.splice(path.at(-1) as number, 1);
  else if (to === undefined) delete at[path.at(-1)!];
  else at[path.at(-1)!] = to;
  return copy;
}

// Every place in the event the columns read, and values each could wrongly (or rightly) hold.
const PATHS: Path[] = [
  ['id'],
  ['title'],
  ['time'],
  ...['value', 'start', 'end', 'granularity', 'anchor', 'approximate', 'mod', 'interval'].map((k) => ['time', k]),
  ...['from', 'to', 'duration'].map((k) => ['time', 'interval', k]),
  ...['value', 'start', 'end', 'granularity', 'anchor', 'approximate'].map((k) => ['time', 'interval', 'to', k]),
  ['actorIds'],
  ['actorIds', 1],
  ['attribution'],
  ['attribution', 'actorId'],
  ['attribution', 'certainty'],
  ['evidence'],
  ['evidence', 0],
  ...['docId', 'start', 'end', 'trigger', 'timex'].map((k) => ['evidence', 0, k]),
  ['evidence', 0, 'trigger', 'end'],
  ['evidence', 0, 'timex', 'start'],
  ['reports'],
  ...['documents', 'sources', 'first', 'last'].map((k) => ['reports', k]),
  ['salience'],
];
const VALUES: unknown[] = [
  undefined,
  null,
  '',
  'x',
  'month',
  'stated',
  'computed',
  '2024-02-29',
  '2023-02-29',
  '1900-02-29',
  '2000-02-29',
  '2024-13-01',
  '2024-04-31',
  '2024-4-1',
  ' 2024-04-01',
  0,
  -1,
  1.5,
  2 ** 60,
  -0,
  true,
  false,
  {},
  [],
  ['a'],
  [1],
  { start: 1, end: 2 },
  { start: -1, end: 2 },
];

describe('checking the fields the columns read', () => {
  it('reads a valid event as the schema does', () => {
    const parsed = eventSchema.parse(full());
    const fields = columnFields(full());
    expect(fields).toMatchObject({ id: parsed.id, title: parsed.title, time: parsed.time, actorIds: parsed.actorIds });
    expect(fields.attribution).toEqual({ actorId: parsed.attribution.actorId, certainty: parsed.attribution.certainty });
    expect(fields.evidence).toEqual(parsed.evidence);
    expect(fields.reports).toEqual(parsed.reports);
    expect(fields.salience).toBe(parsed.salience);
  });

  it('reads the compact form a file of version 3 holds as the schema does', () => {
    const compact = compactEvent(full());
    expect(compact).not.toEqual(full());
    const parsed = eventSchema.parse(compact);
    const fields = columnFields(compact);
    expect(fields.time).toEqual(parsed.time);
    expect(fields.evidence).toEqual(parsed.evidence);
  });

  it('fills in what a file leaves at its default as the schema does', () => {
    const lean = { id: 'a', title: 'A', evidence: [{ docId: 'd', start: 0, end: 1, trigger: { start: 0, end: 1 } }] };
    const parsed = eventSchema.parse(lean);
    expect(columnFields(lean)).toEqual({
      id: 'a',
      title: 'A',
      time: null,
      actorIds: [],
      attribution: { actorId: parsed.attribution.actorId, certainty: parsed.attribution.certainty },
      evidence: parsed.evidence,
      reports: undefined,
      // Version 6 leaves out a salience of 0.
      salience: 0,
    });
    expect(parsed.salience).toBe(0);
  });

  it('reads an event without salience as 0 in a file of version 6, as none given in an older one', () => {
    const lean = { id: 'a', title: 'A', evidence: [{ docId: 'd', start: 0, end: 1, trigger: { start: 0, end: 1 } }] };
    for (const [version, salience] of [
      [6, 0],
      [5, undefined],
      [1, undefined],
    ] as const) {
      expect(columnFields(lean, version).salience).toBe(salience);
      expect(eventSchemaOf(version).parse(lean).salience).toBe(salience);
      expect(reviveEvent(lean, version).salience).toBe(salience);
    }
  });

  it.each(PATHS.map((p) => [p.join('.'), p] as const))('accepts and refuses exactly what the schema does at %s', (_name, path) => {
    for (const value of VALUES) {
      const raw = setAt(full(), path, value);
      const zod = eventSchema.safeParse(raw).success;
      let ours = true;
      try {
        columnFields(raw);
      } catch (error) {
        expect(error).toBeInstanceOf(FieldError);
        ours = false;
      }
      expect({ value, ours }).toEqual({ value, ours: zod });
    }
  });

  it.each([null, [], 'event', 3])('refuses an event that is not an object (%j)', (raw) => {
    expect(eventSchema.safeParse(raw).success).toBe(false);
    expect(() => columnFields(raw)).toThrow(FieldError);
  });

  it('names the field that breaks the schema and what it holds', () => {
    expect(() => columnFields(setAt(full(), ['time', 'interval', 'to', 'start'], '2024-02-30'))).toThrow(
      'time.interval.to.start: expected an ISO date (YYYY-MM-DD), got "2024-02-30"',
    );
    expect(() => columnFields(setAt(full(), ['evidence'], []))).toThrow('evidence: expected at least one passage');
    expect(() => columnFields(setAt(full(), ['attribution', 'certainty'], 'sure'))).toThrow(
      'attribution.certainty: expected one of stated, reported, claimed, estimated, got "sure"',
    );
  });

  it.each([
    ['title', 5, 'title: names entry 5 of shared.titles, which holds 2 (0 to 1)'],
    ['attribution', 0, 'attribution: names an entry of shared.attributions, which holds none'],
  ] as const)('names a shared %s that the file does not hold as such, as the schema does', (field, index, message) => {
    const shared = { titles: ['Talks', 'Strike'], attributions: [] };
    const raw = { ...full(), [field]: index };
    expect(() => columnFields(raw, 7, shared)).toThrow(message);
    expect(eventSchemaOf(7, shared).safeParse(raw).error?.issues[0]).toMatchObject({ path: [field], message: message.split(': ')[1] });
  });

  it('leaves the fields it does not read to the schema', () => {
    const raw = { ...full(), roles: 'agent', disagreements: 7, attribution: { ...full().attribution, cues: 'said' } };
    expect(eventSchema.safeParse(raw).success).toBe(false);
    expect(columnFields(raw).id).toBe('harbour-talks');
  });
});
