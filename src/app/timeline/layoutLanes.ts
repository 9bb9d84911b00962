// Stacks events into lanes so that overlapping items never hide each other. Computed once per
// dataset and filter, never per frame. A lane keeps its items in time order with a running
// maximum of their ends, so the visible slice of a lane is two binary searches away.
export interface LaneLayout {
  /** Event indices per lane, in time order. */
  lanes: Int32Array[];
  /** Per lane, the largest drawn end among items 0..i (ms), for finding the first visible one. */
  maxEnd: Float64Array[];
  /** Lane of each event index, -1 when not laid out (undated or filtered out). */
  laneOf: Int32Array;
}

export interface LaneInput {
  /** Event indices to lay out, in time order. */
  order: ArrayLike<number>;
  start: Float64Array;
  /** Where each item stops being drawn (including any fading tail), ms. */
  drawEnd: Float64Array;
  eventCount: number;
}

// Items are padded by a share of the whole time extent (room for a label at the overview); the
// padding halves until the stack fits within PREFERRED_LANES, then drops to none.
const PADDINGS = [0.3, 0.16, 0.08, 0.04, 0.02, 0.01, 0.005, 0];
const PREFERRED_LANES = 24;
const MAX_LANES = 400;

export function layoutLanes(input: LaneInput): LaneLayout {
  const { order, start, drawEnd } = input;
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < order.length; i++) {
    first = Math.min(first, start[order[i]!]!);
    last = Math.max(last, drawEnd[order[i]!]!);
  }
  const extent = Math.max(last - first, 1);
  for (const share of PADDINGS) {
    const limit = share === 0 ? MAX_LANES : PREFERRED_LANES;
    const laneOf = pack(input, share * extent, limit);
    if (laneOf) return collect(input, laneOf);
  }
  throw new Error('unreachable: the last padding always packs');
}

/** First-fit packing; null when it needs more than `limit` lanes (unless limit is the hard cap). */
function pack({ order, start, drawEnd, eventCount }: LaneInput, pad: number, limit: number): Int32Array | null {
  const laneOf = new Int32Array(eventCount).fill(-1);
  const free: number[] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    let lane = -1;
    for (let l = 0; l < free.length; l++) {
      if (free[l]! <= start[i]!) {
        lane = l;
        break;
      }
    }
    if (lane < 0) {
      if (free.length < limit) lane = free.push(0) - 1;
      else if (limit < MAX_LANES) return null;
      // Past the hard cap, share the lane that frees up first rather than grow without bound.
      else lane = free.indexOf(Math.min(...free));
    }
    free[lane] = Math.max(drawEnd[i]!, start[i]! + pad, free[lane]!);
    laneOf[i] = lane;
  }
  return laneOf;
}

function collect({ order, drawEnd }: LaneInput, laneOf: Int32Array): LaneLayout {
  const lists: number[][] = [];
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    (lists[laneOf[i]!] ??= []).push(i);
  }
  const lanes = lists.map((list) => Int32Array.from(list));
  const maxEnd = lanes.map((items) => {
    const out = new Float64Array(items.length);
    let running = -Infinity;
    items.forEach((i, k) => (out[k] = running = Math.max(running, drawEnd[i]!)));
    return out;
  });
  return { lanes, maxEnd, laneOf };
}
