// Filter by actor: events involving any of the chosen actors, or all of them together ("events with
// both Hamas and Qatar"). An event involves the actors it names and the one who claims it; a
// country includes its members (United States includes the CIA).
import { defineFilter } from './filterDef.ts';
import { ActorFilter } from '../actors/ActorFilter.tsx';
import { actorMask, involvesAny } from '../data/eventRefs.ts';

export interface ActorChoice {
  ids: string[];
  /** true: every chosen actor must take part; false: any of them. */
  all: boolean;
}

const EMPTY: ActorChoice = { ids: [], all: false };

export const actorFilter = defineFilter<ActorChoice>({
  key: 'actors',
  empty: EMPTY,
  params: ['actor', 'actors'],
  parse: (params) => ({ ids: [...new Set(params.getAll('actor').filter(Boolean))], all: params.get('actors') === 'all' }),
  write(value, params) {
    for (const id of value.ids) params.append('actor', id);
    if (value.all && value.ids.length > 1) params.set('actors', 'all');
  },
  active: (value) => value.ids.length,
  test(index, { ids, all }) {
    const groups = ids.map((id) => index.members.get(id) ?? new Set([id]));
    if (all) {
      const masks = groups.map((g) => actorMask(index, g));
      return (i) => masks.every((m) => involvesAny(index, i, m));
    }
    const any = actorMask(index, new Set(groups.flatMap((g) => [...g])));
    return (i) => involvesAny(index, i, any);
  },
  Panel: ({ index, value, hidden, onChange }) => (
    <ActorFilter index={index} selected={value.ids} all={value.all} hidden={hidden} onChange={(ids, all) => onChange({ ids, all })} />
  ),
});
