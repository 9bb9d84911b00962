import { describe, expect, it } from 'vitest';
import { DatasetError, checkDataset, validateDataset, validateDocumentText } from '../../src/model/validate.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { SCHEMA_VERSION } from '../../src/model/dataset.ts';

const doc = { id: 'doc', path: 'doc.txt', title: 'Doc', date: null, sha256: 'a'.repeat(64), source: null, url: null, length: 40 };
const actor = (id: string, parentId: string | null = null) => ({ id, name: id, kind: 'country', aliases: [], parentId, mentions: 1 });
const event = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  title: `Event ${id}`,
  time: null,
  actorIds: ['hamas'],
  attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
  evidence: [{ docId: 'doc', start: 0, end: 10, quote: '0123456789', trigger: { start: 0, end: 3 }, timex: null }],
  ...over,
});
const dataset = (events: unknown[], actors: unknown[] = [actor('hamas')]) => ({
  schemaVersion: SCHEMA_VERSION,
  documents: [doc],
  actors,
  events,
  diagnostics: [],
});

describe('validateDataset', () => {
  it('keeps a valid dataset whole', () => {
    const { dataset: valid, problems } = validateDataset(dataset([event('a')]));
    expect(problems).toEqual([]);
    expect(valid.events).toHaveLength(1);
  });

  it('leaves out each record that breaks a rule, says why, and keeps the rest', () => {
    const { dataset: valid, problems } = validateDataset(
      dataset([
        event('ok'),
        event('far', {
          evidence: [{ docId: 'doc', start: 30, end: 50, quote: 'x'.repeat(20), trigger: { start: 30, end: 31 }, timex: null }],
        }),
        event('stranger', { actorIds: ['nobody'] }),
        event('twice', { actorIds: ['hamas', 'hamas'] }),
        event('bare', { evidence: [] }),
        event('ok'),
        { id: 'junk' },
      ]),
    );
    expect(valid.events.map((e) => e.id)).toEqual(['ok']);
    expect(problems).toEqual([
      { kind: 'event', ref: 'bare', reason: expect.stringMatching(/evidence/) },
      { kind: 'event', ref: 'junk', reason: expect.any(String) },
      { kind: 'event', ref: 'ok', reason: 'duplicate id' },
      { kind: 'event', ref: 'far', reason: 'evidence offset out of range in doc' },
      { kind: 'event', ref: 'stranger', reason: 'unknown actor id "nobody"' },
      { kind: 'event', ref: 'twice', reason: 'actor id "hamas" listed twice' },
    ]);
  });

  it.each([
    [SCHEMA_VERSION, 'reads as an organization', 'organization', []],
    [5, 'is refused with its events, as before version 6', undefined, ['hamas', 'a']],
    [1, 'is refused with its events, as before version 6', undefined, ['hamas', 'a']],
  ] as const)('an actor without a kind in a file of version %i %s', (version, _what, kind, refused) => {
    const { kind: _kind, ...bare } = actor('hamas');
    const { dataset: read, problems } = validateDataset({ ...dataset([event('a')], [bare]), schemaVersion: version });
    expect(read.actors.map((a) => a.kind)).toEqual(kind ? [kind] : []);
    expect(problems.map((p) => p.ref)).toEqual(refused);
  });

  it('leaves out an actor whose parent is unknown', () => {
    const { problems } = validateDataset(dataset([], [actor('cia', 'nowhere')]));
    expect(problems).toEqual([{ kind: 'actor', ref: 'cia', reason: 'unknown parent actor id "nowhere"' }]);
  });

  it.each([
    ['no shared lists', undefined, /"shared" is missing, and its events name entries of shared\.titles/],
    ['shared lists that are not an object', 'oops', /"shared" is not an object holding the lists shared\.titles and shared\.attributions/],
    ['shared titles that are not a list', { titles: 'oops', attributions: [] }, /shared\.titles is not a list/],
    ['shared attributions that are not a list', { titles: ['Talks'], attributions: {} }, /shared\.attributions is not a list/],
  ])('refuses a file with %s whole, saying which', (_, shared, message) => {
    const file = { ...dataset([event('a', { title: 0 }), event('b')]), shared };
    expect(() => validateDataset(file)).toThrow(message);
  });

  it.each([
    ['title', { title: 3 }, 'title: names entry 3 of shared.titles, which holds 1 (0 to 0)'],
    ['title', { title: -1 }, 'title: names entry -1 of shared.titles, which holds 1 (0 to 0)'],
    ['attribution', { attribution: 0 }, 'attribution: names an entry of shared.attributions, which holds none'],
  ])('refuses an event naming a shared %s the file does not hold, saying so', (_, over, reason) => {
    const file = { ...dataset([event('a', over), event('b', { title: 0 })]), shared: { titles: ['Talks'], attributions: [] } };
    const { dataset: read, problems } = validateDataset(file);
    expect(read.events.map((e) => [e.id, e.title])).toEqual([['b', 'Talks']]);
    expect(problems).toEqual([{ kind: 'event', ref: 'a', reason }]);
  });

  it.each([
    ['a digit past the last role', 19, 'roles: 19: digit 9 names no role (0 agent, 1 patient, 2 location, 3 other)'],
    ['more digits than actors', 102, "roles: 102 has 3 digits for the event's 2 actors, one digit each"],
    [
      'a fraction',
      1.5,
      "roles: 1.5 is not a whole number whose digits are the roles of the event's actors (0 agent, 1 patient, 2 location, 3 other)",
    ],
    [
      'a negative number',
      -3,
      "roles: -3 is not a whole number whose digits are the roles of the event's actors (0 agent, 1 patient, 2 location, 3 other)",
    ],
  ])('refuses an event whose roles number holds %s, saying what is wrong', (_, roles, reason) => {
    const actors = [actor('hamas'), actor('cia')];
    const file = dataset(
      [event('a', { actorIds: ['hamas', 'cia'], roles }), event('b', { actorIds: ['hamas', 'cia'], roles: 10 })],
      actors,
    );
    const { dataset: read, problems } = validateDataset(file);
    expect(read.events.map((e) => [e.id, e.roles?.map((r) => r.role)])).toEqual([['b', ['patient', 'agent']]]);
    expect(problems).toEqual([{ kind: 'event', ref: 'a', reason }]);
  });

  it('refuses what is not a dataset of this schema version, with a message that says so', () => {
    expect(() => validateDataset([])).toThrow(DatasetError);
    expect(() => validateDataset({ ...dataset([]), schemaVersion: 99 })).toThrow(
      /schema version 99; this app reads versions 1, 2, 3, 4, 5, 6 and 7/,
    );
  });
});

/** A copy of `record` whose fields count how many times they are read, and that count. */
function counted<T extends object>(record: T): [T, () => number] {
  let reads = 0;
  const copy = {} as T;
  for (const [key, value] of Object.entries(record))
    Object.defineProperty(copy, key, {
      enumerable: true,
      get: () => {
        reads++;
        return value;
      },
    });
  return [copy, () => reads];
}

describe('checkDataset', () => {
  const day = { value: '2031-03-04', start: '2031-03-04', end: '2031-03-05', granularity: 'day', anchor: 'explicit', approximate: false };
  const made = (id: string, time: object, attribution: object) => ({
    id,
    title: `Event ${id}`,
    time,
    actorIds: ['hamas'],
    attribution,
    evidence: [{ docId: 'doc', start: 0, end: 10, trigger: { start: 0, end: 3 }, timex: null }],
  });

  it('checks a time or an attribution that many events share once in a check, and again in the next check', () => {
    const [time, timeReads] = counted({ ...day, mod: null, interval: null });
    const [attribution, attributionReads] = counted({
      source: 'the ministry',
      actorId: null,
      cues: ['the ministry said'],
      certainty: 'stated',
    });
    const events = ['a', 'b', 'c'].map((id) => made(id, time, attribution));
    const check = () => checkDataset({ ...dataset(events), diagnostics: [] } as unknown as Dataset);
    const { dataset: valid, problems } = check();
    expect(problems).toEqual([]);
    expect(valid.events.every((e) => e.time === time && e.attribution === attribution)).toBe(true);
    // Each field read once: by the check (eventProblem reads start, end and actorId once per event).
    const once = [timeReads(), attributionReads()];
    expect(once).toEqual([8 + 2 * 3, 4 + 3]);
    check();
    expect([timeReads(), attributionReads()]).toEqual([2 * once[0]!, 2 * once[1]!]);
  });
});

describe('validateDocumentText', () => {
  it('drops mentions outside the text and refuses a file for another document', () => {
    const raw = {
      id: 'doc',
      title: 'Doc',
      text: 'short',
      timexes: [{ start: 0, end: 99, text: 'x', type: 'DATE', value: '2020' }],
      actorMentions: [],
    };
    expect(validateDocumentText(raw, doc).timexes).toEqual([]);
    expect(() => validateDocumentText({ ...raw, id: 'other' }, doc)).toThrow(/for "other", not "doc"/);
    expect(() => validateDocumentText({ text: 1 }, doc)).toThrow(/document file is invalid/);
  });
});
