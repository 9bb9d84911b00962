// Splits a sentence's claimed content into clauses, so that each dated event gets the words that
// describe it and not its neighbour's: "CIA operatives facilitated a June 10 emergency session in
// Doha | marking the first direct U.S.-Hamas contact since 2017".
import type { Span } from '../context.ts';
import { dashInName } from './nameDash.ts';

export interface Clause extends Span {
  /** A short lead-in such as "Regional case study:" that labels what follows rather than stating it. */
  label: boolean;
}

/** Connectives after a comma that open a new clause. */
const AFTER_COMMA =
  /^,\s+(?=(?:which|who|while|whereas|although|though|but|as|after|before|when|despite|amid|even as|prompting|marking|leaving|threatening|correlating|signaling|signalling|raising|bringing|making|according)\b|\p{Ll}+ing\b)/u;
const HARD = /^(?:;\s+|\s+[–—]\s+|\s+-\s+)/;
const COLON = /^:\s+/;
const SPACE = /\s/;

export function splitClauses(text: string, span: Span): Clause[] {
  const clauses: Clause[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i];
    if (c !== ',' && c !== ';' && c !== ':' && c !== ' ') continue;
    // Every pattern below needs white space after the mark (or a dash after a space): most spaces
    // between words are passed over without a look at the text after them.
    const n = text[i + 1];
    if (n === undefined || i + 1 >= span.end || !(SPACE.test(n) || (c === ' ' && (n === '–' || n === '—' || n === '-')))) continue;
    const rest = text.slice(i, Math.min(span.end, i + 24));
    const m = (c === ',' && AFTER_COMMA.exec(rest)) || ((c === ';' || c === ' ') && HARD.exec(rest)) || (c === ':' && COLON.exec(rest));
    if (!m) continue;
    if (/[–—-]/.test(m[0]) && dashInName(text.slice(Math.max(start, i - 40), i), text.slice(i + m[0].length, i + m[0].length + 40)))
      continue;
    const label = c === ':' && text.slice(start, i).trim().split(/\s+/).length <= 6;
    push(text, start, i, label, clauses);
    start = i + m[0].length;
    i = start - 1;
  }
  push(text, start, span.end, false, clauses);
  return clauses;
}

function push(text: string, start: number, end: number, label: boolean, out: Clause[]): void {
  while (start < end && /[\s,;:]/.test(text[start]!)) start++;
  while (end > start && /[\s,;:.!?]/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ start, end, label });
}
