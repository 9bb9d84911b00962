// Runs a task per index, a bounded number at once, and hands the results back in index order.
// The next task starts as soon as any running one is done, not when the first in order is: a long
// document would otherwise leave every worker idle behind it while later results wait.

/**
 * `start(i)` for i from 0 to count − 1, at most `width` running at once; results in index order.
 * A result that arrives early waits in memory until those before it are handed out.
 */
export async function* inOrder<T>(count: number, width: number, start: (index: number) => Promise<T>): AsyncGenerator<T> {
  const results = new Map<number, Promise<T>>();
  let started = 0;
  let running = 0;
  let stopped = false;
  const launch = () => {
    for (; !stopped && running < width && started < count; started++, running++) {
      const result = start(started);
      results.set(started, result);
      // A failure is the caller's to see when it reaches that index (and never unhandled when it
      // stops before): here it only frees a place.
      result.then(done, done);
    }
  };
  const done = () => {
    running--;
    launch();
  };
  try {
    launch();
    for (let index = 0; index < count; index++) {
      const result = results.get(index)!;
      results.delete(index);
      yield await result;
    }
  } finally {
    stopped = true;
  }
}
