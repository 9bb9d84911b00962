// Runs datasetReader in a Web Worker, or in the page where workers do not exist (a test DOM); the
// reading itself is the same code either way. The worker starts when the download does, and is
// given each piece of the file as it arrives.
import { datasetReader } from './readDataset.ts';
import type { ReadOutcome } from './readDataset.ts';
import type { WorkerReply, WorkerRequest } from './datasetWorker.ts';

export interface OffThreadReader {
  /** The next piece of the file, handed over (not copied). */
  push(chunk: Uint8Array): void;
  /** Every piece has been given: the outcome, with the fraction of what is left reported as it goes. */
  finish(progress: (fraction: number) => void): Promise<ReadOutcome>;
  /** The download failed: the reader is stopped. */
  cancel(): void;
}

/** `sizeHint`: the bytes expected, when known (the file may turn out longer). */
export function readOffThread(url: string, sizeHint = 0): OffThreadReader {
  if (typeof Worker === 'undefined') {
    const reader = datasetReader(url, sizeHint);
    return { push: (chunk) => reader.push(chunk), finish: (progress) => Promise.resolve(reader.finish(progress)), cancel: () => undefined };
  }
  const worker = new Worker(new URL('./datasetWorker.ts', import.meta.url), { type: 'module' });
  const send = (request: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  let progress: (fraction: number) => void = () => undefined;
  const outcome = new Promise<ReadOutcome>((resolve) => {
    const done = (result: ReadOutcome) => {
      worker.terminate();
      resolve(result);
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
  });
  send({ type: 'start', url, sizeHint });
  return {
    push: (chunk) => send({ type: 'chunk', chunk }, [chunk.buffer as ArrayBuffer]),
    finish(report) {
      progress = report;
      send({ type: 'end' });
      return outcome;
    },
    cancel: () => worker.terminate(),
  };
}
