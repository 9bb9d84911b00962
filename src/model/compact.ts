// Version 3's compact forms of an event, on top of the defaults left out (lean.ts):
// - a time (and each end of an interval) leaves out `start`, `end` and `granularity` where its
//   `value` names them (valueSpan.ts); an interval's own `start`/`end` where they are the span of
//   its ends; a time anchored to its `document`'s date that leaves out any of these also leaves
//   out `approximate: true` and `mod: "ON_OR_BEFORE"`, which such a time always is (written
//   `false` or `null` otherwise);
// - `roles` is the list of role names in the order of `actorIds` when it names the same actors;
// - a passage's `timex` is `[start, end]`.
// Version 4's, on top of these:
// - a time (or an end of an interval) anchored to the document's date leaves out its `anchor`;
// - `roles` in the order of `actorIds` are numbers, each an index into ROLES;
// - `attribution` is `[source, actorId, cues, certainty]`, `certainty` an index into CERTAINTIES,
//   its trailing defaults (null, null, [], 0 for `stated`) left out.
// Version 5's, on top of these:
// - a time's `anchor` (or an interval's end's), when written, is an index into ANCHORS;
// - an attribution's `source` that begins its first cue ("The UN" of "The UN says") is its length.
// Version 6's, on top of these:
// - a `salience` of 0 is left out: absent, it is read as 0 in a file of version 6 or later, and
//   as not given (the app then counts an event's support from its reports) in an older one.
// Version 7's, on top of these:
// - an id `ev-` and ten hex digits (every id the extractor gives) is its 40 bits in seven
//   characters of base64url, the first of them A–P; any other id is written as it is, after a `=`
//   when it could be read as such seven characters or begins with `=` (fileId / idOfFile);
// - a title or an attribution that several events share is written once, in the file's `shared`
//   lists (before its events), and each event names it by its index there (sharedIndex, lean.ts);
// - roles in the order of `actorIds` are one number: its decimal digits, zeros added in front up to
//   the number of actors, are the indexes into ROLES; left out when every actor is an agent, and
//   `null` when the event has actors but no roles;
// - a passage's `timex` is `[start - passage start, length]`.
// `compactEvent` turns an event with its defaults left out into version 7's form; `expandEvent`
// (which the schema runs before reading an event, given its file's version and shared lists)
// gives back that event from the form of any version from 3 on, and leaves a record of version 1 or 2 as it is but for
// one thing: a time (or an end of an interval) without an `anchor` is read as anchored to its
// `document`, whatever the version: a record of versions 1–3 that lacks one reads so too
// (`withAnchor`), rather than being refused.
import type { Role } from './dataset.ts';
import { SCHEMA_VERSION } from './version.ts';
import { ANCHORS, CERTAINTIES, ROLES } from './vocabulary.ts';
import { valueSpan } from './valueSpan.ts';

type Json = Record<string, unknown>;

/** What a file of version 7 writes once for the events that share it (`shared`), each event naming it by index. */
export interface Shared {
  titles: readonly unknown[];
  /** Each in the list form of an event's attribution. */
  attributions: readonly unknown[];
}

/** Where each shared title and attribution (its list form as JSON) is in a file's Shared lists. */
export interface SharedIndex {
  titles: ReadonlyMap<string, number>;
  attributions: ReadonlyMap<string, number>;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const HEX_ID = /^ev-[0-9a-f]{10}$/;
/** Seven base64url characters whose first carries at most 4 bits: 40 bits, ten hex digits. */
const SHORT_ID = /^[A-P][A-Za-z0-9_-]{6}$/;

/** An event's id as a file of version 7 writes it. */
export function fileId(id: string): string {
  if (HEX_ID.test(id)) {
    let n = parseInt(id.slice(3), 16);
    let out = '';
    for (let k = 0; k < 7; k++) {
      out = BASE64URL[n % 64]! + out;
      n = Math.floor(n / 64);
    }
    return out;
  }
  return SHORT_ID.test(id) || id.startsWith('=') ? `=${id}` : id;
}

/** An id as a file of version 7 holds it → the event's id (anything but a string left as it is). */
export function idOfFile(id: unknown): unknown {
  if (typeof id !== 'string') return id;
  if (id.startsWith('=')) return id.slice(1);
  if (!SHORT_ID.test(id)) return id;
  let n = 0;
  for (let k = 0; k < 7; k++) n = n * 64 + BASE64URL.indexOf(id[k]!);
  return `ev-${n.toString(16).padStart(10, '0')}`;
}
interface Bound {
  value: string;
  start?: string;
  end?: string;
  granularity?: string;
}
interface Span {
  start: string;
  end: string;
}

/** A Span with a hidden class of its own: a `{ start, end }` literal of dates would share the first shape of text spans' offsets (valueSpan.ts). */
class Cover implements Span {
  constructor(
    readonly start: string,
    readonly end: string,
  ) {}
}

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What an interval's start and end are unless written: from its first known part to its last. */
function coverOf(interval: unknown): Span | null {
  if (!isObject(interval)) return null;
  const from = interval.from as Bound | null | undefined;
  const to = interval.to as Bound | null | undefined;
  const start = from?.start ?? to?.start;
  const end = to?.end ?? from?.end;
  return start !== undefined && end !== undefined ? new Cover(start, end) : null;
}

/** What a bound's start, end and granularity are unless written. */
function implied(bound: Json): { span: Span | null; granularity: string | null } {
  const named = typeof bound.value === 'string' ? valueSpan(bound.value) : null;
  const cover = 'interval' in bound ? coverOf(bound.interval) : null;
  return { span: cover ?? named, granularity: named?.granularity ?? null };
}

/** Known by the document's publication date: what such a time is unless it says otherwise (documentTime.ts). */
const BY_DOCUMENT = { approximate: true, mod: 'ON_OR_BEFORE' } as const;
/** The schema's defaults, written out where BY_DOCUMENT would otherwise be read. */
const PLAIN = { approximate: false, mod: null } as const;

/**
 * A bound with its start, end and granularity all written is read as it is: so is every bound of
 * versions 1 and 2, where BY_DOCUMENT was never implied.
 */
const isFull = (bound: Json) => 'start' in bound && 'end' in bound && 'granularity' in bound;

/** The fields BY_DOCUMENT sets: a time's, or an interval's end's (which has no `mod`). */
const documentKeys = (top: boolean) => (top ? (['approximate', 'mod'] as const) : (['approximate'] as const));

function compactBound(bound: Json, top = false): Json {
  const { span, granularity } = implied(bound);
  const out = { ...bound };
  if (span && out.start === span.start) delete out.start;
  if (span && out.end === span.end) delete out.end;
  if (granularity && out.granularity === granularity) delete out.granularity;
  if (out.anchor === 'document') {
    if (!isFull(out))
      for (const key of documentKeys(top)) {
        if (out[key] === BY_DOCUMENT[key]) delete out[key];
        else out[key] ??= PLAIN[key];
      }
    delete out.anchor;
  } else if (typeof out.anchor === 'string') {
    const index = ANCHORS.indexOf(out.anchor as (typeof ANCHORS)[number]);
    if (index >= 0) out.anchor = index;
  }
  return out;
}

/**
 * The anchor a bound leaves out (version 4): the document's date, which most times are known by;
 * filled in for a record of any version. An anchor written as a number (version 5) is its name in
 * ANCHORS; a number that names none is left as it is, for the schema to refuse.
 */
function withAnchor(bound: Json): Json {
  if (!('anchor' in bound)) return { ...bound, anchor: 'document' };
  const named = typeof bound.anchor === 'number' ? ANCHORS[bound.anchor] : undefined;
  return named === undefined ? bound : { ...bound, anchor: named };
}

function expandBound(raw: unknown, top = false): unknown {
  if (!isObject(raw)) return raw;
  const bound = withAnchor(raw);
  if (isFull(bound)) return bound;
  const byDocument = bound.anchor === 'document' ? documentKeys(top).filter((key) => !(key in bound)) : [];
  const { span, granularity } = implied(bound);
  const out: Json = { start: span?.start, end: span?.end, granularity: granularity ?? undefined };
  for (const key of byDocument) out[key] = BY_DOCUMENT[key];
  return Object.assign(out, bound);
}

/** `time` with `f` applied to each end of its interval (the same object when nothing changes). */
function mapInterval(time: Json, f: (bound: Json) => unknown): Json {
  const interval = time.interval;
  if (!isObject(interval)) return time;
  const from = isObject(interval.from) ? f(interval.from) : interval.from;
  const to = isObject(interval.to) ? f(interval.to) : interval.to;
  return from === interval.from && to === interval.to ? time : { ...time, interval: { ...interval, from, to } };
}

/** An attribution whose defaults are left out → `[source, actorId, cues, certainty]`, trailing defaults left out. */
export function compactAttribution(attribution: Json): unknown[] {
  const certainty = CERTAINTIES.indexOf((attribution.certainty ?? 'stated') as (typeof CERTAINTIES)[number]);
  const source = attribution.source ?? null;
  const cues = (attribution.cues ?? []) as string[];
  const first = cues[0];
  const head = typeof source === 'string' && first !== undefined && first.startsWith(source) ? source.length : source;
  const list: unknown[] = [head, attribution.actorId ?? null, cues, certainty];
  const isDefault = (x: unknown) => x === null || x === 0 || (Array.isArray(x) && x.length === 0);
  while (list.length > 0 && isDefault(list.at(-1))) list.pop();
  return list;
}

const isName = (x: unknown) => x === null || typeof x === 'string';

/**
 * `[source, actorId, cues, certainty]` → the attribution's fields, a source written as a length
 * read from the first cue. A list that holds anything else
 * is left as it is, for the schema to refuse: every reader then refuses it alike.
 */
function expandAttribution(raw: unknown[]): unknown {
  const [head = null, actorId = null, cues = [], certainty = 0] = raw;
  const named = typeof certainty === 'number' ? CERTAINTIES[certainty] : undefined;
  if (raw.length > 4 || !isName(actorId) || !Array.isArray(cues) || !cues.every((c) => typeof c === 'string') || !named) return raw;
  const source = typeof head === 'number' ? startOf(cues[0] as string | undefined, head) : head;
  if (!isName(source)) return raw;
  return { source, actorId, cues, certainty: named };
}

/** The first `length` characters of a cue (version 5's source), or undefined when it has none such. */
function startOf(cue: string | undefined, length: number): string | undefined {
  return cue !== undefined && Number.isInteger(length) && length >= 0 && length <= cue.length ? cue.slice(0, length) : undefined;
}

/**
 * An event whose defaults are already left out (`strip`), in version 7's compact form; `shared`:
 * what the file shares; `attributionKey`: its attribution's list form as JSON, when already known.
 */
export function compactEvent(event: Json, shared?: SharedIndex, attributionKey?: string | null): Json {
  const out = { ...event };
  if (typeof out.id === 'string') out.id = fileId(out.id);
  const title = typeof out.title === 'string' ? shared?.titles.get(out.title) : undefined;
  if (title !== undefined) out.title = title;
  // The whole before its ends: its span is read from them as they are written out in full.
  if (isObject(out.time)) out.time = mapInterval(compactBound(out.time, true), (bound) => compactBound(bound));
  const ids = out.actorIds as string[] | undefined;
  const roles = out.roles as { actorId: string; role: Role }[] | undefined;
  if (roles && ids && roles.length === ids.length && roles.every((r, i) => r.actorId === ids[i])) {
    const indexes = roles.map((r) => ROLES.indexOf(r.role));
    if (indexes.every((k) => k === 0)) delete out.roles;
    else out.roles = indexes.length <= MAX_ROLE_DIGITS && indexes.every((k) => k >= 0 && k < 10) ? Number(indexes.join('')) : indexes;
  } else if (!roles && ids && ids.length > 0) out.roles = null;
  if (isObject(out.attribution)) {
    const at = shared && typeof attributionKey === 'string' ? shared.attributions.get(attributionKey) : undefined;
    if (at !== undefined) out.attribution = at;
    else {
      const list = compactAttribution(out.attribution);
      out.attribution = (shared && attributionKey === undefined ? shared.attributions.get(JSON.stringify(list)) : undefined) ?? list;
    }
  }
  out.evidence = (out.evidence as Json[]).map((ev) =>
    isObject(ev.timex)
      ? { ...ev, timex: [(ev.timex.start as number) - (ev.start as number), (ev.timex.end as number) - (ev.timex.start as number)] }
      : ev,
  );
  if (out.salience === 0) delete out.salience;
  return out;
}

/** Roles written as one number at most this many: its digits stay a safe integer. */
const MAX_ROLE_DIGITS = 15;

/** The first version whose files leave out a salience of 0. */
const SALIENCE_ZERO_LEFT_OUT = 6;

/** The first version whose files write ids, roles and a passage's timex as version 7 does, and share titles and attributions. */
export const SHARED_FROM = 7;

/**
 * A file's shared lists (version 7 on; undefined before). A list that is missing or not a list is
 * read as empty: an event that names an entry of it is then refused, and the others read.
 */
export function sharedOfFile(record: Record<string, unknown>): Shared | undefined {
  if (typeof record.schemaVersion !== 'number' || record.schemaVersion < SHARED_FROM) return undefined;
  const raw = record.shared && typeof record.shared === 'object' ? (record.shared as Record<string, unknown>) : {};
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  return { titles: list(raw.titles), attributions: list(raw.attributions) };
}

/**
 * Where an event of a file of version 7 names a shared entry that the file's lists do not hold:
 * the field, and what is wrong in words a reader of the file can check; null when there is none.
 */
export function sharedMiss(raw: unknown, shared: Shared | undefined): { field: 'title' | 'attribution'; message: string } | null {
  if (!isObject(raw)) return null;
  for (const [field, list] of [
    ['title', shared?.titles ?? []],
    ['attribution', shared?.attributions ?? []],
  ] as const) {
    const index = raw[field];
    if (typeof index !== 'number' || list[index] !== undefined) continue;
    // With no list at all, every event naming it says the same, so that a reader counts them as one problem.
    if (list.length === 0) return { field, message: `names an entry of shared.${field}s, which holds none` };
    return { field, message: `names entry ${index} of shared.${field}s, which holds ${list.length} (0 to ${list.length - 1})` };
  }
  return null;
}

/**
 * Where an event of a file of version 7 writes its roles as a number that names no roles for its
 * actors: what is wrong in words a reader of the file can check; null when they read.
 */
export function rolesMiss(raw: unknown): { field: 'roles'; message: string } | null {
  if (!isObject(raw) || typeof raw.roles !== 'number') return null;
  const roles = raw.roles;
  const count = Array.isArray(raw.actorIds) ? raw.actorIds.length : 0;
  const key = ROLES.map((role, i) => `${i} ${role}`).join(', ');
  if (!Number.isSafeInteger(roles) || roles < 0)
    return { field: 'roles', message: `${roles} is not a whole number whose digits are the roles of the event's actors (${key})` };
  const digits = String(roles);
  if (digits.length > count)
    return {
      field: 'roles',
      message: `${roles} has ${digits.length} digits for the event's ${count} actor${count === 1 ? '' : 's'}, one digit each`,
    };
  const wrong = [...digits].find((d) => Number(d) >= ROLES.length);
  if (wrong !== undefined) return { field: 'roles', message: `${roles}: digit ${wrong} names no role (${key})` };
  return null;
}

/** Version 7's roles (a number, left out, or null) → a list of role indexes, null for none, or the value as it is. */
function rolesOf7(roles: unknown, ids: unknown): unknown {
  const count = Array.isArray(ids) ? ids.length : 0;
  if (roles === null) return undefined;
  if (roles === undefined) return count > 0 ? new Array<number>(count).fill(0) : undefined;
  if (typeof roles !== 'number' || !Number.isSafeInteger(roles) || roles < 0) return roles;
  const digits = String(roles);
  if (digits.length > count) return roles;
  return Array.from(digits.padStart(count, '0'), Number);
}

/** Version 7's `[start - passage start, length]` of a passage's timex → `[start, end]`. */
function timexOf7(ev: Json): Json {
  const t = ev.timex as unknown[];
  const [from, length] = t;
  if (t.length !== 2 || typeof from !== 'number' || typeof length !== 'number' || typeof ev.start !== 'number') return ev;
  return { ...ev, timex: [ev.start + from, ev.start + from + length] };
}

/**
 * A record as a file of `version` holds it → the record the schema reads; `shared`: the file's
 * shared lists (version 7 on). Anything else is left as it is; so is a reference to a shared
 * entry that the lists do not hold (a number, for the schema to refuse).
 */
export function expandEvent(raw: unknown, version: number = SCHEMA_VERSION, shared?: Shared): unknown {
  if (!isObject(raw)) return raw;
  let out = version >= SALIENCE_ZERO_LEFT_OUT && !('salience' in raw) ? { ...raw, salience: 0 } : raw;
  let roles = raw.roles;
  let attribution = raw.attribution;
  let evidence = raw.evidence;
  if (version >= SHARED_FROM) {
    // Read from a file only: an event already read is checked without this (checkDataset, validate.ts).
    const id = idOfFile(raw.id);
    const title = typeof raw.title === 'number' ? (shared?.titles[raw.title] ?? raw.title) : raw.title;
    if (id !== raw.id || title !== raw.title) out = { ...out, id, title };
    roles = rolesOf7(roles, raw.actorIds);
    if (roles === undefined && 'roles' in raw) {
      out = { ...out };
      delete out.roles;
    }
    if (typeof attribution === 'number' && shared?.attributions[attribution] !== undefined)
      out = { ...out, attribution: (attribution = shared.attributions[attribution]) };
    if (Array.isArray(evidence) && evidence.some((ev) => isObject(ev) && Array.isArray(ev.timex)))
      evidence = evidence.map((ev: unknown) => (isObject(ev) && Array.isArray(ev.timex) ? timexOf7(ev) : ev));
  }
  // The ends of an interval before the whole, whose span is read from them.
  if (isObject(raw.time)) {
    const time = expandBound(
      mapInterval(raw.time, (bound) => expandBound(bound)),
      true,
    );
    if (time !== raw.time) out = { ...out, time };
  }
  const ids = raw.actorIds;
  // An empty list of roles reads the same in all forms: it is left as it is. Role names are version 3's.
  if (
    Array.isArray(roles) &&
    Array.isArray(ids) &&
    roles.length > 0 &&
    roles.length === ids.length &&
    (roles.every((r) => typeof r === 'string') || roles.every((r) => typeof r === 'number'))
  )
    out = {
      ...out,
      roles: roles.map((role: unknown, i) => ({
        actorId: ids[i] as unknown,
        role: typeof role === 'number' ? (ROLES[role] ?? role) : role,
      })),
    };
  else if (roles !== raw.roles && roles !== undefined) out = { ...out, roles };
  if (Array.isArray(attribution)) out = { ...out, attribution: expandAttribution(attribution) };
  if (Array.isArray(evidence) && evidence.some((ev) => isObject(ev) && Array.isArray(ev.timex)))
    out = {
      ...out,
      evidence: evidence.map((ev: unknown) =>
        isObject(ev) && Array.isArray(ev.timex) ? { ...ev, timex: { start: ev.timex[0] as unknown, end: ev.timex[1] as unknown } } : ev,
      ),
    };
  return out;
}
