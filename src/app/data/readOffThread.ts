// Runs datasetReader in a Web Worker, or in the page where workers do not exist (a test DOM); the
// reading itself is the same code either way. The worker starts when the download does, and is
// given each piece of the file as it arrives, or the download's stream itself where the browser
// can transfer one (Chromium, Firefox): then the page's thread does nothing per piece.
import type { DatasetRead, ReadOutcome } from './readDataset.ts';
import type { PackedChunk } from '../search/packSearchText.ts';
import type { WorkerReply, WorkerRequest } from './datasetWorker.ts';
import { takeReaderWorker } from './readerWorker.ts';
import { unpackSearchText } from '../search/packSearchText.ts';
import { searchTextLater } from '../search/lateSearchText.ts';

export interface OffThreadReader {
  /** The next piece of the file, handed over (not copied). */
  push(chunk: Uint8Array): void;
  /**
   * The whole body, read by the reader itself: settles once it has arrived (rejects when the
   * download fails), telling the fraction received as it goes; null when the stream cannot be
   * handed over (it is then untouched: push its pieces instead).
   */
  stream(body: ReadableStream<Uint8Array>, total: number, received: (fraction: number | null) => void): Promise<void> | null;
  /** Every piece has been given: the outcome, with the fraction of what is left reported as it goes. */
  finish(progress: (fraction: number) => void): Promise<ReadOutcome>;
  /** The download failed: the reader is stopped. */
  cancel(): void;
}

/**
 * `sizeHint`: the bytes expected, when known (the file may turn out longer; a compressed length is
 * a start). `partial` is given the events read so far of a large file, once, for a first picture
 * while the rest is read; the reading of the rest waits until what it returns settles (the picture
 * drawn), so that the page's thread has the machine to itself meanwhile. `size`: the file's own
 * size when known (not a compressed length), else 0.
 */
export function readOffThread(
  url: string,
  sizeHint = 0,
  partial: (read: DatasetRead) => Promise<void> | void = () => undefined,
  size = 0,
): OffThreadReader {
  if (typeof Worker === 'undefined') {
    // Loaded only here: where there are workers, the reader's code is theirs alone.
    let reader = import('./readDataset.ts').then(({ datasetReader }) => datasetReader(url, sizeHint));
    return {
      push: (chunk) => void (reader = reader.then((r) => (r.push(chunk), r))),
      stream: () => null,
      finish: (progress) => reader.then((r) => r.finish(progress)),
      cancel: () => undefined,
    };
  }
  const worker = takeReaderWorker();
  const send = (request: WorkerRequest, transfer: Transferable[] = []) => worker.postMessage(request, transfer);
  let progress: (fraction: number) => void = () => undefined;
  let download: { received: (fraction: number | null) => void; settle: (error: string | null) => void } | null = null;
  /** Fills the search text of a read once it comes after it (null when none is awaited). */
  let searchArrived: ((search: PackedChunk[] | null) => void) | null = null;
  const outcome = new Promise<ReadOutcome>((resolve) => {
    const done = (result: ReadOutcome, searchFollows = false) => {
      performance.mark?.('dataset-received');
      if (searchFollows && result.ok) searchArrived = awaitSearch(result.read, () => worker.terminate());
      else worker.terminate();
      download?.settle(null);
      resolve(result);
    };
    worker.onmessage = (e: MessageEvent<WorkerReply>) => {
      const reply = e.data;
      if (reply.type === 'progress') progress(reply.fraction);
      else if (reply.type === 'download') download?.received(reply.fraction);
      else if (reply.type === 'downloaded') download?.settle(reply.error);
      else if (reply.type === 'done') done(reply.outcome, reply.searchFollows);
      else if (reply.type === 'search') searchArrived?.(reply.search);
      else if (reply.type === 'partial') {
        performance.mark?.('dataset-partial');
        // The reading goes on once the page has drawn them, or could not: never held for good.
        const resume = () => send({ type: 'resume' });
        void Promise.resolve()
          .then(() => partial(reply.read))
          .then(resume, resume);
      }
    };
    // A worker that cannot start or dies (out of memory) is a dataset that could not be read.
    worker.onerror = (e) => {
      e.preventDefault();
      // Once the dataset is in, only its search text is lost: it is made here instead.
      if (searchArrived) return searchArrived(null);
      done({ ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read (${e.message || 'its reader stopped'}).` });
    };
  });
  send({ type: 'start', url, sizeHint, size });
  return {
    push: (chunk) => send({ type: 'chunk', chunk }, [chunk.buffer as ArrayBuffer]),
    stream(body, total, received) {
      try {
        send({ type: 'stream', stream: body, total }, [body as unknown as Transferable]);
      } catch {
        // This browser cannot transfer a stream (a DataCloneError): the page reads it.
        return null;
      }
      return new Promise<void>((resolve, reject) => {
        download = { received, settle: (error) => (error === null ? resolve() : reject(new Error(error))) };
      });
    },
    finish(report) {
      progress = report;
      send({ type: 'end' });
      return outcome;
    },
    cancel: () => worker.terminate(),
  };
}

/**
 * The search text of `read` marked as coming later (lateSearchText.ts): the function returned
 * fills it from what the worker sends, or, should the worker fail first (null), from the events
 * themselves, read here; `end` then stops the worker.
 */
function awaitSearch(read: DatasetRead, end: () => void): (search: PackedChunk[] | null) => void {
  const fill = searchTextLater(read.columns.searchText);
  return (search) => {
    end();
    if (search) return fill(unpackSearchText(search));
    // Loaded only then: the page's entry, which starts the download, stays small.
    void import('../search/searchTextOf.ts').then(({ searchTextOf }) => fill(searchTextOf(read)));
  };
}
