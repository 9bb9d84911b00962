import { describe, expect, it } from 'vitest';
import { inOrder } from '../../../src/extract/parallel/inOrder.ts';

/** A task that finishes when the test says so. */
function deferred() {
  let resolve!: (value: string) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<string>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('tasks run a few at once, results in order', () => {
  it('keeps starting later tasks while the first is still running, and hands results back in order', async () => {
    const tasks = Array.from({ length: 6 }, deferred);
    const started: number[] = [];
    const results: string[] = [];
    const run = (async () => {
      for await (const r of inOrder(6, 2, (i) => (started.push(i), tasks[i]!.promise))) results.push(r);
    })();
    await settle();
    expect(started).toEqual([0, 1]);
    // The first (a long document) is still running: those after it keep its neighbour's place busy.
    tasks[1]!.resolve('b');
    await settle();
    expect(started).toEqual([0, 1, 2]);
    tasks[2]!.resolve('c');
    await settle();
    expect(started).toEqual([0, 1, 2, 3]);
    expect(results).toEqual([]);
    tasks[0]!.resolve('a');
    for (const i of [3, 4, 5]) {
      await settle();
      tasks[i]!.resolve(String.fromCharCode(97 + i));
    }
    await run;
    expect(results).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(started).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('never runs more than the width at once', async () => {
    let running = 0;
    let most = 0;
    const out: number[] = [];
    for await (const r of inOrder(20, 3, async (i) => {
      most = Math.max(most, ++running);
      await settle();
      running--;
      return i;
    }))
      out.push(r);
    expect(most).toBe(3);
    expect(out).toEqual([...Array(20).keys()]);
  });

  it('passes a failure on when its turn comes, and leaves no failure unhandled behind it', async () => {
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const r of inOrder(10, 4, async (i) => {
          await settle();
          if (i >= 2) throw new Error(`broken ${i}`);
          return i;
        }))
          seen.push(r);
      })(),
    ).rejects.toThrow('broken 2');
    expect(seen).toEqual([0, 1]);
    // Tasks 3 and later failed too, with nobody waiting for them: a rejection left unhandled would fail the run.
    await settle();
    await settle();
  });
});
