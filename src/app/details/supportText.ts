// One sentence on how well an event is supported: "Reported by 7 documents from 4 sources, first
// on 11 February 2011". Independent reports only: a syndicated copy is not a second document.
import type { ReportCounts } from '../story/supportOf.ts';
import { formatBound } from '../time/formatEventTime.ts';

const day = (iso: string) => formatBound({ start: iso, end: iso, granularity: 'day', approximate: false });
const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;

export function supportText(r: ReportCounts): string {
  const by = `Reported by ${plural(r.documents, 'document')}${r.sources !== r.documents ? ` from ${plural(r.sources, 'source')}` : ''}`;
  if (!r.first) return by;
  return r.last && r.last !== r.first ? `${by}, first on ${day(r.first)}, last on ${day(r.last)}` : `${by}, on ${day(r.first)}`;
}

/** A disagreement's value as a reader would say it (a date in words, a figure as written). */
export function versionText(field: 'date' | 'figure', value: string): string {
  return field === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? day(value) : value;
}
