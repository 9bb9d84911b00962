// Filter by actor: a searchable list grouped by kind, with the number of events of each (members
// included). Several can be chosen; events involving any of them, or all of them together, are shown.
import { useId, useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { groupActors } from './groupActors.ts';
import { countActorEvents } from './countActorEvents.ts';
import { toggle } from '../filters/toggle.ts';
import { FilterGroup } from '../filters/FilterGroup.tsx';

export interface ActorFilterProps {
  index: DatasetIndex;
  selected: readonly string[];
  /** Whether events must involve every chosen actor (else any of them). */
  all: boolean;
  hidden: number;
  onChange: (ids: string[], all: boolean) => void;
}

const COLLAPSED = 8;

export function ActorFilter({ index, selected, all, hidden, onChange }: ActorFilterProps) {
  const counts = useMemo(() => countActorEvents(index), [index]);
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  const searchId = useId();
  const groups = useMemo(() => groupActors(index.dataset.actors, counts, query), [index, counts, query]);
  const members = useMemo(() => {
    const byParent = new Map<string, string[]>();
    for (const a of index.dataset.actors) if (a.parentId) byParent.set(a.parentId, [...(byParent.get(a.parentId) ?? []), a.name]);
    return byParent;
  }, [index]);
  return (
    <FilterGroup title="Actors" hidden={hidden}>
      <label className="visually-hidden" htmlFor={searchId}>
        Find an actor
      </label>
      <input
        id={searchId}
        className="input"
        type="search"
        placeholder="Find an actor…"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {selected.length > 1 && (
        <div className="match-mode" role="radiogroup" aria-label="Events involving">
          <label className="check">
            <input type="radio" name={`${searchId}-mode`} checked={!all} onChange={() => onChange([...selected], false)} />
            <span className="check-name">any of the chosen actors</span>
          </label>
          <label className="check">
            <input type="radio" name={`${searchId}-mode`} checked={all} onChange={() => onChange([...selected], true)} />
            <span className="check-name">all of them together</span>
          </label>
        </div>
      )}
      {groups.length === 0 && <p className="muted small">No actor matches “{query}”.</p>}
      {groups.map((group) => (
        <div key={group.kind} className="actor-group">
          <h3 className="actor-kind">{group.label}</h3>
          <ul className="check-list">
            {(expanded || query ? group.actors : group.actors.slice(0, COLLAPSED)).map((actor) => {
              const sub = members.get(actor.id) ?? [];
              return (
                <li key={actor.id}>
                  <label className="check">
                    <input
                      type="checkbox"
                      checked={selected.includes(actor.id)}
                      onChange={() => onChange(toggle(selected, actor.id), all)}
                    />
                    <span className="check-text">
                      <span className="check-name">{actor.name}</span>
                      {sub.length > 0 && (
                        <span className="check-note">
                          incl. {sub.slice(0, 3).join(', ')}
                          {sub.length > 3 ? '…' : ''}
                        </span>
                      )}
                    </span>
                    <span className="count">{(counts.get(actor.id) ?? 0).toLocaleString('en')}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {!query && groups.some((g) => g.actors.length > COLLAPSED) && (
        <button type="button" className="link-button" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer actors' : 'Show all actors'}
        </button>
      )}
    </FilterGroup>
  );
}
