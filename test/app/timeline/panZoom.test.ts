// Pan and zoom when the view is moved in code during a gesture: Back or Forward while the reader
// drags the timeline shows the window they bring, and the drag does not carry on from where it was.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { zoomIdentity } from 'd3';
import type { ZoomTransform } from 'd3';
import { createPanZoom } from '../../../src/app/timeline/panZoom.ts';

// d3 follows a drag on the mouse event's view; jsdom will not take its window as the view in the
// constructor, so it is set on the event.
const mouse = (target: EventTarget, type: string, x: number) => {
  const event = new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: 20, button: 0 });
  Object.defineProperty(event, 'view', { value: window });
  target.dispatchEvent(event);
};

function plot() {
  const element = document.createElement('div');
  document.body.append(element);
  const onEnd = vi.fn<(t: ZoomTransform) => void>();
  const panZoom = createPanZoom(element, { onTransform: () => {}, onEnd });
  panZoom.update({ width: 800, height: 100, maxScale: 20 });
  panZoom.set(zoomIdentity.translate(-1600, 0).scale(4));
  onEnd.mockClear();
  return { element, panZoom, onEnd };
}

afterEach(() => document.body.replaceChildren());

describe('pan and zoom', () => {
  it('follows a drag', () => {
    const { element, panZoom, onEnd } = plot();
    mouse(element, 'mousedown', 400);
    mouse(window, 'mousemove', 300);
    mouse(window, 'mouseup', 300);
    expect(panZoom.get().x).toBe(-1700);
    expect(onEnd).toHaveBeenLastCalledWith(expect.objectContaining({ x: -1700, k: 4 }));
  });

  it('keeps a window set in code during a drag until the drag ends, and reports that window at its end', () => {
    const { element, panZoom, onEnd } = plot();
    mouse(element, 'mousedown', 400);
    mouse(window, 'mousemove', 300);
    // Back brings another window while the button is still down.
    const back = zoomIdentity.translate(-400, 0).scale(2);
    panZoom.set(back);
    mouse(window, 'mousemove', 200);
    mouse(window, 'mousemove', 100);
    mouse(window, 'mouseup', 100);
    expect(panZoom.get()).toEqual(back);
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(onEnd).toHaveBeenLastCalledWith(back);
    // The next drag pans again.
    mouse(element, 'mousedown', 400);
    mouse(window, 'mousemove', 350);
    mouse(window, 'mouseup', 350);
    expect(panZoom.get().x).toBe(-450);
  });
});
