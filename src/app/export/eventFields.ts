// What every export says of an event, worded once: who takes part, who claims it, how many reports
// support it (story/supportOf.ts), and the passage (the first piece of evidence) with its document.
import type { TimelineEvent } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';

export function actorNames(index: DatasetIndex, event: TimelineEvent): string[] {
  return event.actorIds.map((id) => index.actorById.get(id)?.name ?? id);
}

/** Who says so: the source as the text names it, else the claiming actor, else null (the document). */
export function claimant(index: DatasetIndex, event: TimelineEvent): string | null {
  const { source, actorId } = event.attribution;
  return source ?? (actorId ? (index.actorById.get(actorId)?.name ?? actorId) : null);
}

export function docTitle(index: DatasetIndex, docId: string): string {
  return index.docById.get(docId)?.title || docId;
}
