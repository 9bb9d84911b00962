// The corpus stage builds the dataset and checks it in one go, in one thread. Between two full
// collections V8 lets a heap grow to several times what was live at the last one, so the
// process's peak is mostly garbage: on 1,000 generated articles the heap reached 176 MB by the
// end of the documents with 89 MB live, and a collection while writing went from 276 MB to 94.
// Around the corpus stage the heap is collected once (counting its next limit from what is live
// then), and may then grow only `percent` past what is live: collections come sooner, and the
// peak is lower, for a few tenths of a CPU-second more on that corpus.
// The setting is V8's, for the whole process, and is put back to V8's own rule afterwards: run
// this only when no worker thread is working (they would pay for more collections too).
import v8 from 'node:v8';
import vm from 'node:vm';

const GROWTH_PERCENT = 20;

export function withTightHeap<T>(run: () => T, percent = GROWTH_PERCENT): T {
  v8.setFlagsFromString(`--heap-growing-percent=${percent}`);
  try {
    collect();
    return run();
  } finally {
    v8.setFlagsFromString('--heap-growing-percent=0');
  }
}

/** A full collection now. `gc` exists only in contexts made once V8 was told to expose it. */
function collect(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}
