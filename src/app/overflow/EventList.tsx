// A list of events to pick from, each named with its date and title (the "+N more" list, the
// search results). Up and Down move through it, Enter or a click picks one.
import type { ReactNode } from 'react';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { formatEventTime } from '../time/formatEventTime.ts';

export interface EventListProps {
  index: DatasetIndex;
  items: readonly number[];
  selected: number;
  onPick: (i: number) => void;
  /** Extra line under an item's title (a passage, for search results). */
  detail?: (i: number) => ReactNode;
  label: string;
}

export function EventList({ index, items, selected, onPick, detail, label }: EventListProps) {
  const move = (from: HTMLElement, step: number) => {
    const buttons = [...(from.closest('ul')?.querySelectorAll<HTMLButtonElement>('button.event-pick') ?? [])];
    buttons[Math.max(0, Math.min(buttons.length - 1, buttons.indexOf(from as HTMLButtonElement) + step))]?.focus();
  };
  return (
    <ul className="event-pick-list" aria-label={label}>
      {items.map((i) => {
        const event = index.events[i]!;
        return (
          <li key={i}>
            <button
              type="button"
              className={`event-pick${i === selected ? ' is-selected' : ''}`}
              aria-current={i === selected || undefined}
              onClick={() => onPick(i)}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                e.preventDefault();
                move(e.currentTarget, e.key === 'ArrowDown' ? 1 : -1);
              }}
            >
              <span className="event-pick-date">{event.time ? formatEventTime(event.time) : 'Undated'}</span>
              <span className="event-pick-title">{event.title}</span>
              {detail && <span className="event-pick-detail">{detail(i)}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
