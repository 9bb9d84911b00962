// A document's text with the supporting passage highlighted and scrolled into view, its trigger,
// dates and actor mentions marked, and the passages of other events underlined. Every character is
// rendered as text (React escapes it): a document can never inject markup.
//
// The text is a virtual list of blocks (textBlocks.ts): only the blocks in and near the view are
// in the page, and the block of the passage shown always is, so a 10 MB document opens as fast as
// a short one.
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { defaultRangeExtractor, measureElement, observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import type { Range } from '@tanstack/react-virtual';
import type { DocumentText } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventAt } from './highlightSegments.ts';
import type { Passage, Segment } from './highlightSegments.ts';
import { blockSegments } from './blockSegments.ts';
import { SourceRuns } from './SourceRuns.tsx';
import { textBlocks } from './textBlocks.ts';
import { useKeepInView } from './useKeepInView.ts';
import type { TextBlock } from './textBlocks.ts';

export interface SourceTextProps {
  doc: DocumentText;
  index: DatasetIndex;
  passages: Passage[];
  shown: Passage | null;
  /** Changes each time the reader chooses a passage, the one shown too: it is brought into view again. */
  opened?: number;
  onSelect: (i: number) => void;
}

// Characters per block at least (a block ends at a line feed): small enough that laying out the
// blocks around a passage is cheap, large enough that a long document has few blocks to compare.
const BLOCK_CHARS = 2_000;
// Before a block is measured: about this many characters per line of the panel, at this height.
const CHARS_PER_LINE = 70;
const LINE_PX = 25.5;
// A panel not laid out yet (no height) shows this much, so that its text is in the page at once.
const UNMEASURED_PX = 800;

const estimate = (block: TextBlock) => (Math.ceil((block.end - block.start) / CHARS_PER_LINE) + block.lines / 2) * LINE_PX;

export function SourceText({ doc, index, passages, shown, opened = 0, onSelect }: SourceTextProps) {
  // The blocks are cut once per document, their runs once per document and set of passages.
  const blocks = useMemo(() => textBlocks(doc.text, BLOCK_CHARS), [doc]);
  const model = useMemo(() => blockSegments(doc.text.length, blocks, passages, doc.timexes, doc.actorMentions), [doc, blocks, passages]);
  const shownBlock = shown ? model.blockAt(Math.max(0, Math.min(doc.text.length - 1, shown.start))) : -1;
  const ref = useRef<HTMLDivElement>(null);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const rows = defaultRangeExtractor(range);
      if (shownBlock < 0 || rows.includes(shownBlock)) return rows;
      return [...rows, shownBlock].sort((a, b) => a - b);
    },
    [shownBlock],
  );
  // The virtualizer's methods are read while rendering, which is what the list is for; this
  // component is not memoised by the compiler and its rows (SourceRuns) are memoised by hand.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: blocks.length,
    getScrollElement: () => ref.current,
    estimateSize: (i) => estimate(blocks[i]!),
    // A block not laid out (no height) keeps its estimate rather than collapsing the list.
    measureElement: (element, entry, instance) =>
      measureElement(element, entry, instance) || estimate(blocks[instance.indexFromElement(element)]!),
    overscan: 3,
    initialRect: { width: 0, height: UNMEASURED_PX },
    rangeExtractor,
    observeElementRect: (instance, cb) =>
      observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: UNMEASURED_PX })),
  });
  // Scroll only when the passage shown changes (or its block first comes into the page), or is
  // chosen again, not on every re-render: its block is always in the page, at its estimated place,
  // and the list corrects the place as the blocks above are measured.
  const items = virtualizer.getVirtualItems();
  const shownInPage = items.some((row) => row.index === shownBlock);
  useLayoutEffect(() => {
    if (shownBlock < 0) return;
    const target = ref.current?.querySelector('.psg-shown');
    if (target) target.scrollIntoView?.({ block: 'center', behavior: 'auto' });
    else virtualizer.scrollToIndex(shownBlock, { align: 'center' });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown, doc, shownInPage, opened]);
  // Kept in view from each choice on, until the reader scrolls, clicks or types.
  const kept = useMemo(() => ({ shown, opened }), [shown, opened]);
  useKeepInView(ref, kept, () => ref.current?.querySelector('.psg-shown'));
  const runAt = (target: EventTarget): Segment | null => {
    const run = target instanceof Element ? target.closest<HTMLElement>('[data-run]') : null;
    const block = run?.closest<HTMLElement>('[data-block]');
    return run && block ? (model.runs(Number(block.dataset.block)).segments[Number(run.dataset.run)] ?? null) : null;
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
      <div className="source-rows" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((row) => {
          const block = blocks[row.index]!;
          const reaches = shown !== null && shown.start < block.end && block.start < shown.end;
          return (
            <div
              key={block.start}
              ref={virtualizer.measureElement}
              data-index={row.index}
              data-block={row.index}
              className="source-block"
              style={{ transform: `translateY(${row.start}px)` }}
            >
              <SourceRuns text={doc.text} runs={model.runs(row.index)} shown={reaches ? shown : null} index={index} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
