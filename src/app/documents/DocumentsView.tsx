// The documents view: every document with its date, source and number of events (those the filters
// keep, of all), in publication order; opening one shows it whole, with the passages of its events
// marked, and the events it gives no date for.
import { useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventsPerDocument } from './eventsPerDocument.ts';
import { eventsByDocument } from '../data/eventRefs.ts';
import { DocumentReader } from './DocumentReader.tsx';

export interface DocumentsViewProps {
  index: DatasetIndex;
  datasetHref: string;
  visible: Uint8Array;
  open: string | null;
  selected: number;
  onOpen: (docId: string | null) => void;
  onSelect: (i: number) => void;
}

export function DocumentsView({ index, datasetHref, visible, open, selected, onOpen, onSelect }: DocumentsViewProps) {
  const total = eventsPerDocument(index);
  const shown = useMemo(() => {
    const counts = new Map<string, number>();
    const { start, events } = eventsByDocument(index);
    index.dataset.documents.forEach((d, k) => {
      let n = 0;
      for (let j = start[k]!; j < start[k + 1]!; j++) n += visible[events[j]!]!;
      if (n) counts.set(d.id, n);
    });
    return counts;
  }, [index, visible]);
  const documents = useMemo(
    () =>
      [...index.dataset.documents].sort(
        (a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
      ),
    [index],
  );
  const meta = open ? index.docById.get(open) : undefined;
  return (
    <section className="documents-view" aria-labelledby="documents-title">
      <h2 id="documents-title" className="panel-title">
        Documents <span className="count">{documents.length.toLocaleString('en')}</span>
      </h2>
      <div className="documents-scroll">
        <table className="documents-table">
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Source</th>
              <th scope="col">Date</th>
              <th scope="col" className="num">
                {index.partial ? 'Events read so far' : 'Events'}
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.map((doc) => (
              <tr key={doc.id} className={doc.id === open ? 'is-open' : undefined}>
                <td>
                  <button
                    type="button"
                    className="link-button"
                    aria-pressed={doc.id === open}
                    onClick={() => onOpen(doc.id === open ? null : doc.id)}
                  >
                    {doc.title || doc.id}
                  </button>
                  {doc.duplicateOf && (
                    <span className="muted small"> · same text as {index.docById.get(doc.duplicateOf)?.source ?? doc.duplicateOf}</span>
                  )}
                </td>
                <td>{doc.source ?? <span className="muted">—</span>}</td>
                <td className="nowrap">{doc.date ?? <span className="muted">undated</span>}</td>
                <td className="num">
                  {(shown.get(doc.id) ?? 0).toLocaleString('en')}
                  {(shown.get(doc.id) ?? 0) !== (total.get(doc.id) ?? 0) && (
                    <span className="muted"> of {(total.get(doc.id) ?? 0).toLocaleString('en')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {meta && (
        <DocumentReader
          index={index}
          datasetHref={datasetHref}
          meta={meta}
          visible={visible}
          selected={selected}
          onSelect={onSelect}
          onClose={() => onOpen(null)}
        />
      )}
    </section>
  );
}
