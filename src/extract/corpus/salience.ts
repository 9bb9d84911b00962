// How well supported each event is, from independent reports (see README, "Salience"):
//
//   salience(e) = r(e) × S(p) / R(p) / (√(1 + c(e)) × ∛(1 + a(e)))   (r(e) / (√(1 + c(e)) × ∛(1 + a(e))) when e has no time of its own)
//   r(e)  = Σ over the independent documents D reporting e of  w(D, p) / n(D, p)
//   S(p)  = Σ over the independent documents D that refer to p of  w(D, p) × (1 if D names p, else UNNAMED)
//   R(p)  = Σ of r over the events of p
//   w(D, p) = 1 + ln(1 + days from p's last day to D's publication); ½ when D appeared on that day
//             or during p, 0 when before it
//   n(D, p) = how many events D dates to p (the event's day or period)
//   c(e)  = independent documents published within 15 days of the event (all of them when undated)
//   a(e)  = independent documents published on or after the event's first day (all of them when undated)
//
// A document refers to a day (or period) when it reports an event of that day or names the day in
// any sentence ("the protests of 25 January"), even one that yields no event: the days later
// articles keep coming back to are the ones that mattered, whatever each sentence says of them. A
// day's support S(p) is shared among its events in proportion to their own reports, so the events
// of a day sum to its support. A document that reports an event of the day without naming the day
// (its date carried over from an earlier sentence) refers to it less plainly.
//
// Copies of a document count once (its original stands for them). A document's word about a day is
// one unit shared among the events it reports on that day, so an article that lists ten things
// that happened on Friday does not outweigh ten articles that report one. Reports written days or
// weeks after the event weigh more: a day that later articles still refer to mattered (Kessler et
// al. 2012, "Finding salient dates for building thematic timelines"); a date ahead of publication is
// an announcement or a forecast, not a report that it happened. Support is measured against the
// coverage of its time: ten reports among the twenty articles of a quiet fortnight say more than ten
// among two hundred written in the busiest week of a story. And since only what is published on or
// after a day can look back on it, support is measured against those articles too, more gently (a
// cube root: the later an article, the less it looks back): the last weeks of a collection have
// had little time to be looked back on, the first days all of it.
import type { TimelineEvent } from '../../model/dataset.ts';
import type { ReportingDocument } from '../../model/reportsOf.ts';


/** A time expression of a document: the calendar span it names, if any. */
export interface TimeReference {
  type: string;
  bound: { start: string; end: string } | null;
}

const DAY_MS = 864e5;
const DAYS = new Map<string, number>(); // the same few hundred dates, asked for many times
const days = (iso: string) => {
  let n = DAYS.get(iso);
  if (n === undefined) {
    if (DAYS.size > 10_000) DAYS.clear();
    DAYS.set(iso, (n = Date.parse(`${iso}T00:00:00Z`) / DAY_MS));
  }
  return n;
};

/** The event's own time: one known only by its document's date ("by 11 February") has none. */
const ownTime = (e: TimelineEvent) => (e.time && e.time.anchor !== 'document' ? e.time : null);

/** The time a document's support is shared within: a day, a period, or none. */
function periodKey(e: TimelineEvent): string {
  const t = ownTime(e);
  return t ? `${t.start}|${t.end}` : 'undated';
}

/** A report published on the day itself (or while the period lasts) is news of the day, not yet a look back at it. */
export const SAME_DAY = 0.5;

/** w(D, p): how much a document published on `published` says for the period [start, end). */
export function weight(published: string | null, start: string | null, end: string | null): number {
  if (!published || !start || !end) return 1;
  const pub = days(published);
  if (pub < days(start)) return 0;
  const after = pub - (days(end) - 1);
  return after <= 0 ? SAME_DAY : 1 + Math.log1p(after);
}

const weightOf = (published: string | null, e: TimelineEvent) => {
  const t = ownTime(e);
  return weight(published, t?.start ?? null, t?.end ?? null);
};

/** A document that reports an event of a day without naming the day (its date carried over from the text around it) says less of it. */
export const UNNAMED = 0.25;

/** How many days either side of an event count as the coverage of its time. */
export const COVERAGE_DAYS = 15;

const originals = (e: TimelineEvent, doc: (id: string) => ReportingDocument) => [...new Set(e.evidence.map((v) => doc(v.docId).original))];

/**
 * Salience of every event, in the order given. `references` gives, for each document, the time
 * expressions it holds; copies are skipped (their original speaks for them).
 */
export function salienceOf(
  events: readonly TimelineEvent[],
  doc: (id: string) => ReportingDocument,
  references: ReadonlyMap<string, readonly TimeReference[]> = new Map(),
): number[] {
  const periods = events.map(periodKey);
  const shares = new Map<string, Map<string, number>>(); // period → original document → events it reports there
  const cited = events.map((e) => originals(e, doc));
  events.forEach((_, i) => {
    let byDoc = shares.get(periods[i]!);
    if (!byDoc) shares.set(periods[i]!, (byDoc = new Map()));
    for (const d of cited[i]!) byDoc.set(d, (byDoc.get(d) ?? 0) + 1);
  });
  const own = events.map((e, i) => {
    const byDoc = shares.get(periods[i]!)!;
    return cited[i]!.reduce((sum, d) => sum + weightOf(doc(d).date, e) / byDoc.get(d)!, 0);
  });
  const support = supportOf(events, periods, cited, doc, references);
  const reported = new Map<string, number>(); // period → R(p)
  events.forEach((_, i) => reported.set(periods[i]!, (reported.get(periods[i]!) ?? 0) + own[i]!));
  const { around, after } = coverageOf(events, doc, references.keys());
  return events.map((e, i) => {
    const key = periods[i]!;
    const r = own[i]!;
    const scaled = key === 'undated' || r === 0 ? r : (r * support.get(key)!) / reported.get(key)!;
    return Math.round((scaled / Math.sqrt(1 + around(e)) / Math.cbrt(1 + after(e))) * 1e4) / 1e4;
  });
}

/** S(p) for every period of an event: each independent document that refers to it, once, by its weight. */
function supportOf(
  events: readonly TimelineEvent[],
  periods: readonly string[],
  cited: readonly string[][],
  doc: (id: string) => ReportingDocument,
  references: ReadonlyMap<string, readonly TimeReference[]>,
): Map<string, number> {
  const referring = new Map<string, Map<string, number>>(); // period → original documents, by how plainly they name it
  const refer = (key: string, d: string, plain: number) => {
    const set = referring.get(key) ?? referring.set(key, new Map()).get(key)!;
    set.set(d, Math.max(set.get(d) ?? 0, plain));
  };
  events.forEach((_, i) => {
    if (periods[i] !== 'undated') for (const d of cited[i]!) refer(periods[i]!, d, UNNAMED);
  });
  for (const [id, timexes] of references) {
    if (doc(id).original !== id) continue;
    for (const t of timexes) {
      const key = t.bound && (t.type === 'DATE' || t.type === 'TIME') ? `${t.bound.start}|${t.bound.end}` : null;
      // Only periods that hold an event: the support is theirs to share.
      if (key && referring.has(key)) refer(key, id, 1);
    }
  }
  const support = new Map<string, number>();
  for (const [key, set] of referring) {
    const [start, end] = key.split('|') as [string, string];
    let sum = 0;
    for (const [d, plain] of set) sum += plain * weight(doc(d).date, start, end);
    support.set(key, sum);
  }
  return support;
}

/**
 * For an event, the number of independent documents published within COVERAGE_DAYS of its time
 * (`around`), and on or after its first day (`after`): all of them for an event with no time.
 */
function coverageOf(
  events: readonly TimelineEvent[],
  doc: (id: string) => ReportingDocument,
  all: Iterable<string>,
): { around: (e: TimelineEvent) => number; after: (e: TimelineEvent) => number } {
  const originals = new Map<string, string | null>();
  for (const e of events) for (const v of e.evidence) originals.set(doc(v.docId).original, doc(doc(v.docId).original).date);
  for (const id of all) originals.set(doc(id).original, doc(doc(id).original).date);
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
  return {
    around: (e) => {
      const t = ownTime(e);
      if (!t) return originals.size;
      return below(days(t.end) - 1 + COVERAGE_DAYS + 1) - below(days(t.start) - COVERAGE_DAYS);
    },
    after: (e) => {
      const t = ownTime(e);
      return t ? published.length - below(days(t.start)) : originals.size;
    },
  };
}
