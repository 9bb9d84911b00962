// Dated events in time order (start, then end, then index), sorted as 64-bit keys (packedOrder.ts).
// A key is the start's day (22 bits, from year 0 to 9999), the length in days (22 bits) and the
// event's index (20 bits); an order those cannot hold (a time that is not whole days, over a
// million events) is sorted with the comparator.
import { DAY } from '../time/dayMs.ts';
import { isoDayNumber } from '../time/isoDayNumber.ts';
import { packedOrder } from './packedOrder.ts';

const FIRST_DAY = isoDayNumber('0000-01-01');
const LIMIT = 1 << 22;

function byComparator(items: Int32Array, start: Float64Array, end: Float64Array): Int32Array {
  return items.slice().sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
}

/** `items` (event indices, each dated) in order of start, then end, then index, in a new array. */
export function timeOrder(items: Int32Array, start: Float64Array, end: Float64Array): Int32Array {
  const n = items.length;
  const order = packedOrder(n, 20, (words) => {
      for (let k = 0; k < n; k++) {
        const i = items[k]!;
        const day = start[i]! / DAY - FIRST_DAY;
        const length = (end[i]! - start[i]!) / DAY;
        if (!(Number.isInteger(day) && Number.isInteger(length) && day >= 0 && day < LIMIT && length >= 0 && length < LIMIT && i < 1 << 20))
          return false;
        words[2 * k + 1] = day * 1024 + Math.floor(length / 4096);
        words[2 * k] = (length % 4096) * 1048576 + i;
      }
      return true;
    });
  return order || byComparator(items, start, end);
}
