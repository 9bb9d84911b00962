// Runs readDataset in a Web Worker, or in the page where workers do not exist (a test DOM); the
// reading itself is the same code either way.
import { joinChunks, readDataset } from './readDataset.ts';
import type { ReadOutcome } from './readDataset.ts';
import type { WorkerReply, WorkerRequest } from './datasetWorker.ts';

/** `chunks`: the file's bytes in the pieces they were downloaded in, handed over (not copied). */
export function readOffThread(chunks: Uint8Array[], url: string, progress: (fraction: number) => void): Promise<ReadOutcome> {
  if (typeof Worker === 'undefined') return Promise.resolve(readDataset(joinChunks(chunks), url, progress));
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
    const done = (outcome: ReadOutcome) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      if (e.data.type === 'progress') progress(e.data.fraction);
      else done(e.data.outcome);
    };
    // A worker that cannot start or dies (out of memory) is a dataset that could not be read.
    worker.onerror = (e) => {
      e.preventDefault();
      done({ ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read (${e.message || 'its reader stopped'}).` });
    };
    const request: WorkerRequest = { chunks, url };
    worker.postMessage(request, [...new Set(chunks.map((c) => c.buffer as ArrayBuffer))]);
  });
}
