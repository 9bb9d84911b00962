// What a second thread answers for a run of events (readPart.ts), checked for its shape before it
// is appended to the dataset: a helper gone wrong (a bug, a message mangled on the way) must not
// shift every event after its run, draw an event on another's time or crash the reading. A run
// whose answer is not well formed is read again by the reader itself.
import type { Head, PartResult } from './readPart.ts';
import type { ColumnPart } from './eventColumns.ts';
import { CERTAINTIES } from '../../model/vocabulary.ts';
import { BAR } from './markKind.ts';

/** The typed array each per-event column is. */
const COLUMN_TYPES = {
  start: 'Float64Array',
  end: 'Float64Array',
  solidEnd: 'Float64Array',
  support: 'Float64Array',
  kind: 'Uint8Array',
  openEnd: 'Uint8Array',
  inferred: 'Uint8Array',
  reportedBy: 'Uint8Array',
  certainty: 'Uint8Array',
  titleLength: 'Uint32Array',
  idHash: 'Uint32Array',
  claimant: 'Int32Array',
} as const;

/** The values a small column may hold, below this bound: a mark (markKind.ts), a certainty, a flag (0 or 1). */
const BELOW = {
  kind: BAR + 1,
  certainty: CERTAINTIES.length,
  openEnd: 2,
  inferred: 2,
  reportedBy: 2,
} as const;

/** Whether `value` is a typed array of that name, whichever realm made it (a message's, a test's). */
const isTyped = (value: unknown, name: string): value is ArrayLike<number> => Object.prototype.toString.call(value) === `[object ${name}]`;

const isString = (value: unknown) => typeof value === 'string';

/** Indices strictly increasing, each in [0, size). */
function increasing(list: ArrayLike<unknown>, size: number): boolean {
  let last = -1;
  for (let k = 0; k < list.length; k++) {
    const v = list[k];
    if (typeof v !== 'number' || !Number.isInteger(v) || v <= last || v >= size) return false;
    last = v;
  }
  return true;
}

/** References from `starts` (count + 1 of them, from 0, never decreasing) into `refs`, each an index below `size` or -1. */
function references(starts: unknown, refs: unknown, count: number, size: number): boolean {
  if (!isTyped(starts, 'Int32Array') || !isTyped(refs, 'Int32Array') || starts.length !== count + 1 || starts[0] !== 0) return false;
  for (let k = 0; k < count; k++) if (starts[k + 1]! < starts[k]!) return false;
  if (starts[count] !== refs.length) return false;
  for (let k = 0; k < refs.length; k++) if (refs[k]! < -1 || refs[k]! >= size) return false;
  return true;
}

function wellFormedColumns(columns: ColumnPart | null, count: number, head: Head): boolean {
  if (typeof columns !== 'object' || columns === null || columns.count !== count) return false;
  for (const [key, type] of Object.entries(COLUMN_TYPES)) {
    const column = columns[key as keyof typeof COLUMN_TYPES];
    if (!isTyped(column, type) || column.length !== count) return false;
  }
  for (const [key, bound] of Object.entries(BELOW)) {
    const column = columns[key as keyof typeof BELOW];
    for (let k = 0; k < count; k++) if (column[k]! >= bound) return false;
  }
  if (!references(columns.actorStart, columns.actorRefs, count, head.actors.length)) return false;
  if (!references(columns.docStart, columns.docRefs, count, head.documents.length)) return false;
  for (const claimant of columns.claimant) if (claimant < -1 || claimant >= head.actors.length) return false;
  if (!Array.isArray(columns.texts) || columns.texts.length !== count || !columns.texts.every(isString)) return false;
  // The undated events are those without a start; the dated ones lie inside the extent.
  if (!Array.isArray(columns.undated) || !increasing(columns.undated, count)) return false;
  const extent = columns.extent;
  if (extent !== null && !(Array.isArray(extent) && extent.length === 2 && extent[0] <= extent[1])) return false;
  let next = 0;
  for (let k = 0; k < count; k++) {
    const undated = columns.undated[next] === k;
    if (undated) next++;
    const start = columns.start[k]!;
    if (undated !== Number.isNaN(start)) return false;
    if (!undated && (extent === null || start < extent[0] || columns.end[k]! > extent[1])) return false;
  }
  return true;
}

/** Whether `result` can be the answer for a run of `size` events read against `head`. */
export function wellFormedPart(result: PartResult, size: number, head: Head): boolean {
  if (typeof result !== 'object' || result === null) return false;
  const { kept, ids, problems, columns } = result;
  if (!isTyped(kept, 'Int32Array') || !increasing(kept, size)) return false;
  if (!Array.isArray(ids) || ids.length < kept.length || ids.length > size || !ids.every(isString)) return false;
  if (!Array.isArray(problems) || problems.length > size) return false;
  for (const p of problems as unknown[]) {
    const problem = p as Record<string, unknown> | null;
    if (typeof problem !== 'object' || problem === null || problem.kind !== 'event' || !isString(problem.ref) || !isString(problem.reason)) return false;
  }
  return wellFormedColumns(columns, kept.length, head);
}
