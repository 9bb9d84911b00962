// The time axis above the plot: tick labels placed by the zoomed scale. Grid lines are drawn on
// the canvas; the labels are text in the DOM so that they stay crisp and selectable.
import type { ScaleTime } from 'd3';
import type { Tick } from './timeTicks.ts';

export function TimeAxis({ ticks, x, width }: { ticks: Tick[]; x: ScaleTime<number, number>; width: number }) {
  return (
    <div className="axis" aria-hidden="true" style={{ width }}>
      {ticks.map((tick) => {
        const left = x(tick.ms);
        // A label that would be cut by either edge is left out rather than shown in part.
        if (left < 0 || left > width - tick.label.length * 7.5 - 8) return null;
        return (
          <span
            key={tick.ms}
            className={`axis-tick${tick.major ? ' is-major' : ''}`}
            data-time={tick.ms}
            style={{ transform: `translateX(${left}px)` }}
          >
            {tick.label}
          </span>
        );
      })}
    </div>
  );
}
