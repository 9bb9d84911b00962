// What a printout shows: the events on screen with their passages, as a list. It is built only
// while the browser prints (beforeprint → afterprint), so a large dataset costs nothing on screen.
// A passage's words come from its document in the query cache (Export → Print loads them first);
// a document not loaded, or whose text differs, leaves the passage as its document's title alone.
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { documentQuery } from '../data/documentQuery.ts';
import { passageText } from '../data/passageText.ts';
import { formatEventTime } from '../time/formatEventTime.ts';
import { shownEvents } from './shownEvents.ts';
import { actorNames, claimant, docTitle } from './eventFields.ts';

/** The texts in the cache, and how many documents of the passages have none that can be trusted. */
function cachedTexts(client: QueryClient, index: DatasetIndex, datasetHref: string, events: readonly number[]) {
  const texts = new Map<string, string>();
  const unread = new Set<string>();
  for (const i of events)
    for (const { docId } of index.events[i]!.evidence) {
      const meta = index.docById.get(docId);
      if (!meta || texts.has(docId) || unread.has(docId)) continue;
      const doc = client.getQueryData(documentQuery(datasetHref, meta).queryKey);
      if (doc && !doc.mismatch) texts.set(docId, doc.text);
      else unread.add(docId);
    }
  return { texts, unread: unread.size };
}

export function PrintSheet({ index, visible, datasetHref }: { index: DatasetIndex; visible: Uint8Array; datasetHref: string }) {
  const client = useQueryClient();
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    // flushSync: the browser lays the page out for print right after this event returns.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  if (!printing) return null;
  const events = shownEvents(index, visible);
  const { texts, unread } = cachedTexts(client, index, datasetHref, events);
  return createPortal(
    <section className="print-sheet" aria-hidden="true">
      <h1>Timeline: {events.length} events</h1>
      {unread > 0 && (
        <p className="print-note">
          Passages from {unread} {unread === 1 ? 'document' : 'documents'} are printed without their words: the text could not be loaded or
          is not the one the events were extracted from.
        </p>
      )}
      <ol>
        {events.map((i) => {
          const event = index.events[i]!;
          const who = claimant(index, event);
          const actors = actorNames(index, event);
          return (
            <li key={event.id} className="print-event">
              <p className="print-when">
                {event.time ? formatEventTime(event.time) : 'Undated'}
                {event.corrected && ' · corrected by hand'}
              </p>
              <h2>{event.title}</h2>
              <p className="print-facts">
                {actors.length > 0 && `${actors.join(', ')} · `}
                {who ? `according to ${who}` : 'stated by the document'} · {event.attribution.certainty}
              </p>
              {event.evidence.map((ev, k) => {
                const quote = passageText(texts, ev);
                return (
                  <blockquote key={k}>
                    {quote !== null && <p>“{quote}”</p>}
                    <cite>{docTitle(index, ev.docId)}</cite>
                  </blockquote>
                );
              })}
            </li>
          );
        })}
      </ol>
    </section>,
    document.body,
  );
}
