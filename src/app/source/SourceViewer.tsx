// The source panel: the document an event comes from, fetched on demand, with the supporting
// passage highlighted. A document that fails to load shows why and offers a retry; the timeline
// stays usable.
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DocumentMeta, Evidence } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { documentQuery } from '../data/documentQuery.ts';
import { passagesByDoc } from './passagesByDoc.ts';
import type { Passage } from './highlightSegments.ts';
import { safeHttpUrl } from './safeUrl.ts';
import { SourceText } from './SourceText.tsx';

const NO_PASSAGES: Passage[] = [];

export interface SourceViewerProps {
  index: DatasetIndex;
  datasetHref: string;
  event: number;
  evidence: Evidence;
  visible: Uint8Array;
  /** Changes each time the reader chooses a passage (the one open too): it is brought into view again. */
  opened?: number;
  onSelect: (i: number) => void;
}

export function SourceViewer({ index, datasetHref, event, evidence, visible, opened = 0, onSelect }: SourceViewerProps) {
  const meta = index.docById.get(evidence.docId);
  return (
    <section className="source" aria-labelledby="source-title">
      <h3 id="source-title" className="section-title">
        Source
      </h3>
      {meta ? (
        <Loaded
          index={index}
          datasetHref={datasetHref}
          meta={meta}
          event={event}
          evidence={evidence}
          visible={visible}
          opened={opened}
          onSelect={onSelect}
        />
      ) : (
        <p className="notice notice-error">The document “{evidence.docId}” is not in the dataset.</p>
      )}
    </section>
  );
}

function Loaded({ index, datasetHref, meta, event, evidence, visible, opened, onSelect }: SourceViewerProps & { meta: DocumentMeta }) {
  const query = useQuery(documentQuery(datasetHref, meta));
  const link = safeHttpUrl(meta.url);
  // The passages of the events the filters keep, plus the event shown if they hide it. The list
  // stays the same object while another kept event is selected, so the text is not cut again.
  const kept = useMemo(() => (passagesByDoc(index).get(meta.id) ?? []).filter((p) => visible[p.event]), [index, meta.id, visible]);
  const hidden = !visible[event];
  const passages = useMemo(
    () => (hidden ? (passagesByDoc(index).get(meta.id) ?? []).filter((p) => visible[p.event] || p.event === event) : kept),
    [index, meta.id, visible, event, hidden, kept],
  );
  const shown = useMemo(
    () => passages.find((p) => p.event === event && p.start === evidence.start && p.end === evidence.end) ?? null,
    [passages, event, evidence],
  );
  return (
    <>
      <div className="source-meta">
        <p className="source-doc">{meta.title || meta.id}</p>
        <p className="muted small">
          {[meta.source, meta.date].filter(Boolean).join(' · ')}
          {link ? (
            <>
              {meta.source || meta.date ? ' · ' : ''}
              <a href={link} target="_blank" rel="noopener noreferrer">
                Original article
              </a>
            </>
          ) : meta.url ? (
            <span className="source-url">{` · ${meta.url}`}</span>
          ) : null}
        </p>
      </div>
      {query.isPending && (
        <div className="source-loading" aria-busy="true">
          <p className="muted">Loading the document…</p>
          <div className="skeleton-line" />
          <div className="skeleton-line" />
          <div className="skeleton-line short" />
        </div>
      )}
      {query.isError && (
        <div className="notice notice-error" role="alert">
          <p>The document could not be loaded. {query.error.message}</p>
          <button type="button" className="button" onClick={() => void query.refetch()}>
            Retry
          </button>
        </div>
      )}
      {query.data?.mismatch && (
        <p className="notice notice-warning" role="alert">
          {query.data.mismatch} Passages are not highlighted.
        </p>
      )}
      {query.data && (
        <>
          <SourceText
            doc={query.data}
            index={index}
            passages={query.data.mismatch ? NO_PASSAGES : passages}
            shown={query.data.mismatch ? null : shown}
            opened={opened}
            onSelect={onSelect}
          />
          <p className="source-legend">
            <span>
              <span className="key key-passage">passage</span> supports this event
            </span>
            <span>
              <span className="key key-trigger">trigger</span>
            </span>
            <span>
              <span className="key key-date">date</span>
            </span>
            <span>
              <span className="key key-actor">actor</span>
            </span>
            <span>Click another sentence to open its event.</span>
          </p>
        </>
      )}
    </>
  );
}
