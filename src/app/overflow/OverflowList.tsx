// What a "+N more" hint opens when zooming in cannot separate its events any more (they share a
// day at the deepest zoom): the list of those events, to open any of them.
import { useEffect, useRef } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { OverflowHint } from '../timeline/overflowHints.ts';
import { EventList } from './EventList.tsx';
import { formatBound } from '../time/formatEventTime.ts';
import { isoDay } from '../time/dayMs.ts';

export interface OverflowListProps {
  index: DatasetIndex;
  hint: OverflowHint;
  selected: number;
  onPick: (i: number) => void;
  onClose: () => void;
}

const day = (ms: number) => formatBound({ start: isoDay(ms), end: isoDay(ms), granularity: 'day', approximate: false });

export function OverflowList({ index, hint, selected, onPick, onClose }: OverflowListProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button.event-pick')?.focus();
  }, [hint]);
  const title = `${hint.count.toLocaleString('en')} more ${hint.count === 1 ? 'event' : 'events'}, ${day(hint.from)} to ${day(hint.to)}`;
  return (
    <div
      ref={ref}
      className="overflow-list"
      role="dialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.stopPropagation();
        onClose();
      }}
    >
      <div className="overflow-list-head">
        <p className="overflow-list-title">{title}</p>
        <button type="button" className="icon-button" aria-label="Close the list" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <EventList index={index} items={hint.items} selected={selected} onPick={onPick} label="Events that found no lane" />
    </div>
  );
}
