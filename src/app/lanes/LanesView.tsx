// The lanes view: one row per chosen actor (or per document, or per source) on a shared time axis,
// the per-entity timeline analysts ask for. It shows the same window as the timeline (pan and zoom
// with the wheel or a drag); a row with many events in view reads as density, a few as marks one can
// click to open the event.
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ZoomTransform } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneKind } from '../url/viewState.ts';
import { LANE_KINDS } from '../url/viewState.ts';
import { laneRows } from './laneRows.ts';
import { LaneTrack } from './LaneTrack.tsx';
import { fitDomain, padWindow } from '../timeline/fitDomain.ts';
import { storyWindow } from '../story/storyWindow.ts';
import { useElementSize } from '../timeline/useElementSize.ts';
import { sameTransform, usePanZoom } from '../timeline/usePanZoom.ts';
import { boundTransform } from '../timeline/panZoom.ts';
import { useBaseScale, useTimeScales } from '../timeline/useTimeScales.ts';
import { sameWindow, transformForWindow, windowOf } from '../timeline/windowTransform.ts';
import { timeTicks } from '../timeline/timeTicks.ts';
import { TimeAxis } from '../timeline/TimeAxis.tsx';
import { DAY } from '../time/dayMs.ts';

export interface LanesViewProps {
  index: DatasetIndex;
  order: Int32Array;
  drawEnd: Float64Array;
  by: LaneKind;
  actorIds: readonly string[];
  selected: number;
  window: [number, number] | null;
  onBy: (by: LaneKind) => void;
  onSelect: (i: number) => void;
  onWindowChange: (window: [number, number] | null) => void;
}

const ROW_H = 37;
const KIND_LABEL: Record<LaneKind, string> = { actor: 'Actor', document: 'Document', source: 'Source' };

export function LanesView({ index, order, drawEnd, by, actorIds, selected, window, onBy, onSelect, onWindowChange }: LanesViewProps) {
  const rows = useMemo(() => laneRows(index, order, by, actorIds), [index, order, by, actorIds]);
  const plotRef = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(plotRef, { width: 800, height: 300 });
  // A link's window is kept while the dataset is still loading, as the timeline keeps it: the span
  // drawn takes it in even where no event read so far is.
  const [linked] = useState(() => (index.partial ? window : null));
  const fit = useMemo<[number, number]>(() => {
    const span = fitDomain(order, index.start, drawEnd, width) ?? [0, DAY];
    const link = index.partial ? linked : null;
    return link ? [Math.min(span[0], link[0]), Math.max(span[1], link[1])] : span;
  }, [order, index, drawEnd, width, linked]);
  const home = useMemo(() => {
    const story = storyWindow(order, index.start, drawEnd);
    return story && padWindow(story, width);
  }, [order, index, drawEnd, width]);
  const height = rows.length * ROW_H;
  const baseRef = useRef<Parameters<typeof windowOf>[0] | null>(null);
  const onEnd = useCallback(
    (t: ZoomTransform) => {
      if (!baseRef.current) return;
      const w = windowOf(baseRef.current, t);
      onWindowChange((home ? sameWindow(w, home) : t.k < 1.0001) ? null : w);
    },
    [home, onWindowChange],
  );
  const maxScale = Math.max(1, (fit[1] - fit[0]) / (14 * DAY));
  const [panZoom, zoom] = usePanZoom(plotRef, { width, height: Math.max(1, height), maxScale }, onEnd);
  const base = useBaseScale(fit, width);
  useLayoutEffect(() => {
    baseRef.current = base;
  });
  // Open on the same window as the timeline, and follow a new base (width, filters, the rest of a
  // dataset) and a new window in the URL (Back and Forward): given by the render that brings it, so
  // that no frame shows the old transform over the new scale or URL, and shown until the pan and
  // zoom state moves after it (the behaviour takes it after, and the state follows).
  const [opened, setOpened] = useState<{ base: typeof base; home: typeof home; transform: ZoomTransform; moves: number } | null>(null);
  // The URL's window as of the render before (by value: a new array may bring the same window).
  const [from, to] = window ?? [NaN, NaN];
  const [asked, setAsked] = useState<[number, number]>([from, to]);
  const newRequest = !Object.is(asked[0], from) || !Object.is(asked[1], to);
  if (newRequest) setAsked([from, to]);
  const open = () => ({
    base,
    home,
    transform: boundTransform(transformForWindow(base, window ?? home), width, maxScale),
    moves: panZoom.moves,
  });
  let given = opened;
  if (!given || given.base !== base || given.home !== home) {
    given = open();
    setOpened(given);
  } else if (newRequest) {
    // Unless the view is already there (the URL then took the window the user came to rest on).
    const now = zoom.current?.get() ?? given.transform;
    if (!sameWindow(window ?? home, now.k < 1.0001 ? null : windowOf(base, now))) {
      given = open();
      setOpened(given);
    }
  }
  const transform =
    given.moves === panZoom.moves || sameTransform(given.transform, panZoom.transform) ? given.transform : panZoom.transform;
  useLayoutEffect(() => {
    if (opened) zoom.current?.set(opened.transform);
  }, [zoom, opened]);
  const { x, domain } = useTimeScales(base, transform);
  const ticks = useMemo(() => timeTicks(x, width), [x, width]);
  return (
    <section className="lanes-view" aria-labelledby="lanes-title">
      <div className="lanes-bar">
        <h2 id="lanes-title" className="panel-title">
          Lanes
        </h2>
        <div className="view-switch" role="group" aria-label="One row per">
          {LANE_KINDS.map((k) => (
            <button
              key={k}
              type="button"
              className={`view-button${k === by ? ' is-current' : ''}`}
              aria-pressed={k === by}
              onClick={() => onBy(k)}
            >
              {KIND_LABEL[k]}
            </button>
          ))}
        </div>
        {by === 'actor' && (
          <span className="muted small">
            {actorIds.length ? 'the actors chosen in the filters' : 'the busiest actors: choose actors in the filters for rows of your own'}
          </span>
        )}
      </div>
      <div className="lanes-grid">
        <div className="lane-names">
          <div className="lanes-axis-spacer" style={{ height: 22 }} />
          {rows.map((row) => (
            <div key={row.key} className="lane-name" title={row.name} style={{ height: ROW_H }}>
              {row.name} <span className="count">{row.items.length.toLocaleString('en')}</span>
            </div>
          ))}
        </div>
        <div>
          <TimeAxis ticks={ticks} x={x} width={width} />
          <div ref={plotRef} className="lanes-plot">
            {rows.map((row) => (
              <LaneTrack
                key={row.key}
                name={row.name}
                index={index}
                items={row.items}
                drawEnd={drawEnd}
                x={x}
                domain={domain}
                width={width}
                selected={selected}
                onSelect={onSelect}
              />
            ))}
          </div>
        </div>
      </div>
      {rows.length === 0 && <p className="muted">No rows: nothing to show with these filters.</p>}
    </section>
  );
}
