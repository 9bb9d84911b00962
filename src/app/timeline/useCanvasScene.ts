// Draws the scene into the canvas after each render that changes it. React owns the <canvas>;
// this only sizes its backing store for the device pixel ratio and paints. The first picture is
// drawn in the next animation frame, a task of its own: with a million events, laying them out
// (the render) and drawing them are each a long task, and together one twice as long.
import { useLayoutEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { drawScene } from './drawScene.ts';
import type { Scene } from './drawScene.ts';

export function useCanvasScene(ref: RefObject<HTMLCanvasElement | null>, scene: Scene | null, onDrawn: () => void): void {
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const canvas = ref.current;
    if (!canvas || !scene) return;
    const draw = () => {
      const ratio = window.devicePixelRatio || 1;
      const w = Math.round(scene.width * ratio);
      const h = Math.round(scene.height * ratio);
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
      }
      const ctx = canvas.getContext('2d');
      if (!ctx) return;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      drawScene(ctx, scene);
      drawn.current = true;
      onDrawn();
    };
    if (drawn.current || typeof requestAnimationFrame === 'undefined') return draw();
    // A render before that frame draws its own scene instead.
    const frame = requestAnimationFrame(draw);
    return () => cancelAnimationFrame(frame);
  });
}
