// An SVG picture of the timeline as it is on screen: the events the filters keep, over the visible
// window, in lanes with their labels, the axis below, and a caption that says what is shown. The
// same marks as the canvas (a day a dot, a longer period a band or bar), drawn as vector shapes so
// that the picture stays sharp in print and slides. Text from the documents is escaped.
import { scaleUtc } from 'd3';
import type { Certainty } from '../../model/dataset.ts';
import type { DatasetIndex } from '../data/buildIndex.ts';
import { POINT } from '../data/markKind.ts';
import { timeTicks } from '../timeline/timeTicks.ts';
import { isoDay } from '../time/dayMs.ts';

export interface SvgOptions {
  /** Dated events in time order. */
  order: readonly number[];
  drawEnd: Float64Array;
  window: [number, number];
  width: number;
  colors: Record<Certainty, string>;
  title: string;
}

const LANE = 22;
const MAX_LANES = 40;
const TOP = 44;
const AXIS = 28;
const CHAR_PX = 6.6;
const LABEL_MAX = 48;

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const round = (n: number) => Math.round(n * 10) / 10;

export function timelineSvg(index: DatasetIndex, options: SvgOptions): string {
  const { order, drawEnd, window, width, colors } = options;
  const x = scaleUtc().domain(window).range([0, width]);
  // First fit: each event goes to the first lane whose last label ends before it starts.
  const laneEnds: number[] = [];
  const marks: string[] = [];
  let shown = 0;
  let left = 0;
  for (const i of order) {
    if (drawEnd[i]! <= window[0] || index.start[i]! >= window[1]) continue;
    const event = index.events[i]!;
    const x0 = Math.max(0, x(index.start[i]!));
    const x1 = Math.min(width, Math.max(x0 + 6, x(drawEnd[i]!)));
    const label = event.title.length > LABEL_MAX ? `${event.title.slice(0, LABEL_MAX - 1)}…` : event.title;
    // Near the right edge the label goes left of its mark, as on screen.
    const labelW = 4 + label.length * CHAR_PX;
    const labelLeft = x1 + labelW > width && x0 - labelW >= 0;
    const [left0, right] = labelLeft ? [x0 - labelW, x1] : [x0, x1 + labelW];
    const lane = laneEnds.findIndex((end) => end < left0);
    const row = lane >= 0 ? lane : laneEnds.length;
    if (row >= MAX_LANES) {
      left++;
      continue;
    }
    laneEnds[row] = right;
    shown++;
    const y = TOP + row * LANE + LANE / 2;
    const color = colors[event.attribution.certainty];
    const mark =
      index.kind[i] === POINT
        ? `<circle cx="${round(x0 + 3)}" cy="${y}" r="4" fill="${color}"/>`
        : `<rect x="${round(x0)}" y="${y - 5}" width="${round(x1 - x0)}" height="10" rx="2" fill="${color}" fill-opacity="${index.openEnd[i] ? 0.5 : 0.85}"/>`;
    marks.push(
      `<g><title>${escapeXml(event.title)}</title>${mark}<text x="${round(labelLeft ? x0 - 4 : x1 + 4)}" y="${y + 4}"${labelLeft ? ' text-anchor="end"' : ''}>${escapeXml(label)}</text></g>`,
    );
  }
  const lanesH = Math.max(1, laneEnds.length) * LANE;
  const axisY = TOP + lanesH + 6;
  const height = axisY + AXIS + (left > 0 ? 18 : 0);
  const ticks = timeTicks(x, width)
    .map((t) => {
      const tx = round(x(t.ms));
      return `<line x1="${tx}" x2="${tx}" y1="${TOP}" y2="${axisY}" stroke="${t.major ? '#c9ced4' : '#e6e8eb'}"/><text x="${tx}" y="${axisY + 16}" text-anchor="middle" fill="#59636e">${escapeXml(t.label)}</text>`;
    })
    .join('');
  const caption = `${shown} of ${order.length} events · ${isoDay(window[0])} to ${isoDay(window[1])}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="8" y="18" font-size="14" font-weight="600" fill="#1b1f24">${escapeXml(options.title)}</text>`,
    `<text x="8" y="34" fill="#59636e">${escapeXml(caption)}</text>`,
    `<g>${ticks}</g>`,
    `<g fill="#1b1f24">${marks.join('')}</g>`,
    left > 0
      ? `<text x="8" y="${height - 6}" fill="#59636e">+${left} more events in this window than the picture has lanes for</text>`
      : '',
    '</svg>',
  ].join('\n');
}
