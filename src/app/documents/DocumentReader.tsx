// One document read whole: its text with the passages of the events the filters keep marked (a
// click opens the event), and the events it tells of without a date.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentMeta } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { documentQuery } from '../data/documentQuery.ts';
import { passagesByDoc } from '../source/passagesByDoc.ts';
import { SourceText } from '../source/SourceText.tsx';
import { EventList } from '../overflow/EventList.tsx';

export interface DocumentReaderProps {
  index: DatasetIndex;
  datasetHref: string;
  meta: DocumentMeta;
  visible: Uint8Array;
  selected: number;
  onSelect: (i: number) => void;
  onClose: () => void;
}

export function DocumentReader({ index, datasetHref, meta, visible, selected, onSelect, onClose }: DocumentReaderProps) {
  const query = useQuery(documentQuery(datasetHref, meta));
  const passages = useMemo(() => (passagesByDoc(index).get(meta.id) ?? []).filter((p) => visible[p.event]), [index, meta.id, visible]);
  const undated = useMemo(
    () => [...new Set(passages.map((p) => p.event))].filter((i) => index.events[i]!.time === null).sort((a, b) => a - b),
    [index, passages],
  );
  return (
    <article className="document-reader" aria-labelledby="reader-title">
      <header className="reader-head">
        <div>
          <h3 id="reader-title" className="section-title">
            {meta.title || meta.id}
          </h3>
          <p className="muted small">{[meta.source, meta.date].filter(Boolean).join(' · ') || 'No source or date given'}</p>
        </div>
        <button type="button" className="icon-button" aria-label="Close the document" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {undated.length > 0 && (
        <details className="reader-undated">
          <summary>
            {undated.length} undated {undated.length === 1 ? 'event' : 'events'} in this document
          </summary>
          <EventList
            index={index}
            items={undated}
            selected={selected}
            onPick={onSelect}
            label={`Undated events in ${meta.title || meta.id}`}
          />
        </details>
      )}
      {query.isPending && <p className="muted">Loading the document…</p>}
      {query.isError && (
        <p className="notice notice-error" role="alert">
          The document could not be loaded. {query.error.message}
        </p>
      )}
      {query.data?.mismatch && (
        <p className="notice notice-warning" role="alert">
          {query.data.mismatch} Passages are not highlighted.
        </p>
      )}
      {query.data && (
        <SourceText doc={query.data} index={index} passages={query.data.mismatch ? [] : passages} shown={null} onSelect={onSelect} />
      )}
    </article>
  );
}
