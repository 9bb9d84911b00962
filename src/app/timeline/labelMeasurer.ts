// Label widths are measured once per title (measuring text is the slow part of drawing labels).
import type { TimelineEvent } from '../../model/dataset.ts';

export function labelMeasurer(events: readonly TimelineEvent[], font: string): (i: number) => number {
  const widths = new Float32Array(events.length).fill(-1);
  let ctx: CanvasRenderingContext2D | null | undefined;
  return (i) => {
    if (widths[i]! >= 0) return widths[i]!;
    ctx ??= document.createElement('canvas').getContext('2d');
    const title = events[i]!.title;
    let width = title.length * 6.5;
    if (ctx) {
      ctx.font = font;
      width = ctx.measureText(title).width;
    }
    widths[i] = width;
    return width;
  };
}
