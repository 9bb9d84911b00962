// Zoom buttons: in, out, and fit everything (which is also where a new view starts).
import type { RefObject } from 'react';
import { zoomIdentity } from 'd3';
import type { PanZoom } from './panZoom.ts';

export function ZoomControls({ zoom, canZoomIn, canZoomOut }: { zoom: RefObject<PanZoom | null>; canZoomIn: boolean; canZoomOut: boolean }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" className="icon-button" aria-label="Zoom in" title="Zoom in (+)" disabled={!canZoomIn} onClick={() => zoom.current?.scaleBy(2, 250)}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" className="icon-button" aria-label="Zoom out" title="Zoom out (−)" disabled={!canZoomOut} onClick={() => zoom.current?.scaleBy(0.5, 250)}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" className="text-button" title="Fit all events (0)" disabled={!canZoomOut} onClick={() => zoom.current?.set(zoomIdentity, 250)}>
        Fit all
      </button>
    </div>
  );
}
