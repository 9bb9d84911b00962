// Close-up drawing: each mark on its own, honest about precision, with a label where it fits.
// A day is a dot; a month or year is a tinted band with bracket edges over the whole period; a
// period is a bar whose approximate or open end fades out; an inferred year is drawn dashed; an
// event known only by its document's publication date is a faded hollow ring (a bound, not a day).
import { BAND, BAR, POINT, POINT_RADIUS, markBox } from './markGeometry.ts';
import type { MarkBox } from './markGeometry.ts';
import type { Scene } from './drawScene.ts';
import { colorAlpha } from './colorAlpha.ts';
import { fitLabel, MIN_ROOM } from './fitLabel.ts';
import { laneY } from './laneMetrics.ts';
import { labelSlot, maxLabelRoom } from './labelSlot.ts';
import { CERTAINTIES } from '../../model/dataset.ts';

const BAR_H = 14;
const LABEL_MAX = 320;

export function drawDetailed(ctx: CanvasRenderingContext2D, scene: Scene, slices: [number, number, number][]): void {
  const { index, layout, laneH, scrollTop, x, drawEnd, palette, matches } = scene;
  ctx.font = palette.font;
  ctx.textBaseline = 'middle';
  for (const [lane, a, b] of slices) {
    const items = layout.lanes[lane]!;
    const y = laneY(lane, laneH) - scrollTop;
    // A label is placed once the next mark is known; `end` is the right edge of what came before.
    let prev: { i: number; box: MarkBox } | null = null;
    let end = -Infinity;
    for (let k = a; k <= b; k++) {
      const i = k < b ? items[k]! : -1;
      const box = i >= 0 ? markBox(i, index, drawEnd, x) : null;
      if (prev) end = Math.max(prev.box.x1, label(ctx, scene, prev.i, prev.box, end, box ? box.x0 : Infinity, y));
      if (i < 0 || !box) break;
      const dim = matches !== null && !matches[i];
      ctx.globalAlpha = dim ? 0.25 : 1;
      mark(ctx, scene, i, box, y);
      prev = { i, box };
    }
  }
  ctx.globalAlpha = 1;
  ctx.textAlign = 'left';
}

function mark(ctx: CanvasRenderingContext2D, scene: Scene, i: number, box: MarkBox, y: number): void {
  const { index, palette } = scene;
  const color = palette.certainty[CERTAINTIES[index.certainty[i]!]!];
  const kind = index.kind[i];
  const inferred = index.inferred[i] === 1;
  ctx.setLineDash(inferred ? [3, 2] : []);
  if (kind === POINT && index.reportedBy[i] === 1) {
    const alpha = ctx.globalAlpha;
    ctx.globalAlpha = alpha * 0.6;
    ctx.beginPath();
    ctx.arc(box.x0 + POINT_RADIUS, y, POINT_RADIUS - 0.75, 0, Math.PI * 2);
    ctx.fillStyle = palette.surface;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.setLineDash([2, 2]);
    ctx.strokeStyle = color;
    ctx.stroke();
    ctx.globalAlpha = alpha;
  } else if (kind === POINT) {
    const cx = box.x0 + POINT_RADIUS;
    ctx.beginPath();
    ctx.arc(cx, y, POINT_RADIUS, 0, Math.PI * 2);
    ctx.fillStyle = inferred ? palette.surface : color;
    ctx.fill();
    ctx.lineWidth = inferred ? 2 : 1.5;
    ctx.strokeStyle = inferred ? color : palette.surface;
    ctx.stroke();
  } else if (kind === BAND) {
    const w = box.x1 - box.x0;
    ctx.fillStyle = colorAlpha(color, 0.2);
    ctx.fillRect(box.x0, y - BAR_H / 2, w, BAR_H);
    // Brackets at both edges: "somewhere within this period".
    ctx.fillStyle = color;
    ctx.fillRect(box.x0, y - BAR_H / 2, 2, BAR_H);
    ctx.fillRect(box.x1 - 2, y - BAR_H / 2, 2, BAR_H);
    if (inferred) outline(ctx, color, box.x0, box.x1, y);
  } else if (kind === BAR) {
    const fade = ctx.createLinearGradient(box.xs, 0, box.x1, 0);
    fade.addColorStop(0, colorAlpha(color, 0.38));
    fade.addColorStop(1, colorAlpha(color, 0));
    ctx.fillStyle = colorAlpha(color, 0.38);
    ctx.fillRect(box.x0, y - BAR_H / 2, box.xs - box.x0, BAR_H);
    ctx.fillStyle = fade;
    ctx.fillRect(box.xs, y - BAR_H / 2, box.x1 - box.xs, BAR_H);
    const line = ctx.createLinearGradient(box.xs, 0, box.x1, 0);
    line.addColorStop(0, color);
    line.addColorStop(1, colorAlpha(color, 0));
    ctx.fillStyle = color;
    ctx.fillRect(box.x0, y + BAR_H / 2 - 3, box.xs - box.x0, 3);
    ctx.fillRect(box.x0, y - BAR_H / 2, 2, BAR_H);
    ctx.fillStyle = line;
    ctx.fillRect(box.xs, y + BAR_H / 2 - 3, box.x1 - box.xs, 3);
    if (inferred) outline(ctx, color, box.x0, box.xs, y);
  }
  ctx.setLineDash([]);
}

function outline(ctx: CanvasRenderingContext2D, color: string, x0: number, x1: number, y: number): void {
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = color;
  ctx.strokeRect(x0 + 0.75, y - BAR_H / 2 + 0.75, Math.max(1, x1 - x0 - 1.5), BAR_H - 1.5);
}

/** Draws the label on the side the layout chose, or else on the other; returns its right edge. */
function label(ctx: CanvasRenderingContext2D, scene: Scene, i: number, box: MarkBox, prevEnd: number, nextX0: number, y: number): number {
  // Most marks in a crowded lane have no room for a label: skip them before measuring any text.
  if (maxLabelRoom(box, prevEnd, nextX0, scene.width) < MIN_ROOM) return box.x1;
  const title = scene.index.events[i]!.title;
  const dim = scene.matches !== null && !scene.matches[i];
  const bold = i === scene.selected || (scene.matches !== null && !dim);
  // Bold text runs about 8% wider than the measured regular width.
  const full = scene.labelWidth(i) * (bold ? 1.08 : 1);
  const preferLeft = scene.layout.labelLeft[i] === 1;
  for (const left of [preferLeft, !preferLeft]) {
    const slot = labelSlot(box, Math.min(full, LABEL_MAX), left, prevEnd, nextX0, scene.width);
    const text = fitLabel(title, full, Math.min(slot.room, LABEL_MAX));
    if (!text) continue;
    ctx.globalAlpha = dim ? 0.45 : 1;
    ctx.fillStyle = dim ? scene.palette.muted : scene.palette.text;
    ctx.font = bold ? `600 ${scene.palette.font}` : scene.palette.font;
    ctx.textAlign = left ? 'right' : 'left';
    ctx.fillText(text, slot.x, y + 0.5);
    ctx.font = scene.palette.font;
    ctx.globalAlpha = 1;
    const shown = Math.min(full, slot.room, LABEL_MAX);
    return left ? box.x1 : slot.x + shown;
  }
  return box.x1;
}

/** A ring around a mark: 1 for hover, 2 for the selected event. */
export function drawRing(ctx: CanvasRenderingContext2D, scene: Scene, i: number, y: number, emphasis: 1 | 2): void {
  const box = markBox(i, scene.index, scene.drawEnd, scene.x);
  const h = Math.max(scene.laneH < 20 ? scene.laneH : BAR_H, 2 * POINT_RADIUS) + 6;
  ctx.lineWidth = emphasis;
  ctx.strokeStyle = emphasis === 2 ? scene.palette.text : scene.palette.muted;
  ctx.beginPath();
  if (scene.index.kind[i] === POINT) ctx.arc(box.x0 + POINT_RADIUS, y, POINT_RADIUS + 3, 0, Math.PI * 2);
  else ctx.roundRect(box.x0 - 3, y - h / 2, box.x1 - box.x0 + 6, h, 4);
  ctx.stroke();
}
