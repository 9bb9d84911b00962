// Validation of a dataset record by record: a record that breaks a rule is left out and the
// problem is returned, so one broken record never hides the rest of a timeline. The app shows
// the problems as a warning; the extractor turns each into an error diagnostic (any is a bug).
import type { z } from 'zod';
import {
  READABLE_VERSIONS,
  SCHEMA_VERSION,
  actorSchemaOf,
  diagnosticSchema,
  documentSchema,
  documentTextSchema,
  eventFieldsSchema,
  eventSchemaOf,
} from './dataset.ts';
import { conforms, remembering } from './conforms.ts';
import { SHARED_FROM, idOfFile, sharedMiss, sharedOfFile } from './compact.ts';
import type { Actor, Dataset, DocumentMeta, DocumentText, Shared, TimelineEvent } from './dataset.ts';

export type RecordKind = 'document' | 'actor' | 'event' | 'diagnostic';

export interface Problem {
  kind: RecordKind;
  /** The record's id when it has a readable one, else its index. */
  ref: string;
  reason: string;
}

export interface Validated {
  dataset: Dataset;
  problems: Problem[];
}

/** Thrown for a dataset that cannot be read at all (not an object, other schema version). */
export class DatasetError extends Error {}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid';
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}

/** How a problem names a record: its id when it has one (as `readId` reads it from the file), else its place in the list. */
export function refOf(raw: unknown, index: number, readId: (id: unknown) => unknown = (id) => id): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? readId(raw.id) : undefined;
  return typeof id === 'string' && id ? id : `#${index}`;
}

function parseEach<T>(kind: RecordKind, raw: unknown, schema: z.ZodType<T>, problems: Problem[], readId?: (id: unknown) => unknown): T[] {
  if (!Array.isArray(raw)) {
    problems.push({ kind, ref: `${kind}s`, reason: `${kind}s is not a list` });
    return [];
  }
  const out: T[] = [];
  raw.forEach((item, index) => {
    // A record that already is what the parse would give is kept as it is (conforms.ts).
    if (conforms(schema)(item)) return void out.push(item as T);
    const parsed = schema.safeParse(item);
    if (parsed.success) out.push(parsed.data);
    else problems.push({ kind, ref: refOf(item, index, readId), reason: describe(parsed.error) });
  });
  return out;
}

/** The ids seen so far: `add` is false for an id already there. */
export interface SeenIds {
  add(id: string): boolean;
}

function seenSet(): SeenIds {
  const seen = new Set<string>();
  return { add: (id) => seen.size !== seen.add(id).size };
}

/**
 * A test that keeps the first record of each id and reports the others, for records read one by
 * one. `seen` keeps the ids (a reader of a million records gives a leaner table than a Set).
 */
export function firstOfEachId(kind: RecordKind, problems: Problem[], seen: SeenIds = seenSet()): (item: { id: string }) => boolean {
  return (item) => {
    if (seen.add(item.id)) return true;
    problems.push({ kind, ref: item.id, reason: 'duplicate id' });
    return false;
  };
}

const keepUnique = <T extends { id: string }>(kind: RecordKind, items: T[], problems: Problem[]): T[] =>
  items.filter(firstOfEachId(kind, problems));

/** What the cross-record rules read of an event. */
export type EventRefs = Pick<TimelineEvent, 'actorIds' | 'time' | 'evidence'> & {
  attribution: Pick<TimelineEvent['attribution'], 'actorId'>;
};

/** Why an event breaks a cross-record rule, or null when it keeps them all. */
export function eventProblem(
  event: EventRefs,
  actors: ReadonlyMap<string, Actor>,
  documents: ReadonlyMap<string, DocumentMeta>,
): string | null {
  for (const [i, id] of event.actorIds.entries()) {
    if (!actors.has(id)) return `unknown actor id "${id}"`;
    // An actor takes one part in an event: listed twice, its role would be read twice.
    if (event.actorIds.indexOf(id) < i) return `actor id "${id}" listed twice`;
  }
  const claimant = event.attribution.actorId;
  if (claimant !== null && !actors.has(claimant)) return `unknown actor id "${claimant}"`;
  if (event.time && event.time.start >= event.time.end) return 'time ends before it starts';
  for (const ev of event.evidence) {
    const doc = documents.get(ev.docId);
    if (!doc) return `unknown document id "${ev.docId}"`;
    if (ev.start > ev.end || ev.end > doc.length) return `evidence offset out of range in ${ev.docId}`;
    if (ev.trigger.start < ev.start || ev.trigger.end > ev.end || ev.trigger.start > ev.trigger.end) return 'trigger outside its evidence';
    if (ev.timex && (ev.timex.start > ev.timex.end || ev.timex.end > doc.length)) return 'time expression offset out of range';
  }
  return null;
}

function versionMessage(version: unknown): string {
  const listed = `${READABLE_VERSIONS.slice(0, -1).join(', ')} and ${READABLE_VERSIONS.at(-1)}`;
  const found = `The dataset has schema version ${JSON.stringify(version ?? null)}; this app reads versions ${listed}.`;
  if (typeof version === 'number' && version > SCHEMA_VERSION)
    return `${found} It was written by a newer extractor: update this app, or re-run this version's extractor (npm run extract) on the documents.`;
  return `${found} Re-run the extractor (npm run extract) on its documents to write a dataset this app reads.`;
}

/**
 * Reads an untrusted dataset, as its file holds it. Throws DatasetError when it cannot be read at
 * all; otherwise returns every record that keeps the rules, and one problem per record left out.
 */
export function validateDataset(raw: unknown): Validated {
  const record = headOf(raw);
  const broken = sharedProblem(record);
  if (broken) throw new DatasetError(`The dataset's ${broken}: re-run the extractor (npm run extract) on its documents.`);
  const shared = sharedOfFile(record);
  return checkRecords(record, eventSchemaOf(record.schemaVersion, shared), idReader(record.schemaVersion), shared);
}

/**
 * Checks a dataset already read (as validateDataset gives it, or as the extractor makes it) by the
 * same rules, without reading anything again as its file would write it: its events' ids, roles
 * and titles are taken as they are (a 7-character id is not decoded, no role is given to actors
 * without one).
 */
export function checkDataset(dataset: Dataset): Validated {
  return checkRecords(headOf(dataset), eventFieldsSchema, (id) => id, dataset.shared);
}

/** A dataset's record and its version, or DatasetError when it has no version this code reads. */
function headOf(raw: unknown): Record<string, unknown> & { schemaVersion: number } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new DatasetError('The dataset is not a JSON object.');
  const record = raw as Record<string, unknown>;
  // Version 1 differs only in what version 2 leaves out (quotes, fields at their default), and
  // version 2 from 3 only in what 3 writes compactly: the schema reads each as it is, ignoring
  // version 1's quotes, which the app slices from the documents.
  if (typeof record.schemaVersion !== 'number' || !READABLE_VERSIONS.includes(record.schemaVersion))
    throw new DatasetError(versionMessage(record.schemaVersion));
  return record as Record<string, unknown> & { schemaVersion: number };
}

function checkRecords(
  record: Record<string, unknown> & { schemaVersion: number },
  eventSchema: z.ZodType<TimelineEvent>,
  readId: (id: unknown) => unknown,
  shared: Shared | undefined,
): Validated {
  // The objects records share (an event's time, its attribution) are checked once each.
  return remembering(() => checkEach(record, eventSchema, readId, shared));
}

function checkEach(
  record: Record<string, unknown> & { schemaVersion: number },
  eventSchema: z.ZodType<TimelineEvent>,
  readId: (id: unknown) => unknown,
  shared: Shared | undefined,
): Validated {
  const problems: Problem[] = [];
  const documents = keepUnique('document', parseEach('document', record.documents, documentSchema, problems), problems);
  const parsedActors = keepUnique('actor', parseEach('actor', record.actors, actorSchemaOf(record.schemaVersion), problems), problems);
  const actorIds = new Set(parsedActors.map((a) => a.id));
  const actors = parsedActors.filter((actor) => {
    if (actor.parentId === null || actorIds.has(actor.parentId)) return true;
    problems.push({ kind: 'actor', ref: actor.id, reason: `unknown parent actor id "${actor.parentId}"` });
    return false;
  });
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const docById = new Map(documents.map((d) => [d.id, d]));
  const events = keepUnique('event', parseEach('event', record.events, eventSchema, problems, readId), problems).filter((event) => {
    const reason = eventProblem(event, actorById, docById);
    if (reason) problems.push({ kind: 'event', ref: event.id, reason });
    return reason === null;
  });
  const diagnostics = parseEach('diagnostic', record.diagnostics ?? [], diagnosticSchema, problems);
  // Every record was checked on its own above: the whole is not checked (nor copied) again.
  const dataset: Dataset = { schemaVersion: record.schemaVersion, documents, actors, events, diagnostics };
  if (shared) dataset.shared = shared;
  return { dataset, problems };
}

/**
 * What is wrong with a file's `shared` lists (version 7 on), which every event may name: not an
 * object, a list that is not one, or none at all when events name entries of it; null when they read.
 */
function sharedProblem(record: Record<string, unknown> & { schemaVersion: number }): string | null {
  if (record.schemaVersion < SHARED_FROM) return null;
  const shared = record.shared;
  if (shared === undefined) {
    const named = Array.isArray(record.events) && record.events.some((e) => sharedMiss(e, undefined));
    return named ? '"shared" is missing, and its events name entries of shared.titles or shared.attributions' : null;
  }
  if (!shared || typeof shared !== 'object' || Array.isArray(shared))
    return '"shared" is not an object holding the lists shared.titles and shared.attributions';
  for (const key of ['titles', 'attributions'] as const) {
    const list = (shared as Record<string, unknown>)[key];
    if (list !== undefined && !Array.isArray(list)) return `shared.${key} is not a list`;
  }
  return null;
}

/** How a file of `version` writes an event's id → the id. */
export const idReader = (version: number): ((id: unknown) => unknown) => (version >= SHARED_FROM ? idOfFile : (id) => id);

/** Reads an untrusted document file; throws DatasetError with the reason when it is unusable. */
export function validateDocumentText(raw: unknown, meta?: DocumentMeta): DocumentText {
  const parsed = documentTextSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(`The document file is invalid: ${describe(parsed.error)}`);
  const doc = parsed.data;
  if (meta && doc.id !== meta.id) throw new DatasetError(`The document file is for "${doc.id}", not "${meta.id}".`);
  const length = doc.text.length;
  // Mentions with broken offsets are dropped rather than failing the whole document.
  const inside = (m: { start: number; end: number }) => m.start <= m.end && m.end <= length;
  return {
    ...doc,
    timexes: doc.timexes.filter(inside),
    actorMentions: doc.actorMentions.filter(inside),
  };
}
