import { describe, expect, it } from 'vitest';
import { withTightHeap } from '../../src/extract/heapGrowth.ts';

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
