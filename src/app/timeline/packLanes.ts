// Two ways to stack spans [lo, hi) into lanes so that no two in a lane overlap. Both give the lane
// of each span by position, and work in any unit (pixels at one scale, or milliseconds).
// - packFirstFit: spans in the order given (time order), each into the first lane free by its
//   `lo`; spans are asked for one at a time, so a try that needs more than `limit` lanes stops
//   early (null). With `share`, past the limit a span goes to the lane that frees up first (spans
//   may then overlap: a density picture, never a reading view).
// - packMost: as many spans as `limit` lanes can hold, the rest left out (-1): spans by `hi`, each
//   into the lane that came free last before it starts (the classic greedy, optimal in count).
import type { Span } from './laneSpans.ts';

export function packFirstFit(n: number, spanAt: (k: number) => Span, limit: number, share = false): { lane: Int32Array; left: Uint8Array } | null {
  const lane = new Int32Array(n);
  const left = new Uint8Array(n);
  const free: number[] = [];
  for (let k = 0; k < n; k++) {
    const { lo, hi, left: flip } = spanAt(k);
    let l = -1;
    for (let f = 0; f < free.length; f++) {
      if (free[f]! <= lo) {
        l = f;
        break;
      }
    }
    if (l < 0) {
      if (free.length < limit) l = free.push(-Infinity) - 1;
      else if (!share) return null;
      else l = free.indexOf(Math.min(...free));
    }
    free[l] = Math.max(free[l]!, hi);
    lane[k] = l;
    left[k] = flip ? 1 : 0;
  }
  return { lane, left };
}

export function packMost(lo: Float64Array, hi: Float64Array, limit: number): Int32Array {
  const lane = new Int32Array(lo.length).fill(-1);
  const free = new Float64Array(Math.max(0, limit)).fill(-Infinity);
  const order = new Int32Array(lo.length);
  for (let k = 0; k < order.length; k++) order[k] = k;
  order.sort((a, b) => hi[a]! - hi[b]! || a - b);
  for (const k of order) {
    let best = -1;
    for (let f = 0; f < free.length; f++) if (free[f]! <= lo[k]! && (best < 0 || free[f]! > free[best]!)) best = f;
    if (best < 0) continue;
    free[best] = hi[k]!;
    lane[k] = best;
  }
  return lane;
}
