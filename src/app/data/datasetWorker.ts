// The dataset is read here, off the page's thread, so that the page stays responsive (and shows
// its progress) while a large dataset is parsed and validated. The file's bytes come in the pieces
// they are downloaded in, and are read as they come: handed over one by one by the page, or, where
// the browser can hand a stream to a worker, straight from the download's own stream, so that the
// page's thread does nothing per piece.
import '../zodJitless.ts';
import { datasetReader, transferables } from './readDataset.ts';
import type { ReadOutcome } from './readDataset.ts';
import { packedBuffers, packSearchText } from '../search/packSearchText.ts';
import type { PackedChunk } from '../search/packSearchText.ts';

export type WorkerRequest =
  | { type: 'start'; url: string; sizeHint: number }
  | { type: 'chunk'; chunk: Uint8Array }
  | { type: 'stream'; stream: ReadableStream<Uint8Array>; total: number }
  | { type: 'end' };
export type WorkerReply =
  | { type: 'progress'; fraction: number }
  /** From a stream: how much has arrived (null when the total is unknown), then that all of it has, or why not. */
  | { type: 'download'; fraction: number | null }
  | { type: 'downloaded'; error: string | null }
  /** `search`: the columns' search text, packed (their own `searchText` is then empty). */
  | { type: 'done'; outcome: ReadOutcome; search?: PackedChunk[] };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer?: Transferable[]): void };

let reader: ReturnType<typeof datasetReader> | null = null;

async function readStream(stream: ReadableStream<Uint8Array>, total: number): Promise<void> {
  const body = stream.getReader();
  let received = 0;
  let told = -1;
  try {
    for (;;) {
      const { done, value } = await body.read();
      if (done) break;
      if (received === 0) mark('dataset-first-piece');
      received += value.length;
      // A reader that fails on a piece (a file too big to hold) is a dataset that could not be read, not a broken download.
      if (!pushed(value)) return;
      // A step under half a percent is not told: the page would only redraw the bar for it.
      const fraction = total ? Math.min(1, received / total) : null;
      if (fraction === null ? told < 0 : fraction - told >= 0.005) {
        told = fraction ?? 0;
        scope.postMessage({ type: 'download', fraction });
      }
    }
  } catch (error) {
    scope.postMessage({ type: 'downloaded', error: (error as Error).message || String(error) });
    return;
  }
  mark('dataset-downloaded');
  scope.postMessage({ type: 'downloaded', error: null });
}

/** A moment of the reading, for bench/profileUi.ts (its timeline from navigation to the first picture). */
const mark = (name: string) => performance.mark?.(name);

/** Hands a piece to the reader; when the reader fails, answers that the dataset could not be read, as a dying worker does (readOffThread.ts). */
function pushed(chunk: Uint8Array): boolean {
  try {
    reader!.push(chunk);
    return true;
  } catch (error) {
    const message = `The dataset at ${url} could not be read (${(error as Error).message || String(error)}).`;
    scope.postMessage({ type: 'done', outcome: { ok: false, kind: 'invalid', message } });
    return false;
  }
}

let url = '';

scope.onmessage = (e) => {
  const request = e.data;
  if (request.type === 'start') {
    mark('dataset-worker-start');
    url = request.url;
    reader = datasetReader(request.url, request.sizeHint);
  }
  else if (request.type === 'chunk') reader!.push(request.chunk);
  else if (request.type === 'stream') void readStream(request.stream, request.total);
  else {
    mark('dataset-finish');
    const outcome = reader!.finish((fraction) => scope.postMessage({ type: 'progress', fraction }));
    mark('dataset-read');
    if (!outcome.ok) return scope.postMessage({ type: 'done', outcome });
    // The search's text crosses as bytes (packSearchText.ts); the columns' arrays and the file's
    // bytes without a copy: the kept events are read from those bytes on demand.
    const search = packSearchText(outcome.read.columns.searchText);
    outcome.read.columns.searchText = [];
    scope.postMessage({ type: 'done', outcome, search }, [...new Set([...transferables(outcome.read), ...packedBuffers(search)])]);
  }
};
