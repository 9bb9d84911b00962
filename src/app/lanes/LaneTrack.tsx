// One row of the lanes view: its events in the window as marks one can click, or, when too many
// are in view for an element each, as a density silhouette (zoom in to get marks).
import type { ScaleTime } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventName } from '../time/eventName.ts';
import { densityBins } from '../timeline/densityBins.ts';
import { densityPath } from '../timeline/densityPath.ts';

export interface LaneTrackProps {
  name: string;
  index: DatasetIndex;
  items: Int32Array;
  drawEnd: Float64Array;
  x: ScaleTime<number, number>;
  domain: [number, number];
  width: number;
  selected: number;
  onSelect: (i: number) => void;
}

const MARKS = 120;
const HEIGHT = 36;

export function LaneTrack({ name, index, items, drawEnd, x, domain, width, selected, onSelect }: LaneTrackProps) {
  const inView: number[] = [];
  for (const i of items) if (index.start[i]! < domain[1] && drawEnd[i]! > domain[0]) inView.push(i);
  const dense = inView.length > MARKS;
  return (
    <div
      className="lane-track"
      role="list"
      aria-label={`${name}: ${inView.length} ${inView.length === 1 ? 'event' : 'events'} in view`}
      style={{ width }}
    >
      {dense ? (
        <svg className="lane-density" width={width} height={HEIGHT} aria-hidden="true">
          <path d={densityPath(densityBins(inView, index.start, domain, Math.max(1, Math.floor(width / 4))), width, HEIGHT)} />
        </svg>
      ) : (
        inView.map((i) => {
          const x0 = Math.max(-8, x(index.start[i]!));
          const x1 = Math.min(width + 8, x(drawEnd[i]!));
          return (
            <div key={i} role="listitem" className="lane-item">
              <button
                type="button"
                className={`lane-mark${i === selected ? ' is-selected' : ''}`}
                aria-label={eventName(index.events[i]!)}
                aria-pressed={i === selected}
                title={eventName(index.events[i]!)}
                style={{ left: x0, width: Math.max(8, x1 - x0) }}
                onClick={() => onSelect(i)}
              />
            </div>
          );
        })
      )}
    </div>
  );
}
