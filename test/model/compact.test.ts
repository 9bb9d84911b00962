// Versions 3 to 7 write some fields of an event compactly; reading the file gives back exactly
// the events that were written, and a file of an earlier version is still read the same.
import { describe, expect, it } from 'vitest';
import { eventFieldsSchema, SCHEMA_VERSION } from '../../src/model/dataset.ts';
import type { Dataset, EventTime, TimeBound, TimelineEvent } from '../../src/model/dataset.ts';
import { fileId } from '../../src/model/compact.ts';
import { leanDataset, strip } from '../../src/model/lean.ts';
import { validateDataset } from '../../src/model/validate.ts';
import { timeBound as bound } from './timeBound.ts';

const time = (b: TimeBound, more: Partial<EventTime> = {}): EventTime => ({ ...b, mod: null, interval: null, ...more });

let n = 0;
function event(fields: Partial<TimelineEvent>): TimelineEvent {
  n++;
  return {
    id: `ev-${n}`,
    title: `Event ${n}`,
    time: null,
    actorIds: [],
    attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
    evidence: [{ docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 }, timex: null }],
    // Every event the extractor makes has a salience, about half of them 0 on real news.
    salience: n % 2 ? 0 : 0.4815,
    ...fields,
  };
}

const EVENTS: TimelineEvent[] = [
  event({ time: time(bound('2033-04-09', '2033-04-09', '2033-04-10', 'day')) }),
  event({ time: time(bound('2033-04', '2033-04-01', '2033-05-01', 'month', { anchor: 'relative', approximate: true }), { mod: 'START' }) }),
  // Known by the publication date, as the extractor writes it, and the same anchor otherwise qualified.
  event({
    time: time(bound('2033-04-10', '2033-04-10', '2033-04-11', 'day', { anchor: 'document', approximate: true }), { mod: 'ON_OR_BEFORE' }),
  }),
  event({ time: time(bound('2033-04-10', '2033-04-10', '2033-04-11', 'day', { anchor: 'document' })) }),
  event({ time: time(bound('2033-04-10', '2033-04-10', '2033-04-11', 'day', { anchor: 'document' }), { mod: 'AFTER' }) }),
  // A span its value does not name: written out.
  event({ time: time(bound('2033-04', '2033-04-01', '2033-04-11', 'month', { approximate: true })) }),
  event({ time: time(bound('2033-W15', '2033-04-11', '2033-04-18', 'day')) }),
  event({ time: time(bound('PRESENT_REF', '2033-04-10', '2033-04-11', 'day', { anchor: 'relative' })) }),
  // Intervals, open and closed, their span that of their ends or not.
  event({
    time: time(bound('2033-07', '2033-07-01', '2033-09-01', 'month'), {
      interval: {
        from: bound('2033-07', '2033-07-01', '2033-08-01', 'month'),
        to: bound('2033-08', '2033-08-01', '2033-09-01', 'month'),
        duration: null,
      },
    }),
  }),
  event({
    time: time(bound('2033-07', '2033-07-01', '2033-08-01', 'month'), {
      mod: 'AFTER',
      interval: { from: bound('2033-07', '2033-07-01', '2033-08-01', 'month', { anchor: 'document' }), to: null, duration: 'P1M' },
    }),
  }),
  event({
    time: time(bound('2033', '2033-01-01', '2034-01-01', 'year'), {
      interval: { from: null, to: bound('2033', '2033-01-01', '2034-01-01', 'year'), duration: null },
    }),
  }),
  // Roles beside the actors they name, and roles that do not line up with them.
  event({
    actorIds: ['port', 'mayor'],
    roles: [
      { actorId: 'port', role: 'agent' },
      { actorId: 'mayor', role: 'patient' },
    ],
  }),
  event({ actorIds: ['port', 'mayor'], roles: [{ actorId: 'mayor', role: 'agent' }] }),
  event({
    evidence: [
      { docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 }, timex: { start: 20, end: 33 } },
      { docId: 'port-a1b2c3', start: 41, end: 80, trigger: { start: 50, end: 55 }, timex: null },
    ],
  }),
  // Who says it, and how sure the text is.
  event({ attribution: { source: 'The mayor', actorId: 'mayor', cues: ['The mayor said'], certainty: 'stated' } }),
  event({ attribution: { source: null, actorId: null, cues: ['reportedly'], certainty: 'reported' } }),
  event({ attribution: { source: 'Officials', actorId: null, cues: ['Officials estimate'], certainty: 'estimated' } }),
  event({ attribution: { source: 'The mayor', actorId: 'mayor', cues: ['according to the mayor'], certainty: 'reported' } }),
  event({ attribution: { source: '', actorId: null, cues: ['Officials estimate'], certainty: 'stated' } }),
  // Every actor an agent; actors without roles.
  event({
    actorIds: ['port', 'mayor'],
    roles: [
      { actorId: 'port', role: 'agent' },
      { actorId: 'mayor', role: 'agent' },
    ],
  }),
  event({ actorIds: ['port'] }),
  // A title and an attribution that other events share, an id the extractor gives, and ids it does not.
  event({
    id: 'ev-0123456789',
    title: 'Ferries stopped',
    attribution: { source: null, actorId: null, cues: ['reportedly'], certainty: 'reported' },
  }),
  event({
    id: 'ev-ffffffffff',
    title: 'Ferries stopped',
    attribution: { source: null, actorId: null, cues: ['reportedly'], certainty: 'reported' },
  }),
  event({ id: 'ev-0000000000', title: 'Ferries stopped' }),
  event({ id: 'ABCDEFG' }),
  event({ id: '=x' }),
];

const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  documents: [
    {
      id: 'port-a1b2c3',
      path: 'news/port.md',
      title: 'Port',
      date: '2033-04-10',
      sha256: 'a'.repeat(64),
      source: null,
      url: null,
      length: 100,
    },
  ],
  actors: [
    { id: 'port', name: 'Port', kind: 'organization', aliases: [], parentId: null, mentions: 1 },
    { id: 'mayor', name: 'Mayor', kind: 'person', aliases: [], parentId: null, mentions: 1 },
  ],
  events: EVENTS,
  diagnostics: [],
};
const file = JSON.parse(JSON.stringify(leanDataset(dataset))) as { events: Record<string, unknown>[]; shared: { attributions: unknown[] } };
const fileEvent = (i: number) => file.events[i] as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('a version 7 dataset file', () => {
  it('reads back as exactly the events that were written', () => {
    const { dataset: read, problems } = validateDataset(file);
    expect(problems).toEqual([]);
    expect(read.events).toEqual(EVENTS);
  });

  it('writes a time as its value and how it was obtained, when the value names its span', () => {
    expect(fileEvent(0).time).toEqual({ value: '2033-04-09', anchor: 0 });
    expect(fileEvent(1).time).toEqual({ value: '2033-04', anchor: 2, approximate: true, mod: 'START' });
    expect(fileEvent(2).time).toEqual({ value: '2033-04-10' });
  });

  it('leaves out a salience of 0, and reads it back as 0', () => {
    expect(fileEvent(0)).not.toHaveProperty('salience');
    expect(fileEvent(1).salience).toBe(0.4815);
    const { dataset: read } = validateDataset(file);
    expect(read.events.map((e) => e.salience)).toEqual(EVENTS.map((e, i) => (i % 2 ? 0.4815 : 0)));
  });

  it("leaves out an actor's kind when it is organization, the most common, and reads it back", () => {
    const actors = (file as unknown as { actors: unknown[] }).actors;
    expect(actors).toEqual([
      { id: 'port', name: 'Port', mentions: 1 },
      { id: 'mayor', name: 'Mayor', kind: 'person', mentions: 1 },
    ]);
    expect(validateDataset(file).dataset.actors).toEqual(dataset.actors);
  });

  it('writes out what the value does not say', () => {
    expect(fileEvent(3).time).toEqual({ value: '2033-04-10', approximate: false, mod: null });
    expect(fileEvent(5).time).toMatchObject({ end: '2033-04-11' });
    expect(fileEvent(5).time).not.toHaveProperty('start');
    expect(fileEvent(6).time).toMatchObject({ granularity: 'day' });
    expect(fileEvent(7).time).toMatchObject({ start: '2033-04-10', end: '2033-04-11', granularity: 'day' });
  });

  it('writes an interval as its ends, the whole spanning them', () => {
    expect(fileEvent(8).time).toEqual({
      value: '2033-07',
      anchor: 0,
      interval: { from: { value: '2033-07', anchor: 0 }, to: { value: '2033-08', anchor: 0 } },
    });
  });

  it("leaves out the anchor of an interval's end known by the document's date", () => {
    expect(fileEvent(9).time.interval).toEqual({ from: { value: '2033-07', approximate: false }, to: null, duration: 'P1M' });
  });

  it('writes roles beside actorIds as one number, its digits indexes of role names; none when all are agents', () => {
    // 0 (agent) then 1 (patient): "01".
    expect(fileEvent(11).roles).toBe(1);
    expect(fileEvent(12).roles).toEqual([{ actorId: 'mayor', role: 'agent' }]);
    expect(fileEvent(19)).not.toHaveProperty('roles');
    expect(fileEvent(20).roles).toBeNull();
    const { dataset: read } = validateDataset(file);
    expect(read.events[19]!.roles).toEqual(EVENTS[19]!.roles);
    expect(read.events[20]).not.toHaveProperty('roles');
  });

  it('writes an id the extractor gives in seven characters, and reads it back as it was', () => {
    expect(fileEvent(21).id).toBe('AEjRWeJ');
    expect(fileEvent(22).id).toHaveLength(7);
    expect(fileEvent(23).id).toBe('AAAAAAA');
    // Ids of another form are written as they are, marked where they could be read as the short form.
    expect(fileEvent(24).id).toBe('=ABCDEFG');
    expect(fileEvent(25).id).toBe('==x');
    expect(fileEvent(0).id).toBe('ev-1');
    expect(validateDataset(file).dataset.events.map((e) => e.id)).toEqual(EVENTS.map((e) => e.id));
    expect(fileId('ev-0123456789')).toBe('AEjRWeJ');
  });

  it('writes a title or an attribution that several events share once, and names it by index', () => {
    const shared = (file as unknown as { shared: { titles: unknown[]; attributions: unknown[] } }).shared;
    expect(shared.titles).toEqual(['Ferries stopped']);
    expect([fileEvent(21).title, fileEvent(22).title, fileEvent(23).title]).toEqual([0, 0, 0]);
    expect(shared.attributions).toEqual([[null, null, ['reportedly'], 1]]);
    expect([fileEvent(15).attribution, fileEvent(21).attribution, fileEvent(22).attribution]).toEqual([0, 0, 0]);
    // Written before the events, which a reader meets after it.
    expect(Object.keys(file)).toEqual(['schemaVersion', 'documents', 'actors', 'shared', 'events', 'diagnostics']);
  });

  it('refuses an event that names a shared entry the file does not hold, and reads the others', () => {
    const broken = { ...file, events: [{ ...fileEvent(21), title: 7 }, { ...fileEvent(22), attribution: 3 }, fileEvent(23)] };
    const { dataset: read, problems } = validateDataset(broken);
    expect(problems.map((p) => p.ref)).toEqual(['ev-0123456789', 'ev-ffffffffff']);
    expect(read.events.map((e) => e.id)).toEqual(['ev-0000000000']);
  });

  it("writes a passage's time expression as its start from the passage's and its length", () => {
    expect(fileEvent(13).evidence).toEqual([
      { docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 }, timex: [20, 13] },
      { docId: 'port-a1b2c3', start: 41, end: 80, trigger: { start: 50, end: 55 } },
    ]);
  });

  it('writes an attribution as [source, actorId, cues, certainty], its trailing defaults left out', () => {
    // A source that begins its first cue is the length of that beginning.
    expect(fileEvent(14).attribution).toEqual([9, 'mayor', ['The mayor said']]);
    expect(file.shared.attributions[fileEvent(15).attribution]).toEqual([null, null, ['reportedly'], 1]);
    expect(fileEvent(16).attribution).toEqual([9, null, ['Officials estimate'], 3]);
    expect(fileEvent(17).attribution).toEqual(['The mayor', 'mayor', ['according to the mayor'], 1]);
    expect(fileEvent(18).attribution).toEqual([0, null, ['Officials estimate']]);
    expect(fileEvent(0)).not.toHaveProperty('attribution');
  });

  it('refuses roles that do not line up with the actors, and names that are not in the lists', () => {
    const broken = (fields: Record<string, unknown>, i = 11) => ({ ...file, events: [{ ...fileEvent(i), ...fields }] });
    for (const fields of [
      { roles: [0] },
      { roles: [0, 9] },
      { roles: 123 },
      { roles: 19 },
      { roles: -1 },
      { roles: 1.5 },
      { attribution: [null, null, ['likely'], 7] },
      { attribution: ['a', null, [], 0, 'x'] },
      { attribution: [20, null, ['The mayor said']] },
      { attribution: [1.5, null, ['The mayor said']] },
      { attribution: [3, null] },
      { time: { value: '2033-04-09', anchor: 9 } },
      { time: { value: '2033-04-09', anchor: -1 } },
    ])
      expect(validateDataset(broken(fields)).problems).toEqual([expect.objectContaining({ kind: 'event', ref: fileEvent(11).id })]);
  });
});

// Files older than version 6 write every actor's kind.
const olderFile = { ...file, actors: dataset.actors };

describe('a version 6 dataset file', () => {
  it('is read as the same events: ids, titles and attributions in full, roles as a list, a time expression as [start, end]', () => {
    const v6 = {
      ...file,
      schemaVersion: 6,
      shared: undefined,
      events: [
        {
          id: 'ev-0123456789',
          title: 'Left',
          actorIds: ['port', 'mayor'],
          roles: [0, 3],
          attribution: [null, null, ['reportedly'], 1],
          evidence: [{ docId: 'port-a1b2c3', start: 41, end: 80, trigger: { start: 50, end: 55 }, timex: [60, 70] }],
        },
        {
          id: 'ev-b',
          title: 'Docked',
          actorIds: ['port'],
          evidence: [{ docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 } }],
        },
      ],
    };
    const { dataset: read, problems } = validateDataset(v6);
    expect(problems).toEqual([]);
    expect(read.events[0]).toMatchObject({
      id: 'ev-0123456789',
      title: 'Left',
      roles: [
        { actorId: 'port', role: 'agent' },
        { actorId: 'mayor', role: 'other' },
      ],
      attribution: { source: null, actorId: null, cues: ['reportedly'], certainty: 'reported' },
    });
    expect(read.events[0]!.evidence[0]!.timex).toEqual({ start: 60, end: 70 });
    // Before version 7 roles left out are none given, not agents.
    expect(read.events[1]).not.toHaveProperty('roles');
  });
});

describe('a version 4 dataset file', () => {
  it('is read as the same events: anchors by name', () => {
    const v4 = {
      ...olderFile,
      schemaVersion: 4,
      events: [
        {
          id: 'ev-a',
          title: 'Docked',
          time: { value: '2033-04', anchor: 'relative', interval: { from: { value: '2033-04', anchor: 'explicit' }, to: null } },
          evidence: [{ docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 } }],
        },
      ],
    };
    const { dataset: read, problems } = validateDataset(v4);
    expect(problems).toEqual([]);
    expect(read.events[0]!.time).toMatchObject({ anchor: 'relative', interval: { from: { anchor: 'explicit' }, to: null } });
    // Before version 6 an event without a salience has none given (the app counts its reports), not 0.
    expect(read.events[0]!.salience).toBeUndefined();
  });
});

describe('a version 3 dataset file', () => {
  it('is read as the same events: anchors written, roles as names, attributions as records', () => {
    const v3 = {
      ...olderFile,
      schemaVersion: 3,
      events: [
        {
          id: 'ev-a',
          title: 'Docked',
          time: { value: '2033-04-10', anchor: 'document' },
          evidence: [{ docId: 'port-a1b2c3', start: 0, end: 40, trigger: { start: 4, end: 10 } }],
        },
        {
          id: 'ev-b',
          title: 'Left',
          actorIds: ['port', 'mayor'],
          roles: ['agent', 'other'],
          attribution: { source: 'The mayor', cues: ['The mayor said'], certainty: 'claimed' },
          evidence: [{ docId: 'port-a1b2c3', start: 41, end: 80, trigger: { start: 50, end: 55 }, timex: [60, 70] }],
        },
      ],
    };
    const { dataset: read, problems } = validateDataset(v3);
    expect(problems).toEqual([]);
    expect(read.events[0]!.time).toMatchObject({ anchor: 'document', approximate: true, mod: 'ON_OR_BEFORE', start: '2033-04-10' });
    expect(read.events[1]!.roles).toEqual([
      { actorId: 'port', role: 'agent' },
      { actorId: 'mayor', role: 'other' },
    ]);
    expect(read.events[1]!.attribution).toEqual({ source: 'The mayor', actorId: null, cues: ['The mayor said'], certainty: 'claimed' });
    expect(read.events[1]!.evidence[0]!.timex).toEqual({ start: 60, end: 70 });
  });
});

describe('a version 2 dataset file', () => {
  it('is read as the same events', () => {
    const v2 = { ...olderFile, schemaVersion: 2, events: EVENTS.map((e) => strip(eventFieldsSchema, e)) };
    expect(JSON.stringify(v2.events)).toContain('"start":"2033-04-09","end":"2033-04-10","granularity":"day"');
    const { dataset: read, problems } = validateDataset(JSON.parse(JSON.stringify(v2)));
    expect(problems).toEqual([]);
    expect(read.events).toEqual(EVENTS);
  });
});
