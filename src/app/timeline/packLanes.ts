// Two ways to stack spans [lo, hi) into lanes so that no two in a lane overlap. Both give the lane
// of each span by position, and work in any unit (pixels at one scale, or milliseconds).
// - packFirstFit: spans in the order given (time order), each into the first lane free by its
//   `lo`; spans are asked for one at a time, so a try that needs more than `limit` lanes stops
//   early (null). With `share`, past the limit a span goes to the lane that frees up first (spans
//   may then overlap: a density picture, never a reading view).
// - packMost: as many spans as `limit` lanes can hold, the rest left out (-1): spans by `hi`, each
//   into the lane that came free last before it starts (the classic greedy, optimal in count).
//   Spans marked `first` (the key events) are placed before all others, so they are never the ones
//   left out while a lane has room for them; the others then go around them.
import type { Span } from './laneSpans.ts';

export function packFirstFit(
  n: number,
  spanAt: (k: number) => Span,
  limit: number,
  share = false,
): { lane: Int32Array; left: Uint8Array } | null {
  const lane = new Int32Array(n);
  const left = new Uint8Array(n);
  // Where each lane comes free, in a tree of minimums (lanes not yet opened are never free), so
  // that the first free lane, or the one that frees up first, is found in a few steps however
  // many lanes there are: a million events over 400 lanes.
  const size = Math.max(1, Math.min(limit, n));
  let leaves = 1;
  while (leaves < size) leaves *= 2;
  const tree = new Float64Array(2 * leaves).fill(Infinity);
  const set = (l: number, value: number) => {
    let at = leaves + l;
    tree[at] = value;
    for (at >>= 1; at >= 1; at >>= 1) tree[at] = Math.min(tree[2 * at]!, tree[2 * at + 1]!);
  };
  // The lowest lane whose value is at most `bound` (the root holds the minimum).
  const lowest = (bound: number) => {
    let at = 1;
    while (at < leaves) at = tree[2 * at]! <= bound ? 2 * at : 2 * at + 1;
    return at - leaves;
  };
  let opened = 0;
  for (let k = 0; k < n; k++) {
    const { lo, hi, left: flip } = spanAt(k);
    let l: number;
    if (opened > 0 && tree[1]! <= lo) l = lowest(lo);
    else if (opened < limit) l = opened++;
    else if (!share) return null;
    else l = lowest(tree[1]!);
    const free = tree[leaves + l]!;
    set(l, free === Infinity ? hi : Math.max(free, hi));
    lane[k] = l;
    left[k] = flip ? 1 : 0;
  }
  return { lane, left };
}

export function packMost(lo: Float64Array, hi: Float64Array, limit: number, first?: Uint8Array): Int32Array {
  const lane = new Int32Array(lo.length).fill(-1);
  const free = new Float64Array(Math.max(0, limit)).fill(-Infinity);
  const order = new Int32Array(lo.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  // The spans placed first, per lane: the others must not overlap them.
  const held: number[][] = Array.from({ length: free.length }, () => []);
  let keys = 0;
  if (first) {
    const chosen = [...order].filter((k) => first[k]).sort((a, b) => hi[a]! - hi[b]! || a - b);
    for (const k of chosen) {
      const f = held.findIndex((list) => list.every((j) => hi[j]! <= lo[k]! || lo[j]! >= hi[k]!));
      if (f < 0) continue;
      held[f]!.push(k);
      lane[k] = f;
      keys++;
    }
  }
  order.sort((a, b) => hi[a]! - hi[b]! || a - b);
  for (const k of order) {
    if (first?.[k]) continue;
    let best = -1;
    for (let f = 0; f < free.length; f++) {
      if (free[f]! > lo[k]! || (best >= 0 && free[f]! <= free[best]!)) continue;
      if (keys > 0 && held[f]!.some((j) => hi[j]! > lo[k]! && lo[j]! < hi[k]!)) continue;
      best = f;
    }
    if (best < 0) continue;
    free[best] = hi[k]!;
    lane[k] = best;
  }
  return lane;
}

/**
 * packFirstFit with `share` of the events `items` by their times alone, read straight from the
 * arrays: the density picture of a whole dataset, where a call and an object per span (a million
 * of them) cost more than the packing. The same lanes as packFirstFit gives.
 */
export function packShared(items: Int32Array, lo: Float64Array, hi: Float64Array, limit: number): Int32Array {
  const n = items.length;
  const lane = new Int32Array(n);
  const size = Math.max(1, Math.min(limit, n));
  let leaves = 1;
  while (leaves < size) leaves *= 2;
  const tree = new Float64Array(2 * leaves).fill(Infinity);
  let opened = 0;
  for (let k = 0; k < n; k++) {
    const i = items[k]!;
    const from = lo[i]!;
    let l = -1;
    // The first lane free by `from`, else a new one, else the lane that frees up first.
    let bound = tree[1]!;
    if (opened > 0 && bound <= from) bound = from;
    else if (opened < limit) l = opened++;
    if (l < 0) {
      let at = 1;
      while (at < leaves) at = tree[2 * at]! <= bound ? 2 * at : 2 * at + 1;
      l = at - leaves;
    }
    let at = leaves + l;
    const free = tree[at]!;
    tree[at] = free === Infinity ? hi[i]! : Math.max(free, hi[i]!);
    for (at >>= 1; at >= 1; at >>= 1) tree[at] = Math.min(tree[2 * at]!, tree[2 * at + 1]!);
    lane[k] = l;
  }
  return lane;
}
