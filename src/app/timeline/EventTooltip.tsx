// What an event is at a glance, next to its mark: title, time with its precision and anchoring,
// certainty and actors. Shown on hover and for the active event while the timeline has focus.
import type { ScaleTime } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import { markBox } from './markGeometry.ts';
import { laneY } from './laneMetrics.ts';
import { formatEventTime } from '../time/formatEventTime.ts';
import { precisionNotes } from '../time/describePrecision.ts';

export interface EventTooltipProps {
  index: DatasetIndex;
  i: number;
  drawEnd: Float64Array;
  x: ScaleTime<number, number>;
  layout: LaneLayout;
  laneH: number;
  scrollTop: number;
  width: number;
  height: number;
}

const TIP_WIDTH = 300;

export function EventTooltip({ index, i, drawEnd, x, layout, laneH, scrollTop, width, height }: EventTooltipProps) {
  const event = index.events[i]!;
  if (!event.time || layout.laneOf[i]! < 0) return null;
  const box = markBox(i, index, drawEnd, x);
  const y = laneY(layout.laneOf[i]!, laneH) - scrollTop;
  const anchorX = Math.max(box.x0, 0) + Math.min(24, (box.x1 - box.x0) / 2);
  const left = Math.max(4, Math.min(width - TIP_WIDTH - 4, anchorX - 24));
  const below = y < height * 0.6;
  const actors = event.actorIds.map((id) => index.actorById.get(id)?.name ?? id);
  return (
    <div
      className={`tooltip${below ? '' : ' is-above'}`}
      role="tooltip"
      style={below ? { left, top: y + Math.min(laneH, 24) / 2 + 8 } : { left, bottom: height - y + Math.min(laneH, 24) / 2 + 8 }}
    >
      <p className="tooltip-title">{event.title}</p>
      <p className="tooltip-time">
        {formatEventTime(event.time)} <span className="tooltip-notes">· {precisionNotes(event.time).join(' · ')}</span>
      </p>
      <p className="tooltip-meta">
        <span className={`certainty certainty-${event.attribution.certainty}`}>{event.attribution.certainty}</span>
        {actors.length > 0 && (
          <span>
            {' '}
            {actors.slice(0, 4).join(', ')}
            {actors.length > 4 ? ` +${actors.length - 4}` : ''}
          </span>
        )}
      </p>
    </div>
  );
}
