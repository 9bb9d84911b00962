// Attaches pan and zoom to an element from one effect and keeps the transform in React state.
// Gestures can fire several times per frame; the state follows at most once per animation frame.
// A render that must show another transform at once (new scales: useWindowSync.ts) sets the state
// itself with `show`, and the behaviour follows in a layout effect: the frame then has nothing new.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { zoomIdentity } from 'd3';
import type { ZoomTransform } from 'd3';
import { createPanZoom } from './panZoom.ts';
import type { PanZoom, PanZoomBounds } from './panZoom.ts';

export function usePanZoom(
  ref: RefObject<HTMLElement | null>,
  bounds: PanZoomBounds,
  onEnd: (transform: ZoomTransform) => void,
): [ZoomTransform, RefObject<PanZoom | null>, (transform: ZoomTransform) => void] {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const api = useRef<PanZoom | null>(null);
  const onEndRef = useRef(onEnd);
  useEffect(() => {
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
          setTransform((shown) => (sameTransform(shown, latest) ? shown : latest));
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

  return [transform, api, setTransform];
}

function sameTransform(a: ZoomTransform, b: ZoomTransform): boolean {
  return a.k === b.k && a.x === b.x && a.y === b.y;
}
