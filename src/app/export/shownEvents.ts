// The events an export holds: those the filters keep, dated ones in time order, then the undated
// ones in dataset order (as the timeline and the undated list show them).
import type { DatasetIndex } from '../data/buildIndex.ts';

export function shownEvents(index: DatasetIndex, visible: Uint8Array): number[] {
  const out: number[] = [];
  for (const i of index.dated) if (visible[i]) out.push(i);
  for (const i of index.undated) if (visible[i]) out.push(i);
  return out;
}
