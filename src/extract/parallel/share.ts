// Shares documents between the worker threads and this thread. A worker keeps `slots` documents
// (the one it works on and the next, so it never waits for this thread to hand it one); when every
// slot is taken, this thread works on the next document itself instead of waiting. With jobs = cores
// that is one worker fewer to start, to load a model into and to compile the code in, and this
// thread's own half of the documents is never copied between threads.

/** Runs a task on a worker thread. */
export type Remote<T, R> = (task: T) => Promise<R>;

/**
 * A function that hands each task to a free worker slot, or else runs it in this thread (`local`),
 * one at a time, between the messages of the workers. Tasks start in the order they are given.
 */
export function share<T, R>(slots: number, remote: Remote<T, R>, local: (task: T) => R): (task: T) => Promise<R> {
  const waiting: { task: T; resolve: (result: R | Promise<R>) => void; reject: (error: unknown) => void }[] = [];
  let busy = 0;
  let scheduled = false;

  const toWorkers = () => {
    while (waiting.length && busy < slots) {
      const next = waiting.shift()!;
      busy++;
      const done = remote(next.task).finally(() => {
        busy--;
        toWorkers();
      });
      next.resolve(done);
    }
    // What the workers cannot take now waits for this thread; it runs after pending messages
    // (a worker's result frees a slot, which may take the task instead).
    if (waiting.length && !scheduled) {
      scheduled = true;
      setImmediate(inThread);
    }
  };

  const inThread = () => {
    scheduled = false;
    if (busy < slots) return toWorkers();
    const next = waiting.shift();
    if (!next) return;
    try {
      next.resolve(local(next.task));
    } catch (error) {
      next.reject(error);
    }
    toWorkers();
  };

  return (task) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ task, resolve, reject });
      toWorkers();
    });
}
