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
import type { EventBytes } from './lazyEvents.ts';
import { eventScanner } from './splitEvents.ts';
import { idTable } from './idTable.ts';
import { BATCH, json, partContext, readPart } from './readPart.ts';
import { wellFormedPart } from './checkPart.ts';
import type { Head, PartContext, PartRequest, PartResult } from './readPart.ts';
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

/** A whole file at once: what datasetReader gives for the file in one piece. */
export function readDataset(bytes: Uint8Array, url: string, progress?: (fraction: number) => void): ReadOutcome {
  const reader = datasetReader(url, bytes.length);
  reader.push(bytes);
  return reader.finish(progress);
}


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
 * A second thread that reads runs of events (readPart.ts) for a reader, against the head it was
 * given last. `pause` lets its answers in (a task's turn) while the reader works through a file.
 */
export interface PartHelper {
  head(head: Head): void;
  /** The run read, or null when the helper could not read it (the reader then reads it). */
  read(request: PartRequest): Promise<PartResult | null>;
  pause(): Promise<void>;
}

/** Runs of events read apart, waiting to be appended in file order. */
interface Run {
  from: number;
  to: number;
  /** Null until read, or when it could not be: it is then read again in order. */
  result: PartResult | null;
  done: boolean;
  /** Read against the ids of every event before it. */
  inOrder: boolean;
  /** For a run handed to the helper: the events this thread had read when it was (Reading.readHere). */
  readBefore: number;
}

/** The events read so far, against the head as it looked when the events began. */
interface Reading {
  head: Head;
  context: PartContext;
  problems: Problem[];
  seen: ReturnType<typeof idTable>;
  builder: ColumnBuilder;
  kept: Float64Array;
  count: number;
  /** Events handed out to be read, and those appended. */
  dispatched: number;
  merged: number;
  runs: Run[];
  /** Runs the helper is reading. */
  busy: number;
  /** Events read by this thread so far. */
  readHere: number;
}

// The runs a helper is given: a few at a time, each of several batches (fewer messages).
const HELPER_RUN = 4 * BATCH;
const HELPER_RUNS = 2;

// A file this large is read by two threads (a helper beside the reader): below it, starting the
// second costs more than it saves. The bytes themselves decide, once unpacked: a compressed
// download's size says little of the file's.
export const HELPED = 4 << 20;

/**
 * A file read as its bytes arrive (`push`): once the documents and actors before the events have
 * arrived, the events are parsed and checked a batch at a time while the rest downloads, by this
 * thread and, in a file of HELPED bytes or more (expected or received), by the helper that
 * `helperFor` starts (null when it cannot). `finish` (without `helperFor`) or `finished` reads the
 * rest of the file and the events left; either gives exactly what reading the whole file at once
 * gives (the events read early are read again if the file's head turns out to be other than it
 * looked, say a key given twice), whatever the helper answers or fails to. `progress` is told the
 * fraction done (0–1) of what is left. `onMerged` is told the number of events read in file order
 * each time it grows (`soFar` then gives them).
 */
export function datasetReader(
  url: string,
  sizeHint = 0,
  helperFor: (() => PartHelper | null) | null = null,
  onMerged: ((count: number) => void) | null = null,
) {
  const file = growingBytes(sizeHint);
  const scanner = eventScanner();
  const decoder = new TextDecoder();
  let early: Reading | null = null;
  let tried = false;
  let failure: unknown = null;
  let helper: PartHelper | null = null;
  let useHelper = false;
  /** Whether the helper has answered a run yet. */
  let heard = false;
  let report: ((merged: number) => void) | null = null;
  /** Whether caughtUp is at work. */
  let catching = false;

  /** The helper, started once the file is known to be large enough, and told the head of the reading. */
  const recruit = (bytes: number) => {
    if (!helperFor || helper || bytes < HELPED) return;
    const started = helperFor();
    helperFor = null;
    if (!started) return;
    helper = started;
    useHelper = tell(() => early && helper!.head(early.head));
  };
  /** Whether the helper took what it was given (a helper that throws is not given more). */
  const tell = (f: () => void): boolean => {
    try {
      f();
      return true;
    } catch {
      return false;
    }
  };

  // A file announced large starts its helper at once, so that it is ready when the events come;
  // one announced small (or compressed) starts it once the bytes received are enough (`push`).
  recruit(sizeHint);

  const start = (head: Head): Reading => {
    failure = null;
    if (useHelper) useHelper = tell(() => helper!.head(head));
    return {
      head,
      context: partContext(head, url),
      problems: [],
      seen: idTable(),
      builder: columnBuilder(Math.max(1024, scanner.count), head.actors, head.documents),
      kept: new Float64Array(1024),
      count: 0,
      dispatched: 0,
      merged: 0,
      runs: [],
      busy: 0,
      readHere: 0,
    };
  };
  const runOf = (from: number, to: number) => ({ from, bytes: file.bytes, spans: scanner.spans.subarray(2 * from, 2 * to) });
  /** Appends the runs read, in order, up to the first not read yet. */
  const drain = (r: Reading) => {
    while (r.runs.length && r.runs[0]!.done && failure === null) {
      const run = r.runs.shift()!;
      let result = run.result;
      try {
        // A run that could not be read, whose answer is not one (a helper gone wrong: it is given
        // no more), or that repeats an id of an event before it, is read again in order.
        if (!run.inOrder && result && !wellFormedPart(result, run.to - run.from, r.head)) {
          result = null;
          useHelper = false;
        }
        if (!run.inOrder && (!result || result.ids.some((id) => r.seen.has(id)))) result = null;
        if (!run.inOrder && result) for (const id of result.ids) r.seen.add(id);
        result ??= readPart(r.context, runOf(run.from, run.to), r.seen, decoder, r.builder);
      } catch (error) {
        failure = error;
        return;
      }
      if (result.columns) r.builder.append(result.columns);
      for (const problem of result.problems) r.problems.push(problem);
      if (2 * (r.count + result.kept.length) > r.kept.length) {
        const grown = new Float64Array(Math.max(2 * r.kept.length, 2 * (r.count + result.kept.length)));
        grown.set(r.kept);
        r.kept = grown;
      }
      const spans = scanner.spans;
      for (const k of result.kept) {
        r.kept[2 * r.count] = spans[2 * (run.from + k)]!;
        r.kept[2 * r.count + 1] = spans[2 * (run.from + k) + 1]!;
        r.count++;
      }
      r.merged = run.to;
      report?.(r.merged);
      if (r === early) onMerged?.(r.merged);
    }
  };
  /**
   * Hands out the events from `r.dispatched` on, up to `available`, a run at a time: to the helper
   * while it has few, else read here, at most `here` events (the rest waits for the helper's answers).
   */
  const dispatch = (r: Reading, available: number, whole: boolean, here = Infinity) => {
    while (failure === null) {
      const from = r.dispatched;
      // The helper's next run waits for its events to arrive, rather than be read here meanwhile.
      // The first batch is read here: the first events in order (a first picture, onMerged) do
      // not wait for a helper that has only just started.
      const toHelper = useHelper && r.busy < HELPER_RUNS && from > 0;
      const size = toHelper ? HELPER_RUN : BATCH;
      if (available - from < size && !(whole && available > from)) return;
      if (!toHelper && here <= 0) return;
      const to = Math.min(available, from + size);
      r.dispatched = to;
      if (toHelper) {
        const bytes = file.bytes.slice(scanner.spans[2 * from], scanner.spans[2 * to - 1]);
        const spans = scanner.spans.slice(2 * from, 2 * to);
        const base = spans[0]!;
        for (let k = 0; k < spans.length; k++) spans[k]! -= base;
        const run: Run = { from, to, result: null, done: false, inOrder: false, readBefore: r.readHere };
        r.busy++;
        void asked(() => helper!.read({ from, bytes, spans })).then(
          (result) => {
            heard ||= result !== null;
            if (!run.done) run.result = result;
            if (!result) useHelper = false;
          },
          () => void (useHelper = false),
        ).then(() => {
          r.busy--;
          // A run read here meanwhile (`takeOver`) keeps what was read here.
          if (run.done) return;
          run.done = true;
          if (r === early) drain(r);
        });
        r.runs.push(run);
        continue;
      }
      // Read here: against the ids before it when every run before it is appended, else on its own.
      here -= to - from;
      r.readHere += to - from;
      const inOrder = r.runs.length === 0;
      let result: PartResult | null = null;
      try {
        result = inOrder ? readPart(r.context, runOf(from, to), r.seen, decoder, r.builder) : readPart(r.context, runOf(from, to), undefined, decoder);
      } catch (error) {
        if (inOrder) failure = error;
      }
      r.runs.push({ from, to, result, done: true, inOrder: inOrder && result !== null, readBefore: r.readHere });
      drain(r);
    }
  };
  /**
   * A run handed to the helper and not answered, read here instead (its answer, should it come,
   * is then ignored): against the ids before it when it is the first run waiting, else on its own.
   */
  const takeOver = (r: Reading, run: Run) => {
    const inOrder = run === r.runs[0];
    r.readHere += run.to - run.from;
    let result: PartResult | null = null;
    try {
      result = inOrder ? readPart(r.context, runOf(run.from, run.to), r.seen, decoder, r.builder) : readPart(r.context, runOf(run.from, run.to), undefined, decoder);
    } catch (error) {
      if (inOrder) failure = error;
    }
    run.result = result;
    run.inOrder = inOrder && result !== null;
    run.done = true;
    drain(r);
  };
  /** The helper's answer, a helper that throws as one that could not read the run. */
  const asked = (read: () => Promise<PartResult | null>): Promise<PartResult | null> => {
    try {
      return read();
    } catch (error) {
      return Promise.reject(error);
    }
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
  /** The file's head, once every byte has come, and whether its events are in a list the scan found (else read whole). */
  const prepare = (): { outcome: ReadOutcome } | { bytes: Uint8Array; head: Head; problems: Problem[]; total: number } => {
    const bytes = file.done();
    const { rest, spans, found } = json(url, () => scanner.finish(bytes));
    // Everything but the events (the schema version, documents, actors) is checked first, whole.
    // A file whose list of events the scan did not find is read whole: none (the problems say
    // why), or a list under a key spelt with escapes, validated here and written out again.
    const { dataset, problems } = validateDataset(rest);
    const { events: whole, ...head } = dataset;
    if (!found) {
      const columns = columnBuilder(whole.length, head.actors, head.documents);
      whole.forEach((event) => columns.add(event));
      // Those events went through the whole schema: they are not checked again when shown.
      return { outcome: { ok: true, read: { head, events: { ...encodeEvents(whole), checked: true }, problems, columns: columns.finish() } } };
    }
    if (!early || !sameHead(early.head, head)) early = start(head);
    if (failure !== null) throw failure;
    return { bytes, head, problems, total: spans.length / 2 };
  };
  const outcomeOf = (bytes: Uint8Array, head: Head, problems: Problem[]): ReadOutcome => {
    if (failure !== null) throw failure;
    problems.push(...early!.problems);
    return { ok: true, read: { head, events: { bytes, spans: early!.kept.slice(0, 2 * early!.count) }, problems, columns: early!.builder.finish() } };
  };
  const progressOf = (progress: ((fraction: number) => void) | undefined, total: number) => {
    progress?.(0.2);
    const first = early!.merged;
    report = (merged) => progress?.(0.2 + (0.8 * (merged - first)) / Math.max(1, total - first));
  };

  return {
    push(chunk: Uint8Array) {
      file.push(chunk);
      recruit(Math.max(sizeHint, file.length));
      scanner.scan(file.bytes, file.length);
      if (!tried && scanner.open >= 0) {
        tried = true;
        const head = headBefore();
        if (head) early = start(head);
      }
      // A broken batch is told once the rest of the file is known to be JSON, as a whole read tells it.
      // With a helper, a batch at most is read here per piece: when the file comes at once, the
      // rest is shared out as the helper answers (`caughtUp` after each piece, `finished` once
      // all of it has come), not read here before it can.
      if (early) dispatch(early, scanner.count, false, useHelper ? BATCH : Infinity);
    },
    /**
     * Reads the events received and not yet read, sharing them with the helper as it answers
     * (a turn between batches), until they are read or handed out; settles at once without a
     * helper (`push` then reads them itself). Called after a piece, it keeps both threads busy
     * while a download that came at once waits for its end. Stops, the rest left for later, once
     * `hold` says so.
     */
    async caughtUp(hold: () => boolean = () => false): Promise<void> {
      if (catching) return;
      catching = true;
      try {
        for (;;) {
          const r = early;
          if (!r || !useHelper || failure !== null || hold()) return;
          const before = r.dispatched;
          dispatch(r, scanner.count, false, BATCH);
          if (r.dispatched === before) return;
          await helper!.pause();
        }
      } finally {
        catching = false;
      }
    },
    /**
     * This thread has read all that has come and waits for more: while the helper has answered
     * nothing yet, the run that every event after it waits for is read here once the helper has
     * held it while this thread read as many events itself (its answer, should it come, is then
     * left out). A helper silent from its start is thus caught as soon as this thread has done its
     * share, not once the download ends; one that answers is never second-guessed here (its work
     * is not done twice). Whether a run was read here (the outcome is the same either way).
     */
    idle(): boolean {
      const r = early;
      if (!r || !useHelper || heard || failure !== null) return false;
      const run = r.runs[0];
      if (!run || run.done || r.readHere - run.readBefore < run.to - run.from) return false;
      takeOver(r, run);
      return true;
    },
    /** The events read and appended in file order so far. */
    get merged(): number {
      return early?.merged ?? 0;
    },
    /** The bytes received so far. */
    get received(): number {
      return file.length;
    },
    /** The bytes up to the end of the last event read in file order (0 before any): what `soFar` would copy. */
    get keptBytes(): number {
      const r = early;
      return r && r.count > 0 ? r.kept[2 * r.count - 1]! : 0;
    },
    /**
     * The events read in file order so far, as a read of their own (copies: the reading goes on),
     * without the search text; null before any. What the whole file gives may differ from it (a
     * head given again further on), and only the whole read is the dataset.
     */
    soFar(): DatasetRead | null {
      const r = early;
      if (!r || r.count === 0 || failure !== null) return null;
      const spans = r.kept.slice(0, 2 * r.count);
      return { head: r.head, events: { bytes: file.bytes.slice(0, spans[spans.length - 1]), spans }, problems: r.problems.slice(), columns: r.builder.soFar() };
    },
    /** The outcome, read in this thread alone (a reader made without a helper). */
    finish(progress?: (fraction: number) => void): ReadOutcome {
      // Runs handed to a helper would be lost here: such a reader ends with `finished`.
      if (helperFor || helper) throw new Error('a dataset reader given a helper is finished with finished(), not finish()');
      try {
        const prepared = prepare();
        if ('outcome' in prepared) return prepared.outcome;
        progressOf(progress, prepared.total);
        dispatch(early!, prepared.total, true);
        return outcomeOf(prepared.bytes, prepared.head, prepared.problems);
      } catch (error) {
        return failed(url, error);
      }
    },
    /** The outcome, read by this thread and the helper. */
    async finished(progress?: (fraction: number) => void): Promise<ReadOutcome> {
      try {
        const prepared = prepare();
        if ('outcome' in prepared) return prepared.outcome;
        progressOf(progress, prepared.total);
        const r = early!;
        while (failure === null && r.dispatched < prepared.total) {
          dispatch(r, Math.min(prepared.total, r.dispatched + (useHelper && r.busy < HELPER_RUNS ? HELPER_RUN : BATCH)), true);
          if (useHelper) await helper!.pause();
        }
        // Every run is handed out. Rather than wait on the helper, this thread reads the runs it
        // has not answered, from the last one back, letting its answers in before each: a helper
        // that answers loses little work, and one that is alive but silent holds up nothing (it
        // is not waited on for a time, which a slow machine would make too short).
        for (;;) {
          drain(r);
          if (failure !== null || !r.runs.some((run) => !run.done)) break;
          await helper!.pause();
          drain(r);
          const waiting = r.runs.filter((run) => !run.done);
          if (failure !== null || waiting.length === 0) break;
          takeOver(r, waiting[waiting.length - 1]!);
        }
        return outcomeOf(prepared.bytes, prepared.head, prepared.problems);
      } catch (error) {
        return failed(url, error);
      }
    },
  };
}

function failed(url: string, error: unknown): ReadOutcome {
  if (error instanceof LoadError) return { ok: false, kind: error.kind, message: error.message };
  if (error instanceof DatasetError) return { ok: false, kind: 'schema', message: error.message };
  // A string too long for the engine (a dataset of several hundred MB) ends up here too.
  return { ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read: ${(error as Error).message}` };
}

/**
 * The same schema version (which says how an event reads what its file leaves out), shared lists,
 * documents and actors the events are checked against, in both.
 */
function sameHead(a: Head, b: Head): boolean {
  return a.schemaVersion === b.schemaVersion && JSON.stringify([a.documents, a.actors, a.shared]) === JSON.stringify([b.documents, b.actors, b.shared]);
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

// The page reads a dataset from datasetOf.ts, without the reader's code.
export { datasetOf } from './datasetOf.ts';

/** The buffers of a read handed to another thread without a copy. */
export function transferables(read: DatasetRead): ArrayBuffer[] {
  return [...columnBuffers(read.columns), read.events.bytes.buffer as ArrayBuffer, read.events.spans.buffer as ArrayBuffer];
}
