// Events the text gives no date for: part of the story, listed beside the timeline, opened the
// same way as dated ones. With several documents they are grouped by the document that tells them
// (the first of their passages), documents in publication order.
import { useMemo, useState } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';

export interface UndatedListProps {
  index: DatasetIndex;
  visible: Uint8Array;
  matches: Uint8Array | null;
  selected: number;
  onSelect: (i: number) => void;
}

const PAGE = 100;

export function UndatedList({ index, visible, matches, selected, onSelect }: UndatedListProps) {
  const [limit, setLimit] = useState(PAGE);
  const items = useMemo(() => index.undated.filter((i) => visible[i]), [index, visible]);
  const groups = useMemo(() => groupByDocument(index, items.slice(0, limit)), [index, items, limit]);
  const several = index.dataset.documents.length > 1;
  return (
    <section className="undated" aria-labelledby="undated-title">
      <h2 id="undated-title" className="panel-title">
        Undated events <span className="count">{items.length.toLocaleString('en')}</span>
      </h2>
      <p className="muted small">The text gives no date for these.</p>
      {items.length === 0 ? (
        <p className="muted small">None {index.undated.length ? 'match the filters' : 'in this dataset'}.</p>
      ) : (
        <div className="undated-list">
          {groups.map(([docId, list]) => (
            <div key={docId} className="undated-group">
              {several && <h3 className="undated-doc">{index.docById.get(docId)?.title || docId}</h3>}
              <ul className="undated-items">
                {list.map((i) => {
                  const event = index.events[i]!;
                  return (
                    <li key={i}>
                      <button
                        type="button"
                        className={`undated-item${i === selected ? ' is-selected' : ''}${matches ? (matches[i] ? ' is-match' : ' is-dim') : ''}`}
                        aria-pressed={i === selected}
                        onClick={() => onSelect(i)}
                      >
                        <span className={`dot dot-${event.attribution.certainty}`} aria-hidden="true" />
                        <span className="undated-title">{event.title}</span>
                      </button>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
      {items.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, items.length - limit)} more
        </button>
      )}
    </section>
  );
}

function groupByDocument(index: DatasetIndex, items: readonly number[]): [string, number[]][] {
  const byDoc = new Map<string, number[]>();
  for (const i of items) {
    const doc = index.events[i]!.evidence[0]!.docId;
    const list = byDoc.get(doc);
    if (list) list.push(i);
    else byDoc.set(doc, [i]);
  }
  const date = (id: string) => index.docById.get(id)?.date ?? '9999';
  return [...byDoc].sort((a, b) => date(a[0]).localeCompare(date(b[0])) || a[0].localeCompare(b[0]));
}
