// The dataset is read here, off the page's thread, so that the page stays responsive (and shows
// its progress) while a large dataset is parsed and validated. The file's bytes come in the pieces
// they are downloaded in, and are read as they come: handed over one by one by the page, or, where
// the browser can hand a stream to a worker, straight from the download's own stream, so that the
// page's thread does nothing per piece.
import '../zodJitless.ts';
import { datasetReader, transferables } from './readDataset.ts';
import { partialDue, PARTIAL_MS } from './partialDue.ts';
import type { DatasetRead, PartHelper, ReadOutcome } from './readDataset.ts';
import { partContext, readPart, resultBuffers } from './readPart.ts';
import type { PartContext, PartRequest, PartResult } from './readPart.ts';
import type { Dataset } from '../../model/dataset.ts';
import { packedBuffers, packSearchText } from '../search/packSearchText.ts';
import type { PackedChunk } from '../search/packSearchText.ts';

export type WorkerRequest =
  /** `size`: the file's own size when known (`sizeHint` may be a compressed length), else 0. */
  | { type: 'start'; url: string; sizeHint: number; size?: number }
  | { type: 'chunk'; chunk: Uint8Array }
  | { type: 'stream'; stream: ReadableStream<Uint8Array>; total: number }
  | { type: 'end' }
  /** The page has drawn the events sent in `partial` (or has waited long enough): the reading goes on. */
  | { type: 'resume' }
  /** To this worker as the helper of another (partHelper): the head the runs are read against, then each run. */
  | { type: 'head'; url: string; head: Omit<Dataset, 'events'> }
  | { type: 'part'; id: number; request: PartRequest };
export type WorkerReply =
  | { type: 'part'; id: number; result: PartResult | null }
  | { type: 'progress'; fraction: number }
  /** From a stream: how much has arrived (null when the total is unknown), then that all of it has, or why not. */
  | { type: 'download'; fraction: number | null }
  | { type: 'downloaded'; error: string | null }
  /**
   * The events read so far of a large file, drawn while the rest is read (their search text left
   * out: the search waits for the whole): sent once at most, before `done`.
   */
  | { type: 'partial'; read: DatasetRead }
  /** `searchFollows`: the columns' search text comes next, packed, in a `search` reply (their own `searchText` is empty). */
  | { type: 'done'; outcome: ReadOutcome; searchFollows?: boolean }
  /** Null when it could not be packed here: the page then makes it from the events. */
  | { type: 'search'; search: PackedChunk[] | null };

const scope = self as unknown as { onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null; postMessage(message: WorkerReply, transfer?: Transferable[]): void };

let reader: ReturnType<typeof datasetReader> | null = null;
let helper: (PartHelper & { close(): void }) | null = null;

/** A second worker reading runs of events for this one, or null where a worker cannot start one. */
function partHelper(): (PartHelper & { close(): void }) | null {
  if (typeof Worker === 'undefined' || typeof MessageChannel === 'undefined') return null;
  let worker: Worker;
  try {
    worker = new Worker(self.location.href, { type: 'module' });
  } catch {
    return null;
  }
  const waiting = new Map<number, (result: PartResult | null) => void>();
  let next = 0;
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    if (e.data.type !== 'part') return;
    waiting.get(e.data.id)?.(e.data.result);
    waiting.delete(e.data.id);
  };
  // A helper that dies, or whose answer cannot be read, leaves its runs to this worker.
  let dead = false;
  const die = (e: Event) => {
    e.preventDefault();
    dead = true;
    for (const resolve of waiting.values()) resolve(null);
    waiting.clear();
  };
  worker.onerror = die;
  worker.onmessageerror = die;
  const turn = new MessageChannel();
  const turns: (() => void)[] = [];
  turn.port1.onmessage = () => turns.shift()?.();
  return {
    head: (head) => worker.postMessage({ type: 'head', url, head } satisfies WorkerRequest),
    read(request) {
      if (dead) return Promise.resolve(null);
      const id = next++;
      worker.postMessage({ type: 'part', id, request } satisfies WorkerRequest, [request.bytes.buffer as ArrayBuffer, request.spans.buffer as ArrayBuffer]);
      return new Promise((resolve) => waiting.set(id, resolve));
    },
    pause: () =>
      new Promise<void>((resolve) => {
        turns.push(resolve);
        turn.port2.postMessage(null);
      }),
    close: () => worker.terminate(),
  };
}

/** As a helper: the head the runs are read against. */
let context: PartContext | null = null;

async function readStream(stream: ReadableStream<Uint8Array>, total: number): Promise<void> {
  const body = stream.getReader();
  let received = 0;
  let told = -1;
  try {
    for (;;) {
      const next = body.read();
      // Nothing more has come (the next piece is not already waiting): while this thread waits for
      // the network, it reads a run the helper has held too long (readDataset.ts idle).
      if (received > 0 && !(await settledAlready(next))) reader!.idle();
      const { done, value } = await next;
      if (held) await held;
      if (done) break;
      if (received === 0) mark('dataset-first-piece');
      received += value.length;
      // A reader that fails on a piece (a file too big to hold) is a dataset that could not be read, not a broken download.
      if (!pushed(value)) return;
      // What came at once is shared with the helper while the rest comes, not left for the end.
      await reader!.caughtUp(() => held !== null);
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
  partial.downloaded = true;
  scope.postMessage({ type: 'downloaded', error: null });
}

/** Whether a promise settles without waiting for another task (a piece of the stream already there). */
async function settledAlready(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  promise.then(
    () => (settled = true),
    () => (settled = true),
  );
  for (let k = 0; k < 3 && !settled; k++) await Promise.resolve();
  return settled;
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
    noPartial();
    scope.postMessage({ type: 'done', outcome: { ok: false, kind: 'invalid', message } });
    return false;
  }
}

let url = '';

// A first picture of a large file, sent once at most (partialDue.ts decides when).
let partial = { since: 0, sent: false, hint: 0, size: 0, downloaded: false };
// The look at the reading once its time has come, for a download that stalls.
let partialTimer: ReturnType<typeof setTimeout> | undefined;

/** No part from now on: the whole, or a failure, has been answered. */
function noPartial(): void {
  partial.sent = true;
  clearTimeout(partialTimer);
}

// Once the events so far are sent, the reading of the rest waits until the page has drawn them
// (it says so with `resume`, after a moment at most): the page's thread then has the machine to
// itself rather than share it with both reading threads just when the first picture is made.
let resumed: (() => void) | null = null;
let held: Promise<void> | null = null;

/** Sends the events read so far when the time has come for a first picture, or gives it up for good. */
function maybePartial(merged: number): void {
  if (partial.sent || !reader) return;
  const due = partialDue({
    merged,
    elapsed: performance.now() - partial.since,
    size: partial.size,
    hint: partial.hint,
    received: reader.received,
    downloaded: partial.downloaded,
    kept: reader.keptBytes,
  });
  if (due === 'wait') return;
  partial.sent = true;
  const read = due === 'send' ? reader.soFar() : null;
  if (!read) return;
  held = new Promise((resolve) => (resumed = resolve));
  mark('dataset-partial');
  scope.postMessage({ type: 'partial', read }, [...new Set(transferables(read))]);
}

scope.onmessage = (e) => {
  const request = e.data;
  if (request.type === 'start') {
    mark('dataset-worker-start');
    url = request.url;
    partial = { since: performance.now(), sent: false, hint: request.sizeHint, size: request.size ?? 0, downloaded: false };
    // A download that stalls after its first part still shows it: nothing else would look again.
    clearTimeout(partialTimer);
    partialTimer = setTimeout(() => maybePartial(reader?.merged ?? 0), PARTIAL_MS + 1);
    // A large file is read by two threads: a second worker (this same script) reads runs of its
    // events beside this one, started here when the size announced is large, else once the bytes
    // received are (a compressed download announces less than it holds; readDataset.ts HELPED).
    reader = datasetReader(request.url, request.sizeHint, () => (helper = partHelper()), maybePartial);
  } else if (request.type === 'head') context = partContext(request.head, request.url);
  else if (request.type === 'part') {
    let result: PartResult | null = null;
    try {
      result = readPart(context!, request.request);
    } catch {
      // The reader reads the run again itself, and tells why it cannot.
    }
    scope.postMessage({ type: 'part', id: request.id, result }, result ? resultBuffers(result) : []);
  }
  else if (request.type === 'chunk') {
    reader!.push(request.chunk);
    // Read what came, then, waiting for the page's next piece, a run the helper has held too long (readDataset.ts idle).
    void reader!.caughtUp().then(() => reader!.idle());
  }
  else if (request.type === 'stream') void readStream(request.stream, request.total);
  else if (request.type === 'resume') {
    held = null;
    resumed?.();
  }
  else void finish();
};

async function finish() {
  if (held) await held;
  mark('dataset-finish');
  // Every byte has been given.
  partial.downloaded = true;
  const outcome = await reader!.finished((fraction) => scope.postMessage({ type: 'progress', fraction }));
  helper?.close();
  // The whole (or its failure) comes next: no part after it.
  noPartial();
  mark('dataset-read');
  if (!outcome.ok) return scope.postMessage({ type: 'done', outcome });
  // The columns' arrays and the file's bytes cross without a copy (the kept events are read from
  // those bytes on demand), and at once: the search's text follows, packed as bytes
  // (packSearchText.ts), so that the first picture does not wait for it.
  const text = outcome.read.columns.searchText;
  outcome.read.columns.searchText = [];
  scope.postMessage({ type: 'done', outcome, searchFollows: true }, [...new Set(transferables(outcome.read))]);
  // The page waits for this answer: a failure here is told, not left as a rejection it never hears of.
  try {
    const search = packSearchText(text);
    scope.postMessage({ type: 'search', search }, [...new Set(packedBuffers(search))]);
  } catch {
    scope.postMessage({ type: 'search', search: null });
  }
}
