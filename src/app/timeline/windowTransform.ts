// Converts between a visible time window and the zoom transform over the fitted base scale. The
// URL holds windows (dates mean the same at any screen width); d3-zoom holds transforms.
import { zoomIdentity } from 'd3';
import type { ScaleTime, ZoomTransform } from 'd3';

export function transformForWindow(base: ScaleTime<number, number>, window: [number, number] | null): ZoomTransform {
  if (!window) return zoomIdentity;
  const [r0, r1] = base.range() as [number, number];
  const a = base(window[0]);
  const b = base(window[1]);
  if (!(b > a)) return zoomIdentity;
  const k = (r1 - r0) / (b - a);
  return zoomIdentity.translate(r0 - a * k, 0).scale(k);
}

export function windowOf(base: ScaleTime<number, number>, transform: ZoomTransform): [number, number] {
  const [a, b] = transform.rescaleX(base).domain();
  return [a!.getTime(), b!.getTime()];
}

/** Whether two windows are the same to within a day at each end (URLs round to days). */
export function sameWindow(a: [number, number] | null, b: [number, number] | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a[0] - b[0]) <= 86_400_000 && Math.abs(a[1] - b[1]) <= 86_400_000;
}
