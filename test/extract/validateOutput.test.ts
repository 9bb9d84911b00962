import { describe, expect, it } from 'vitest';
import { validateOutput } from '../../src/extract/validate.ts';
import { SCHEMA_VERSION } from '../../src/model/dataset.ts';
import type { Dataset, TimelineEvent } from '../../src/model/dataset.ts';

const TEXT = 'Crowds marched in Lyon.';
const doc = { id: 'doc', path: 'doc.txt', title: 'Doc', date: null, sha256: 'a'.repeat(64), source: null, url: null, length: TEXT.length };
const actor = (id: string) => ({ id, name: id, kind: 'country' as const, aliases: [], parentId: null, mentions: 1 });
const event = (id: string, over: Partial<TimelineEvent> = {}): TimelineEvent => ({
  id,
  title: 'Crowds marched',
  time: null,
  actorIds: ['france', 'lyon'],
  attribution: { source: null, actorId: null, cues: [], certainty: 'stated' },
  evidence: [{ docId: 'doc', start: 0, end: TEXT.length, trigger: { start: 7, end: 14 }, timex: null }],
  salience: 1,
  ...over,
});

describe('the check of the output before it is written (stage 9)', () => {
  it.each([
    ['a seven-letter id', 'Protest'],
    ['an id that begins with "="', '=x'],
    ['an id of the extractor', 'ev-0123456789'],
  ])('keeps %s, and actors without roles, as they are', (_, id) => {
    const dataset: Dataset = {
      schemaVersion: SCHEMA_VERSION,
      documents: [doc],
      actors: [actor('france'), actor('lyon')],
      events: [event(id)],
      diagnostics: [],
    };
    const { dataset: out } = validateOutput(dataset, [{ id: 'doc', title: 'Doc', text: TEXT, timexes: [], actorMentions: [] }]);
    expect(out.diagnostics).toEqual([]);
    expect(out.events.map((e) => [e.id, e.roles])).toEqual([[id, undefined]]);
  });
});

describe("the check of a document's mentions and time expressions", () => {
  const dataset: Dataset = { schemaVersion: SCHEMA_VERSION, documents: [doc], actors: [actor('lyon')], events: [], diagnostics: [] };
  const lyon = { start: 18, end: 22, text: 'Lyon', actorId: 'lyon' };

  it('hands on the lists it was given when all fit, not copies held beside them', () => {
    const text = { id: 'doc', title: 'Doc', text: TEXT, timexes: [], actorMentions: [lyon] };
    const { texts } = validateOutput(dataset, [text]);
    expect(texts[0]!.actorMentions).toBe(text.actorMentions);
    expect(texts[0]!.timexes).toBe(text.timexes);
  });
});
