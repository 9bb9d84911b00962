// Runs the per-document stages on this thread and a pool of worker threads (piscina): `jobs`
// documents at once, one in this thread and the others on jobs − 1 workers (share.ts); in this
// thread alone when one job is asked for. The caller gathers results in input order whatever order
// the threads finish in, so the dataset is byte-identical for any number of jobs.
import os from 'node:os';
import { Piscina } from 'piscina';
import { DEFAULT_LEXICON } from '../actors/lexiconFile.ts';
import type { DocumentTask, Processed, WorkerData } from './types.ts';
import { unpack } from './pack.ts';
import { maxOldSpaceMb, workerFile } from './workerBundle.ts';
import { share } from './share.ts';

/** Documents a worker holds: the one it works on and the next. */
const PER_WORKER = 2;

export interface DocumentPool {
  /** How many documents it works on at once. */
  width: number;
  process(task: DocumentTask): Promise<Processed>;
  close(): Promise<void>;
}

/** As many jobs as the machine has cores: this thread and one worker fewer. */
export const defaultJobs = () => Math.max(1, os.availableParallelism());

/**
 * `inThread` is the same per-document function the workers run, this thread's share. The workers
 * start at once and load `lexicons` (the run's extra lexicon files) and the tagger's model.
 */
export async function createDocumentPool(
  jobs: number,
  lexicons: readonly string[],
  inThread: (task: DocumentTask) => Processed,
): Promise<DocumentPool> {
  // A document whose work throws is skipped with the same message whichever thread took it, so
  // that the dataset does not depend on which thread was free.
  const local = (task: DocumentTask): Processed => {
    try {
      return inThread(task);
    } catch (error) {
      return failed(task, error as Error);
    }
  };
  if (jobs <= 1) return { width: 1, process: async (task) => local(task), close: async () => undefined };
  const workerData: WorkerData = { builtinLexicon: DEFAULT_LEXICON, lexicons };
  const worker = await workerFile();
  const maxOld = maxOldSpaceMb(process.execArgv);
  const pool = new Piscina<DocumentTask, Processed>({
    filename: worker.url.href,
    execArgv: worker.execArgv,
    workerData,
    minThreads: jobs - 1,
    maxThreads: jobs - 1,
    // Each worker holds its next document while it works on one, so it never waits for this thread
    // to hand it the next (this thread works on documents too, and on a busy machine may not run
    // for a while). The rest wait in share.ts's queue, bounded by the caller.
    concurrentTasksPerWorker: PER_WORKER,
    idleTimeout: 1000,
    // A small young generation: a worker's garbage is collected sooner, so that two workers hold
    // some 50 MB less at their peak on a thousand news articles, for a few percent more CPU.
    // The main thread's heap size when one was given (a worker takes no V8 option).
    resourceLimits: { maxYoungGenerationSizeMb: 8, ...(maxOld ? { maxOldGenerationSizeMb: maxOld } : {}) },
  });
  return {
    width: jobs,
    process: share(
      PER_WORKER * (jobs - 1),
      (task) =>
        pool.run(task).then(
          (processed) => (processed.doc ? { ...processed, doc: unpack(processed.doc) } : processed),
          (error: Error) => failed(task, error),
        ),
      local,
    ),
    close: () => pool.destroy(),
  };
}

function failed(task: DocumentTask, error: Error): Processed {
  return {
    doc: null,
    diagnostics: [
      ...task.diagnostics,
      {
        path: task.path,
        severity: 'error',
        message: `could not be processed (${(error as NodeJS.ErrnoException).code ?? error.name}); skipped`,
      },
    ],
  };
}
