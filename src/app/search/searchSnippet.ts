// The passage to show under a search result: the first of the event's passages where a search
// term occurs, cut to a window around it, split into plain and matching pieces (rendered as text,
// the matches marked). The title stands in when only it matches.
import type { TimelineEvent } from '../../model/dataset.ts';
import { passageText } from '../data/passageText.ts';
import type { DocumentTexts } from '../data/passageText.ts';

export interface SnippetPiece {
  text: string;
  match: boolean;
}

const RADIUS = 70;

export function searchSnippet(event: TimelineEvent, query: string, texts: DocumentTexts): SnippetPiece[] | null {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (terms.length === 0) return null;
  for (const evidence of event.evidence) {
    const quote = passageText(texts, evidence);
    if (quote === null) continue;
    const lower = quote.toLowerCase();
    const at = terms.map((t) => lower.indexOf(t)).filter((k) => k >= 0);
    if (at.length === 0) continue;
    const first = Math.min(...at);
    const from = Math.max(0, first - RADIUS);
    const to = Math.min(quote.length, first + RADIUS * 2);
    return mark(`${from > 0 ? '…' : ''}${quote.slice(from, to)}${to < quote.length ? '…' : ''}`, terms);
  }
  return null;
}

/** Splits text into pieces, marking every occurrence of any term (case-insensitive). */
export function mark(text: string, terms: readonly string[]): SnippetPiece[] {
  const lower = text.toLowerCase();
  const hits = new Uint8Array(text.length);
  for (const t of terms) for (let k = lower.indexOf(t); k >= 0 && t; k = lower.indexOf(t, k + t.length)) hits.fill(1, k, k + t.length);
  const pieces: SnippetPiece[] = [];
  for (let k = 0; k < text.length;) {
    let e = k;
    while (e < text.length && hits[e] === hits[k]) e++;
    pieces.push({ text: text.slice(k, e), match: hits[k] === 1 });
    k = e;
  }
  return pieces;
}
