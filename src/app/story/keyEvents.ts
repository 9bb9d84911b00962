// The key events: the `count` best supported among those shown, ties broken by dataset order. They
// get lanes first and keep their labels whatever the zoom; the rest of the story reads as density
// around them. Events with the least support are never key: in a dataset where every event has
// the same support (one article), nothing stands out.
export const DEFAULT_KEYS = 10;

export function keyEvents(order: Int32Array, support: Float64Array, count: number): Int32Array {
  if (count <= 0 || order.length === 0) return new Int32Array(0);
  let min = Infinity;
  for (let k = 0; k < order.length; k++) min = Math.min(min, support[order[k]!]!);
  // The best `count` so far, best first; one pass, no sort of every event (100k events are shown).
  const best: number[] = [];
  const better = (a: number, b: number) => support[a]! > support[b]! || (support[a] === support[b] && a < b);
  for (let n = 0; n < order.length; n++) {
    const i = order[n]!;
    if (support[i]! <= min && order.length > count) continue;
    if (best.length === count && !better(i, best[count - 1]!)) continue;
    let k = best.length < count ? best.length : count - 1;
    best[k] = i;
    while (k > 0 && better(best[k]!, best[k - 1]!)) {
      [best[k], best[k - 1]] = [best[k - 1]!, best[k]!];
      k--;
    }
  }
  return Int32Array.from(best).sort((a, b) => a - b);
}
