// Where each event stops being drawn. An open end ("since May 2024") fades out over a tail as long
// as its known part (at least two months), but never past the latest date the dataset knows (events
// or publication dates): it says "still going" without claiming an end, and without one open bar
// occupying a lane for the rest of the timeline.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { DAY, dayMs } from '../time/dayMs.ts';

const MIN_TAIL = 60 * DAY;

export function drawEnds(index: DatasetIndex): Float64Array {
  const out = Float64Array.from(index.end);
  let latest = index.extent ? index.extent[1] : -Infinity;
  for (const doc of index.dataset.documents) if (doc.date) latest = Math.max(latest, dayMs(doc.date) + DAY);
  for (let i = 0; i < out.length; i++) {
    if (!index.openEnd[i]) continue;
    const end = out[i]!;
    const tail = Math.max(end - index.start[i]!, MIN_TAIL);
    out[i] = Math.max(end, Math.min(latest, end + tail));
  }
  return out;
}
