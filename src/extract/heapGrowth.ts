// The corpus stage builds the dataset and checks it in one go, in one thread. Between two full
// collections V8 lets a heap grow to several times what was live at the last one, so the
// process's peak is mostly garbage: on 1,000 generated articles the heap reached 176 MB by the
// end of the documents with 89 MB live, and a collection while writing went from 276 MB to 94.
// Around the corpus stage the heap is collected once (counting its next limit from what is live
// then), and may then grow only `percent` past what is live: collections come sooner, and the
// peak is lower, for a few tenths of a CPU-second more on that corpus.
// The setting is V8's, for the whole process, and is put back to V8's own rule afterwards (left
// alone when the process was started with a growth of its own): run this only when no worker
// thread is working (they would pay for more collections too).
import v8 from 'node:v8';
import vm from 'node:vm';

const GROWTH_PERCENT = 20;

/** Whether Node was started with its own heap growth (on its command line or in NODE_OPTIONS). */
const GROWTH_GIVEN = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));

export function withTightHeap<T>(run: () => T, percent = GROWTH_PERCENT): T {
  if (GROWTH_GIVEN) return run();
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    collect();
    return run();
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0');
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
