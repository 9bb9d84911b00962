// The list of what went wrong with the dataset's files, by file (errors first): each problem in
// plain words with its severity, and, where the file is a document of the dataset, a link that
// opens it. Names and messages come from the files: React writes them as text, and control
// characters are shown by name (shownHarmlessly.ts). A long list is shown a hundred at a time.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { MouseEvent } from 'react';
import type { Diagnostic, DocumentMeta, Severity } from '../../model/dataset.ts';
import { countBySeverity, describeCounts } from './countDiagnostics.ts';
import { firstDiagnostics, groupDiagnostics } from './groupDiagnostics.ts';
import { asSentence, shownHarmlessly } from './shownHarmlessly.ts';

/** Where a document opens: its address (for a new tab) and what a plain click does. */
export interface DocumentLink {
  href: (docId: string) => string;
  open: (docId: string) => void;
}

export interface DiagnosticsPanelProps {
  diagnostics: readonly Diagnostic[];
  documents: readonly DocumentMeta[];
  documentLink?: DocumentLink;
}

export const PAGE = 100;

const LABELS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export function DiagnosticsPanel({ diagnostics, documents, documentLink }: DiagnosticsPanelProps) {
  const groups = useMemo(() => groupDiagnostics(diagnostics, documents), [diagnostics, documents]);
  const [limit, setLimit] = useState(PAGE);
  const shown = useMemo(() => firstDiagnostics(groups, limit), [groups, limit]);
  const titleId = useId();
  // "Show more" leaves the keyboard on the first problem it shows, not on the page once the button goes.
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    if (focusFrom.current === null) return;
    listRef.current?.querySelectorAll<HTMLElement>('.diagnostic')[focusFrom.current]?.focus();
    focusFrom.current = null;
  }, [limit]);
  const left = diagnostics.length - Math.min(limit, diagnostics.length);
  const files = groups.length;
  const follow = (docId: string) => (e: MouseEvent) => {
    // A new tab or window is the browser's to open.
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    documentLink?.open(docId);
  };
  return (
    <section className="diagnostics" aria-labelledby={titleId}>
      <h2 id={titleId} className="panel-title">
        Problems with the files
      </h2>
      <p className="muted small">
        {describeCounts(countBySeverity(diagnostics))} about {files.toLocaleString('en')} {files === 1 ? 'file' : 'files'}. A file skipped
        adds nothing to the timeline.
      </p>
      <ul ref={listRef} className="plain-list diagnostic-files">
        {shown.map((group) => (
          <li key={group.path} className="diagnostic-file">
            <h3 className="diagnostic-path">
              {documentLink && group.docId ? (
                <a
                  href={documentLink.href(group.docId)}
                  aria-label={`Open ${shownHarmlessly(group.path)}`}
                  title="Open this document"
                  onClick={follow(group.docId)}
                >
                  {shownHarmlessly(group.path)}
                </a>
              ) : (
                shownHarmlessly(group.path) || '(no name)'
              )}
            </h3>
            <ul className="plain-list">
              {group.diagnostics.map((d, k) => (
                // Named with its file: "Show more" moves the focus here, and a screen reader then
                // says which file the problem is about, not the message alone.
                <li
                  key={k}
                  className="diagnostic"
                  tabIndex={-1}
                  aria-label={`${LABELS[d.severity]} in ${shownHarmlessly(group.path) || '(no name)'}: ${asSentence(d.message)}`}
                >
                  <span className={`severity-tag severity-${d.severity}`}>{LABELS[d.severity]}</span>
                  <span className="diagnostic-message">{asSentence(d.message)}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {left > 0 && (
        <button
          type="button"
          className="text-button diagnostics-more"
          onClick={() => {
            focusFrom.current = limit;
            setLimit(limit + PAGE);
          }}
        >
          Show {Math.min(PAGE, left).toLocaleString('en')} more ({left.toLocaleString('en')} not shown)
        </button>
      )}
    </section>
  );
}
