// From the bytes of dataset.json to a validated dataset with its timeline columns: find the events
// in the bytes, parse and validate the rest, then the events a batch at a time, computing their
// columns as they go. What comes out is small objects (documents, actors, problems), typed arrays,
// and the bytes themselves with where each kept event is: all of it crosses to the page without
// copying a million objects. The one code path for reading a dataset, run in a Web Worker
// (datasetWorker.ts) or, where there is none, in the page.
import type { Dataset } from '../../model/dataset.ts';
import { DatasetError, validateDataset } from '../../model/validate.ts';
import type { Problem } from '../../model/validate.ts';
import { columnBuffers, columnBuilder } from './eventColumns.ts';
import type { ColumnBuilder, DatasetColumns } from './eventColumns.ts';
import { lazyEvents } from './lazyEvents.ts';
import type { EventBytes } from './lazyEvents.ts';
import { eventScanner, parseSpans } from './splitEvents.ts';
import { checkEvents } from './checkEvents.ts';
import { reviveEvent } from './reviveEvent.ts';
import { LoadError } from './LoadError.ts';
import type { LoadErrorKind } from './LoadError.ts';

export interface DatasetRead {
  /** Everything but the events. */
  head: Omit<Dataset, 'events'>;
  /** `checked`: the events were read through the whole schema already (a file read whole). */
  events: EventBytes & { checked?: boolean };
  problems: Problem[];
  columns: DatasetColumns;
}

/** A result that crosses between threads: an Error would lose its kind on the way. */
export type ReadOutcome = { ok: true; read: DatasetRead } | { ok: false; kind: LoadErrorKind; message: string };

// Events parsed at once: a batch's objects are alive until it is checked, and a small batch lets
// them die young (a batch of 5,000 outlived the engine's young generation in a worker, and was
// copied and promoted by its collector).
const BATCH = 1_000;

function json<T>(url: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new LoadError('json', url, `The dataset at ${url} is not valid JSON: ${error.message}`);
  }
}

/** A whole file at once: what datasetReader gives for the file in one piece. */
export function readDataset(bytes: Uint8Array, url: string, progress?: (fraction: number) => void): ReadOutcome {
  const reader = datasetReader(url, bytes.length);
  reader.push(bytes);
  return reader.finish(progress);
}

type Head = Omit<Dataset, 'events'>;

/** The bytes of a file as they arrive, in one array that grows (copied once at most on average). */
function growingBytes(sizeHint: number) {
  let bytes = new Uint8Array(Math.max(sizeHint, 1 << 16));
  let length = 0;
  return {
    get bytes() {
      return bytes;
    },
    get length() {
      return length;
    },
    push(chunk: Uint8Array) {
      if (length + chunk.length > bytes.length) {
        const next = new Uint8Array(Math.max(2 * bytes.length, length + chunk.length));
        next.set(bytes.subarray(0, length));
        bytes = next;
      }
      bytes.set(chunk, length);
      length += chunk.length;
    },
    /** The bytes received, in an array of their own size unless little is wasted. */
    done(): Uint8Array {
      return bytes.length > length * 1.25 ? bytes.slice(0, length) : bytes.subarray(0, length);
    },
  };
}

/**
 * A file read as its bytes arrive (`push`): once the documents and actors before the events have
 * arrived, the events are parsed and checked a batch at a time while the rest downloads. `finish`
 * reads the rest of the file and the events left; it gives exactly what reading the whole file at
 * once gives (the events read early are read again if the file's head turns out to be other than
 * it looked, say a key given twice). `progress` is told the fraction done (0–1) of what is left.
 */
export function datasetReader(url: string, sizeHint = 0) {
  const file = growingBytes(sizeHint);
  const scanner = eventScanner();
  const decoder = new TextDecoder();
  // The events read so far, against the head as it looked when the events began.
  let early: { head: Head; problems: Problem[]; check: ReturnType<typeof checkEvents>; builder: ColumnBuilder } | null = null;
  let tried = false;
  let kept = new Float64Array(1024);
  let count = 0;
  let done = 0;
  let failure: unknown = null;

  const start = (head: Head) => {
    const problems: Problem[] = [];
    done = 0;
    count = 0;
    failure = null;
    return { head, problems, check: checkEvents(head, problems), builder: columnBuilder(Math.max(1024, scanner.count), head.actors, head.documents) };
  };
  const batch = (to: number) => {
    const { bytes } = file;
    const spans = scanner.spans;
    const from = done;
    const events = json(url, () => parseSpans(bytes, spans, from, to, decoder));
    if (2 * (count + events.length) > kept.length) {
      const grown = new Float64Array(Math.max(2 * kept.length, 2 * (count + events.length)));
      grown.set(kept);
      kept = grown;
    }
    events.forEach((raw, k) => {
      const event = early!.check.check(raw, from + k);
      if (!event) return;
      early!.builder.add(event);
      kept[2 * count] = spans[2 * (from + k)]!;
      kept[2 * count + 1] = spans[2 * (from + k) + 1]!;
      count++;
    });
    done = to;
  };
  /** The head as the bytes before the events give it, or null when they give none. */
  const headBefore = (): Head | null => {
    try {
      const { dataset } = validateDataset(JSON.parse(`${decoder.decode(file.bytes.subarray(0, scanner.open))}[]}`));
      const { events: _, ...head } = dataset;
      return head;
    } catch {
      return null;
    }
  };

  return {
    push(chunk: Uint8Array) {
      file.push(chunk);
      scanner.scan(file.bytes, file.length);
      if (!tried && scanner.open >= 0) {
        tried = true;
        const head = headBefore();
        if (head) early = start(head);
      }
      // A broken batch is told once the rest of the file is known to be JSON, as a whole read tells it.
      try {
        while (early && failure === null && scanner.count - done >= BATCH) batch(done + BATCH);
      } catch (error) {
        failure = error;
      }
    },
    finish(progress?: (fraction: number) => void): ReadOutcome {
      try {
        const bytes = file.done();
        const { rest, spans, found } = json(url, () => scanner.finish(bytes));
        progress?.(0.2);
        // Everything but the events (the schema version, documents, actors) is checked first, whole.
        // A file whose list of events the scan did not find is read whole: none (the problems say
        // why), or a list under a key spelt with escapes, validated here and written out again.
        const { dataset, problems } = validateDataset(rest);
        const { events: whole, ...head } = dataset;
        if (!found) {
          const columns = columnBuilder(whole.length, head.actors, head.documents);
          whole.forEach((event) => columns.add(event));
          // Those events went through the whole schema: they are not checked again when shown.
          return { ok: true, read: { head, events: { ...encodeEvents(whole), checked: true }, problems, columns: columns.finish() } };
        }
        if (!early || !sameHead(early.head, head)) early = start(head);
        if (failure !== null) throw failure;
        const total = spans.length / 2;
        const first = done;
        while (done < total) {
          batch(Math.min(total, done + BATCH));
          progress?.(0.2 + (0.8 * (done - first)) / Math.max(1, total - first));
        }
        problems.push(...early.problems);
        return { ok: true, read: { head, events: { bytes, spans: kept.slice(0, 2 * count) }, problems, columns: early.builder.finish() } };
      } catch (error) {
        if (error instanceof LoadError) return { ok: false, kind: error.kind, message: error.message };
        if (error instanceof DatasetError) return { ok: false, kind: 'schema', message: error.message };
        // A string too long for the engine (a dataset of several hundred MB) ends up here too.
        return { ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read: ${(error as Error).message}` };
      }
    },
  };
}

/** The documents and actors the events are checked against, the same in both. */
function sameHead(a: Head, b: Head): boolean {
  return JSON.stringify([a.documents, a.actors]) === JSON.stringify([b.documents, b.actors]);
}

/** Events as JSON bytes with where each one is, as a file's events are kept. */
export function encodeEvents(events: readonly Dataset['events'][number][]): EventBytes {
  const encoder = new TextEncoder();
  const parts = events.map((e) => encoder.encode(JSON.stringify(e)));
  const spans = new Float64Array(2 * parts.length);
  let at = 0;
  parts.forEach((p, k) => {
    spans[2 * k] = at;
    spans[2 * k + 1] = at += p.length;
  });
  return { bytes: joinChunks(parts.length ? parts : [new Uint8Array(0)]), spans };
}

/** Byte pieces as one array (the piece itself when there is one). */
export function joinChunks(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** The dataset of a read, its events parsed from the bytes when asked for. */
export function datasetOf(read: DatasetRead): Dataset {
  // The columns' fields were checked as the file was read; the rest of an event is checked here,
  // when a view shows it, and the fields the file leaves at their default are filled in.
  return { ...read.head, events: lazyEvents(read.events, read.events.checked ? undefined : reviveEvent) as Dataset['events'] };
}

/** The buffers of a read handed to another thread without a copy. */
export function transferables(read: DatasetRead): ArrayBuffer[] {
  return [...columnBuffers(read.columns), read.events.bytes.buffer as ArrayBuffer, read.events.spans.buffer as ArrayBuffer];
}
