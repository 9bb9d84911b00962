// Every passage that tells of the event, one per document place: the document, its source and date,
// and the sentence (sliced from its document's text). Choosing one opens its document at that
// place in the source panel below.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { Evidence } from '../../model/dataset.ts';
import { docIdsOf, useDocumentTexts } from '../data/useDocumentTexts.ts';
import { passageText, shortPassage } from '../data/passageText.ts';

export interface PassageListProps {
  index: DatasetIndex;
  datasetHref: string;
  evidence: readonly Evidence[];
  omitted: number;
  current: number;
  onOpen: (k: number) => void;
}

export function PassageList({ index, datasetHref, evidence, omitted, current, onOpen }: PassageListProps) {
  const { texts, mismatched, failed } = useDocumentTexts(index, datasetHref, docIdsOf(evidence));
  return (
    <section aria-labelledby="evidence-title">
      <h3 id="evidence-title" className="section-title">
        Passages ({evidence.length + omitted})
      </h3>
      <ol className="evidence-list">
        {evidence.map((ev, k) => {
          const doc = index.docById.get(ev.docId);
          const original = doc?.duplicateOf ? index.docById.get(doc.duplicateOf) : undefined;
          const where = [doc?.source, doc?.date].filter(Boolean).join(' · ');
          const quote = passageText(texts, ev);
          return (
            <li key={k}>
              <button
                type="button"
                className={`evidence${k === current ? ' is-current' : ''}`}
                aria-current={k === current}
                onClick={() => onOpen(k)}
              >
                <span className="evidence-doc">
                  {doc?.title || ev.docId}
                  {where && <span className="muted"> — {where}</span>}
                </span>
                {doc?.duplicateOf && (
                  <span className="evidence-note muted small">
                    same text as {original?.source ?? original?.title ?? doc.duplicateOf}: counted once
                  </span>
                )}
                {quote !== null && <span className="evidence-quote">“{shortPassage(quote)}”</span>}
                {mismatched.has(ev.docId) && (
                  <span className="evidence-note small">
                    The passage is not shown: this document’s text differs from the one the events were extracted from.
                  </span>
                )}
                {failed.has(ev.docId) && (
                  <span className="evidence-note small">
                    The passage is not shown: the document could not be loaded ({failed.get(ev.docId)}).
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      {omitted > 0 && <p className="muted small">{omitted.toLocaleString('en')} more passages are not kept in the dataset.</p>}
    </section>
  );
}
