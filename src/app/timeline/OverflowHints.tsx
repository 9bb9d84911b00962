// The "+N more" row under the lanes of a zoomed view: how many events found no lane, per stretch of
// the plot. A hint is a button that zooms into its stretch, where the events spread out, or, at the
// deepest zoom, lists them (see OverflowList). Keyboard
// users reach every event with the arrow keys anyway, so the hints stay out of the tab order.
import type { ScaleTime } from 'd3';
import type { OverflowHint } from './overflowHints.ts';
import { formatBound } from '../time/formatEventTime.ts';
import { isoDay } from '../time/dayMs.ts';

export interface OverflowHintsProps {
  hints: OverflowHint[];
  x: ScaleTime<number, number>;
  /** Vertical centre of the row, in plot pixels. */
  y: number;
  width: number;
  /** Whether zooming in can still spread the events out; else the hint lists them. */
  canZoom: boolean;
  onOpen: (hint: OverflowHint) => void;
}

const day = (ms: number) => formatBound({ start: isoDay(ms), end: isoDay(ms), granularity: 'day', approximate: false });

export function OverflowHints({ hints, x, y, width, canZoom, onOpen }: OverflowHintsProps) {
  return (
    <div className="overflow-hints">
      {hints.map((hint) => {
        const left = Math.max(0, x(hint.from));
        const right = Math.min(width, x(hint.to));
        if (right - left < 24) return null;
        return (
          <button
            key={hint.from}
            type="button"
            tabIndex={-1}
            className="more-hint"
            style={{ left: left + 2, top: y - 9, width: right - left - 4 }}
            aria-label={`${hint.count.toLocaleString('en')} more ${hint.count === 1 ? 'event' : 'events'} from ${day(hint.from)} to ${day(hint.to)}: ${canZoom ? 'zoom in' : 'list them'}`}
            title={canZoom ? 'Zoom in to see them' : 'List them'}
            onClick={() => onOpen(hint)}
          >
            +{hint.count.toLocaleString('en')}
            {right - left > 72 ? ' more' : ''}
          </button>
        );
      })}
    </div>
  );
}
