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
  const { index, order, layout, domain, zoom, base, transform, width, laneH, plotRef, selected, onSelect } = input;
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

  const onKeyDown = (e: KeyboardEvent) => {
    setKeyboard(true);
    const pos = active >= 0 ? positionOf[active]! : -1;
    const step = STEPS[e.key];
    if (step !== undefined) moveTo(pos < 0 ? (step > 0 ? 0 : order.length - 1) : pos + step);
    else if (e.key === 'Home') moveTo(0);
    else if (e.key === 'End') moveTo(order.length - 1);
    else if ((e.key === 'Enter' || e.key === ' ') && active >= 0) onSelect(active);
    else if (e.key === '+' || e.key === '=') zoom.current?.scaleBy(2, 200);
    else if (e.key === '-' || e.key === '_') zoom.current?.scaleBy(0.5, 200);
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
    const first = order.find((i) => index.end[i]! > domain[0]);
    setActive(first ?? order[0]!);
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
