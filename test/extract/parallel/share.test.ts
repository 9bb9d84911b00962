import { describe, expect, it } from 'vitest';
import { share } from '../../../src/extract/parallel/share.ts';

/** A worker whose tasks finish when the test says so. */
function manualWorker() {
  const pending: { task: number; resolve: (r: string) => void }[] = [];
  return {
    pending,
    remote: (task: number) => new Promise<string>((resolve) => pending.push({ task, resolve })),
    finish(task: number) {
      const i = pending.findIndex((p) => p.task === task);
      pending.splice(i, 1)[0]!.resolve(`worker ${task}`);
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('sharing documents between workers and this thread', () => {
  it('fills the workers’ slots first, in order, then works on the next task in this thread', async () => {
    const worker = manualWorker();
    const local: number[] = [];
    const run = share(2, worker.remote, (task: number) => (local.push(task), `here ${task}`));
    const results = [1, 2, 3, 4].map(run);
    expect(worker.pending.map((p) => p.task)).toEqual([1, 2]);
    expect(local).toEqual([]); // this thread waits for the workers' messages first
    await tick();
    await tick();
    expect(local).toEqual([3, 4]);
    worker.finish(2);
    worker.finish(1);
    expect(await Promise.all(results)).toEqual(['worker 1', 'worker 2', 'here 3', 'here 4']);
  });

  it('gives a worker a waiting task when one of its slots frees, rather than this thread', async () => {
    const worker = manualWorker();
    const local: number[] = [];
    const run = share(1, worker.remote, (task: number) => (local.push(task), `here ${task}`));
    const first = run(1);
    worker.finish(1);
    await first;
    const second = run(2);
    expect(worker.pending.map((p) => p.task)).toEqual([2]);
    worker.finish(2);
    expect(await second).toBe('worker 2');
    expect(local).toEqual([]);
  });

  it('rejects only the task whose work in this thread throws', async () => {
    const worker = manualWorker();
    const run = share(1, worker.remote, (task: number) => {
      if (task === 2) throw new Error('bad document');
      return `here ${task}`;
    });
    const results = [1, 2, 3].map((t) => run(t).catch((e: Error) => e.message));
    await tick();
    await tick();
    worker.finish(1);
    expect(await Promise.all(results)).toEqual(['worker 1', 'bad document', 'here 3']);
  });
});
