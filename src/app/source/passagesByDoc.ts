// Every event's supporting passages, grouped by document, built once per dataset so that opening a
// document does not scan every event.
import type { DatasetIndex } from '../data/buildIndex.ts';
import type { Passage } from './highlightSegments.ts';

const cache = new WeakMap<DatasetIndex, Map<string, Passage[]>>();

export function passagesByDoc(index: DatasetIndex): Map<string, Passage[]> {
  let byDoc = cache.get(index);
  if (byDoc) return byDoc;
  byDoc = new Map();
  index.events.forEach((event, i) => {
    for (const ev of event.evidence) {
      const list = byDoc!.get(ev.docId) ?? [];
      list.push({ event: i, start: ev.start, end: ev.end, trigger: ev.trigger, timex: ev.timex });
      byDoc!.set(ev.docId, list);
    }
  });
  cache.set(index, byDoc);
  return byDoc;
}
