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
import type { DatasetColumns } from './eventColumns.ts';
import { lazyEvents } from './lazyEvents.ts';
import type { EventBytes } from './lazyEvents.ts';
import { parseSpans, splitEvents } from './splitEvents.ts';
import { checkEvents } from './checkEvents.ts';
import { reviveEvent } from './reviveEvent.ts';
import { LoadError } from './LoadError.ts';
import type { LoadErrorKind } from './LoadError.ts';

export interface DatasetRead {
  /** Everything but the events. */
  head: Omit<Dataset, 'events'>;
  events: EventBytes;
  problems: Problem[];
  columns: DatasetColumns;
}

/** A result that crosses between threads: an Error would lose its kind on the way. */
export type ReadOutcome = { ok: true; read: DatasetRead } | { ok: false; kind: LoadErrorKind; message: string };

const BATCH = 5_000;

function json<T>(url: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new LoadError('json', url, `The dataset at ${url} is not valid JSON: ${error.message}`);
  }
}

/** `progress` is told the fraction done (0–1) as the file is scanned and the events read. */
export function readDataset(bytes: Uint8Array, url: string, progress?: (fraction: number) => void): ReadOutcome {
  try {
    const { rest, spans, found } = json(url, () => splitEvents(bytes));
    progress?.(0.2);
    // Everything but the events (the schema version, documents, actors) is checked first, whole.
    // A file whose list of events the scan did not find is read whole: none (the problems say
    // why), or a list under a key spelt with escapes, validated here and written out again.
    const { dataset, problems } = validateDataset(rest);
    const { events: whole, ...head } = dataset;
    if (!found) {
      const columns = columnBuilder(whole.length, head.actors, head.documents);
      whole.forEach((event) => columns.add(event));
      return { ok: true, read: { head, events: encodeEvents(whole), problems, columns: columns.finish() } };
    }
    const total = spans.length / 2;
    const builder = columnBuilder(total, head.actors, head.documents);
    const kept = new Float64Array(spans.length);
    let count = 0;
    const events = checkEvents(head, problems);
    const decoder = new TextDecoder();
    for (let from = 0; from < total; from += BATCH) {
      const to = Math.min(total, from + BATCH);
      const batch = json(url, () => parseSpans(bytes, spans, from, to, decoder));
      batch.forEach((raw, k) => {
        const event = events.check(raw, from + k);
        if (!event) return;
        builder.add(event);
        kept[2 * count] = spans[2 * (from + k)]!;
        kept[2 * count + 1] = spans[2 * (from + k) + 1]!;
        count++;
      });
      progress?.(0.2 + (0.8 * to) / total);
    }
    return { ok: true, read: { head, events: { bytes, spans: kept.slice(0, 2 * count) }, problems, columns: builder.finish() } };
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, kind: error.kind, message: error.message };
    if (error instanceof DatasetError) return { ok: false, kind: 'schema', message: error.message };
    // A string too long for the engine (a dataset of several hundred MB) ends up here too.
    return { ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read: ${(error as Error).message}` };
  }
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

/** The pieces of a download as one array (the piece itself when there is one). */
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
  return { ...read.head, events: lazyEvents(read.events, reviveEvent) as Dataset['events'] };
}

/** The buffers of a read handed to another thread without a copy. */
export function transferables(read: DatasetRead): ArrayBuffer[] {
  return [...columnBuffers(read.columns), read.events.bytes.buffer as ArrayBuffer, read.events.spans.buffer as ArrayBuffer];
}
