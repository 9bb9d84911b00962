// Filter by certainty: how firmly the text states an event. The swatches double as the legend for
// the colours of the marks.
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Certainty } from '../../model/dataset.ts';
import { toggle } from './toggle.ts';
import { FilterGroup } from './FilterGroup.tsx';

export const CERTAINTY_HELP: Record<Certainty, string> = {
  stated: 'the text states it',
  reported: 'the text reports it from a source',
  claimed: 'someone claims it',
  estimated: 'an estimate',
};

export interface CertaintyFilterProps {
  counts: Record<Certainty, number>;
  selected: readonly Certainty[];
  hidden: number;
  onChange: (values: Certainty[]) => void;
}

export function CertaintyFilter({ counts, selected, hidden, onChange }: CertaintyFilterProps) {
  return (
    <FilterGroup title="Certainty" hidden={hidden}>
      <ul className="check-list">
        {CERTAINTIES.map((c) => (
          <li key={c}>
            <label className="check">
              <input type="checkbox" checked={selected.includes(c)} onChange={() => onChange(toggle(selected, c))} />
              <span className={`swatch swatch-${c}`} aria-hidden="true" />
              <span className="check-text">
                <span className="check-name">{c[0]!.toUpperCase() + c.slice(1)}</span>
                <span className="check-note">{CERTAINTY_HELP[c]}</span>
              </span>
              <span className="count">{counts[c].toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
    </FilterGroup>
  );
}
