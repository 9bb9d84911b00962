// The top bar's word on what went wrong with the dataset's files: the extractor's diagnostics and
// those the app finds itself (useFoundDiagnostics.ts), counted by severity on a button that opens
// their list (DiagnosticsButton.tsx). With none, nothing is shown, and the code that shows them is
// never loaded.
import { lazy, Suspense, useMemo } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { UpdateView } from '../url/useViewState.ts';
import type { ViewState } from '../url/viewState.ts';
import { useFoundDiagnostics } from './useFoundDiagnostics.ts';

const DiagnosticsButton = lazy(() => import('../status/notices.ts').then((m) => ({ default: m.DiagnosticsButton })));

export interface DiagnosticsProps {
  index: DatasetIndex;
  /** The dataset's address: its documents are checked as they load. */
  datasetHref?: string;
  /** The view, where a document named by a diagnostic can be opened (the documents view). */
  view?: ViewState;
  update?: UpdateView;
}

export function Diagnostics({ index, datasetHref, view, update }: DiagnosticsProps) {
  const found = useFoundDiagnostics(index, datasetHref);
  const given = index.dataset.diagnostics;
  const diagnostics = useMemo(() => (found.length > 0 ? [...given, ...found] : given), [given, found]);
  if (diagnostics.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <DiagnosticsButton diagnostics={diagnostics} documents={index.dataset.documents} view={view} update={update} />
    </Suspense>
  );
}
