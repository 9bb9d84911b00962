// Event titles are words of the text: a clause with its lead-in connective dropped, the first
// letter raised, and cut at a word boundary when long. Nothing is paraphrased.
import type { Span } from '../context.ts';

export const MAX_TITLE = 110;

const LEAD_IN = /^(?:(?:First|Second|Third|Fourth|Fifth|Finally|Meanwhile|However|Separately|Also|And|But|While|Yet|So|Then)\b,?\s+)+/i;

export function titleOf(text: string, span: Span, max = MAX_TITLE): string {
  let title = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  title = title.replace(LEAD_IN, '').replace(/[\s,;:.]+$/u, '');
  if (!title) return text.slice(span.start, span.end).trim() || '(untitled)';
  title = capitalize(title);
  if (title.length <= max) return title;
  const cut = title.lastIndexOf(' ', max - 1);
  const head = title.slice(0, cut > max / 2 ? cut : max - 1).replace(/[\s,;:–—-]+$/u, '');
  return `${head}…`;
}

export function capitalize(text: string): string {
  const first = text.codePointAt(0);
  if (first === undefined) return text;
  const char = String.fromCodePoint(first);
  return char.toUpperCase() + text.slice(char.length);
}

/** A statement's title: who said it and the words said, "Jake Sullivan: “We’re exploring …”". */
export function statementTitle(speaker: string, quote: string, max = MAX_TITLE): string {
  const words = quote
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[,.;:]+$/, '');
  const room = Math.max(20, max - speaker.length - 4);
  const said =
    words.length <= room ? words : `${words.slice(0, words.lastIndexOf(' ', room - 1) > 0 ? words.lastIndexOf(' ', room - 1) : room - 1)}…`;
  return `${speaker}: “${said}”`;
}
