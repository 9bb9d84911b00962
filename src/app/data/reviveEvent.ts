// An event of a file, read through the whole schema when a view shows it (lazyEvents.ts). The
// fields the timeline reads for every event were checked where the file was read (checkEvents.ts);
// one of the others may still break the schema (a list of roles that is not a list, a cue that is
// not a string). Such a field is left out, as if the file did not hold it, and the event says why
// (readNotes), so that the details can tell the reader instead of the page failing.
import { eventSchemaOf } from '../../model/dataset.ts';
import type { Shared, TimelineEvent } from '../../model/dataset.ts';
import { SCHEMA_VERSION } from '../../model/version.ts';
import { idReader } from '../../model/validate.ts';

const notes = new WeakMap<TimelineEvent, string[]>();

/** The fields of an event shown that were left out, each "field (why)"; none for most. */
export function readNotes(event: TimelineEvent): readonly string[] {
  return notes.get(event) ?? [];
}

function without(value: unknown, path: PropertyKey[]): unknown {
  if (!path.length || !value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const [key, ...rest] = path;
  const copy = { ...(value as Record<PropertyKey, unknown>) };
  if (rest.length) copy[key!] = without(copy[key!], rest);
  else delete copy[key!];
  return copy;
}

/** An event of a file of `version` (dataset.ts) and its shared lists, read through the whole schema. */
export function reviveEvent(raw: unknown, version?: number, shared?: Shared): TimelineEvent {
  const eventSchema = eventSchemaOf(version ?? SCHEMA_VERSION, shared);
  let value = raw;
  const found: string[] = [];
  // Each round leaves out one field; an event has only so many.
  for (let round = 0; round < 16; round++) {
    const parsed = eventSchema.safeParse(value);
    if (parsed.success) {
      if (found.length) notes.set(parsed.data, found);
      return parsed.data;
    }
    const issue = parsed.error.issues[0]!;
    // The attribution's fields each have a default: only the broken one is left out.
    const cut = issue.path[0] === 'attribution' ? issue.path.slice(0, 2) : issue.path.slice(0, 1);
    if (!cut.length) break;
    found.push(`${issue.path.join('.')} (${issue.message})`);
    value = without(value, cut);
  }
  const id = raw && typeof raw === 'object' && 'id' in raw ? String(idReader(version ?? SCHEMA_VERSION)(raw.id)) : '?';
  throw new Error(`The event ${id} could not be read: ${found.join('; ')}`);
}
