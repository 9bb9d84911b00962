// Search over event titles and the text of their supporting passages (sliced from the document
// texts loaded so far: useSearchTexts). Matching events are emphasized, not filtered: the rest of
// the story stays in view, dimmed. Titles are searched in the text built where the dataset is read
// (searchText.ts), one native scan per string; an event is read only when its title holds a term
// or one of its documents is loaded, so that a search over a million events parses few of them.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { eventsByDocument } from '../data/eventRefs.ts';
import { passageText } from '../data/passageText.ts';
import type { DocumentTexts } from '../data/passageText.ts';

const NO_TEXTS: DocumentTexts = new Map();

export interface SearchResult {
  /** 1 for each matching event index. */
  matches: Uint8Array;
  count: number;
}

/** What a search looks through for one event: its title and its passages' words, lowercased. */
function eventHaystack(index: DatasetIndex, i: number, texts: DocumentTexts): string {
  const e = index.events[i]!;
  return [e.title, ...e.evidence.map((ev) => passageText(texts, ev) ?? '')].join('\n').toLowerCase();
}

/** Every whitespace-separated term must occur; null when the query is blank. */
export function matchEvents(index: DatasetIndex, query: string, texts: DocumentTexts = NO_TEXTS): SearchResult | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  const matches = new Uint8Array(index.events.length);
  // The events that may match: the longest term is in the title or in a loaded passage.
  const candidate = new Uint8Array(index.events.length);
  const lead = terms.reduce((a, b) => (b.length > a.length ? b : a));
  for (const { text, first, ends } of index.searchText) {
    let k = 0;
    for (let at = text.indexOf(lead); at >= 0; at = text.indexOf(lead, at + 1)) {
      while (k < ends.length && ends[k]! <= at) k++;
      if (k === ends.length) break;
      if (at + lead.length <= ends[k]!) candidate[first + k] = 1;
    }
  }
  if (texts.size) {
    const { start, events } = eventsByDocument(index);
    index.dataset.documents.forEach((d, k) => {
      if (texts.has(d.id)) for (let j = start[k]!; j < start[k + 1]!; j++) candidate[events[j]!] = 1;
    });
  }
  let count = 0;
  for (let i = 0; i < candidate.length; i++) {
    if (!candidate[i]) continue;
    const haystack = eventHaystack(index, i, texts);
    if (terms.every((t) => haystack.includes(t))) {
      matches[i] = 1;
      count++;
    }
  }
  return { matches, count };
}
