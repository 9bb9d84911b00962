// The worker that reads the dataset (datasetWorker.ts), started as the dataset's request goes out
// rather than once its answer has come: its script then downloads and compiles while the server
// answers, and the first pieces of the file find it ready (it started 100–300 ms after the answer
// when it was made then, and the reading is what the first picture waits for).
let spare: Worker | null = null;

const start = () => new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });

/** Starts the reading worker ahead of need (nothing where there are no workers). */
export function warmReaderWorker(): void {
  if (typeof Worker !== 'undefined') spare ??= start();
}

/** The worker started ahead, else a new one. */
export function takeReaderWorker(): Worker {
  const worker = spare ?? start();
  spare = null;
  return worker;
}

/** The worker started ahead is not needed after all (the download failed). */
export function dropReaderWorker(): void {
  spare?.terminate();
  spare = null;
}
