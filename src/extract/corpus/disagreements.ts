// Reports of one event that disagree are shown side by side, never settled: the dates they give
// it, and the figures they give for the same thing ("57 people" in one, "108 people" in another).
import type { Disagreement, TimelineEvent } from '../../model/dataset.ts';
import type { Span } from '../context.ts';
import { stem } from './kinds.ts';

export interface DocInfo {
  text: string;
  source: string | null;
  /** Time expressions: numbers inside them are dates and clock times, not figures. */
  timexes: readonly Span[];
}

/** A figure and the noun it counts: "1,500 troops", "at least 52 people", "800 prisoner releases". */
const FIGURE = /(?<![\p{L}\p{N}.,:$-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?:more|other|new|additional))?\s+(\p{Ll}[\p{Ll}-]+)/gu;
/** Words after a number that are not what it counts. */
const NOT_COUNTED = /^(?:percent|per|of|to|and|or|in|on|at|a|the|years?|months?|weeks?|days?|hours?|minutes?|am|pm|p\.m|a\.m|times?)$/;

export interface Version {
  value: string;
  docIds: Set<string>;
}

/** The figures of one passage, by what they count: stem of the noun → the figure as written. */
export function figuresIn(text: string, span: Span, timexes: readonly Span[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.slice(span.start, span.end).matchAll(FIGURE)) {
    const at = span.start + m.index;
    if (timexes.some((t) => t.start < at + m[1]!.length && at < t.end)) continue;
    const noun = m[2]!;
    if (NOT_COUNTED.test(noun) || /^(?:1[89]|20)\d\d$/.test(m[1]!)) continue;
    const key = stem(noun);
    if (!out.has(key)) out.set(key, `${m[1]!.replace(/,/g, '')} ${noun}`);
  }
  return out;
}

function toDisagreement(field: Disagreement['field'], versions: Map<string, Set<string>>, doc: (id: string) => DocInfo): Disagreement {
  return {
    field,
    versions: [...versions]
      .map(([value, ids]) => {
        const docIds = [...ids].sort();
        const sources = [...new Set(docIds.map((id) => doc(id).source).filter((s): s is string => s !== null))].sort();
        return { value, docIds, sources };
      })
      .sort((a, b) => b.docIds.length - a.docIds.length || (a.value < b.value ? -1 : 1)),
  };
}

/**
 * Disagreements among the reports of one event: `members` are the events that were joined
 * (each as its reports gave it). Only versions from different documents count.
 */
export function disagreementsOf(members: readonly TimelineEvent[], doc: (id: string) => DocInfo): Disagreement[] {
  const out: Disagreement[] = [];
  const dates = new Map<string, Set<string>>();
  for (const m of members) {
    // Clock times on one day are one date ("Friday" and "Friday night" do not disagree).
    const value = m.time?.value.slice(0, 10);
    if (!value) continue;
    const set = dates.get(value) ?? new Set();
    for (const e of m.evidence) set.add(e.docId);
    dates.set(value, set);
  }
  if (dates.size > 1) out.push(toDisagreement('date', dates, doc));
  // Figures: per counted noun, the values each document gives.
  const figures = new Map<string, Map<string, Set<string>>>();
  for (const m of members)
    for (const e of m.evidence) {
      const info = doc(e.docId);
      for (const [noun, value] of figuresIn(info.text, e, info.timexes)) {
        const byValue = figures.get(noun) ?? new Map<string, Set<string>>();
        byValue.set(value, (byValue.get(value) ?? new Set()).add(e.docId));
        figures.set(noun, byValue);
      }
    }
  for (const [, byValue] of [...figures].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (byValue.size < 2) continue;
    // Two versions, each given by a document that does not give the other: one document giving two
    // figures (for two different things) is not a disagreement between reports.
    const sets = [...byValue.values()];
    const apart = sets.some((a) => sets.some((b) => a !== b && [...a].some((d) => !b.has(d)) && [...b].some((d) => !a.has(d))));
    if (!apart) continue;
    out.push(toDisagreement('figure', byValue, doc));
  }
  return out;
}
