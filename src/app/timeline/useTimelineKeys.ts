// Keyboard use of the timeline (a listbox with an active descendant): arrow keys move between
// events in time order and bring the active one into view, Home/End jump to the ends, Enter or
// Space opens, + and - zoom, 0 fits everything.
import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { ScaleTime, ZoomTransform } from 'd3';
import { zoomIdentity } from 'd3';
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import type { PanZoom } from './panZoom.ts';
import { laneY } from './laneMetrics.ts';

export interface TimelineKeysInput {
  index: DatasetIndex;
  order: Int32Array;
  layout: LaneLayout;
  domain: [number, number];
  zoom: RefObject<PanZoom | null>;
  /** Zooms by a factor around the selected event or the middle. */
  zoomBy: (factor: number, duration: number) => void;
  base: ScaleTime<number, number>;
  transform: ZoomTransform;
  width: number;
  laneH: number;
  plotRef: RefObject<HTMLElement | null>;
  selected: number;
  onSelect: (i: number) => void;
}

const STEPS: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1, PageDown: 10, PageUp: -10 };

export function useTimelineKeys(input: TimelineKeysInput) {
  const { index, order, layout, domain, zoom, zoomBy, base, transform, width, laneH, plotRef, selected, onSelect } = input;
  const [activeRaw, setActive] = useState(-1);
  const [focused, setFocused] = useState(false);
  // The active event's tooltip is for keyboard users; a click already shows what it picked.
  const [keyboard, setKeyboard] = useState(false);
  const pointing = useRef(false);
  const positionOf = useMemo(() => {
    const pos = new Int32Array(index.events.length).fill(-1);
    order.forEach((i, k) => (pos[i] = k));
    return pos;
  }, [index, order]);
  // An active event that the filters removed is forgotten.
  const active = activeRaw >= 0 && positionOf[activeRaw]! >= 0 ? activeRaw : -1;

  const reveal = (i: number) => {
    const s = index.start[i]!;
    if (s < domain[0] || s >= domain[1]) {
      const centre = base(s);
      zoom.current?.set(zoomIdentity.translate(width / 2 - centre * transform.k, 0).scale(transform.k));
    }
    const plot = plotRef.current;
    const lane = layout.laneOf[i]!;
    const y = laneY(lane, laneH);
    if (plot && lane >= 0 && (y < plot.scrollTop + laneH || y > plot.scrollTop + plot.clientHeight - laneH))
      plot.scrollTop = y - plot.clientHeight / 2;
  };
  const moveTo = (k: number) => {
    if (order.length === 0) return;
    const i = order[Math.max(0, Math.min(order.length - 1, k))]!;
    setActive(i);
    reveal(i);
  };

  /** Position of the first event in view (the last one going backwards), by binary search. */
  const firstInView = (step: number): number => {
    let lo = 0;
    let hi = order.length;
    const edge = step > 0 ? domain[0] : domain[1];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.start[order[mid]!]! < edge) lo = mid + 1;
      else hi = mid;
    }
    return step > 0 ? lo : lo - 1;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    setKeyboard(true);
    const step = STEPS[e.key];
    // From the active event while it is in view; else from the events in view, not from the ends
    // of the whole dataset.
    const inView = active >= 0 && index.start[active]! < domain[1] && index.end[active]! > domain[0];
    if (step !== undefined) moveTo(inView ? positionOf[active]! + step : firstInView(step));
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(order.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && active >= 0) onSelect(active);
    else if (e.key === '+' || e.key === '=') zoomBy(2, 200);
    else if (e.key === '-' || e.key === '_') zoomBy(0.5, 200);
    else if (e.key === '0') zoom.current?.set(zoomIdentity, 200);
    else return;
    e.preventDefault();
  };

  const onFocus = () => {
    setFocused(true);
    setKeyboard(!pointing.current);
    if (active >= 0 || order.length === 0) return;
    // Start from the selected event, else from the first event in view.
    if (selected >= 0 && positionOf[selected]! >= 0) return setActive(selected);
    setActive(order[Math.min(order.length - 1, firstInView(1))]!);
  };

  return {
    active,
    setActive,
    focused: focused && keyboard,
    onFocus,
    onBlur: () => setFocused(false),
    onPointerDown: () => {
      pointing.current = true;
      setKeyboard(false);
    },
    onPointerUp: () => (pointing.current = false),
    onKeyDown,
    positionOf,
  };
}
