// The number beside each document in the filter panel and the documents view: how many events it
// supports, each event once however many of its passages the document holds.
import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/app/data/buildIndex.ts';
import { eventsByDocument } from '../../../src/app/data/eventRefs.ts';
import { eventsPerDocument } from '../../../src/app/documents/eventsPerDocument.ts';
import { storyDataset } from '../fixtures/story.ts';
import type { Dataset } from '../../../src/model/dataset.ts';

/** The story with its first event given a second passage in the document of its first, and one from a document not in the dataset. */
function withRepeats(): Dataset {
  const dataset = storyDataset();
  const [first] = dataset.events;
  const [passage] = first!.evidence;
  first!.evidence.push({ ...passage!, start: passage!.start + 1 }, { ...passage!, docId: 'not-in-the-dataset' });
  return dataset;
}

describe('events per document', () => {
  it.each([
    ['the story', storyDataset],
    ['an event with two passages in one document, and one in a document that is not there', withRepeats],
  ])('%s: each document counts the events it supports, once each', (_, make) => {
    const index = buildIndex(make(), []);
    const counts = eventsPerDocument(index);
    // What listing each document's events gives.
    const { start } = eventsByDocument(index);
    const listed = new Map(index.dataset.documents.map((d, k) => [d.id, start[k + 1]! - start[k]!] as const).filter(([, n]) => n > 0));
    expect(counts).toEqual(listed);
    expect(counts.has('not-in-the-dataset')).toBe(false);
    const first = index.dataset.events[0]!.evidence[0]!.docId;
    const supporting = index.dataset.events.filter((e) => e.evidence.some((p) => p.docId === first)).length;
    expect(counts.get(first)).toBe(supporting);
  });
});
