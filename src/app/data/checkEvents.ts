// Checks a file's events one at a time as they are read (readDataset.ts): the fields the columns
// read, by hand (columnFields.ts), then the rules across records (unique ids, known actors and
// documents, offsets inside their documents) as the extractor's own validation has them. An event
// that breaks one is left out, with a problem naming it and the field; the rest of each event is
// checked with the schema when a view shows it (reviveEvent.ts).
import type { Actor, Dataset, DocumentMeta } from '../../model/dataset.ts';
import { eventProblem, firstOfEachId, idReader, refOf } from '../../model/validate.ts';
import { idTable } from './idTable.ts';
import type { Problem, SeenIds } from '../../model/validate.ts';
import { columnFields, FieldError } from './columnFields.ts';
import type { ColumnFields } from './columnFields.ts';

/** The actors and documents by id, made once for every check of a file's events. */
export interface EventRefsById {
  actorById: ReadonlyMap<string, Actor>;
  docById: ReadonlyMap<string, DocumentMeta>;
}

export function refsById(head: Omit<Dataset, 'events'>): EventRefsById {
  return { actorById: new Map(head.actors.map((a) => [a.id, a])), docById: new Map(head.documents.map((d) => [d.id, d])) };
}

/** `seen`: the event ids met before these events (they are added to it). */
export function checkEvents(
  head: Omit<Dataset, 'events'>,
  problems: Problem[],
  { seen = idTable(), refs = refsById(head) }: { seen?: SeenIds; refs?: EventRefsById } = {},
) {
  const { actorById, docById } = refs;
  // The first event of each id is kept, as the schema's validation keeps it.
  const firstOfId = firstOfEachId('event', problems, seen);
  const readId = idReader(head.schemaVersion);
  return {
    /** The event's fields when it keeps every rule, else null (the problem recorded). */
    check(raw: unknown, index: number): ColumnFields | null {
      let event: ColumnFields;
      try {
        event = columnFields(raw, head.schemaVersion, head.shared);
      } catch (error) {
        if (!(error instanceof FieldError)) throw error;
        problems.push({ kind: 'event', ref: refOf(raw, index, readId), reason: error.message });
        return null;
      }
      if (!firstOfId(event)) return null;
      const reason = eventProblem(event, actorById, docById);
      if (reason) problems.push({ kind: 'event', ref: event.id, reason });
      return reason === null ? event : null;
    },
  };
}
