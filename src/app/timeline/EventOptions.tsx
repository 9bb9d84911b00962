// The accessible layer over the canvas: one option per event in view, placed over its mark, named
// with its date and title. When too many events are in view for one element each (an overview of
// thousands), only the active and selected ones are rendered; arrow keys still reach every event.
import type { ScaleTime } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import { markBox, POINT_RADIUS } from './markGeometry.ts';
import { laneY, PLOT_PAD } from './laneMetrics.ts';
import { visibleItems } from './visibleItems.ts';
import { eventName } from '../time/eventName.ts';

const LIMIT = 150;

export interface EventOptionsProps {
  index: DatasetIndex;
  layout: LaneLayout;
  drawEnd: Float64Array;
  x: ScaleTime<number, number>;
  domain: [number, number];
  laneH: number;
  height: number;
  scrollTop: number;
  viewHeight: number;
  positionOf: Int32Array;
  total: number;
  active: number;
  selected: number;
  matches: Uint8Array | null;
  /** Key events: they have an option whenever they are laid out in view, as they are labelled. */
  keys?: Int32Array;
  onPick: (i: number) => void;
}

export function EventOptions(props: EventOptionsProps) {
  const { index, layout, drawEnd, x, domain, laneH, height, scrollTop, viewHeight, positionOf, total, active, selected, matches } = props;
  const lanes: [number, number] = [Math.floor((scrollTop - PLOT_PAD) / laneH), Math.ceil((scrollTop + viewHeight) / laneH)];
  const shown = visibleItems(layout, index.start, domain, lanes, LIMIT) ?? [];
  // The selected event has an option wherever it is laid out (over the "+N more" row if it found no
  // lane). The active one always has an option, since the listbox names it as its active
  // descendant: when the view has moved away from it and it is not laid out, over the last row.
  if (selected >= 0 && positionOf[selected]! >= 0 && layout.laneOf[selected]! >= 0 && !shown.includes(selected)) shown.push(selected);
  if (active >= 0 && positionOf[active]! >= 0 && !shown.includes(active)) shown.push(active);
  for (const i of props.keys ?? [])
    if (positionOf[i]! >= 0 && layout.laneOf[i]! >= 0 && index.start[i]! < domain[1] && drawEnd[i]! > domain[0] && !shown.includes(i))
      shown.push(i);
  const rowOf = (i: number) => (layout.laneOf[i]! >= 0 ? layout.laneOf[i]! : Math.max(0, layout.rows - 1));
  const size = Math.min(laneH, 2 * POINT_RADIUS + 8);
  return (
    <div className="plot-content" role="presentation" style={{ height }}>
      {shown.map((i) => {
        const box = markBox(i, index, drawEnd, x);
        const left = Math.max(-4, box.x0 - 4);
        const right = Math.min(x.range()[1]! + 4, box.x1 + 4);
        return (
          <div
            key={i}
            id={`event-option-${i}`}
            role="option"
            aria-selected={i === selected}
            aria-label={eventName(index.events[i]!)}
            aria-posinset={positionOf[i]! + 1}
            aria-setsize={total}
            data-event-id={index.events[i]!.id}
            className={`event-option${i === active ? ' is-active' : ''}${matches && matches[i] ? ' is-match' : ''}`}
            style={{ left, top: laneY(rowOf(i), laneH) - size / 2, width: Math.max(size, right - left), height: size }}
            onClick={(e) => {
              e.stopPropagation();
              props.onPick(i);
            }}
          />
        );
      })}
    </div>
  );
}
