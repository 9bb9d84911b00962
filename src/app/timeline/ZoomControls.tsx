// Zoom buttons: in and out (around the selected event when it is in view), back to the story's
// own view when a few far events were left out of it, and fit everything.
export interface ZoomControlsProps {
  zoomBy: (factor: number, duration: number) => void;
  canZoomIn: boolean;
  canZoomOut: boolean;
  onFit: () => void;
  /** Back to the story's view; null when the story is everything. */
  onStory: (() => void) | null;
  atStory: boolean;
}

export function ZoomControls({ zoomBy, canZoomIn, canZoomOut, onFit, onStory, atStory }: ZoomControlsProps) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom in"
        title="Zoom in (+)"
        disabled={!canZoomIn}
        onClick={() => zoomBy(2, 250)}
      >
        <span aria-hidden="true">+</span>
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label="Zoom out"
        title="Zoom out (−)"
        disabled={!canZoomOut}
        onClick={() => zoomBy(0.5, 250)}
      >
        <span aria-hidden="true">−</span>
      </button>
      {onStory && (
        <button type="button" className="text-button" title="Where most events are" disabled={atStory} onClick={onStory}>
          Story
        </button>
      )}
      <button type="button" className="text-button" title="Fit all events (0)" disabled={!canZoomOut} onClick={onFit}>
        Fit all
      </button>
    </div>
  );
}
