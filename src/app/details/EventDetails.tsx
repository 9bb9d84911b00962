// The details of the selected event: title, time with precision and anchoring, actors, who claims
// it and how firmly, every piece of evidence, and the source text of the one being read.
import { lazy, Suspense, useState } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { TimeFacts } from './TimeFacts.tsx';
import { CERTAINTY_HELP } from '../filters/certaintyFilter.tsx';
import { reportsOf } from '../story/supportOf.ts';
import { supportText } from './supportText.ts';
import { Disagreements } from './Disagreements.tsx';
import { PassageList } from './PassageList.tsx';
import { CopyEventLink } from '../export/CopyEventLink.tsx';
import { claimant } from '../export/eventFields.ts';
import { readNotes } from '../data/reviveEvent.ts';

// The source panel (and its virtual list) loads when an event is first opened, not with the page.
const SourceViewer = lazy(() => import('../source/SourceViewer.tsx').then((m) => ({ default: m.SourceViewer })));

export interface EventDetailsProps {
  index: DatasetIndex;
  datasetHref: string;
  i: number;
  visible: Uint8Array;
  onSelect: (i: number) => void;
  onClose: () => void;
  /** The piece of evidence open (from the URL's `passage`), and how to open another. */
  passage: number;
  onPassage: (k: number) => void;
}

export function EventDetails({ index, datasetHref, i, visible, onSelect, onClose, passage, onPassage }: EventDetailsProps) {
  const event = index.events[i]!;
  const shown = passage < event.evidence.length ? passage : 0;
  // How many times a passage was chosen: choosing one, even the one open, brings it into view in
  // the source panel (the reader may have scrolled the list above into view meanwhile).
  const [opened, setOpened] = useState(0);
  const { attribution } = event;
  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <p className="eyebrow">
          Event
          {event.corrected && (
            <span className="corrected-mark" title="Changed by corrections.yaml">
              {' '}
              · corrected by hand
            </span>
          )}
        </p>
        <h2 id="details-title" className="details-title" tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="icon-button close" aria-label="Close details" title="Close (Esc)" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {readNotes(event).length > 0 && (
        <p className="notice notice-warning" role="note">
          {`Part of this event could not be read and is left out: ${readNotes(event).join('; ')}.`}
        </p>
      )}
      <p className="support">{supportText(reportsOf(index, i))}</p>
      <dl className="facts">
        <dt>When</dt>
        <dd>
          <TimeFacts time={event.time} />
        </dd>
        <dt>Actors</dt>
        <dd className="chips">
          {event.actorIds.length === 0 && <span className="muted">None named</span>}
          {event.actorIds.map((id) => (
            <span key={id} className="chip">
              {index.actorById.get(id)?.name ?? id}
            </span>
          ))}
        </dd>
        <dt>Who says so</dt>
        <dd>
          {claimant(index, event) ?? 'The document itself'}
          {attribution.cues.length > 0 && <span className="muted"> — {attribution.cues.map((c) => `“${c}”`).join(', ')}</span>}
        </dd>
        <dt>Certainty</dt>
        <dd>
          <span className={`certainty certainty-${attribution.certainty}`}>{attribution.certainty}</span>{' '}
          <span className="muted small">{CERTAINTY_HELP[attribution.certainty]}</span>
        </dd>
      </dl>
      <CopyEventLink eventId={event.id} passage={shown} />
      <Disagreements list={event.disagreements ?? []} />
      {event.evidence.length + (event.evidenceOmitted ?? 0) > 1 && (
        <PassageList
          index={index}
          datasetHref={datasetHref}
          evidence={event.evidence}
          omitted={event.evidenceOmitted ?? 0}
          current={shown}
          onOpen={(k) => {
            setOpened((n) => n + 1);
            onPassage(k);
          }}
        />
      )}
      <Suspense fallback={<p className="muted">Loading the source…</p>}>
        <SourceViewer
          index={index}
          datasetHref={datasetHref}
          event={i}
          evidence={event.evidence[shown]!}
          visible={visible}
          opened={opened}
          onSelect={onSelect}
        />
      </Suspense>
    </article>
  );
}
