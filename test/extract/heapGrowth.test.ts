import { describe, expect, it } from 'vitest';
import { tightHeap, withTightHeap } from '../../src/extract/heapGrowth.ts';

describe('a tight heap around the corpus stage', () => {
  it('gives back what the stage returns, and its error', () => {
    expect(withTightHeap(() => ({ events: 3 }))).toEqual({ events: 3 });
    expect(() =>
      withTightHeap(() => {
        throw new Error('stage failed');
      }),
    ).toThrow('stage failed');
  });

  it('collects the garbage made before it, so the stage starts from what is live', () => {
    const made = () => Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` })).length;
    expect(made()).toBe(200_000);
    const before = process.memoryUsage().heapUsed;
    const during = withTightHeap(() => process.memoryUsage().heapUsed);
    expect(before - during).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe('a tight heap held across awaits', () => {
  it('collects at once by default, and not when asked to keep the last limit', () => {
    const made = () => Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` })).length;
    expect(made()).toBe(200_000);
    const before = process.memoryUsage().heapUsed;
    const release = tightHeap();
    const during = process.memoryUsage().heapUsed;
    release();
    expect(before - during).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('lets go once per holder, whatever the order, and a second release changes nothing', async () => {
    const outer = tightHeap({ collect: false });
    const inner = tightHeap({ collect: false });
    outer();
    outer();
    const written = await new Promise<number>((resolve) => setImmediate(() => resolve(Array.from({ length: 1000 }, String).length)));
    inner();
    expect(written).toBe(1000);
    expect(withTightHeap(() => 'after')).toBe('after');
  });
});
