import { describe, expect, it } from 'vitest';
import { timeOrder } from '../../../src/app/data/timeOrder.ts';
import { hashOrder } from '../../../src/app/data/eventIds.ts';
import { dayMs, DAY } from '../../../src/app/time/dayMs.ts';

// The slow reference: the comparator the orders are defined by.
const reference = (items: Int32Array, start: Float64Array, end: Float64Array) =>
  [...items].sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);

function random(seed: number) {
  return () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
}

describe('timeOrder', () => {
  it('orders by start, then end, then index, from year 0 to 9999, ties and all', () => {
    const rnd = random(7);
    const n = 5000;
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    const first = dayMs('0000-01-01');
    const last = dayMs('9999-12-31');
    for (let i = 0; i < n; i++) {
      // Few distinct starts and ends, so that many events tie on both.
      start[i] = i % 5 === 0 ? [first, last - DAY][i % 2]! : dayMs('2020-01-01') + Math.floor(rnd() * 30) * DAY;
      end[i] = start[i]! + [1, 31, 365, 2_000_000][Math.floor(rnd() * 4)]! * DAY;
    }
    const items = Int32Array.from({ length: n }, (_, i) => n - 1 - i).filter((i) => i % 3 !== 1);
    expect([...timeOrder(items, start, end)]).toEqual(reference(items, start, end));
  });

  it('gives the same order for times that are not whole days', () => {
    const start = Float64Array.from([5 * DAY, 2.5 * DAY, 2.5 * DAY, -DAY]);
    const end = Float64Array.from([6 * DAY, 3 * DAY, 2.75 * DAY, 0]);
    const items = Int32Array.from([0, 1, 2, 3]);
    expect([...timeOrder(items, start, end)]).toEqual([3, 2, 1, 0]);
  });
});

describe('hashOrder', () => {
  it('orders events by the hash of their ids, then by index', () => {
    const rnd = random(11);
    const hashes = Uint32Array.from({ length: 20_000 }, () => (rnd() < 0.3 ? 0xffffffff : Math.floor(rnd() * 1000) * 4_000_000));
    const plain = Int32Array.from({ length: hashes.length }, (_, i) => i).sort((a, b) => hashes[a]! - hashes[b]! || a - b);
    expect([...hashOrder(hashes)]).toEqual([...plain]);
  });
});
