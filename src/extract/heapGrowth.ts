// The corpus stage builds the dataset and checks it in one go, in one thread. Between two full
// collections V8 lets a heap grow to several times what was live at the last one, so the
// process's peak is mostly garbage: on 1,000 generated articles the heap reached 176 MB by the
// end of the documents with 89 MB live, and a collection while writing went from 276 MB to 94.
// Around the corpus stage the heap is collected once (counting its next limit from what is live
// then), and may then grow only `percent` past what is live: collections come sooner, and the
// peak is lower, for a few tenths of a CPU-second more on that corpus. The CLI keeps it so while
// it writes the output (tightHeap), whose strings are all garbage once written.
// The setting is V8's, for the whole process, and is put back to V8's own rule afterwards (left
// alone when the process was started with a growth of its own): run this only when no worker
// thread is working (they would pay for more collections too).
import v8 from 'node:v8';
import vm from 'node:vm';

const GROWTH_PERCENT = 20;

/** Whether Node was started with its own heap growth (on its command line or in NODE_OPTIONS). */
const GROWTH_GIVEN = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));

/** How many callers keep the heap tight now: V8's own rule comes back when the last lets go. */
let holders = 0;

/**
 * Keeps the heap tight until the returned function is called (once): for work that awaits, such
 * as writing the output, whose strings are garbage as soon as they are written (on 1,698 news
 * articles the heap grew by 340 MB of them while writing, under V8's own rule). `collect` starts
 * with a full collection; without it, the limit counted at the last collection stays.
 */
export function tightHeap(options: { collect?: boolean; percent?: number } = {}): () => void {
  if (GROWTH_GIVEN) return () => undefined;
  v8.setFlagsFromString(`--heap-growing-percent=${options.percent ?? GROWTH_PERCENT}`);
  holders++;
  if (options.collect ?? true) collect();
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--holders === 0) v8.setFlagsFromString('--heap-growing-percent=0');
  };
}

export function withTightHeap<T>(run: () => T, percent = GROWTH_PERCENT): T {
  const release = tightHeap({ percent });
  try {
    return run();
  } finally {
    release();
  }
}

let gc: (() => void) | undefined;

/**
 * A full collection now. `gc` exists only in contexts made while V8 is told to expose it: one
 * such context is made, once, and later contexts are made as before.
 */
function collect(): void {
  if (!gc) {
    v8.setFlagsFromString('--expose-gc');
    gc = vm.runInNewContext('gc') as () => void;
    v8.setFlagsFromString('--no-expose-gc');
  }
  gc();
}
