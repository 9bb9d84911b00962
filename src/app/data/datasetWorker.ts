// The dataset is read here, off the page's thread, so that the page stays responsive (and shows
// its progress) while a large dataset is parsed and validated.
import '../zodJitless.ts';
import { joinChunks, readDataset, transferables } from './readDataset.ts';
import type { ReadOutcome } from './readDataset.ts';

export type WorkerRequest = { chunks: Uint8Array[]; url: string };
export type WorkerReply = { type: 'progress'; fraction: number } | { type: 'done'; outcome: ReadOutcome };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer?: Transferable[]): void };

scope.onmessage = (e) => {
  const { chunks, url } = e.data;
  const outcome = readDataset(joinChunks(chunks), url, (fraction) => scope.postMessage({ type: 'progress', fraction }));
  // The bytes come back with the columns: the kept events are read from them on demand.
  scope.postMessage({ type: 'done', outcome }, outcome.ok ? [...new Set(transferables(outcome.read))] : []);
};
