// The dataset file's schema version, and the versions this code reads (see dataset.ts).

/**
 * 7: an event's id `ev-` and ten hex digits is written in seven characters (base64url); titles
 * and attributions that several events share are written once, in the file's `shared` lists
 * before its events, and named by index; roles are one number (left out when every actor is an
 * agent); a passage's `timex` is its start from the passage's and its length (compact.ts).
 * 6: a `salience` of 0 is left out (read back as 0; absent in an older file, it is not given),
 * and so is an actor's `kind` when it is `organization`, the most common.
 * 5: a time's `anchor` (and an interval's end's) is an index into ANCHORS; document ids are six
 * characters (a hash of the path), rather than the start of the file's name and a hash.
 * 4: more compact forms (compact.ts): a time known by the document's date leaves out its anchor,
 * roles and an attribution's certainty are indexes into ROLES and CERTAINTIES, an attribution is
 * `[source, actorId, cues, certainty]`.
 * 3: shorter document ids, and compact forms (compact.ts): a time's start, end and granularity
 * only where its value does not name them, roles as role names beside `actorIds`, a passage's
 * `timex` as `[start, end]`.
 * 2: the dataset holds no text its documents hold (a passage is its offsets; its words are
 * `documents/<id>.json` text sliced there), and fields holding their default are left out.
 * 1: every passage carried its `quote`; read as is, the quotes ignored (see validate.ts).
 */
export const SCHEMA_VERSION = 7;
/** Versions this code reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4, 5, 6, 7];
