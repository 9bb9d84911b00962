// A passage's words: the dataset keeps only its offsets, the text is its document's. Texts come
// from documents that passed checkDocument; a document that differs is never in `texts`, so its
// passages get no words rather than wrong ones.
import type { Evidence } from '../../model/dataset.ts';

/** Document id → its text, for the documents loaded and found to be the ones the dataset was made from. */
export type DocumentTexts = ReadonlyMap<string, string>;

export function passageText(texts: DocumentTexts, evidence: Pick<Evidence, 'docId' | 'start' | 'end'>): string | null {
  const text = texts.get(evidence.docId);
  if (text === undefined || evidence.end > text.length) return null;
  return text.slice(evidence.start, evidence.end);
}

/** A passage cut to `max` characters for a list, with an ellipsis when cut. */
export function shortPassage(quote: string, max = 140): string {
  return quote.length > max ? `${quote.slice(0, max)}…` : quote;
}
