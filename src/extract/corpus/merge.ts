// Reports of one occurrence in several documents become one event. Conservative by design: two
// events are joined only when they name the same kind of happening, fall on the same day (a few
// days apart only for what happens once to someone, a resignation, a death: then their dates
// disagree), share their participants and name no different places. Every member of a group must
// agree with every other (no chains: A like B and B like C does not join A and C).
import type { TimelineEvent } from '../../model/dataset.ts';
import type { Kind } from './kinds.ts';

export interface Report {
  event: TimelineEvent;
  /** Where it comes in the corpus (document order, then offset): ties and the group's first report. */
  order: number;
  kind: Kind | null;
  /** Days since 1970 when the event is dated to one day, else null (never joined). */
  day: number | null;
  /** Places the passages name that are not actors ("in Homs"): reports naming different ones stay apart. */
  places: ReadonlySet<string>;
  docIds: ReadonlySet<string>;
}

/** How far apart, in days, reports of a once-only happening may date it. */
export const ONCE_WINDOW = 3;

export function compatible(a: Report, b: Report): boolean {
  if (!a.kind || !b.kind || a.kind.key !== b.kind.key || a.day === null || b.day === null) return false;
  if (a.day !== b.day) {
    if (!a.kind.once || Math.abs(a.day - b.day) > ONCE_WINDOW) return false;
    for (const d of a.docIds) if (b.docIds.has(d)) return false; // one document giving two dates tells of two things
  }
  if (!participantsAgree(a.event.actorIds, b.event.actorIds)) return false;
  if (a.places.size && b.places.size && ![...a.places].some((p) => b.places.has(p))) return false;
  return true;
}

/** Both name participants, and share them: all of the smaller set, or at least two. */
export function participantsAgree(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const set = new Set(a);
  const shared = new Set(b.filter((x) => set.has(x))).size;
  return shared >= Math.min(2, new Set(a).size, new Set(b).size);
}

/** Groups of reports of one occurrence, each in corpus order; groups in the order of their first report. */
export function groupReports(reports: readonly Report[]): Report[][] {
  const sorted = [...reports].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.order - b.order);
  const groups: Report[][] = [];
  const open = new Map<string, Report[][]>(); // by kind: groups that a later report may join
  for (const report of sorted) {
    const key = report.kind && report.day !== null ? report.kind.key : null;
    // Groups whose last report is too many days back can take no more (reports come in day order).
    const candidates = key ? (open.get(key) ?? []).filter((g) => report.day! - g.at(-1)!.day! <= ONCE_WINDOW) : [];
    const group = candidates.find((g) => g.every((member) => compatible(member, report)));
    if (key) open.set(key, candidates);
    if (group) group.push(report);
    else {
      const created = [report];
      groups.push(created);
      if (key) open.set(key, [...candidates, created]);
    }
  }
  for (const g of groups) g.sort((a, b) => a.order - b.order);
  return groups.sort((a, b) => a[0]!.order - b[0]!.order);
}
