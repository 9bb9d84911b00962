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

/**
 * Where each lane comes free, in a tree of minimums (lanes not yet opened are never free), so that
 * the first free lane, or the one that frees up first, is found in a few steps however many lanes
 * there are: a million events over 400 lanes.
 */
class FreeLanes {
  private readonly leaves: number;
  private readonly tree: Float64Array;
  private opened = 0;

  constructor(
    n: number,
    private readonly limit: number,
  ) {
    const size = Math.max(1, Math.min(limit, n));
    let leaves = 1;
    while (leaves < size) leaves *= 2;
    this.leaves = leaves;
    this.tree = new Float64Array(2 * leaves).fill(Infinity);
  }

  /**
   * The lane for a span from `lo`: the first lane free by then, else a new one, else (with
   * `share`) the lane that frees up first; -1 when every lane is taken and none may be shared.
   */
  pick(lo: number, share: boolean): number {
    const { tree, leaves } = this;
    let bound = tree[1]!;
    if (this.opened > 0 && bound <= lo) bound = lo;
    else if (this.opened < this.limit) return this.opened++;
    else if (!share) return -1;
    let at = 1;
    while (at < leaves) at = tree[2 * at]! <= bound ? 2 * at : 2 * at + 1;
    return at - leaves;
  }

  /** Lane `l` holds a span up to `hi`. */
  take(l: number, hi: number): void {
    const { tree } = this;
    let at = this.leaves + l;
    const free = tree[at]!;
    tree[at] = free === Infinity ? hi : Math.max(free, hi);
    // Up to the first node whose minimum stays: those above it stay too.
    for (at >>= 1; at >= 1; at >>= 1) {
      const min = Math.min(tree[2 * at]!, tree[2 * at + 1]!);
      if (tree[at] === min) break;
      tree[at] = min;
    }
  }
}

export function packFirstFit(
  n: number,
  spanAt: (k: number) => Span,
  limit: number,
  share = false,
): { lane: Int32Array; left: Uint8Array } | null {
  const lane = new Int32Array(n);
  const left = new Uint8Array(n);
  const lanes = new FreeLanes(n, limit);
  for (let k = 0; k < n; k++) {
    const { lo, hi, left: flip } = spanAt(k);
    const l = lanes.pick(lo, share);
    if (l < 0) return null;
    lanes.take(l, hi);
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
  const lane = new Int32Array(items.length);
  const lanes = new FreeLanes(items.length, limit);
  for (let k = 0; k < items.length; k++) {
    const i = items[k]!;
    const l = lanes.pick(lo[i]!, true);
    lanes.take(l, hi[i]!);
    lane[k] = l;
  }
  return lane;
}
