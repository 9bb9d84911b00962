// Sentence spans for when the pipeline gives none: a break after . ! ? before a capital, a quote
// or a digit, unless the period ends a known abbreviation; and at every blank or bulleted line.
import type { Span } from './types.ts';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'prof', 'rev', 'jr', 'sr',
  'inc', 'corp', 'co', 'ltd', 'bros', 'no', 'vs', 'u.s', 'u.n', 'u.k', 'e.u', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun', 'a.m', 'p.m', 'ft', 'mt',
]);

const BREAK = /[.!?]+["”’)]*\s+(?=["“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*•])/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BREAK.exec(text)) !== null) {
    // A period before a blank line ends the sentence even after an abbreviation ("Inc.").
    if (m[0].startsWith('.') && !/\n\s*\n/.test(m[0])) {
      const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(start, m.index - 12), m.index));
      if (word && (ABBREVIATIONS.has(word[1]!.toLowerCase()) || /^[A-Z]$/.test(word[1]!))) continue;
    }
    const end = m.index + m[0].length;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}

/** Index of the sentence holding offset i (binary search over sorted spans). */
export function sentenceIndex(spans: readonly Span[], i: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
