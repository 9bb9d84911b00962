// Actors grouped by kind for the filter list, busiest first, narrowed by a search on names and
// aliases.
import { ACTOR_KINDS } from '../../model/dataset.ts';
import type { Actor, ActorKind } from '../../model/dataset.ts';

export const KIND_LABELS: Record<ActorKind, string> = {
  country: 'Countries',
  organization: 'Organizations',
  person: 'People',
  group: 'Groups',
  media: 'Media',
  place: 'Places',
  index: 'Indices',
  product: 'Products',
  storm: 'Storms',
  craft: 'Ships and craft',
};

export interface ActorGroup {
  kind: ActorKind;
  label: string;
  actors: Actor[];
}

// Names sort the same in every browser: a fixed locale, not the reader's (a Swedish one would put
// "Österreich" after "Zambia"), with numbers in names compared as numbers.
const byName = new Intl.Collator('en', { numeric: true });

export function groupActors(actors: readonly Actor[], counts: ReadonlyMap<string, number>, query: string): ActorGroup[] {
  const q = query.trim().toLowerCase();
  const matches = (a: Actor) => !q || a.name.toLowerCase().includes(q) || a.aliases.some((alias) => alias.toLowerCase().includes(q));
  return ACTOR_KINDS.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    actors: actors
      .filter((a) => a.kind === kind && matches(a))
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || byName.compare(a.name, b.name)),
  })).filter((group) => group.actors.length > 0);
}
