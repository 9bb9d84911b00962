// A document's text with the supporting passage highlighted and scrolled into view, its trigger,
// dates and actor mentions marked, and the passages of other events underlined. Every character is
// rendered as text (React escapes it): a document can never inject markup.
import { useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { DocumentText } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventAt, highlightSegments } from './highlightSegments.ts';
import type { Passage, Segment } from './highlightSegments.ts';
import { SourceRuns } from './SourceRuns.tsx';
import { textBlocks } from './textBlocks.ts';

export interface SourceTextProps {
  doc: DocumentText;
  index: DatasetIndex;
  passages: Passage[];
  shown: Passage | null;
  onSelect: (i: number) => void;
}

// Characters per block at least (a block ends at a line feed): small enough that laying out the
// blocks around a passage is cheap, large enough that a long document has few blocks to compare.
const BLOCK_CHARS = 2_000;

/** 1 for the first run of each event's trigger in the document (in a passage, so rendered as one). */
function firstTriggers(segments: readonly Segment[]): Uint8Array {
  const buttons = new Uint8Array(segments.length);
  const seen = new Set<number>();
  segments.forEach((s, k) => {
    if (s.trigger >= 0 && s.passages.length > 0 && !seen.has(s.trigger)) {
      seen.add(s.trigger);
      buttons[k] = 1;
    }
  });
  return buttons;
}

export function SourceText({ doc, index, passages, shown, onSelect }: SourceTextProps) {
  // Cut once per document and set of passages; the passage shown is marked while rendering.
  const { segments, buttons, blocks } = useMemo(() => {
    const segments = highlightSegments(doc.text.length, passages, doc.timexes, doc.actorMentions);
    return { segments, buttons: firstTriggers(segments), blocks: textBlocks(doc.text, segments, BLOCK_CHARS) };
  }, [doc, passages]);
  const ref = useRef<HTMLDivElement>(null);
  // Scroll only when the passage shown changes, not on every re-render.
  useLayoutEffect(() => {
    const scroll = () => ref.current?.querySelector('.psg-shown')?.scrollIntoView?.({ block: 'center', behavior: 'auto' });
    scroll();
    // Blocks off screen have an estimated height until drawn (content-visibility), so the first
    // scroll can land short of a passage far down; once the blocks around it are drawn, again.
    let frame = requestAnimationFrame(() => (frame = requestAnimationFrame(scroll)));
    return () => cancelAnimationFrame(frame);
  }, [shown, doc]);
  const runAt = (target: EventTarget): Segment | null => {
    const run = target instanceof Element ? target.closest<HTMLElement>('[data-run]') : null;
    return run ? (segments[Number(run.dataset.run)] ?? null) : null;
  };
  const pick = (s: Segment | null) => {
    const i = s ? eventAt(s, shown ? shown.event : -1, passages) : -1;
    if (i >= 0) onSelect(i);
  };
  return (
    // Clicks and keys of the runs inside (each trigger's first run is a focusable button) are
    // handled here, so that the memoised blocks hold no handlers that change with the selection.
    <div
      ref={ref}
      className="source-text"
      onClick={(e: MouseEvent) => pick(runAt(e.target))}
      onKeyDown={(e: KeyboardEvent) => {
        if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof Element && e.target.getAttribute('role') === 'button') {
          e.preventDefault();
          pick(runAt(e.target));
        }
      }}
    >
      {blocks.map((block) => {
        const reaches = shown !== null && shown.start < block.end && block.start < shown.end;
        return <SourceRuns key={block.start} text={doc.text} segments={segments} buttons={buttons} block={block} shown={reaches ? shown : null} index={index} />;
      })}
    </div>
  );
}
