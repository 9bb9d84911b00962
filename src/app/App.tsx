// Loads the dataset named by the URL and shows the explorer, or says clearly why it cannot: while
// loading the layout is already there; a missing or broken dataset explains how to make one.
import { Suspense, useDeferredValue, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from './data/datasetQuery.ts';
import { datasetUrl } from './data/datasetUrl.ts';
import { partialRead } from './data/partialRead.ts';
import { buildIndex } from './data/buildIndex.ts';
import { datasetOf } from './data/datasetOf.ts';
import { useViewState } from './url/useViewState.ts';
import { Explorer } from './Explorer.tsx';
import { AppHeader } from './AppHeader.tsx';
import { ErrorScreen } from './status/ErrorScreen.tsx';
import { LoadingShell } from './status/LoadingShell.tsx';
import { LazyProblemsBanner as ProblemsBanner } from './status/LazyProblemsBanner.tsx';

import { LazyCollectionsPanel as CollectionsPanel } from './collections/LazyCollectionsPanel.ts';

export function App() {
  const href = useMemo(() => datasetUrl(window.location, document.baseURI), []);
  const query = useQuery(datasetQuery(href));
  const [view, update] = useViewState();
  // A large dataset is drawn from its first events while the rest is read (partialRead.ts).
  const soFar = useSyncExternalStore(partialRead.subscribe, () => partialRead.get(href));
  const partial = useMemo(() => soFar && buildIndex(datasetOf(soFar), soFar.problems, soFar.columns, true), [soFar]);
  // The loaded dataset is shown by a render that React may pause between components (a deferred
  // value renders in the background): with a million events the explorer's filters, the timeline's
  // lanes and the rest each take a long while, and in one task together they held the page for
  // most of a second just as it was about to be used.
  const data = useDeferredValue(query.data ?? partial ?? undefined);
  // Dropped once the whole is shown (or cannot be): not before, or the loading screen would come back a moment.
  const done = query.isError || (query.data !== undefined && data === query.data);
  useEffect(() => {
    if (done) partialRead.set(href, null);
  }, [done, href]);
  if (query.isError)
    return (
      <div className="app">
        <AppHeader />
        <ErrorScreen error={query.error} />
        <Suspense fallback={null}>
          <CollectionsPanel />
        </Suspense>
      </div>
    );
  if (!data) return <LoadingShell read={query.data !== undefined} />;
  const index = data;
  if (index.events.length === 0)
    return (
      <div className="app">
        <AppHeader index={index} datasetHref={href} />
        <ProblemsBanner problems={index.problems} />
        <main className="status-screen">
          <h2>This dataset has no events</h2>
          <p>
            {index.dataset.documents.length > 0
              ? `The extractor read ${index.dataset.documents.length} ${index.dataset.documents.length === 1 ? 'document' : 'documents'} but found no events in them.`
              : 'It holds no documents.'}
          </p>
          <p className="muted">Add articles to seeds/ and run “npm run extract” to produce a new dataset, then reload.</p>
        </main>
        <Suspense fallback={null}>
          <CollectionsPanel />
        </Suspense>
      </div>
    );
  return <Explorer index={index} datasetHref={href} view={view} update={update} />;
}
