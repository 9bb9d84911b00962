// Which events the filters keep, and how many each filter hides on its own (shown beside it). An
// event involves the actors it names and the one who claims it.
// Within a filter the choices are alternatives (any of the selected actors); filters combine with AND.
import type { Certainty } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';

export interface Filters {
  actors: readonly string[];
  certainty: readonly Certainty[];
  docs: readonly string[];
}

export interface FilterResult {
  /** 1 for each event index the filters keep. */
  visible: Uint8Array;
  shown: number;
  hiddenBy: { actors: number; certainty: number; docs: number };
}

export function filterEvents(index: DatasetIndex, filters: Filters): FilterResult {
  const wantedActors = new Set<string>();
  for (const id of filters.actors) for (const m of index.members.get(id) ?? [id]) wantedActors.add(m);
  const certainty = new Set(filters.certainty);
  const docs = new Set(filters.docs);
  const visible = new Uint8Array(index.events.length);
  const hiddenBy = { actors: 0, certainty: 0, docs: 0 };
  let shown = 0;
  index.events.forEach((event, i) => {
    const claimant = event.attribution.actorId;
    const byActor =
      wantedActors.size === 0 || event.actorIds.some((a) => wantedActors.has(a)) || (claimant !== null && wantedActors.has(claimant));
    const byCertainty = certainty.size === 0 || certainty.has(event.attribution.certainty);
    const byDoc = docs.size === 0 || event.evidence.some((e) => docs.has(e.docId));
    if (!byActor) hiddenBy.actors++;
    if (!byCertainty) hiddenBy.certainty++;
    if (!byDoc) hiddenBy.docs++;
    if (byActor && byCertainty && byDoc) {
      visible[i] = 1;
      shown++;
    }
  });
  return { visible, shown, hiddenBy };
}
