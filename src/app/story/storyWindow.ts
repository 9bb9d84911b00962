// Where the story is: the window a dataset opens on. A few far outliers (a background "since 2000"
// in a 2024 article, the founding of a city in a three-week protest) must not shrink the story to a
// sliver at one edge. The core is the shortest stretch holding most events (CORE of them); it then
// grows to take in every event that is close to it (within REACH of its own length), so a story
// spread evenly keeps all its events and only the far ones are left out, still reachable by
// zooming out or "fit all". Null when the story is everything (nothing left out worth the name).
// The window is the events' own span: the caller pads it for the marks at its edges (padWindow).
import { DAY } from '../time/dayMs.ts';

const CORE = 0.8;
const REACH = 0.5;
const MIN_SPAN = 14 * DAY;

export function storyWindow(order: ArrayLike<number>, start: Float64Array, drawEnd: Float64Array): [number, number] | null {
  const n = order.length;
  if (n < 3) return null;
  const at = (k: number) => start[order[k]!]!;
  // Shortest run of `size` consecutive starts (order is by start).
  const size = Math.ceil(n * CORE);
  let lo = 0;
  for (let k = 1; k + size - 1 < n; k++) if (at(k + size - 1) - at(k) < at(lo + size - 1) - at(lo)) lo = k;
  let hi = lo + size - 1;
  // Grow while the next event out is within reach of the core as it stands.
  for (;;) {
    const reach = Math.max(MIN_SPAN, at(hi) - at(lo)) * REACH;
    if (lo > 0 && at(lo) - at(lo - 1) <= reach) lo--;
    else if (hi < n - 1 && at(hi + 1) - at(hi) <= reach) hi++;
    else break;
  }
  if (lo === 0 && hi === n - 1) return null;
  const from = at(lo);
  const span = Math.max(MIN_SPAN, at(hi) - from);
  // Each kept event's drawn end, unless it runs far past the core (a period "until 2041").
  let to = from;
  for (let k = lo; k <= hi; k++) {
    const i = order[k]!;
    to = Math.max(to, drawEnd[i]! - start[i]! <= span ? drawEnd[i]! : start[i]! + DAY);
  }
  const mid = (from + to) / 2;
  const half = Math.max(to - from, MIN_SPAN) / 2;
  return [mid - half, mid + half];
}
