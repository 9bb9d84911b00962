// How well supported each event is, from independent reports (see README, "Salience"):
//
//   salience(e) = Σ over the independent documents D reporting e of  w(D, e) / n(D, e),  / √(1 + c(e))
//   w(D, e) = 1 + ln(1 + days from the event to D's publication)   (0 when D appeared before it)
//   n(D, e) = how many events D dates to the same day (or period) as e
//   c(e)    = independent documents published within 15 days of the event (all of them when undated)
//
// Copies of a document count once (its original stands for them). A document's word about a day is
// one unit shared among the events it reports on that day, so an article that lists ten things
// that happened on Friday does not outweigh ten articles that report one. Reports written days or
// weeks after the event weigh more: a day that later articles still refer to mattered (Kessler et
// al. 2012, "Finding salient dates for building thematic timelines"); a date ahead of publication is
// an announcement or a forecast, not a report that it happened. Support is measured against the
// coverage of its time: ten reports among the twenty articles of a quiet fortnight say more than ten
// among two hundred written in the busiest week of a story.
import type { Reports, TimelineEvent } from '../../model/dataset.ts';

export interface DocMetaLite {
  date: string | null;
  source: string | null;
  /** The original this document copies, else its own id. */
  original: string;
}

const DAY_MS = 864e5;
const days = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

/** The event's own time: one known only by its document's date ("by 11 February") has none. */
const ownTime = (e: TimelineEvent) => (e.time && e.time.anchor !== 'document' ? e.time : null);

/** The time a document's support is shared within: a day, a period, or none. */
function periodKey(e: TimelineEvent): string {
  const t = ownTime(e);
  return t ? `${t.start}|${t.end}` : 'undated';
}

export function weight(published: string | null, e: TimelineEvent): number {
  const t = ownTime(e);
  if (!published || !t) return 1;
  const pub = days(published);
  if (pub < days(t.start)) return 0;
  const last = days(t.end) - 1;
  return 1 + Math.log1p(Math.max(0, pub - last));
}

/** How many days either side of an event count as the coverage of its time. */
export const COVERAGE_DAYS = 15;

const originals = (e: TimelineEvent, doc: (id: string) => DocMetaLite) => [...new Set(e.evidence.map((v) => doc(v.docId).original))];

export function reportsOf(e: TimelineEvent, doc: (id: string) => DocMetaLite): Reports {
  const independent = originals(e, doc);
  const dates = [...new Set(e.evidence.map((v) => doc(v.docId).date).filter((d): d is string => d !== null))].sort();
  return {
    documents: independent.length,
    sources: new Set(independent.map((id) => doc(id).source ?? `\u0000${id}`)).size,
    first: dates[0] ?? null,
    last: dates.at(-1) ?? null,
  };
}

/** Salience of every event, in the order given. */
export function salienceOf(events: readonly TimelineEvent[], doc: (id: string) => DocMetaLite): number[] {
  const shares = new Map<string, number>(); // original document + period → events it reports there
  const cited = events.map((e) => originals(e, doc));
  events.forEach((e, i) => {
    for (const d of cited[i]!) shares.set(`${d}\u0000${periodKey(e)}`, (shares.get(`${d}\u0000${periodKey(e)}`) ?? 0) + 1);
  });
  const coverage = coverageOf(events, doc);
  return events.map((e, i) => {
    let sum = 0;
    for (const d of cited[i]!) sum += weight(doc(d).date, e) / shares.get(`${d}\u0000${periodKey(e)}`)!;
    return Math.round((sum / Math.sqrt(1 + coverage(e))) * 1e4) / 1e4;
  });
}

/** For an event, the number of independent documents published within COVERAGE_DAYS of its time. */
function coverageOf(events: readonly TimelineEvent[], doc: (id: string) => DocMetaLite): (e: TimelineEvent) => number {
  const originals = new Map<string, string | null>();
  for (const e of events) for (const v of e.evidence) originals.set(doc(v.docId).original, doc(doc(v.docId).original).date);
  const published = [...originals.values()]
    .filter((d): d is string => d !== null)
    .map(days)
    .sort((a, b) => a - b);
  const below = (x: number) => {
    let lo = 0;
    for (let hi = published.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (published[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (e) => {
    const t = ownTime(e);
    if (!t) return originals.size;
    return below(days(t.end) - 1 + COVERAGE_DAYS + 1) - below(days(t.start) - COVERAGE_DAYS);
  };
}
