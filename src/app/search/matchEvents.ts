// Search over event titles and the text of their supporting passages (sliced from the document
// texts loaded so far: useSearchTexts). Matching events are emphasized, not filtered: the rest of
// the story stays in view, dimmed.
import type { DatasetIndex } from '../data/buildIndex.ts';
import { passageText } from '../data/passageText.ts';
import type { DocumentTexts } from '../data/passageText.ts';

const haystacks = new WeakMap<DatasetIndex, { texts: DocumentTexts; list: string[] }>();
const NO_TEXTS: DocumentTexts = new Map();

function haystackOf(index: DatasetIndex, texts: DocumentTexts): string[] {
  const cached = haystacks.get(index);
  if (cached?.texts === texts) return cached.list;
  const list = index.events.map((e) => [e.title, ...e.evidence.map((ev) => passageText(texts, ev) ?? '')].join('\n').toLowerCase());
  haystacks.set(index, { texts, list });
  return list;
}

export interface SearchResult {
  /** 1 for each matching event index. */
  matches: Uint8Array;
  count: number;
}

/** Every whitespace-separated term must occur; null when the query is blank. */
export function matchEvents(index: DatasetIndex, query: string, texts: DocumentTexts = NO_TEXTS): SearchResult | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  const list = haystackOf(index, texts);
  const matches = new Uint8Array(list.length);
  let count = 0;
  list.forEach((text, i) => {
    if (terms.every((t) => text.includes(t))) {
      matches[i] = 1;
      count++;
    }
  });
  return { matches, count };
}
