// The dataset contract shared by the extractor (which writes it) and the app (which reads it).
// Field names here are relied upon by other tools: add fields freely, never rename; removing one
// takes a new schema version (version 2 removed the passages' `quote`; versions 3 to 7 write some
// fields in a compact form, compact.ts, which the event schema reads back before checking a record).
// A field with a default (`.default(…)`) is left out of the file when it holds that value
// (lean.ts): the schema both fills it in on reading and says what may be left out on writing.
import { z } from 'zod';
import { SHARED_FROM, expandEvent, rolesMiss, sharedMiss, sharedOfFile } from './compact.ts';
import type { Shared } from './compact.ts';
import { ANCHORS, CERTAINTIES, ROLES } from './vocabulary.ts';
import { SCHEMA_VERSION } from './version.ts';

export { ANCHORS, CERTAINTIES, ROLES };
export type { Shared };

export { READABLE_VERSIONS, SCHEMA_VERSION } from './version.ts';

const isoDate = z.iso.date();
const offset = z.number().int().nonnegative();
const span = z.object({ start: offset, end: offset });

/** `storm` and `craft` came later: a dataset written before them still validates. */
export const ACTOR_KINDS = ['country', 'organization', 'person', 'group', 'media', 'place', 'index', 'product', 'storm', 'craft'] as const;
export const GRANULARITIES = ['century', 'decade', 'year', 'half', 'quarter', 'season', 'month', 'week', 'day', 'time'] as const;
export const TIMEX_TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
export const SEVERITIES = ['error', 'warning', 'info'] as const;

export const documentSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  path: z.string(),
  title: z.string(),
  /** Publication date (ISO), the reference for relative dates; null when the document has none. */
  date: isoDate.nullable().default(null),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  source: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  /** Length of the document's text in UTF-16 code units: every offset into it is below this. */
  length: offset,
  /** The id of an earlier document with the same text (saved twice, or a syndicated wire story): counted once for support. */
  duplicateOf: z.string().nullable().optional(),
  /** Who wrote it, from the front matter's `byline` (or `author`), or a web page's metadata; absent when unknown. */
  byline: z.string().optional(),
});

/** An actor as this version's file holds it, checked. */
export const actorSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  /**
   * Left out of the file when `organization` (version 6), the most common: a missing kind then
   * reads as `organization` (a file of an older version must give it, see actorSchemaOf).
   */
  kind: z.enum(ACTOR_KINDS).default('organization'),
  aliases: z.array(z.string()).default(() => []),
  parentId: z.string().nullable().default(null),
  /** How many mentions of this actor the documents hold. */
  mentions: offset,
});

/** The first version whose files leave out an actor's kind when it is `organization`. */
const ORGANIZATION_LEFT_OUT = 6;

/** An actor of a file older than version 6: its kind is always written, a missing one is refused. */
const actorWithKindSchema = actorSchema.extend({ kind: z.enum(ACTOR_KINDS) });

/** An actor as a file of `version` holds it, checked. */
export function actorSchemaOf(version: number): z.ZodType<Actor> {
  return version >= ORGANIZATION_LEFT_OUT ? actorSchema : actorWithKindSchema;
}

/** One end of a time: a calendar span [start, end) with how it was obtained. */
export const timeBoundSchema = z.object({
  /** TIMEX3 value, e.g. 2024-06-10, 2024-05, 2017, 199 (the 1990s), 2013-W12. */
  value: z.string().min(1),
  start: isoDate,
  /** Exclusive. */
  end: isoDate,
  granularity: z.enum(GRANULARITIES),
  anchor: z.enum(ANCHORS),
  approximate: z.boolean().default(false),
});

export const eventTimeSchema = timeBoundSchema.extend({
  /** TIMEX3 mod where the text qualifies the date: START, MID, END, APPROX, BEFORE, AFTER… */
  mod: z.string().nullable().default(null),
  /**
   * Present when the event spans a period. The top-level start/end then cover every known part of
   * it: from.start (or to.start) to to.end (or from.end when the end is open).
   */
  interval: z
    .object({
      /** null: open start ("until 2025"). */
      from: timeBoundSchema.nullable(),
      /** null: open end ("since May 2024" with no later date known). */
      to: timeBoundSchema.nullable(),
      /** TIMEX3 duration that gave the end, e.g. P11M. */
      duration: z.string().nullable().default(null),
    })
    .nullable()
    .default(null),
});

export const attributionSchema = z.object({
  /** Who claims it, as the text names them ("Axios sources"); null when the document says it itself. */
  source: z.string().nullable().default(null),
  actorId: z.string().nullable().default(null),
  /** The words that carry the attribution or the hedge ("reportedly", "Axios sources indicate"). */
  cues: z.array(z.string()).default(() => []),
  certainty: z.enum(CERTAINTIES).default('stated'),
});

/** The document says it itself, without a hedge: an event's attribution when the file has none. */
export const PLAIN_ATTRIBUTION = { source: null, actorId: null, cues: [], certainty: 'stated' } as const;

/** A passage: the supporting sentence or clause is its document's `text.slice(start, end)`. */
export const evidenceSchema = z.object({
  docId: z.string(),
  start: offset,
  end: offset,
  /** The event word(s). */
  trigger: span,
  /** The time expression that dated the event, when there is one. */
  timex: span.nullable().default(null),
});

/** How many independent reports tell of one event. */
export const reportsSchema = z.object({
  /** Distinct documents (duplicates counted once). */
  documents: offset,
  /** Distinct sources (outlets) among them; a document without a source counts as its own. */
  sources: offset,
  /** Publication dates of the first and last reporting documents (null when none is dated). */
  first: isoDate.nullable(),
  last: isoDate.nullable(),
});

/** Reports of one event that disagree on a date or a figure: each version with who gives it. */
export const disagreementSchema = z.object({
  field: z.enum(['date', 'figure']),
  versions: z.array(
    z.object({
      value: z.string(),
      docIds: z.array(z.string()),
      sources: z.array(z.string()),
    }),
  ),
});

export const roleSchema = z.object({ actorId: z.string(), role: z.enum(ROLES) });

/** An event's fields as the schema checks them (`eventSchema` reads the file's compact form first). */
export const eventFieldsSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  /** null: the text gives the event no time. */
  time: eventTimeSchema.nullable().default(null),
  /** The actors taking part in the event (participants, not every name in its sentence). */
  actorIds: z.array(z.string()).default(() => []),
  /** The part each participant takes, where the clause shows it. */
  roles: z.array(roleSchema).optional(),
  // Written out whole: PLAIN_ATTRIBUTION copied and its `cues` set again would make `cues` of
  // every attribution's shape mutable and throw away the compiled code that reads attributions.
  attribution: attributionSchema.default(() => ({ source: null, actorId: null, cues: [], certainty: PLAIN_ATTRIBUTION.certainty })),
  evidence: z.array(evidenceSchema).min(1),
  /** Passages left out of `evidence` to keep one event small (a count, never silently dropped). */
  evidenceOmitted: offset.optional(),
  /** Support from independent reports; see README "Salience". */
  reports: reportsSchema.optional(),
  salience: z.number().nonnegative().optional(),
  disagreements: z.array(disagreementSchema).optional(),
  /** Set when a correction (corrections.yaml) changed this event: its title, date, or actors through a merge. */
  corrected: z.boolean().optional(),
});

/** An event as this version's file holds it (compact.ts), checked. */
export const eventSchema = z.preprocess((raw) => expandEvent(raw), eventFieldsSchema);

const eventSchemas = new Map<number, typeof eventSchema>([[SCHEMA_VERSION, eventSchema]]);
const sharedSchemas = new WeakMap<Shared, Map<number, typeof eventSchema>>();

/**
 * An event as a file of `version` holds it (compact.ts), checked, its shared titles and
 * attributions read from `shared` (the file's, version 7 on): made once per version and lists.
 */
export function eventSchemaOf(version: number, shared?: Shared): typeof eventSchema {
  let schemas = eventSchemas;
  if (shared) {
    schemas = sharedSchemas.get(shared) ?? new Map();
    sharedSchemas.set(shared, schemas);
  }
  let schema = schemas.get(version);
  if (!schema) {
    const read =
      version >= SHARED_FROM
        ? (raw: unknown, context: z.RefinementCtx) => {
            // An index that is not in the file's lists is named as such, not as a number where a title should be; so are roles that name none.
            const miss = sharedMiss(raw, shared) ?? rolesMiss(raw);
            if (miss) context.addIssue({ code: 'custom', path: [miss.field], message: miss.message });
            return miss ? raw : expandEvent(raw, version, shared);
          }
        : (raw: unknown) => expandEvent(raw, version, shared);
    schemas.set(version, (schema = z.preprocess(read, eventFieldsSchema)));
  }
  return schema;
}

export const diagnosticSchema = z.object({
  path: z.string(),
  severity: z.enum(SEVERITIES),
  message: z.string(),
});

/**
 * A file of this version, checked whole: its events read with the file's `shared` lists. One
 * broken record refuses the whole file (validateDataset, validate.ts, reads the others).
 */
export const datasetSchema = z.preprocess(
  expandFile,
  z.object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    documents: z.array(documentSchema),
    actors: z.array(actorSchema),
    events: z.array(eventFieldsSchema),
    diagnostics: z.array(diagnosticSchema),
  }),
);

/** A file's events as the schema reads them (compact.ts), its titles and attributions named by index read from its `shared` lists. */
function expandFile(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  const file = raw as Record<string, unknown>;
  if (file.schemaVersion !== SCHEMA_VERSION || !Array.isArray(file.events)) return raw;
  const shared = sharedOfFile(file);
  return { ...file, events: file.events.map((event: unknown) => expandEvent(event, SCHEMA_VERSION, shared)) };
}

export const timexSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  type: z.enum(TIMEX_TYPES),
  value: z.string(),
  /** TIMEX3 mod, when the expression carries one. */
  mod: z.string().nullable().optional(),
  /** How the value was obtained (see ANCHORS). */
  anchor: z.enum(ANCHORS).optional(),
});

export const actorMentionSchema = z.object({
  start: offset,
  end: offset,
  text: z.string(),
  actorId: z.string(),
});

export const documentTextSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The body after any front matter, line endings normalized to \n. */
  text: z.string(),
  timexes: z.array(timexSchema),
  actorMentions: z.array(actorMentionSchema),
});

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type Certainty = (typeof CERTAINTIES)[number];
export type Anchor = (typeof ANCHORS)[number];
export type Role = (typeof ROLES)[number];
export type Granularity = (typeof GRANULARITIES)[number];
export type TimexType = (typeof TIMEX_TYPES)[number];
export type Severity = (typeof SEVERITIES)[number];
export type DocumentMeta = z.infer<typeof documentSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type TimeBound = z.infer<typeof timeBoundSchema>;
export type EventTime = z.infer<typeof eventTimeSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
export type Evidence = z.infer<typeof evidenceSchema>;
export type Reports = z.infer<typeof reportsSchema>;
export type Disagreement = z.infer<typeof disagreementSchema>;
export type TimelineEvent = z.infer<typeof eventSchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type Dataset = Omit<z.infer<typeof datasetSchema>, 'schemaVersion'> & {
  /** The version of the file it was read from (how it read what the file left out); SCHEMA_VERSION when the extractor made it. */
  schemaVersion: number;
  /** The shared lists of the file it was read from (version 7 on), which its events still as written name; absent when the extractor made it. */
  shared?: Shared;
};
export type Timex = z.infer<typeof timexSchema>;
export type ActorMention = z.infer<typeof actorMentionSchema>;
export type DocumentText = z.infer<typeof documentTextSchema>;
