// The fields of an event that the timeline's columns read for every event at once (eventColumns.ts)
// and that the cross-record rules check (model/validate.ts eventProblem), read from the parsed JSON
// of one event and checked by hand: the one place that knows where those fields are in a file's
// event. A million events checked with the whole zod schema took seconds (the content security
// policy leaves zod without its compiled parsers); these few checks take a fraction of that, and
// accept and refuse exactly what the schema does on these fields (test/app/data/columnFields.test.ts).
// The rest of an event (roles, cues, disagreements…) is checked with the schema when a view shows
// it (reviveEvent.ts).
import { ANCHORS, CERTAINTIES, GRANULARITIES, SCHEMA_VERSION } from '../../model/dataset.ts';
import { SHARED_FROM, expandEvent, sharedMiss } from '../../model/compact.ts';
import type { Certainty, EventTime, Shared, TimeBound, TimelineEvent } from '../../model/dataset.ts';
import { isoDayNumber } from '../time/isoDayNumber.ts';

/** What the columns and the cross-record rules read of an event, defaults filled in as the schema does. */
export interface ColumnFields {
  id: string;
  title: string;
  time: EventTime | null;
  actorIds: string[];
  attribution: { actorId: string | null; certainty: Certainty };
  evidence: { docId: string; start: number; end: number; trigger: { start: number; end: number }; timex: { start: number; end: number } | null }[];
  reports?: TimelineEvent['reports'];
  salience?: number;
}

/** A field that breaks the schema: where it is (e.g. `time.start`) and why. */
export class FieldError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
  }
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const shown = (v: unknown) => (v === undefined ? 'nothing' : JSON.stringify(v)?.slice(0, 40));

function fail(path: string, expected: string, got: unknown): never {
  throw new FieldError(path, `expected ${expected}, got ${shown(got)}`);
}

function object(v: unknown, path: string): Raw {
  return isObject(v) ? v : fail(path, 'an object', v);
}

function text(v: unknown, path: string, nonEmpty = false): string {
  if (typeof v !== 'string') fail(path, 'a string', v);
  if (nonEmpty && v.length === 0) fail(path, 'a non-empty string', v);
  return v;
}

function nullableText(v: unknown, path: string): string | null {
  return v === undefined || v === null ? null : text(v, path);
}

function offset(v: unknown, path: string): number {
  return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : fail(path, 'a whole number ≥ 0', v);
}

function oneOf<T extends string>(list: readonly T[], v: unknown, path: string): T {
  return list.includes(v as T) ? (v as T) : fail(path, `one of ${list.join(', ')}`, v);
}

/** YYYY-MM-DD naming a day of the Gregorian calendar, as zod's `z.iso.date()`. */
function isoDate(v: unknown, path: string): string {
  if (typeof v === 'string' && !Number.isNaN(isoDayNumber(v))) return v;
  return fail(path, 'an ISO date (YYYY-MM-DD)', v);
}

function span(v: unknown, path: string) {
  const s = object(v, path);
  return { start: offset(s.start, `${path}.start`), end: offset(s.end, `${path}.end`) };
}

function bound(v: unknown, path: string): TimeBound {
  const b = object(v, path);
  const approximate = b.approximate === undefined ? false : b.approximate;
  if (typeof approximate !== 'boolean') fail(`${path}.approximate`, 'true or false', approximate);
  return {
    value: text(b.value, `${path}.value`, true),
    start: isoDate(b.start, `${path}.start`),
    end: isoDate(b.end, `${path}.end`),
    granularity: oneOf(GRANULARITIES, b.granularity, `${path}.granularity`),
    anchor: oneOf(ANCHORS, b.anchor, `${path}.anchor`),
    approximate,
  };
}

function eventTime(v: unknown): EventTime | null {
  if (v === undefined || v === null) return null;
  const t = object(v, 'time');
  const b = bound(t, 'time');
  const mod = nullableText(t.mod, 'time.mod');
  let interval: EventTime['interval'] = null;
  if (t.interval !== undefined && t.interval !== null) {
    const i = object(t.interval, 'time.interval');
    const end = (key: 'from' | 'to') => (i[key] === null ? null : bound(i[key], `time.interval.${key}`));
    interval = { from: end('from'), to: end('to'), duration: nullableText(i.duration, 'time.interval.duration') };
  }
  // One object literal (not a spread): a million of them are made.
  return { value: b.value, start: b.start, end: b.end, granularity: b.granularity, anchor: b.anchor, approximate: b.approximate, mod, interval };
}

function list<T>(v: unknown, path: string, item: (x: unknown, path: string) => T): T[] {
  if (!Array.isArray(v)) fail(path, 'a list', v);
  return v.map((x, k) => item(x, `${path}.${k}`));
}

function evidence(v: unknown, path: string): ColumnFields['evidence'][number] {
  const e = object(v, path);
  return {
    docId: text(e.docId, `${path}.docId`),
    start: offset(e.start, `${path}.start`),
    end: offset(e.end, `${path}.end`),
    trigger: span(e.trigger, `${path}.trigger`),
    timex: e.timex === undefined || e.timex === null ? null : span(e.timex, `${path}.timex`),
  };
}

function reports(v: unknown): TimelineEvent['reports'] {
  if (v === undefined) return undefined;
  const r = object(v, 'reports');
  const date = (x: unknown, path: string) => (x === null ? null : isoDate(x, path));
  return {
    documents: offset(r.documents, 'reports.documents'),
    sources: offset(r.sources, 'reports.sources'),
    first: date(r.first, 'reports.first'),
    last: date(r.last, 'reports.last'),
  };
}

/**
 * The columns' fields of one parsed event of a file of `version` (its shared lists `shared`);
 * throws a FieldError naming the first field that breaks the schema.
 */
export function columnFields(raw: unknown, version?: number, shared?: Shared): ColumnFields {
  // A file's compact forms (versions 3 to 7) read back first, as the schema does.
  const miss = (version ?? SCHEMA_VERSION) >= SHARED_FROM ? sharedMiss(raw, shared) : null;
  if (miss) throw new FieldError(miss.field, miss.message);
  const e = object(expandEvent(raw, version, shared), 'event');
  const id = text(e.id, 'id', true);
  const title = text(e.title, 'title', true);
  const time = eventTime(e.time);
  const actorIds = e.actorIds === undefined ? [] : list(e.actorIds, 'actorIds', text);
  const a = e.attribution === undefined ? {} : object(e.attribution, 'attribution');
  const attribution = {
    actorId: nullableText(a.actorId, 'attribution.actorId'),
    certainty: a.certainty === undefined ? 'stated' : oneOf(CERTAINTIES, a.certainty, 'attribution.certainty'),
  };
  const passages = list(e.evidence, 'evidence', evidence);
  if (passages.length === 0) fail('evidence', 'at least one passage', e.evidence);
  const salience = e.salience;
  if (salience !== undefined && !(typeof salience === 'number' && Number.isFinite(salience) && salience >= 0))
    fail('salience', 'a number ≥ 0', salience);
  return { id, title, time, actorIds, attribution, evidence: passages, reports: reports(e.reports), salience };
}
