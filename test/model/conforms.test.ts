import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asParsed, conforms } from '../../src/model/conforms.ts';
import { actorSchema, documentSchema, documentTextSchema, eventSchema } from '../../src/model/dataset.ts';

const event = () => ({
  id: 'ev-1',
  title: 'Troops crossed the river',
  time: {
    value: '2031-03-04',
    start: '2031-03-04',
    end: '2031-03-05',
    granularity: 'day',
    anchor: 'explicit',
    approximate: false,
    mod: null,
    interval: null,
  },
  actorIds: ['army'],
  roles: [{ actorId: 'army', role: 'agent' }],
  attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
  evidence: [{ docId: 'doc', start: 0, end: 24, trigger: { start: 7, end: 14 }, timex: null }],
  salience: 0.5,
});

type Json = Record<string, unknown>;
/** Variants of a valid event, each changed in one place: what a broken or lean record may hold. */
function variants(): Json[] {
  const out: Json[] = [];
  const base = event() as Json;
  for (const key of Object.keys(base)) {
    const { [key]: _, ...without } = base;
    out.push(without);
    for (const value of [undefined, null, 7, -1, 1.5, Infinity, '', 'x', [], {}, true, '2031-02-30']) out.push({ ...base, [key]: value });
  }
  out.push({ ...base, extra: 1 });
  out.push({ title: base.title, ...base }); // same fields, but not in the schema's order
  out.push({ ...base, roles: ['agent'] }); // the compact form of roles
  out.push({ ...base, roles: [] });
  out.push({ ...base, evidence: [{ docId: 'doc', start: 0, end: 24, trigger: { start: 7, end: 14 }, timex: [1, 3] }] });
  out.push({ ...base, time: { ...(base.time as Json), approximate: undefined } });
  out.push({ ...base, time: { ...(base.time as Json), granularity: 'fortnight' } });
  out.push({ ...base, attribution: { source: null, actorId: null, cues: [], certainty: 'stated', extra: 1 } });
  out.push({ ...base, actorIds: [1] });
  out.push(Object.assign(Object.create({ inherited: 1 }), base));
  return out;
}

const outcome = (read: () => unknown) => {
  try {
    return { value: JSON.stringify(read()) };
  } catch (error) {
    return { error: String(error) };
  }
};

describe('conforms', () => {
  it('never keeps a number its type rejects: a fraction where an integer is asked', () => {
    expect(conforms(z.int())(4.5)).toBe(false);
    expect(conforms(z.int())(4)).toBe(true);
    expect(() => asParsed(z.object({ n: z.int() }), { n: 4.5 })).toThrow();
  });

  it('keeps a record that already is what its parse gives, as the same object', () => {
    const e = event();
    expect(conforms(eventSchema)(e)).toBe(true);
    expect(asParsed(eventSchema, e)).toBe(e);
    const text = {
      id: 'doc',
      title: 'Doc',
      text: 'Troops',
      timexes: [],
      actorMentions: [{ start: 0, end: 6, text: 'Troops', actorId: 'army' }],
    };
    expect(asParsed(documentTextSchema, text)).toBe(text);
  });

  it('gives the same record, or the same error, as the schema for every variant', () => {
    const list = variants();
    let kept = 0;
    for (const v of list) {
      expect(outcome(() => asParsed(eventSchema, v))).toEqual(outcome(() => eventSchema.parse(v)));
      if (conforms(eventSchema)(v)) kept++;
    }
    // Some variants (an empty list, another number) are still full records: they are kept too.
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(list.length / 2);
  });

  it('leaves a field at its default, a field out of order or an unknown field to the schema', () => {
    const base = event() as Json;
    const { attribution: _, ...noAttribution } = base;
    for (const v of [noAttribution, { title: base.title, ...base }, { ...base, extra: 1 }]) {
      expect(conforms(eventSchema)(v)).toBe(false);
      expect(asParsed(eventSchema, v)).toEqual(eventSchema.parse(v));
    }
  });

  it('knows the checks of the schema: patterns, dates, whole numbers, lengths', () => {
    const doc = { id: 'doc', path: 'd.txt', title: 'D', date: '2031-03-04', sha256: 'a'.repeat(64), source: null, url: null, length: 4 };
    expect(conforms(documentSchema)(doc)).toBe(true);
    expect(conforms(documentSchema)({ ...doc, id: 'Doc' })).toBe(false);
    expect(conforms(documentSchema)({ ...doc, date: '2031-02-29' })).toBe(false);
    expect(conforms(documentSchema)({ ...doc, sha256: 'a' })).toBe(false);
    expect(conforms(documentSchema)({ ...doc, length: 4.5 })).toBe(false);
    expect(conforms(documentSchema)({ ...doc, length: -1 })).toBe(false);
    const actor = { id: 'army', name: 'Army', kind: 'group', aliases: [], parentId: null, mentions: 2 };
    expect(conforms(actorSchema)(actor)).toBe(true);
    expect(conforms(actorSchema)({ ...actor, name: '' })).toBe(false);
    expect(conforms(actorSchema)({ ...actor, kind: 'planet' })).toBe(false);
    expect(conforms(eventSchema)({ ...event(), evidence: [] })).toBe(false);
  });
});
