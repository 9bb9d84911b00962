// The dataset is read here, off the page's thread, so that the page stays responsive (and shows
// its progress) while a large dataset is parsed and validated. The file's bytes come in the pieces
// they are downloaded in, and are read as they come.
import '../zodJitless.ts';
import { datasetReader, transferables } from './readDataset.ts';
import type { ReadOutcome } from './readDataset.ts';

export type WorkerRequest = { type: 'start'; url: string; sizeHint: number } | { type: 'chunk'; chunk: Uint8Array } | { type: 'end' };
export type WorkerReply = { type: 'progress'; fraction: number } | { type: 'done'; outcome: ReadOutcome };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer?: Transferable[]): void };

let reader: ReturnType<typeof datasetReader> | null = null;

scope.onmessage = (e) => {
  const request = e.data;
  if (request.type === 'start') reader = datasetReader(request.url, request.sizeHint);
  else if (request.type === 'chunk') reader!.push(request.chunk);
  else {
    const outcome = reader!.finish((fraction) => scope.postMessage({ type: 'progress', fraction }));
    // The bytes come back with the columns: the kept events are read from them on demand.
    scope.postMessage({ type: 'done', outcome }, outcome.ok ? [...new Set(transferables(outcome.read))] : []);
  }
};
