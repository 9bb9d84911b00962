// Version 3's compact forms of an event, on top of the defaults left out (lean.ts):
// - a time (and each end of an interval) leaves out `start`, `end` and `granularity` where its
//   `value` names them (valueSpan.ts); an interval's own `start`/`end` where they are the span of
//   its ends; a time anchored to its `document`'s date that leaves out any of these also leaves
//   out `approximate: true` and `mod: "ON_OR_BEFORE"`, which such a time always is (written
//   `false` or `null` otherwise);
// - `roles` is the list of role names in the order of `actorIds` when it names the same actors;
// - a passage's `timex` is `[start, end]`.
// `compactEvent` turns an event with its defaults left out into this form; `expandEvent` (which
// the schema runs before reading an event) gives back that event, and leaves a record of
// version 1 or 2 as it is.
import type { Role } from './dataset.ts';
import { valueSpan } from './valueSpan.ts';

type Json = Record<string, unknown>;
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

const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);

/** What an interval's start and end are unless written: from its first known part to its last. */
function coverOf(interval: unknown): Span | null {
  if (!isObject(interval)) return null;
  const from = interval.from as Bound | null | undefined;
  const to = interval.to as Bound | null | undefined;
  const start = from?.start ?? to?.start;
  const end = to?.end ?? from?.end;
  return start !== undefined && end !== undefined ? { start, end } : null;
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
  if (out.anchor === 'document' && !isFull(out))
    for (const key of documentKeys(top)) {
      if (out[key] === BY_DOCUMENT[key]) delete out[key];
      else out[key] ??= PLAIN[key];
    }
  return out;
}

function expandBound(bound: unknown, top = false): unknown {
  if (!isObject(bound)) return bound;
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

/** An event whose defaults are already left out (`strip`), in version 3's compact form. */
export function compactEvent(event: Json): Json {
  const out = { ...event };
  // The whole before its ends: its span is read from them as they are written out in full.
  if (isObject(out.time)) out.time = mapInterval(compactBound(out.time, true), (bound) => compactBound(bound));
  const ids = out.actorIds as string[] | undefined;
  const roles = out.roles as { actorId: string; role: Role }[] | undefined;
  if (roles && ids && roles.length === ids.length && roles.every((r, i) => r.actorId === ids[i])) out.roles = roles.map((r) => r.role);
  out.evidence = (out.evidence as Json[]).map((ev) => (isObject(ev.timex) ? { ...ev, timex: [ev.timex.start, ev.timex.end] } : ev));
  return out;
}

/** A record as the file holds it (any version) → the record the schema reads. Anything else is left as it is. */
export function expandEvent(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  let out = raw;
  // The ends of an interval before the whole, whose span is read from them.
  if (isObject(raw.time)) {
    const time = expandBound(
      mapInterval(raw.time, (bound) => expandBound(bound)),
      true,
    );
    if (time !== raw.time) out = { ...out, time };
  }
  const ids = raw.actorIds;
  // An empty list of roles reads the same in both forms: it is left as it is.
  if (
    Array.isArray(raw.roles) &&
    Array.isArray(ids) &&
    raw.roles.length > 0 &&
    raw.roles.length === ids.length &&
    raw.roles.every((r) => typeof r === 'string')
  )
    out = { ...out, roles: raw.roles.map((role: unknown, i) => ({ actorId: ids[i] as unknown, role })) };
  if (Array.isArray(raw.evidence) && raw.evidence.some((ev) => isObject(ev) && Array.isArray(ev.timex)))
    out = {
      ...out,
      evidence: raw.evidence.map((ev: unknown) =>
        isObject(ev) && Array.isArray(ev.timex) ? { ...ev, timex: { start: ev.timex[0] as unknown, end: ev.timex[1] as unknown } } : ev,
      ),
    };
  return out;
}
