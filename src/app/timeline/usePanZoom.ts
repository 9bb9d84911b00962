// Attaches pan and zoom to an element from one effect and keeps the transform in React state.
// Gestures can fire several times per frame; the state follows at most once per animation frame,
// and counts its moves. A render that must show another transform at once (new scales:
// useWindowSync.ts) shows its own until the state moves after it (the behaviour takes it in a
// layout effect, and the state follows), never setting the state itself: an update the state
// queued earlier would replay over it and bring the old transform back for a frame.
import { useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { zoomIdentity } from 'd3';
import type { ZoomTransform } from 'd3';
import { createPanZoom } from './panZoom.ts';
import type { PanZoom, PanZoomBounds } from './panZoom.ts';

/** The pan and zoom state: the transform, and how many times it has moved (a new one each time). */
export interface PanZoomState {
  transform: ZoomTransform;
  moves: number;
}

const START: PanZoomState = { transform: zoomIdentity, moves: 0 };

export function usePanZoom(
  ref: RefObject<HTMLElement | null>,
  bounds: PanZoomBounds,
  onEnd: (transform: ZoomTransform) => void,
): [PanZoomState, RefObject<PanZoom | null>] {
  const [state, setState] = useState<PanZoomState>(START);
  const api = useRef<PanZoom | null>(null);
  const onEndRef = useRef(onEnd);
  // Before the layout effects that set a transform: the end of that change is told to this
  // render's `onEnd` (its story, its scale), not the previous render's.
  useLayoutEffect(() => {
    onEndRef.current = onEnd;
  });

  // Layout effects, so that the behaviour exists before the effects that set a window on it.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    let frame = 0;
    let latest: ZoomTransform = zoomIdentity;
    const instance = createPanZoom(element, {
      onTransform(t) {
        latest = t;
        frame ||= requestAnimationFrame(() => {
          frame = 0;
          setState((shown) => (sameTransform(shown.transform, latest) ? shown : { transform: latest, moves: shown.moves + 1 }));
        });
      },
      onEnd: (t) => onEndRef.current(t),
    });
    api.current = instance;
    return () => {
      cancelAnimationFrame(frame);
      instance.destroy();
      api.current = null;
    };
  }, [ref]);

  const { width, height, maxScale } = bounds;
  useLayoutEffect(() => {
    api.current?.update({ width, height, maxScale });
  }, [width, height, maxScale]);

  return [state, api];
}

export function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}
