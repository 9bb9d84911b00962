import { describe, expect, it } from 'vitest';
import { lazyEvents } from '../../../src/app/data/lazyEvents.ts';
import { splitEvents } from '../../../src/app/data/splitEvents.ts';
import { eventIds } from '../../../src/app/data/eventIds.ts';
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
    const lookup = eventIds(buildColumns(dataset.events).idHash, (i) => events[i]!.id);
    dataset.events.forEach((e, i) => expect(lookup.get(e.id)).toBe(i));
    expect(lookup.get('no-such-event')).toBeUndefined();
  });
});
