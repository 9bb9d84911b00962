// The overview strip: how events spread over the whole span, with a brush showing the visible
// window. Drag the brush to pan, drag its edges to zoom, click elsewhere to jump there; with the
// keyboard, arrow keys pan and Shift+arrows resize.
import { useMemo, useRef } from 'react';
import type { KeyboardEvent, PointerEvent, RefObject } from 'react';
import type { ScaleTime } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { PanZoom } from './panZoom.ts';
import { densityBins } from './densityBins.ts';
import { densityPath } from './densityPath.ts';
import { transformForWindow } from './windowTransform.ts';
import { formatBound } from '../time/formatEventTime.ts';
import { isoDay } from '../time/dayMs.ts';

const HEIGHT = 44;
const BINS = 160;

export interface OverviewProps {
  order: Int32Array;
  index: DatasetIndex;
  base: ScaleTime<number, number>;
  domain: [number, number];
  zoom: RefObject<PanZoom | null>;
}

type Drag = { mode: 'move' | 'start' | 'end'; x: number; window: [number, number] };

export function Overview({ order, index, base, domain, zoom }: OverviewProps) {
  const [r0, r1] = base.range() as [number, number];
  const fit = base.domain().map((d) => d.getTime()) as [number, number];
  const width = r1 - r0;
  // Every dated event (no filter hides one): counted straight from the starts, in no order.
  const counted = order.length === index.dated.length ? null : order;
  const [f0, f1] = fit;
  const path = useMemo(
    () => densityPath(densityBins(counted, index.start, [f0, f1], BINS), width, HEIGHT),
    [counted, index, f0, f1, width],
  );
  const drag = useRef<Drag | null>(null);
  const a = Math.max(0, base(domain[0]));
  const b = Math.min(width, base(domain[1]));
  const show = (w: [number, number]) => {
    const lo = Math.max(fit[0], Math.min(w[0], w[1] - 86_400_000));
    const hi = Math.min(fit[1], Math.max(w[1], lo + 86_400_000));
    zoom.current?.set(transformForWindow(base, [lo, hi]));
  };
  const at = (e: PointerEvent) => e.clientX - e.currentTarget.getBoundingClientRect().left;
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    const px = at(e);
    const mode = Math.abs(px - a) < 8 ? 'start' : Math.abs(px - b) < 8 ? 'end' : px > a && px < b ? 'move' : null;
    if (!mode) {
      const half = (domain[1] - domain[0]) / 2;
      const t = base.invert(px).getTime();
      return show([t - half, t + half]);
    }
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drag.current = { mode, x: px, window: domain };
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (!d) return;
    const dt = base.invert(at(e)).getTime() - base.invert(d.x).getTime();
    const [s, t] = d.window;
    if (d.mode === 'move') show([s + dt, t + dt]);
    else if (d.mode === 'start') show([Math.min(s + dt, t - 86_400_000), t]);
    else show([s, Math.max(t + dt, s + 86_400_000)]);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const span = domain[1] - domain[0];
    const step = (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0) * span * 0.1;
    if (!step) return;
    e.preventDefault();
    if (e.shiftKey) show([domain[0], domain[1] + step]);
    else show([domain[0] + step, domain[1] + step]);
  };
  const label = `${formatBound({ start: isoDay(domain[0]), end: isoDay(domain[1]), granularity: 'day', approximate: false })} to ${formatBound({ start: isoDay(domain[1]), end: isoDay(domain[1]), granularity: 'day', approximate: false })}`;
  return (
    <div className="overview">
      {index.partial && <span className="overview-note muted small">so far</span>}
      <svg
        className="overview-svg"
        width={width}
        height={HEIGHT}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        aria-hidden="true"
      >
        <path className="overview-density" d={path} />
        <rect className="overview-shade" x={0} y={0} width={a} height={HEIGHT} />
        <rect className="overview-shade" x={b} y={0} width={Math.max(0, width - b)} height={HEIGHT} />
        <rect className="overview-window" x={a} y={0.5} width={Math.max(2, b - a)} height={HEIGHT - 1} rx={3} />
        <rect className="overview-handle" x={a - 2} y={HEIGHT / 2 - 9} width={4} height={18} rx={2} />
        <rect className="overview-handle" x={b - 2} y={HEIGHT / 2 - 9} width={4} height={18} rx={2} />
      </svg>
      <div
        className="overview-focus"
        role="slider"
        tabIndex={0}
        aria-label="Visible time window"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(((a + b) / 2 / Math.max(1, width)) * 100)}
        aria-valuetext={label}
        aria-orientation="horizontal"
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
