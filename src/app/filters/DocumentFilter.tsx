// Filter by document: the events supported by evidence from any of the chosen documents.
import type { DocumentMeta } from '../../model/dataset.ts';
import { toggle } from './toggle.ts';
import { FilterGroup } from './FilterGroup.tsx';

export interface DocumentFilterProps {
  documents: readonly DocumentMeta[];
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  hidden: number;
  onChange: (ids: string[]) => void;
}

const SHOWN = 30;

export function DocumentFilter({ documents, counts, selected, hidden, onChange }: DocumentFilterProps) {
  // Hundreds of documents would bury the other filters: the busiest and the chosen ones are listed.
  const list = [...documents]
    .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
    .filter((d, k) => k < SHOWN || selected.includes(d.id));
  return (
    <FilterGroup title="Documents" hidden={hidden}>
      <ul className="check-list">
        {list.map((doc) => (
          <li key={doc.id}>
            <label className="check">
              <input type="checkbox" checked={selected.includes(doc.id)} onChange={() => onChange(toggle(selected, doc.id))} />
              <span className="check-text">
                <span className="check-name">{doc.title || doc.id}</span>
                {doc.date && <span className="check-note">{doc.date}</span>}
              </span>
              <span className="count">{(counts.get(doc.id) ?? 0).toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
      {documents.length > list.length && <p className="muted small">{documents.length - list.length} more documents not listed</p>}
    </FilterGroup>
  );
}
