// From the bytes of dataset.json to a validated dataset with its timeline columns: decode, parse,
// validate record by record, compute the typed arrays. The one code path for reading a dataset,
// run in a Web Worker (datasetWorker.ts) or, where there is none, in the page.
import type { Dataset } from '../../model/dataset.ts';
import { DatasetError, validateDataset } from '../../model/validate.ts';
import type { Problem } from '../../model/validate.ts';
import { buildColumns } from './buildIndex.ts';
import type { DatasetColumns } from './buildIndex.ts';
import { parseJson } from './fetchJson.ts';
import { parseLargeJson } from './parseLargeJson.ts';
import { LoadError } from './LoadError.ts';
import type { LoadErrorKind } from './LoadError.ts';

export interface DatasetRead {
  dataset: Dataset;
  problems: Problem[];
  columns: DatasetColumns;
}

/** A result that crosses between threads: an Error would lose its kind on the way. */
export type ReadOutcome = { ok: true; read: DatasetRead } | { ok: false; kind: LoadErrorKind; message: string };

// Above this size the file is parsed in pieces (an engine's longest string is about 512 MB).
const LARGE_BYTES = 128 << 20;

function parse(bytes: Uint8Array, url: string, progress?: (fraction: number) => void): unknown {
  if (bytes.length < LARGE_BYTES) return parseJson(new TextDecoder().decode(bytes), url, 'dataset');
  try {
    return parseLargeJson(bytes, undefined, (done) => progress?.(0.3 * done));
  } catch (error) {
    throw new LoadError('json', url, `The dataset at ${url} is not valid JSON: ${(error as Error).message}`);
  }
}

/** `progress` is told the fraction done (0–1) as the file is parsed and the events validated. */
export function readDataset(bytes: Uint8Array, url: string, progress?: (fraction: number) => void): ReadOutcome {
  try {
    const raw = parse(bytes, url, progress);
    progress?.(0.3);
    const { dataset, problems } = validateDataset(raw, (done, total) => progress?.(0.3 + (0.6 * done) / total));
    const columns = buildColumns(dataset.events);
    return { ok: true, read: { dataset, problems, columns } };
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, kind: error.kind, message: error.message };
    if (error instanceof DatasetError) return { ok: false, kind: 'schema', message: error.message };
    // A string too long for the engine (a dataset of several hundred MB) ends up here too.
    return { ok: false, kind: 'invalid', message: `The dataset at ${url} could not be read: ${(error as Error).message}` };
  }
}

/** The typed arrays of a read, handed to another thread without a copy. */
export function transferables(read: DatasetRead): ArrayBuffer[] {
  const c = read.columns;
  return [c.start, c.end, c.solidEnd, c.kind, c.openEnd, c.inferred, c.certainty, c.dated].map((a) => a.buffer as ArrayBuffer);
}
