// The count of what went wrong with the dataset's files (errors, warnings, notes) on a button that
// opens their list over the page; Escape with the focus on the count or in the list, or a click
// elsewhere, closes it.
import { useEffect, useRef, useState } from 'react';
import type { Diagnostic, DocumentMeta } from '../../model/dataset.ts';
import type { UpdateView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { countBySeverity, describeCounts } from './countDiagnostics.ts';
import { DiagnosticsPanel } from './DiagnosticsPanel.tsx';
import type { DocumentLink } from './DiagnosticsPanel.tsx';

export interface DiagnosticsButtonProps {
  diagnostics: readonly Diagnostic[];
  documents: readonly DocumentMeta[];
  /** The view, where a document named by a diagnostic can be opened; absent elsewhere. */
  view?: ViewState;
  update?: UpdateView;
}

export function DiagnosticsButton({ diagnostics, documents, view, update }: DiagnosticsButtonProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      // Escape elsewhere (the search box, an event's details) is theirs: the focus stays there.
      if (e.key !== 'Escape' || !root.current?.contains(document.activeElement)) return;
      // Only the list: an open event's details stay (they close on the next Escape).
      e.stopPropagation();
      setOpen(false);
      root.current?.querySelector('button')?.focus();
    };
    const onDown = (e: PointerEvent) => !root.current?.contains(e.target as Node) && setOpen(false);
    document.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onDown);
    };
  }, [open]);
  // A document opens in the documents view, its reader showing it whole. The address is this
  // view's with the documents view open on it (as serializeView writes it; not imported, so that
  // this code, loaded later, shares nothing with the page's but React).
  const documentLink: DocumentLink | undefined = view &&
    update && {
      href: (read) => {
        const params = new URLSearchParams(window.location.search);
        params.delete('by');
        params.set('view', 'documents');
        params.set('read', read);
        return `?${params}`;
      },
      open: (read) => {
        setOpen(false);
        update({ mode: 'documents', read });
        document.getElementById('main')?.focus();
      },
    };
  const counts = countBySeverity(diagnostics);
  const tone = counts.error > 0 ? 'error' : counts.warning > 0 ? 'warning' : 'info';
  return (
    <div className="diagnostics-menu" ref={root}>
      <button
        type="button"
        className={`button diagnostics-button diagnostics-${tone}`}
        aria-expanded={open}
        aria-controls="diagnostics-popover"
        title="What went wrong reading the files"
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true" className="diagnostics-icon">
          {tone === 'info' ? 'i' : '!'}
        </span>
        {describeCounts(counts)}
      </button>
      {open && (
        <div id="diagnostics-popover" className="diagnostics-popover">
          <DiagnosticsPanel diagnostics={diagnostics} documents={documents} documentLink={documentLink} />
        </div>
      )}
    </div>
  );
}
