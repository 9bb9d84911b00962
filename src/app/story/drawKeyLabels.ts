// In a density picture, where no mark has room for a label, the key events still say what they
// are: a label on a backing of the surface colour beside each one in view, never over another
// such label. One whose lane is scrolled out of sight (or taken) is labelled in a row at the top.
import type { Scene } from '../timeline/drawScene.ts';
import { laneY } from '../timeline/laneMetrics.ts';
import { fitLabel } from '../timeline/fitLabel.ts';

const MAX = 220;
const H = 16;
const TOP_ROWS = 4;

export function drawKeyLabels(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { keys, index, layout, laneH, scrollTop, x, domain, width, height, palette } = scene;
  if (!keys || keys.length === 0) return;
  const placed: [number, number, number, number][] = [];
  ctx.font = `600 ${palette.font}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'left';
  for (const i of keys) {
    const lane = layout.laneOf[i]!;
    if (lane < 0 || lane >= layout.lanes.length || index.start[i]! >= domain[1] || scene.drawEnd[i]! <= domain[0]) continue;
    const own = laneY(lane, laneH) - scrollTop;
    const full = scene.labelWidth(i) * 1.08;
    const x0 = Math.max(2, x(index.start[i]!) + 6);
    const room = Math.min(MAX, width - x0 - 4);
    const text = fitLabel(index.events[i]!.title, full, room);
    if (!text) continue;
    const w = Math.min(full, room) + 8;
    const rows = [own, ...Array.from({ length: TOP_ROWS }, (_, r) => 2 + H / 2 + r * (H + 2))].filter(
      (y) => y >= H / 2 && y <= height - H / 2,
    );
    const y = rows.find((y) => !placed.some((p) => p[0] < x0 + w && x0 < p[2] && p[1] < y + H / 2 && y - H / 2 < p[3]));
    if (y === undefined) continue;
    const box: [number, number, number, number] = [x0, y - H / 2, x0 + w, y + H / 2];
    placed.push(box);
    ctx.fillStyle = palette.surface;
    ctx.globalAlpha = 0.9;
    ctx.fillRect(box[0], box[1], w, H);
    ctx.globalAlpha = 1;
    ctx.fillStyle = palette.text;
    ctx.fillText(text, x0 + 4, y + 0.5);
  }
  ctx.font = palette.font;
}
