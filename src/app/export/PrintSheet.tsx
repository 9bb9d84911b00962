// What a printout shows: the events on screen with their passages, as a list. It is built only
// while the browser prints (beforeprint → afterprint), so a large dataset costs nothing on screen.
import { useEffect, useState } from 'react';
import { createPortal, flushSync } from 'react-dom';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { formatEventTime } from '../time/formatEventTime.ts';
import { shownEvents } from './shownEvents.ts';
import { actorNames, claimant, docTitle } from './eventFields.ts';

export function PrintSheet({ index, visible }: { index: DatasetIndex; visible: Uint8Array }) {
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
  return createPortal(
    <section className="print-sheet" aria-hidden="true">
      <h1>Timeline: {events.length} events</h1>
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
              {event.evidence.map((ev, k) => (
                <blockquote key={k}>
                  <p>“{ev.quote}”</p>
                  <cite>{docTitle(index, ev.docId)}</cite>
                </blockquote>
              ))}
            </li>
          );
        })}
      </ol>
    </section>,
    document.body,
  );
}
