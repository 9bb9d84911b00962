// What changed between two extractions of the same documents, event by event (matched by id): for
// a newsroom that re-runs the extractor as documents arrive. Pure: two datasets in, a list out.
import type { Dataset, TimelineEvent } from '../model/dataset.ts';

export interface EventChange {
  id: string;
  title: string;
  /** One line per field that differs: "date: 2024-05 → 2024-06". */
  fields: string[];
}

export interface DatasetDiff {
  added: TimelineEvent[];
  removed: TimelineEvent[];
  changed: EventChange[];
  unchanged: number;
}

const when = (e: TimelineEvent) => (e.time ? e.time.value + (e.time.approximate ? ' (approximate)' : '') : 'undated');
const list = (xs: readonly string[]) => [...xs].sort().join(', ') || 'none';
type Field = [string, (e: TimelineEvent) => string];

/** Each compared field of a dataset's events: its name and how it reads, so a change prints as "name: old → new". */
const fieldsOf = (dataset: Dataset): Field[] => {
  // A passage is named by its document's path, which stays the same when ids change (schema version 3 shortened them).
  const path = new Map(dataset.documents.map((d) => [d.id, d.path]));
  const passages = (e: TimelineEvent) => e.evidence.map((v) => `${path.get(v.docId) ?? v.docId}:${v.start}-${v.end}`);
  return [
    ['title', (e) => JSON.stringify(e.title)],
    ['date', when],
    ['span', (e) => (e.time ? `${e.time.start} to ${e.time.end}` : 'none')],
    ['anchor', (e) => e.time?.anchor ?? 'none'],
    ['actors', (e) => list(e.actorIds)],
    ['source', (e) => e.attribution.source ?? 'the document'],
    ['certainty', (e) => e.attribution.certainty],
    ['passages', (e) => list(passages(e))],
    ['corrected', (e) => String(e.corrected ?? false)],
  ];
};

export function diffDatasets(before: Dataset, after: Dataset): DatasetDiff {
  const old = new Map(before.events.map((e) => [e.id, e]));
  const now = new Map(after.events.map((e) => [e.id, e]));
  const diff: DatasetDiff = { added: [], removed: [], changed: [], unchanged: 0 };
  const [oldFields, newFields] = [fieldsOf(before), fieldsOf(after)];
  for (const e of after.events) if (!old.has(e.id)) diff.added.push(e);
  for (const e of before.events) if (!now.has(e.id)) diff.removed.push(e);
  for (const e of after.events) {
    const was = old.get(e.id);
    if (!was) continue;
    const fields = newFields.flatMap(([name, read], k) => {
      const [a, b] = [oldFields[k]![1](was), read(e)];
      return a === b ? [] : [`${name}: ${a} → ${b}`];
    });
    if (fields.length) diff.changed.push({ id: e.id, title: e.title, fields });
    else diff.unchanged++;
  }
  return diff;
}

export function formatDiff(diff: DatasetDiff): string {
  const line = (mark: string, e: TimelineEvent) => `  ${mark} ${e.id}  [${when(e)}]  ${e.title}`;
  const out: string[] = [];
  if (diff.added.length) out.push(`Added (${diff.added.length}):`, ...diff.added.map((e) => line('+', e)));
  if (diff.removed.length) out.push(`Removed (${diff.removed.length}):`, ...diff.removed.map((e) => line('-', e)));
  if (diff.changed.length)
    out.push(
      `Changed (${diff.changed.length}):`,
      ...diff.changed.flatMap((c) => [`  ~ ${c.id}  ${c.title}`, ...c.fields.map((f) => `      ${f}`)]),
    );
  out.push(`${diff.added.length} added, ${diff.removed.length} removed, ${diff.changed.length} changed, ${diff.unchanged} unchanged`);
  return out.join('\n');
}
