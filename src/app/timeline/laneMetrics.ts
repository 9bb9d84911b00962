// How tall a lane is drawn: as tall as reads well, shrinking so that many lanes still fit the
// plot; below LABEL_MIN there is no room for labels and the view becomes a density picture.
export const LANE_MAX = 30;
export const LANE_MIN = 3;
export const LABEL_MIN = 20;
/** The height a zoomed view's lanes keep, labels and all. */
export const LANE_READ = 24;
/** Readable lanes the fitted view may use before it becomes a density picture. */
export const FIT_LANES = 14;
export const PLOT_PAD = 10;

export function laneHeight(lanes: number, plotHeight: number): number {
  if (lanes === 0) return LANE_MAX;
  return Math.max(LANE_MIN, Math.min(LANE_MAX, Math.floor((plotHeight - 2 * PLOT_PAD) / lanes)));
}

/** How many readable lanes a plot this tall holds. */
export function readableLanes(plotHeight: number): number {
  return Math.max(2, Math.floor((plotHeight - 2 * PLOT_PAD) / LANE_READ));
}

/** The plot height the content asks for (the page clamps it between a minimum and a maximum). */
export function naturalHeight(rows: number): number {
  return rows * LANE_MAX + 2 * PLOT_PAD;
}

/** Vertical centre of a lane in plot pixels. */
export function laneY(lane: number, height: number): number {
  return PLOT_PAD + lane * height + height / 2;
}
