// The dataset as its file holds it: every field that holds its default is left out, and so is
// what the reader computes exactly as the extractor did. The schema says which fields have a
// default (zod `.default(…)`), so the writer and the reader never disagree on them: reading a
// record back through its schema gives the record that was written.
// Also left out: an optional list that is empty, an optional null or false (absent means the
// same), and an event's `reports` when they are what its passages give (reportsOf.ts). An event
// is then written in the compact form of compact.ts, naming the titles and attributions it shares
// with other events by their index in the file's `shared` lists (sharedOf).
import type { z } from 'zod';
import { actorSchema, attributionSchema, diagnosticSchema, documentSchema, eventFieldsSchema, SCHEMA_VERSION } from './dataset.ts';
import { compactAttribution, compactEvent } from './compact.ts';
import type { Shared, SharedIndex } from './compact.ts';
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
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object' || Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    for (let i = 0; i < a.length; i++) if (!equal(a[i], list[i])) return false;
    return true;
  }
  // The same fields that are not undefined, each equal.
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let count = 0;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    if (!equal(x[k], y[k])) return false;
    count++;
  }
  for (const k of Object.keys(y)) if (y[k] !== undefined) count--;
  return count === 0;
}

const isEmpty = (value: unknown) => value === null || value === false || (Array.isArray(value) && value.length === 0);

/** Whether a field of this schema may be left out when it holds a value; made once per schema. */
function omission(schema: z.ZodType): (value: unknown) => boolean {
  const def = defOf(schema);
  if (def.type === 'default') {
    // Read once: zod gives a fresh copy of a default at each read, and it is only compared here.
    const fallback = def.defaultValue;
    return (value) => value === undefined || equal(value, fallback);
  }
  if (def.type === 'optional') return (value) => value === undefined || isEmpty(value);
  return (value) => value === undefined;
}

type Strip = (value: unknown) => unknown;
const strippers = new WeakMap<z.ZodType, Strip>();

/** The strip of one schema, made once (see strip). */
function stripperOf(schema: z.ZodType): Strip {
  let made = strippers.get(schema);
  if (!made) {
    // Set before it is made, so that a schema holding itself reads its own strip when called.
    strippers.set(schema, (value) => made!(value));
    made = makeStripper(schema);
    strippers.set(schema, made);
  }
  return made;
}

function makeStripper(schema: z.ZodType): Strip {
  const def = defOf(schema);
  if (def.innerType) {
    const inner = def.innerType;
    return (value) => stripperOf(inner)(value);
  }
  if (def.type === 'array' && def.element) {
    const element = def.element;
    return (value) => (Array.isArray(value) ? value.map((x) => stripperOf(element)(x)) : value);
  }
  if (def.type !== 'object' || !def.shape) return (value) => value;
  const shape = def.shape;
  const fields = new Map<string, { omit: (value: unknown) => boolean; schema: z.ZodType }>();
  for (const key of Object.keys(shape)) fields.set(key, { omit: omission(shape[key]!), schema: shape[key]! });
  return (value) => {
    if (value === null || typeof value !== 'object') return value;
    const out: Record<string, unknown> = {};
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const field = fields.get(key);
      if (!field) continue;
      const v = record[key];
      if (!field.omit(v)) out[key] = v === null || typeof v !== 'object' ? v : stripperOf(field.schema)(v);
    }
    return out;
  };
}

/** `value` with every field that holds its default left out, recursively, keys in their order. */
export function strip(schema: z.ZodType, value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  return stripperOf(schema)(value);
}

/**
 * One event as the file holds it; `docById` is the dataset's documents, for its reports; `shared`:
 * what the file shares; `keyOf`: the attributions' keys of this write (attributionKeys).
 */
export function leanEvent(
  event: TimelineEvent,
  docById: ReadonlyMap<string, DocumentMeta>,
  shared?: SharedIndex,
  keyOf?: AttributionKeys,
): unknown {
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
  const key = shared && keyOf ? keyOf(event.attribution) : undefined;
  return compactEvent(strip(eventFieldsSchema, { ...event, reports }) as Record<string, unknown>, shared, key);
}

/** An attribution as the file writes it, as JSON: the key of the shared ones; null for the plain one, left out. */
function attributionKey(attribution: TimelineEvent['attribution']): string | null {
  const list = compactAttribution(strip(attributionSchema, attribution) as Record<string, unknown>);
  return list.length === 0 ? null : JSON.stringify(list);
}

/** attributionKey of each attribution, for one write. */
export type AttributionKeys = (attribution: TimelineEvent['attribution']) => string | null;

/**
 * attributionKey, each attribution read once: the events of a write share most of theirs. One
 * per write, let go with it: it holds the attributions, and an object may change between writes.
 */
export function attributionKeys(): AttributionKeys {
  const keys = new Map<object, string | null>();
  return (attribution) => {
    let key = keys.get(attribution);
    if (key === undefined) keys.set(attribution, (key = attributionKey(attribution)));
    return key;
  };
}

/**
 * The values written once for the events that share them, and where each is: those whose
 * repetitions cost more than their index, the most shared first (then in order of first use), so
 * that the most common take the shortest indexes. Counts what the events hold, keeping no copy.
 */
function shareds<T>(counts: ReadonlyMap<string, number>, valueOf: (key: string) => T): { list: T[]; index: Map<string, number> } {
  const list: T[] = [];
  const index = new Map<string, number>();
  const candidates = [...counts].filter(([, count]) => count > 1).sort((a, b) => b[1] - a[1]);
  for (const [key, count] of candidates) {
    // Written in full each time, or once (and a comma) and then as its index each time.
    const size = key.length;
    if (count * size <= size + 1 + count * String(list.length).length) continue;
    index.set(key, list.length);
    list.push(valueOf(key));
  }
  return { list, index };
}

/** The file's shared titles and attributions for these events, and where each is in them. */
export function sharedOf(
  events: readonly TimelineEvent[],
  keyOf: AttributionKeys = attributionKeys(),
): { shared: Shared; index: SharedIndex } {
  // Counts only (a number per distinct value): the titles themselves are the events'.
  const titles = new Map<string, number>();
  const attributions = new Map<string, number>();
  for (const event of events) {
    titles.set(event.title, (titles.get(event.title) ?? 0) + 1);
    const key = keyOf(event.attribution);
    if (key !== null) attributions.set(key, (attributions.get(key) ?? 0) + 1);
  }
  // A title's size as written: its JSON (quotes, escapes) is close to its length, and the same for every choice.
  const t = shareds(titles, (title) => title);
  const a = shareds(attributions, (key) => JSON.parse(key) as unknown);
  return { shared: { titles: t.list, attributions: a.list }, index: { titles: t.index, attributions: a.index } };
}

/** The dataset's members in the order the file writes them, `shared` before the events that name it. */
export function fileMembers(dataset: Dataset, shared: Shared): Record<string, unknown> {
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: dataset.documents,
    actors: dataset.actors,
    shared,
    events: dataset.events,
    diagnostics: dataset.diagnostics,
  };
}

/**
 * A writer of the dataset's records one at a time: `record(key, value)` for each array element,
 * and the file's members (fileMembers) to write.
 */
export function leanRecords(dataset: Dataset): { members: Record<string, unknown>; record: (key: string, value: unknown) => unknown } {
  const docById = new Map(dataset.documents.map((d) => [d.id, d]));
  const keyOf = attributionKeys();
  const { shared, index } = sharedOf(dataset.events, keyOf);
  const record = (key: string, value: unknown) => {
    if (key === 'events') return leanEvent(value as TimelineEvent, docById, index, keyOf);
    if (key === 'documents') return strip(documentSchema, value);
    if (key === 'actors') return strip(actorSchema, value);
    if (key === 'diagnostics') return strip(diagnosticSchema, value);
    return value;
  };
  return { members: fileMembers(dataset, shared), record };
}

/** dataset.json as written: what a reader may rely on before validating it. */
export interface DatasetFile {
  schemaVersion: number;
  documents: ({ id: string; title: string } & Record<string, unknown>)[];
  actors: unknown[];
  /** Version 7 on: titles and attributions that several events share, named by index (compact.ts). */
  shared?: Shared;
  events: unknown[];
  diagnostics: Diagnostic[];
}

/**
 * The whole dataset as its file of this version holds it (for small datasets; the extractor
 * streams instead). A dataset read from an older file is written in this version only when that
 * changes nothing: an event whose salience was not given there (absent before version 6) would
 * read back as salience 0, so such a dataset is refused.
 */
export function leanDataset(dataset: Dataset): DatasetFile {
  if (dataset.schemaVersion !== SCHEMA_VERSION) {
    const unsure = dataset.events.find((e) => e.salience === undefined);
    if (unsure)
      throw new Error(
        `The dataset was read from a file of version ${dataset.schemaVersion}, and its event "${unsure.id}" has no salience given: ` +
          `a file of version ${SCHEMA_VERSION} would read it as salience 0. Re-run the extractor (npm run extract) instead.`,
      );
  }
  const { members, record } = leanRecords(dataset);
  const list = (key: string, items: readonly unknown[]) => items.map((item) => record(key, item));
  return {
    schemaVersion: SCHEMA_VERSION,
    documents: list('documents', dataset.documents) as DatasetFile['documents'],
    actors: list('actors', dataset.actors),
    shared: members.shared as Shared,
    events: list('events', dataset.events),
    diagnostics: list('diagnostics', dataset.diagnostics) as Diagnostic[],
  };
}
