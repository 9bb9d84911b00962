// The key events: the `count` best supported among those shown, ties broken by time order. They are
// labelled whatever the zoom, and the rest of the story reads as density around them.
export const DEFAULT_KEYS = 10;

export function keyEvents(order: Int32Array, support: Float64Array, count: number): Int32Array {
  if (count <= 0 || order.length === 0) return new Int32Array(0);
  const ranked = Int32Array.from(order).sort((a, b) => support[b]! - support[a]! || a - b);
  // Single-report events are not "key": a dataset of one article labels nothing extra.
  const best = ranked.subarray(0, count).filter((i) => support[i]! > support[ranked[ranked.length - 1]!]! || order.length <= count);
  return Int32Array.from(best).sort((a, b) => a - b);
}
