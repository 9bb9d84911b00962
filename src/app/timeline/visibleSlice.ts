// The items of one lane that intersect [from, to): the first whose running max end passes `from`,
// up to the first that starts at or after `to`. Both searches are binary: 100k events stay cheap.
export function visibleSlice(items: Int32Array, maxEnd: Float64Array, start: Float64Array, from: number, to: number): [number, number] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (maxEnd[mid]! > from) hi = mid;
    else lo = mid + 1;
  }
  const first = lo;
  hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (start[items[mid]!]! < to) lo = mid + 1;
    else hi = mid;
  }
  return [first, lo];
}
