// The Export menu in the header: the events on screen (the current filters) as CSV, TimelineJS
// JSON, Web Annotations or a picture of the timeline, a printout, and a link to this view.
import { useEffect, useMemo, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { DocumentMeta } from '../../model/dataset.ts';
import { documentQuery } from '../data/documentQuery.ts';
import { shownEvents } from './shownEvents.ts';
import { appBase } from '../url/appBase.ts';
import { embedCode, isEmbed } from './embed.ts';
import type { ExportKind } from './exportFiles.ts';
import { download } from './download.ts';
import { copyText } from './copyText.ts';
import { PrintSheet } from './PrintSheet.tsx';

export interface ExportMenuProps {
  index: DatasetIndex;
  visible: Uint8Array;
  datasetHref: string;
  window: [number, number] | null;
}

const ITEMS: { kind: ExportKind; label: string; hint: string }[] = [
  { kind: 'csv', label: 'CSV', hint: 'one row per event, for spreadsheets' },
  { kind: 'timelinejs', label: 'TimelineJS', hint: 'JSON that TimelineJS opens' },
  { kind: 'annotations', label: 'Web Annotations', hint: 'each passage, JSON-LD' },
  { kind: 'svg', label: 'Image (SVG)', hint: 'the timeline as shown' },
  { kind: 'png', label: 'Image (PNG)', hint: 'the timeline as shown' },
];

export function ExportMenu({ index, visible, datasetHref, window: span }: ExportMenuProps) {
  const queryClient = useQueryClient();
  const menu = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState<string | null>(null);
  // Counted once per filter change, not on every render of a zoom.
  const onScreen = useMemo(() => {
    let n = 0;
    for (const v of visible) n += v;
    return n;
  }, [visible]);
  // The menu closes on Escape or a click elsewhere, as menus do.
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (menu.current?.open && !menu.current.contains(e.target as Node)) menu.current.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !menu.current?.open) return;
      // Only the menu: the open event's details stay (they close on the next Escape).
      e.stopPropagation();
      menu.current.open = false;
      menu.current.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
  // Through the query client, so that documents already read are not fetched again.
  const loadText = (meta: DocumentMeta) => queryClient.fetchQuery(documentQuery(datasetHref, meta));
  // The printout takes the passages' words from the documents in the query cache: load them first.
  const print = async () => {
    close();
    setStatus('Preparing the printout…');
    const ids = new Set(shownEvents(index, visible).flatMap((i) => index.events[i]!.evidence.map((e) => e.docId)));
    const loaded = await Promise.all([...ids].flatMap((id) => index.docById.get(id) ?? []).map((meta) => loadText(meta).catch(() => null)));
    const unread = loaded.filter((doc) => !doc || doc.mismatch).length;
    setStatus(
      unread > 0
        ? `Printed without the words of ${unread} ${unread === 1 ? 'document' : 'documents'} that could not be loaded or differ from the text the events came from.`
        : '',
    );
    window.print();
  };
  const close = () => menu.current?.removeAttribute('open');

  const run = async (kind: ExportKind) => {
    const events = shownEvents(index, visible);
    setStatus('Preparing the export…');
    try {
      // The exporters (and the CSV library) load on first use, not with the page.
      const { exportFile } = await import('./exportFiles.ts');
      const file = await exportFile(kind, { index, events, base: appBase(window.location.href), datasetHref, window: span, loadText });
      download(file.name, file.content, file.type);
      const unread = file.unread
        ? ` The passages of ${file.unread} ${file.unread === 1 ? 'document' : 'documents'} have no words: not loaded, or not the text the events came from.`
        : '';
      setStatus(`Saved ${file.name} (${events.length} events).${unread}`);
      close();
    } catch (error) {
      setStatus(`The export failed: ${(error as Error).message}`);
    }
  };
  const copy = async (text: string, done: string) => {
    if (await copyText(text)) {
      setManual(null);
      setStatus(done);
    } else setManual(text);
  };
  const copyView = () => copy(window.location.href, 'Link to this view copied.');

  if (isEmbed(window.location.search))
    return (
      <a className="button open-full" href={openFull(window.location.href)} target="_blank" rel="noopener noreferrer">
        Open full timeline
      </a>
    );
  return (
    <div className="export">
      <details className="export-menu" ref={menu}>
        <summary className="button">Export</summary>
        <div className="export-items" role="group" aria-label="Export the events on screen">
          <p className="muted small" id="export-count">
            {onScreen.toLocaleString('en')} events on screen
            {/* A file of the part would be taken for the whole: the exports wait for it. */}
            {index.partial && ' read so far: files and printing wait until the whole dataset is in'}
          </p>
          {ITEMS.map((item) => (
            <button
              key={item.kind}
              type="button"
              className="text-button export-item"
              disabled={index.partial}
              aria-describedby={index.partial ? 'export-count' : undefined}
              onClick={() => void run(item.kind)}
            >
              {item.label} <span className="muted small">{item.hint}</span>
            </button>
          ))}
          <button
            type="button"
            className="text-button export-item"
            onClick={() => (close(), void copy(embedCode(window.location.href), 'Embed code copied.'))}
          >
            Copy embed code <span className="muted small">an iframe of this view</span>
          </button>
          <button
            type="button"
            className="text-button export-item"
            disabled={index.partial}
            aria-describedby={index.partial ? 'export-count' : undefined}
            onClick={() => void print()}
          >
            Print <span className="muted small">the events with their passages</span>
          </button>
        </div>
      </details>
      <button type="button" className="button copy-view" onClick={() => void copyView()}>
        Copy link
      </button>
      {manual && (
        <input
          className="copy-manual"
          readOnly
          value={manual}
          aria-label="Copy this by hand"
          onFocus={(e) => e.currentTarget.select()}
          autoFocus
        />
      )}
      <p className="visually-hidden" role="status">
        {status}
      </p>
      <PrintSheet index={index} visible={visible} datasetHref={datasetHref} />
    </div>
  );
}

/** The same view outside the iframe. */
function openFull(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.href;
}
