import { describe, expect, it } from 'vitest';
import { lazyEvents } from '../../../src/app/data/lazyEvents.ts';
import { splitEvents } from '../../../src/app/data/splitEvents.ts';
import { eventIds, hashId, hashOrder } from '../../../src/app/data/eventIds.ts';
import { buildColumns } from '../../../src/app/data/eventColumns.ts';
import { seedDataset } from '../fixtures/seed.ts';

describe('events read from their bytes when asked for', () => {
  const dataset = seedDataset();
  const bytes = new TextEncoder().encode(JSON.stringify(dataset, null, 2));
  const events = lazyEvents({ bytes, spans: splitEvents(bytes).spans });

  it('reads as the array of events it was written from', () => {
    expect(events.length).toBe(dataset.events.length);
    expect(Array.isArray(events)).toBe(true);
    expect(events.map((e) => e.id)).toEqual(dataset.events.map((e) => e.id));
    expect([...events]).toEqual(dataset.events);
    expect(events[2]).toBe(events[2]);
    expect(events[dataset.events.length]).toBeUndefined();
    expect(events.filter((e) => e.time === null).length).toBe(dataset.events.filter((e) => e.time === null).length);
  });

  it('cannot be changed', () => {
    expect(() => ((events as unknown as unknown[])[0] = null)).toThrow(TypeError);
  });

  it('finds an event by its id, and nothing for an id it does not hold', () => {
    const columns = buildColumns(dataset.events);
    const lookup = eventIds(columns.idHash, columns.idOrder, (i) => events[i]!.id);
    dataset.events.forEach((e, i) => expect(lookup.get(e.id)).toBe(i));
    expect(lookup.get('no-such-event')).toBeUndefined();
  });

  it('tells apart events whose ids share a hash', () => {
    // Three events filed under the hash of "c": only the one whose id is "c" is found.
    const ids = ['x', 'y', 'c', 'z'];
    const same = new Uint32Array([hashId('c'), hashId('c'), hashId('c'), hashId('z')]);
    const lookup = eventIds(same, hashOrder(same), (i) => ids[i]!);
    expect(ids.map((id) => lookup.get(id))).toEqual([undefined, undefined, 2, 3]);
  });
});
