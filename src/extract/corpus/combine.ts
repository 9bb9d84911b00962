// One event from the reports of one occurrence: the first report names it (id, title, who says
// so), the date most documents give dates it, every participant and every passage is kept, and
// where the reports disagree each version stays visible.
import type { TimelineEvent } from '../../model/dataset.ts';
import type { DocInfo } from './disagreements.ts';
import { disagreementsOf } from './disagreements.ts';
import type { Report } from './merge.ts';
import { MAX_EVIDENCE } from '../limits.ts';
import { flatMapOf } from '../lists.ts';
import { extend } from '../objects.ts';

export function combine(group: readonly Report[], doc: (id: string) => DocInfo & { order: number; original: string }): TimelineEvent {
  const first = group[0]!.event;
  if (group.length === 1) {
    const disagreements = new Set(first.evidence.map((e) => e.docId)).size > 1 ? disagreementsOf([first], doc) : [];
    return disagreements.length ? extend(first, { disagreements }) : first;
  }
  const members = group.map((r) => r.event);
  // The date given by the most independent documents; on a tie, the first report's.
  const support = new Map<string, Set<string>>();
  for (const m of members) {
    const set = support.get(m.time?.value ?? '') ?? new Set();
    for (const e of m.evidence) set.add(doc(e.docId).original);
    support.set(m.time?.value ?? '', set);
  }
  const dated = members.reduce(
    (best, m) => (support.get(m.time?.value ?? '')!.size > support.get(best.time?.value ?? '')!.size ? m : best),
    first,
  );
  const seen = new Set<string>();
  const evidence = flatMapOf(members, (m) => m.evidence)
    .filter((e) => !seen.has(`${e.docId}:${e.start}:${e.trigger.start}`) && seen.add(`${e.docId}:${e.start}:${e.trigger.start}`))
    .sort((a, b) => doc(a.docId).order - doc(b.docId).order || a.start - b.start || a.trigger.start - b.trigger.start);
  // At most MAX_EVIDENCE passages, the first in document order; the others are counted.
  const omitted = members.reduce((n, m) => n + (m.evidenceOmitted ?? 0), 0) + Math.max(0, evidence.length - MAX_EVIDENCE);
  const event: TimelineEvent = extend(first, {
    time: dated.time,
    actorIds: [...new Set(flatMapOf(members, (m) => m.actorIds))],
    evidence: evidence.slice(0, MAX_EVIDENCE),
  });
  // Each participant keeps the part the first report gives it.
  const roles = flatMapOf(members, (m) => m.roles ?? []).filter((r, i, all) => all.findIndex((x) => x.actorId === r.actorId) === i);
  if (roles.length) event.roles = roles;
  if (omitted) event.evidenceOmitted = omitted;
  else delete event.evidenceOmitted;
  const disagreements = disagreementsOf(members, doc);
  if (disagreements.length) event.disagreements = disagreements;
  return event;
}
