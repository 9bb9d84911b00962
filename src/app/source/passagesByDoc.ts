// Every event's supporting passages in one document, found through the events that cite it (so
// that opening a document does not read every event), and kept once found.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventsByDocument } from '../data/eventRefs.ts';
import type { Passage } from './highlightSegments.ts';

export interface PassagesByDoc {
  get(docId: string): Passage[] | undefined;
}

const cache = new WeakMap<DatasetIndex, PassagesByDoc>();

export function passagesByDoc(index: DatasetIndex): PassagesByDoc {
  let found = cache.get(index);
  if (found) return found;
  const docIndex = new Map(index.dataset.documents.map((d, k) => [d.id, k]));
  const byDoc = new Map<string, Passage[] | undefined>();
  found = {
    get(docId) {
      if (byDoc.has(docId)) return byDoc.get(docId);
      const k = docIndex.get(docId);
      let list: Passage[] | undefined;
      if (k !== undefined) {
        const { start, events } = eventsByDocument(index);
        for (let j = start[k]!; j < start[k + 1]!; j++) {
          const i = events[j]!;
          for (const ev of index.events[i]!.evidence)
            if (ev.docId === docId) (list ??= []).push({ event: i, start: ev.start, end: ev.end, trigger: ev.trigger, timex: ev.timex });
        }
      }
      byDoc.set(docId, list);
      return list;
    },
  };
  cache.set(index, found);
  return found;
}
