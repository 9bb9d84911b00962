// The dataset as its file holds it: every field that holds its default is left out, and so is
// what the reader computes exactly as the extractor did. The schema says which fields have a
// default (zod `.default(…)`), so the writer and the reader never disagree on them: reading a
// record back through its schema gives the record that was written.
// Also left out: an optional list that is empty, an optional null or false (absent means the
// same), and an event's `reports` when they are what its passages give (reportsOf.ts). An event
// is then written in version 3's compact form (compact.ts).
import type { z } from 'zod';
import { actorSchema, diagnosticSchema, documentSchema, eventFieldsSchema, SCHEMA_VERSION } from './dataset.ts';
import { compactEvent } from './compact.ts';
import type { Dataset, Diagnostic, DocumentMeta, TimelineEvent } from './dataset.ts';
import { reportingDocuments, reportsOf, sameReports } from './reportsOf.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  defaultValue?: unknown;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) || Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

const isEmpty = (value: unknown) => value === null || value === false || (Array.isArray(value) && value.length === 0);

/** Whether a field of this schema may be left out when it holds `value`. */
function omitted(schema: z.ZodType, value: unknown): boolean {
  if (value === undefined) return true;
  const def = defOf(schema);
  if (def.type === 'default') return equal(value, def.defaultValue);
  return def.type === 'optional' && isEmpty(value);
}

/** `value` with every field that holds its default left out, recursively, keys in their order. */
export function strip(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  const def = defOf(schema);
  if (def.innerType) return strip(def.innerType, value);
  if (def.type === 'array' && def.element && Array.isArray(value)) return value.map((x) => strip(def.element!, x));
  if (def.type !== 'object' || !def.shape) return value;
  const out: Record<string, unknown> = {};
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const field = record[key];
    const fieldSchema = def.shape[key];
    if (!fieldSchema) continue;
    if (!omitted(fieldSchema, field)) out[key] = strip(fieldSchema, field);
  }
  return out;
}

/** One event as the file holds it; `docById` is the dataset's documents, for its reports. */
export function leanEvent(event: TimelineEvent, docById: ReadonlyMap<string, DocumentMeta>): unknown {
  const reports =
    event.reports &&
    sameReports(
      event.reports,
      reportsOf(
        event.evidence,
        reportingDocuments((id) => docById.get(id)),
      ),
    )
      ? undefined
      : event.reports;
  return compactEvent(strip(eventFieldsSchema, { ...event, reports }) as Record<string, unknown>);
}

/** A writer of the dataset's records one at a time: `record(key, value)` for each array element. */
export function leanRecords(dataset: Dataset): (key: string, value: unknown) => unknown {
  const docById = new Map(dataset.documents.map((d) => [d.id, d]));
  return (key, value) => {
    if (key === 'events') return leanEvent(value as TimelineEvent, docById);
    if (key === 'documents') return strip(documentSchema, value);
    if (key === 'actors') return strip(actorSchema, value);
    if (key === 'diagnostics') return strip(diagnosticSchema, value);
    return value;
  };
}

/** dataset.json as written: what a reader may rely on before validating it. */
export interface DatasetFile {
  schemaVersion: number;
  documents: ({ id: string; title: string } & Record<string, unknown>)[];
  actors: unknown[];
  events: unknown[];
  diagnostics: Diagnostic[];
}

/** The whole dataset as its file holds it (for small datasets; the extractor streams instead). */
export function leanDataset(dataset: Dataset): DatasetFile {
  const record = leanRecords(dataset);
  const list = (key: string, items: readonly unknown[]) => items.map((item) => record(key, item));
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: list('documents', dataset.documents) as DatasetFile['documents'],
    actors: list('actors', dataset.actors),
    events: list('events', dataset.events),
    diagnostics: list('diagnostics', dataset.diagnostics) as Diagnostic[],
  };
}
