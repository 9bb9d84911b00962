// The corpus stage builds the dataset and checks it in one go, in one thread. Between two full
// collections V8 lets a heap grow to several times what was live at the last one, so the
// process's peak is mostly garbage: on 1,000 generated articles the heap reached 176 MB by the
// end of the documents with 89 MB live, and a collection while writing went from 276 MB to 94.
// Around the corpus stage the heap is collected once (counting its next limit from what is live
// then), and may then grow only `percent` past what is live: collections come sooner, and the
// peak is lower, for a few tenths of a CPU-second more on that corpus. The CLI keeps it so while
// it writes the output (tightHeap), whose strings are all garbage once written.
// The setting is V8's, for the whole process, and is put back to V8's own rule afterwards (left
// alone when the process was started with a growth of its own). The worker threads share it: the
// documents phase allows them a looser one (DOCUMENTS_GROWTH_PERCENT); their heaps are small.
import v8 from 'node:v8';
import vm from 'node:vm';

const GROWTH_PERCENT = 20;
/**
 * While the documents are processed: each one's intermediate results (tokens, sentences, drafts)
 * are garbage once it is done, and under V8's own rule the heap grew to three or four times what
 * was live (on 1,698 news articles, 458 MB with 170 live); at twice what is live the process
 * still peaked at the end of the documents (484 MB, a heap of 379 MB with 172 live). Half as much
 * again as what is live costs a few collections more, each marking only what is live (on 773 news
 * articles: peak 346 MB → 289 MB, with the corpus stage's merge below, for about 3% more CPU).
 */
export const DOCUMENTS_GROWTH_PERCENT = 50;

/** Whether Node was started with its own heap growth (on its command line or in NODE_OPTIONS). */
const GROWTH_GIVEN = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((a) => /heap[-_]growing[-_]percent/.test(a));

/** The growth each caller asks for now: the tightest holds; V8's own rule comes back when none is left. */
const held: number[] = [];
/** The growth in force: the tightest any caller holds, or null for V8's own rule. */
export const heldGrowth = (): number | null => (held.length ? Math.min(...held) : null);
const apply = () => v8.setFlagsFromString(`--heap-growing-percent=${heldGrowth() ?? 0}`);

/**
 * Keeps the heap tight until the returned function is called (once): for work that awaits, such
 * as writing the output, whose strings are garbage as soon as they are written (on 1,698 news
 * articles the heap grew by 340 MB of them while writing, under V8's own rule). `collect` starts
 * with a full collection; without it, the limit counted at the last collection stays.
 */
export function tightHeap(options: { collect?: boolean; percent?: number } = {}): () => void {
  if (GROWTH_GIVEN) return () => undefined;
  const percent = options.percent ?? GROWTH_PERCENT;
  held.push(percent);
  apply();
  if (options.collect ?? true) collect();
  let holding = true;
  return () => {
    if (!holding) return;
    holding = false;
    held.splice(held.indexOf(percent), 1);
    apply();
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
