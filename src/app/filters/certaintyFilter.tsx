// Filter by certainty: how firmly the text states an event. The swatches double as the legend for
// the colours of the marks.
import { useMemo } from 'react';
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Certainty } from '../../model/dataset.ts';
import { defineFilter } from './filterDef.ts';
import type { FilterPanelProps } from './filterDef.ts';
import { toggle } from './toggle.ts';
import { FilterGroup } from './FilterGroup.tsx';

export const CERTAINTY_HELP: Record<Certainty, string> = {
  stated: 'the text states it',
  reported: 'the text reports it from a source',
  claimed: 'someone claims it',
  estimated: 'an estimate',
};

function CertaintyPanel({ index, value, hidden, onChange }: FilterPanelProps<Certainty[]>) {
  // Counted in a typed array: a million events by name of certainty took a tenth of a second
  // before the first picture.
  const counts = useMemo(() => {
    const per = new Float64Array(CERTAINTIES.length);
    const { certainty } = index;
    for (let i = 0; i < certainty.length; i++) per[certainty[i]!]!++;
    return Object.fromEntries(CERTAINTIES.map((c, k) => [c, per[k]!])) as Record<Certainty, number>;
  }, [index]);
  return (
    <FilterGroup title="Certainty" hidden={hidden}>
      <ul className="check-list">
        {CERTAINTIES.map((c) => (
          <li key={c}>
            <label className="check">
              <input type="checkbox" checked={value.includes(c)} onChange={() => onChange(toggle(value, c))} />
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

export const certaintyFilter = defineFilter<Certainty[]>({
  key: 'certainty',
  empty: [],
  params: ['certainty'],
  parse: (params) => [...new Set(params.getAll('certainty'))].filter((c): c is Certainty => (CERTAINTIES as readonly string[]).includes(c)),
  write: (value, params) => value.forEach((c) => params.append('certainty', c)),
  active: (value) => value.length,
  test(index, value) {
    const wanted = CERTAINTIES.map((c) => value.includes(c));
    return (i) => wanted[index.certainty[i]!]!;
  },
  Panel: CertaintyPanel,
});
