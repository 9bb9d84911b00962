// A run of a file's events read on its own: parsed a batch at a time, checked and turned into
// columns, by the reading worker or by a second one beside it (datasetWorker.ts), so that two
// threads parse a large file. Runs are appended to the dataset in file order (readDataset.ts);
// what a run could not know, the ids of the events before it, is checked there: a run that
// repeats an earlier id is read again in order, so the outcome is the same whoever read it.
import type { Dataset } from '../../model/dataset.ts';
import type { Problem, SeenIds } from '../../model/validate.ts';
import { checkEvents, refsById } from './checkEvents.ts';
import type { EventRefsById } from './checkEvents.ts';
import { columnBuilder, columnLookup, partBuffers } from './eventColumns.ts';
import type { ColumnBuilder, ColumnLookup, ColumnPart } from './eventColumns.ts';
import { idTable } from './idTable.ts';
import { LoadError } from './LoadError.ts';
import { parseSpans } from './splitEvents.ts';

// Events parsed at once: a batch's objects are alive until it is checked, and a small batch lets
// them die young (a batch of 5,000 outlived the engine's young generation in a worker, and was
// copied and promoted by its collector). Batches start at multiples of it, whoever reads them, so
// that a broken file is told with the same words.
export const BATCH = 1_000;

/** The dataset without its events: documents, actors and the rest, read before the events. */
export type Head = Omit<Dataset, 'events'>;

/** What reading a file's events needs of its head, made once per head. */
export interface PartContext {
  url: string;
  head: Head;
  refs: EventRefsById;
  lookup: ColumnLookup;
}

export function partContext(head: Head, url: string): PartContext {
  return { url, head, refs: refsById(head), lookup: columnLookup(head.actors, head.documents) };
}

/** Events `from` (a multiple of BATCH) onwards, event k being the JSON at bytes [spans[2k], spans[2k + 1]). */
export interface PartRequest {
  from: number;
  bytes: Uint8Array;
  spans: Float64Array;
}

export interface PartResult {
  /** The events kept, as indices in the run. */
  kept: Int32Array;
  problems: Problem[];
  /** The ids the run's events took, in order: every event whose fields are well formed, kept or not. */
  ids: string[];
  /** Null when the events went straight into the dataset's columns (`into`). */
  columns: ColumnPart | null;
}

export function json<T>(url: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new LoadError('json', url, `The dataset at ${url} is not valid JSON: ${error.message}`);
  }
}

/** The ids met, recorded as they are added to `seen`. */
function recording(seen: SeenIds, ids: string[]): SeenIds {
  return { add: (id) => seen.add(id) && ids.push(id) > 0 };
}

/**
 * The run read against the ids in `seen` (by default none: the ids of the events before it are
 * then checked when it is appended), its columns added to `into` when given (the run is then the
 * next of the dataset's events). Throws as reading those events in order would (a batch that is
 * not JSON, the first one).
 */
export function readPart(
  context: PartContext,
  { from, bytes, spans }: PartRequest,
  seen: SeenIds = idTable(),
  decoder = new TextDecoder(),
  into: ColumnBuilder | null = null,
): PartResult {
  const count = spans.length / 2;
  const problems: Problem[] = [];
  const ids: string[] = [];
  const check = checkEvents(context.head, problems, { seen: recording(seen, ids), refs: context.refs });
  const builder = into ?? columnBuilder(count, context.head.actors, context.head.documents, { lookup: context.lookup, part: true });
  const kept = new Int32Array(count);
  let n = 0;
  for (let b = 0; b < count; b += BATCH) {
    const to = Math.min(count, b + BATCH);
    const events = json(context.url, () => parseSpans(bytes, spans, b, to, decoder));
    for (let k = 0; k < events.length; k++) {
      const event = check.check(events[k], from + b + k);
      if (!event) continue;
      builder.add(event);
      kept[n++] = b + k;
    }
  }
  return { kept: kept.slice(0, n), problems, ids, columns: into ? null : builder.part() };
}

/** The buffers of a result handed to another thread without a copy. */
export function resultBuffers(result: PartResult): ArrayBuffer[] {
  return [result.kept.buffer as ArrayBuffer, ...(result.columns ? partBuffers(result.columns) : [])];
}
