// The timeline: a canvas for the marks (fast at 100k events), an accessible layer of options in
// time order above it (keyboard, screen readers, clicks), the axis, and the overview strip. D3
// computes the scales, ticks and zoom transform; React renders every element.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MouseEvent, PointerEvent } from 'react';
import { zoomIdentity } from 'd3';
import type { ZoomTransform } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { partialRead } from '../data/partialRead.ts';
import { fitDomain, padWindow } from './fitDomain.ts';
import { usePanZoom } from './usePanZoom.ts';
import { useBaseScale, useTimeScales } from './useTimeScales.ts';
import { useElementSize } from './useElementSize.ts';
import { usePalette } from './usePalette.ts';
import { useCanvasScene } from './useCanvasScene.ts';
import { useWindowSync } from './useWindowSync.ts';
import { useTimelineKeys } from './useTimelineKeys.ts';
import { laneHeight, laneY, naturalHeight, PLOT_PAD } from './laneMetrics.ts';
import { useLaneLayout } from './useLaneLayout.ts';
import { timeTicks } from './timeTicks.ts';
import { labelMeasurer } from './labelMeasurer.ts';
import { labelGuess } from './labelGuess.ts';
import { hitTest } from './hitTest.ts';
import { sameWindow, transformForWindow, windowOf } from './windowTransform.ts';
import type { OverflowHint } from './overflowHints.ts';
import { storyWindow } from '../story/storyWindow.ts';
import { OverflowList } from '../overflow/OverflowList.tsx';
import { TimeAxis } from './TimeAxis.tsx';
import { ZoomControls } from './ZoomControls.tsx';
import { EventOptions } from './EventOptions.tsx';
import { EventTooltip } from './EventTooltip.tsx';
import { Overview } from './Overview.tsx';
import { OverflowHints } from './OverflowHints.tsx';
import { DAY } from '../time/dayMs.ts';

export interface TimelineProps {
  index: DatasetIndex;
  /** The dated events the filters keep, in time order. */
  order: Int32Array;
  drawEnd: Float64Array;
  matches: Uint8Array | null;
  selected: number;
  onSelect: (i: number) => void;
  window: [number, number] | null;
  onWindowChange: (window: [number, number] | null) => void;
  /** The key events (best supported), labelled in every view. */
  keys: Int32Array;
}

// The deepest zoom shows about two weeks: the data is never more precise than a day.
const MIN_WINDOW = 14 * DAY;

export function Timeline(props: TimelineProps) {
  const { index, order, drawEnd, matches, selected, onSelect, onWindowChange, keys: keyEvents } = props;
  const keyMask = useMemo(() => {
    const mask = new Uint8Array(index.events.length);
    for (const i of keyEvents) mask[i] = 1;
    return mask;
  }, [index, keyEvents]);
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { width, height } = useElementSize(plotRef, { width: 800, height: 360 });
  const palette = usePalette(plotRef);
  // A link's window is shown while the dataset is still loading even where no event read so far is
  // (the rest will fill it): the span drawn takes it in, and it is kept once the rest comes.
  const [linked] = useState(() => (index.partial ? props.window : null));
  const fit = useMemo<[number, number]>(() => {
    const span = fitDomain(order, index.start, drawEnd, width) ?? [0, DAY];
    const link = index.partial ? linked : null;
    return link ? [Math.min(span[0], link[0]), Math.max(span[1], link[1])] : span;
  }, [order, index, drawEnd, width, linked]);
  const maxScale = Math.max(1, (fit[1] - fit[0]) / MIN_WINDOW);
  // The view a dataset opens on: where its events are, leaving out a few far outliers.
  const home = useMemo(() => {
    const story = storyWindow(order, index.start, drawEnd);
    return story && padWindow(story, width);
  }, [order, index, drawEnd, width]);
  const settled = useRef<[number, number] | null>(props.window);
  const baseRef = useRef<Parameters<typeof windowOf>[0] | null>(null);
  const homeRef = useRef(home);
  const onZoomEnd = useCallback(
    (t: ZoomTransform) => {
      if (!baseRef.current) return;
      const w = windowOf(baseRef.current, t);
      // The story's own view needs no window in the URL; "fit all" does when it is not the story.
      const atHome = homeRef.current ? sameWindow(w, homeRef.current) : t.k < 1.0001;
      settled.current = atHome ? null : w;
      onWindowChange(settled.current);
    },
    [onWindowChange],
  );
  const [panZoom, zoom] = usePanZoom(plotRef, { width, height, maxScale }, onZoomEnd);
  const base = useBaseScale(fit, width);
  useLayoutEffect(() => {
    baseRef.current = base;
    homeRef.current = home;
  });
  const transform = useWindowSync({
    zoom,
    panZoom,
    base,
    maxScale,
    order,
    width,
    requested: props.window,
    settled,
    home,
    selected,
    index,
  });
  const { x, domain } = useTimeScales(base, transform);
  // Zooming keeps the selected event where it is when it is in view, else the middle of the plot.
  const zoomBy = (factor: number, duration: number) => {
    const s = selected >= 0 ? index.start[selected]! : NaN;
    const inView = s < domain[1] && index.end[selected]! > domain[0];
    const at = inView ? x((Math.max(s, domain[0]) + Math.min(index.end[selected]!, domain[1])) / 2) : undefined;
    zoom.current?.scaleBy(factor, duration, at);
  };
  const [overflow, setOverflow] = useState<{ hint: OverflowHint; order: Int32Array } | null>(null);
  const canZoomIn = transform.k < maxScale * 0.999;

  const labels = useMemo(
    () => (palette ? { width: labelMeasurer(index.events, palette.font), guess: labelGuess(index.titleLength, palette.font) } : null),
    [index, palette],
  );
  const labelWidth = labels?.width ?? null;
  // Zoomed: away from the opening view (the story's window, or everything).
  const zoomed = home ? !sameWindow(domain, home) : transform.k > 1.0001;
  const { layout, fitted } = useLaneLayout({ index, order, drawEnd, fit, domain, zoomed, width, height, labels, key: keyMask, home });
  // Lanes start at the top; the plot is as tall as the fitted view's lanes ask (the page keeps it
  // within a minimum and a maximum), and zoomed views fill that height with readable lanes.
  const natural = labelWidth ? naturalHeight(fitted.rows) : 0;
  const laneH = laneHeight(layout.rows, height);
  const contentHeight = layout.rows * laneH + 2 * PLOT_PAD;
  const [scrollTop, setScrollTop] = useState(0);
  // What the pointer is over, in the layout it was found in: a new layout forgets it (the event
  // may have moved to another lane) until the pointer moves again.
  const [hover, setHover] = useState({ i: -1, layout });
  const hovered = hover.layout === layout ? hover.i : -1;
  const hoverAt = (i: number) => setHover((h) => (h.i === i && h.layout === layout ? h : { i, layout }));
  const ticks = useMemo(() => timeTicks(x, width), [x, width]);
  const keys = useTimelineKeys({ index, order, layout, domain, zoom, zoomBy, base, transform, width, laneH, plotRef, selected, onSelect });

  const scene = palette &&
    labelWidth && {
      width,
      height,
      x,
      domain,
      index,
      drawEnd,
      layout,
      laneH,
      scrollTop,
      matches,
      selected,
      hovered,
      palette,
      ticks,
      labelWidth,
      keys: keyEvents,
    };
  useCanvasScene(canvasRef, scene, () => {
    const plot = plotRef.current;
    if (!plot) return;
    // The first frame that shows the whole dataset, its first picture having perhaps been of a part
    // (DatasetIndex.partial): the benchmark measures the frames from there.
    if (!index.partial && !plot.dataset.whole) {
      plot.dataset.whole = 'true';
      performance.mark?.('timeline-whole-render');
    }
    if (plot.dataset.rendered) return;
    // The benchmark and tests wait for this: the first frame that shows the data.
    plot.dataset.rendered = String(order.length);
    performance.mark?.('timeline-first-render');
    // The reading of the rest of a large dataset waited for this picture: it goes on.
    partialRead.pictured();
  });
  const hit = (e: PointerEvent | MouseEvent) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return hitTest({ index, layout, drawEnd, x, laneH, scrollTop }, e.clientX - rect.left, e.clientY - rect.top);
  };
  const tip = hovered >= 0 ? hovered : keys.focused ? keys.active : -1;

  return (
    <section className="timeline" aria-label="Timeline">
      <div className="timeline-bar">
        <p className="timeline-hint">
          {order.length.toLocaleString('en')} dated {order.length === 1 ? 'event' : 'events'}
          {index.partial && ' read so far'}
          {layout.hiddenInView > 0
            ? ` · ${layout.hiddenInView.toLocaleString('en')} more here than lanes can show: zoom in to separate them`
            : ' · scroll or pinch to zoom, drag to pan'}
        </p>
        <p className="visually-hidden" id="timeline-hint">
          Arrow keys move between events in time order, Enter opens one, Escape closes it. Plus and minus zoom, 0 fits all.
        </p>
        <ZoomControls
          zoomBy={zoomBy}
          canZoomIn={canZoomIn}
          canZoomOut={transform.k > 1.0001}
          onFit={() => zoom.current?.set(zoomIdentity, 250)}
          onStory={home ? () => zoom.current?.set(transformForWindow(base, home), 250) : null}
          atStory={home !== null && sameWindow(domain, home)}
        />
      </div>
      <TimeAxis ticks={ticks} x={x} width={width} />
      <div className="plot-frame" style={natural ? { height: natural } : undefined}>
        <div
          ref={plotRef}
          className="plot"
          role="listbox"
          tabIndex={0}
          aria-label="Events in time order"
          aria-describedby="timeline-hint"
          aria-activedescendant={keys.active >= 0 ? `event-option-${keys.active}` : undefined}
          onKeyDown={keys.onKeyDown}
          onFocus={keys.onFocus}
          onBlur={keys.onBlur}
          onPointerDown={keys.onPointerDown}
          onPointerUp={keys.onPointerUp}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onPointerMove={(e) => hoverAt(hit(e))}
          onPointerLeave={() => hoverAt(-1)}
          onClick={(e) => {
            const i = hit(e);
            if (i >= 0) {
              keys.setActive(i);
              onSelect(i);
            }
          }}
        >
          <canvas ref={canvasRef} className="plot-canvas" aria-hidden="true" style={{ width, height }} />
          <EventOptions
            index={index}
            layout={layout}
            drawEnd={drawEnd}
            x={x}
            domain={domain}
            laneH={laneH}
            height={contentHeight}
            scrollTop={scrollTop}
            viewHeight={height}
            positionOf={keys.positionOf}
            total={order.length}
            active={keys.active}
            selected={selected}
            matches={matches}
            keys={keyEvents}
            onPick={(i) => {
              keys.setActive(i);
              onSelect(i);
            }}
          />
        </div>
        {layout.hints.length > 0 && (
          <OverflowHints
            hints={layout.hints}
            x={x}
            y={laneY(layout.lanes.length, laneH) - scrollTop}
            width={width}
            canZoom={canZoomIn}
            onOpen={(hint) => {
              if (!canZoomIn) return setOverflow({ hint, order });
              // Around the stretch, with room on each side, yet always closer than the view: a
              // stretch as wide as the view would otherwise give back the same view.
              const [from, to] = x.domain().map(Number) as [number, number];
              const half = Math.min(1.5 * (hint.to - hint.from), (to - from) / 4);
              const centre = (hint.from + hint.to) / 2;
              zoom.current?.set(transformForWindow(base, [centre - half, centre + half]), 250);
            }}
          />
        )}
        {overflow && overflow.order === order && (
          <OverflowList
            index={index}
            hint={overflow.hint}
            selected={selected}
            onPick={(i) => {
              setOverflow(null);
              keys.setActive(i);
              onSelect(i);
            }}
            onClose={() => {
              setOverflow(null);
              plotRef.current?.focus();
            }}
          />
        )}
        {tip >= 0 && (
          <EventTooltip
            index={index}
            i={tip}
            drawEnd={drawEnd}
            x={x}
            layout={layout}
            laneH={laneH}
            scrollTop={scrollTop}
            width={width}
            height={height}
          />
        )}
        {order.length === 0 && <p className="plot-empty">No dated events match the filters.</p>}
      </div>
      <Overview order={order} index={index} base={base} domain={domain} zoom={zoom} />
    </section>
  );
}
