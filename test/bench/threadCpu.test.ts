import { describe, expect, it } from 'vitest';
import { profileOf } from '../../bench/threadCpu.ts';

// Thread 1 is the main thread, 2 and 9 V8 helpers there before the run, 5 a worker started
// during the run, 6 a file thread started during the run that used next to nothing.
const threads = { main: 1, before: new Set([1, 2, 9]) };

describe('where a run spent its CPU, by thread', () => {
  it.each([
    {
      name: 'the main thread alone before the worker starts, both, then the main thread alone',
      samples: [
        { 1: 0, 2: 0, 9: 0 },
        { 1: 0.5, 2: 0.1, 9: 0.01 },
        { 1: 1, 2: 0.2, 5: 0.5, 6: 0.01, 9: 0.02 },
        { 1: 1.5, 2: 0.3, 5: 1, 6: 0.01, 9: 0.03 },
        // The worker has ended: its thread is gone from the last samples.
        { 1: 2, 2: 0.4, 9: 0.04 },
        { 1: 2.5, 2: 0.5, 9: 0.05 },
      ],
      expected: { total: 4.06, main: 2.5, workers: [1], helpers: 0.55, serial: { before: 0.5, between: 0, after: 1 } },
    },
    {
      name: 'the main thread working while the worker waits, between two spells of work',
      samples: [
        { 1: 0, 9: 0 },
        { 1: 0.2, 5: 0.3, 9: 0 },
        { 1: 0.6, 5: 0.3, 9: 0 },
        { 1: 0.8, 5: 0.6, 9: 0 },
      ],
      expected: { total: 1.4, main: 0.8, workers: [0.6], helpers: 0, serial: { before: 0, between: 0.4, after: 0 } },
    },
    {
      name: 'one thread: every bit of the main thread is serial',
      samples: [
        { 1: 0, 2: 0, 9: 0 },
        { 1: 1, 2: 0.5, 9: 0.01 },
      ],
      expected: { total: 1.51, main: 1, workers: [], helpers: 0.51, serial: { before: 0, between: 0, after: 1 } },
    },
  ])('$name', ({ samples, expected }) => {
    const profile = profileOf(samples, threads);
    expect(profile.total).toBeCloseTo(expected.total, 6);
    expect(profile.main).toBeCloseTo(expected.main, 6);
    expect(profile.workers.map((w) => +w.toFixed(6))).toEqual(expected.workers);
    expect(profile.helpers).toBeCloseTo(expected.helpers, 6);
    for (const part of ['before', 'between', 'after'] as const) expect(profile.serial[part]).toBeCloseTo(expected.serial[part], 6);
  });
});
