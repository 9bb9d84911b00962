// The titles the search looks through, lowercased, built where the dataset is read (so that a
// search over a million events parses only those whose title holds a term) and kept as a few long
// strings, one event after another, with where each event's title ends. Passages are searched
// from the document texts as they load (matchEvents.ts).
import type { TimelineEvent } from '../../model/dataset.ts';

export interface SearchChunk {
  text: string;
  /** Index of the chunk's first event. */
  first: number;
  /** Where each event's text ends in `text` (exclusive); the next begins one character later. */
  ends: Uint32Array;
}

/** Events per string: a long string costs nothing to search, but an engine's strings have a limit. */
const PER_CHUNK = 50_000;
const SEPARATOR = '\u0000';

export function eventText(event: Pick<TimelineEvent, 'title'>): string {
  return event.title.toLowerCase();
}

export function searchTextBuilder(perChunk = PER_CHUNK) {
  const chunks: SearchChunk[] = [];
  let parts: string[] = [];
  let ends: number[] = [];
  let length = 0;
  let count = 0;
  const flush = () => {
    if (parts.length) chunks.push({ text: parts.join(SEPARATOR), first: count - parts.length, ends: Uint32Array.from(ends) });
    parts = [];
    ends = [];
    length = 0;
  };
  return {
    add(event: Pick<TimelineEvent, 'title'>) {
      this.addText(eventText(event));
    },
    /** The next event's text, as eventText gives it. */
    addText(text: string) {
      length += (parts.length ? 1 : 0) + text.length;
      parts.push(text);
      ends.push(length);
      count++;
      if (parts.length === perChunk) flush();
    },
    finish(): SearchChunk[] {
      flush();
      return chunks;
    },
  };
}
