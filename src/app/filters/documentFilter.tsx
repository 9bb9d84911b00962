// Filter by document: the events supported by evidence from any of the chosen documents.
import { useMemo } from 'react';
import { defineFilter } from './filterDef.ts';
import type { FilterPanelProps } from './filterDef.ts';
import { toggle } from './toggle.ts';
import { FilterGroup } from './FilterGroup.tsx';
import { eventsPerDocument } from '../documents/eventsPerDocument.ts';
import { citesAny, documentMask } from '../data/eventRefs.ts';

const SHOWN = 30;

function DocumentPanel({ index, value, hidden, onChange }: FilterPanelProps<string[]>) {
  const counts = useMemo(() => eventsPerDocument(index), [index]);
  const documents = index.dataset.documents;
  // Hundreds of documents would bury the other filters: the busiest and the chosen ones are listed.
  const list = [...documents]
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
    .filter((d, k) => k < SHOWN || value.includes(d.id));
  // A link can name a document this dataset does not hold (an id of an older dataset): it is
  // listed, chosen, so that the reader sees why nothing is shown and can let it go.
  const known = new Set(documents.map((d) => d.id));
  const missing = value.filter((id) => !known.has(id));
  return (
    <FilterGroup title="Documents" hidden={hidden}>
      <ul className="check-list">
        {list.map((doc) => (
          <li key={doc.id}>
            <label className="check">
              <input type="checkbox" checked={value.includes(doc.id)} onChange={() => onChange(toggle(value, doc.id))} />
              <span className="check-text">
                <span className="check-name">{doc.title || doc.id}</span>
                {doc.date && <span className="check-note">{doc.date}</span>}
              </span>
              <span className="count">{(counts.get(doc.id) ?? 0).toLocaleString('en')}</span>
            </label>
          </li>
        ))}
        {missing.map((id) => (
          <li key={`missing:${id}`}>
            <label className="check">
              <input type="checkbox" checked onChange={() => onChange(toggle(value, id))} />
              <span className="check-text">
                <span className="check-name">{id}</span>
                <span className="check-note">not in this dataset</span>
              </span>
              <span className="count">0</span>
            </label>
          </li>
        ))}
      </ul>
      {documents.length > list.length && <p className="muted small">{documents.length - list.length} more documents not listed</p>}
    </FilterGroup>
  );
}

export const documentFilter = defineFilter<string[]>({
  key: 'docs',
  empty: [],
  params: ['doc'],
  parse: (params) => [...new Set(params.getAll('doc').filter(Boolean))],
  write: (value, params) => value.forEach((d) => params.append('doc', d)),
  active: (value) => value.length,
  test(index, value) {
    const docs = documentMask(index, new Set(value));
    return (i) => citesAny(index, i, docs);
  },
  Panel: DocumentPanel,
});
