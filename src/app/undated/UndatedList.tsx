// Events the text gives no date for: part of the story, listed beside the timeline, opened the
// same way as dated ones.
import { useState } from 'react';
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
  const items = index.undated.filter((i) => visible[i]);
  return (
    <section className="undated" aria-labelledby="undated-title">
      <h2 id="undated-title" className="panel-title">
        Undated events <span className="count">{items.length.toLocaleString('en')}</span>
      </h2>
      <p className="muted small">The text gives no date for these.</p>
      {items.length === 0 ? (
        <p className="muted small">None {index.undated.length ? 'match the filters' : 'in this dataset'}.</p>
      ) : (
        <ul className="undated-list">
          {items.slice(0, limit).map((i) => {
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
      )}
      {items.length > limit && (
        <button type="button" className="link-button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, items.length - limit)} more
        </button>
      )}
    </section>
  );
}
