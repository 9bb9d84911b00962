// Dense drawing for overviews of thousands of events: no labels, one path per colour and style,
// and marks narrower than a pixel that land where their lane is already drawn are skipped (a
// million events would otherwise be half a million rectangles a frame).
import { CERTAINTIES } from '../../model/dataset.ts';
import { BAND, BAR, POINT } from './markGeometry.ts';
import type { Scene } from './drawScene.ts';
import { colorAlpha } from './colorAlpha.ts';
import { laneY } from './laneMetrics.ts';

// Path buckets: certainty × (solid, tint) × (normal, dimmed by search).
const BUCKETS = CERTAINTIES.length * 4;

/**
 * The time scale as the straight line it is (a UTC time scale maps milliseconds linearly): a
 * million calls of a scale object per frame cost more than the drawing.
 */
function linear(x: (ms: number) => number): (ms: number) => number {
  const at0 = x(0);
  const perMs = (x(1e12) - at0) / 1e12;
  return (ms) => at0 + ms * perMs;
}

export function drawDense(ctx: CanvasRenderingContext2D, scene: Scene, slices: [number, number, number][]): void {
  const { index, layout, laneH, scrollTop, drawEnd, matches, palette } = scene;
  const x = linear(scene.x);
  const paths = Array.from({ length: BUCKETS }, () => new Path2D());
  const h = Math.max(2, Math.min(10, laneH - 2));
  for (const [lane, a, b] of slices) {
    const items = layout.lanes[lane]!;
    const top = laneY(lane, laneH) - scrollTop - h / 2;
    // The right edge of what is drawn in this lane so far (marks come in time order).
    let covered = -Infinity;
    for (let k = a; k < b; k++) {
      const i = items[k]!;
      const x0 = x(index.start[i]!);
      const x1 = x(index.kind[i] === BAR && index.openEnd[i] ? drawEnd[i]! : index.end[i]!);
      if (x1 - x0 < 1.5 && Math.round(x0) < covered) continue;
      covered = Math.max(covered, Math.round(Math.max(x1, x0 + 1)));
      const c = index.certainty[i]!;
      const dim = matches !== null && !matches[i] ? 2 : 0;
      const kind = index.kind[i];
      if (kind === POINT) paths[c * 4 + dim]!.rect(Math.min(x0, (x0 + x1) / 2 - 1.5), top, Math.max(3, x1 - x0), h);
      else if (kind === BAND) paths[c * 4 + 1 + dim]!.rect(x0, top, Math.max(2, x1 - x0), h);
      else {
        const xs = x(index.solidEnd[i]!);
        paths[c * 4 + dim]!.rect(x0, top, Math.max(2, xs - x0), h);
        if (x1 > xs) paths[c * 4 + 1 + dim]!.rect(xs, top, x1 - xs, h);
      }
    }
  }
  CERTAINTIES.forEach((name, c) => {
    const color = palette.certainty[name];
    const fills = [colorAlpha(color, 0.85), colorAlpha(color, 0.3), colorAlpha(color, 0.2), colorAlpha(color, 0.07)];
    fills.forEach((fill, style) => {
      ctx.fillStyle = fill;
      ctx.fill(paths[c * 4 + style]!);
    });
  });
}
