import { describe, expect, it } from 'vitest';
import { heldGrowth, tightHeap, withTightHeap } from '../../src/extract/heapGrowth.ts';

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
  it('collects at once by default', () => {
    const made = () => Array.from({ length: 200_000 }, (_, i) => ({ i, text: `item ${i}` })).length;
    expect(made()).toBe(200_000);
    const before = process.memoryUsage().heapUsed;
    const release = tightHeap();
    const during = process.memoryUsage().heapUsed;
    release();
    expect(before - during).toBeGreaterThan(5 * 1024 * 1024);
  });

  it('keeps the tightest growth any holder asks for, lets go once per holder, and gives V8 its own rule back', async () => {
    expect(heldGrowth()).toBeNull();
    const outer = tightHeap({ collect: false, percent: 100 });
    const inner = tightHeap({ collect: false, percent: 20 });
    expect(heldGrowth()).toBe(20);
    outer();
    outer();
    await new Promise((resolve) => setImmediate(resolve));
    expect(heldGrowth()).toBe(20);
    inner();
    expect(heldGrowth()).toBeNull();
    expect(withTightHeap(() => heldGrowth())).toBe(20);
    expect(heldGrowth()).toBeNull();
  });
});
