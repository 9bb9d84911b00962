// Paints one frame of the timeline on a canvas. D3 has already turned time into pixels (the `x`
// function); this walks only the visible slice of each visible lane. Close up, each mark is drawn
// with its label; in dense views marks are batched per colour into a handful of paths and tiny
// marks that fall on the same pixel are drawn once.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { LaneLayout } from './layoutLanes.ts';
import type { Palette } from './palette.ts';
import type { Tick } from './timeTicks.ts';
import { visibleSlice } from './visibleSlice.ts';
import { laneY, LABEL_MIN } from './laneMetrics.ts';
import { drawDetailed, drawRing } from './drawDetailed.ts';
import { drawDense } from './drawDense.ts';
import { drawKeyLabels } from '../story/drawKeyLabels.ts';

export interface Scene {
  width: number;
  height: number;
  x: (ms: number) => number;
  domain: [number, number];
  index: DatasetIndex;
  drawEnd: Float64Array;
  layout: LaneLayout;
  laneH: number;
  scrollTop: number;
  matches: Uint8Array | null;
  selected: number;
  hovered: number;
  palette: Palette;
  ticks: Tick[];
  labelWidth: (i: number) => number;
  /** Key events, labelled even in a density picture. */
  keys?: Int32Array;
}

// Past this many visible items, per-item detail costs more than a frame allows.
const DETAIL_LIMIT = 1500;

export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { width, height, palette, ticks, x, layout, laneH, scrollTop, domain } = scene;
  ctx.clearRect(0, 0, width, height);
  for (const tick of ticks) {
    ctx.fillStyle = tick.major ? palette.gridMajor : palette.grid;
    ctx.fillRect(Math.round(x(tick.ms)), 0, 1, height);
  }
  // Only the lanes that scroll into view, and in each only the items inside the time window.
  const firstLane = Math.max(0, Math.floor((scrollTop - laneH) / laneH));
  const lastLane = Math.min(layout.lanes.length, Math.ceil((scrollTop + height) / laneH) + 1);
  const slices: [number, number, number][] = [];
  let count = 0;
  for (let lane = firstLane; lane < lastLane; lane++) {
    const [a, b] = visibleSlice(layout.lanes[lane]!, layout.maxEnd[lane]!, scene.index.start, domain[0], domain[1]);
    slices.push([lane, a, b]);
    count += b - a;
  }
  if (laneH >= LABEL_MIN && count <= DETAIL_LIMIT) drawDetailed(ctx, scene, slices);
  else {
    drawDense(ctx, scene, slices);
    drawKeyLabels(ctx, scene);
  }
  for (const [i, emphasis] of [
    [scene.hovered, 1],
    [scene.selected, 2],
  ] as const) {
    const lane = i >= 0 ? layout.laneOf[i]! : -1;
    if (lane >= 0) drawRing(ctx, scene, i, laneY(lane, laneH) - scrollTop, emphasis);
  }
}
