// Reports of one occurrence in several documents become one event. Conservative by design: two
// events are joined only when they name the same kind of happening (or tell it in nearly the same
// words), fall on the same day (a few days apart only for what happens once to someone, a
// resignation, a death: then their dates disagree), share their participants and name no
// different places. Every member of a group must agree with every other (no chains: A like B and
// B like C does not join A and C), and two events of one sentence are never joined.
import type { TimelineEvent } from '../../model/dataset.ts';
import type { Kind } from './kinds.ts';
import { sharedShingles } from './duplicates.ts';

export interface Report {
  event: TimelineEvent;
  /** Where it comes in the corpus (document order, then offset): ties and the group's first report. */
  order: number;
  kind: Kind | null;
  /** The stem of an event word of no known family ("received" → "receiv"); null for a name, a date or a word too general to tell. */
  word: string | null;
  /** The passage says it did not happen ("has not spoken"): never one occurrence with a report that it did. */
  negated: boolean;
  /** Days since 1970 when the event is dated to one day, else null (never joined). */
  day: number | null;
  /** Places the passages name that are not actors ("in Homs"), each once: reports naming different ones stay apart. */
  places: readonly string[];
  /**
   * Word shingles of its first passage, each once, in ascending order, to tell a reworded copy of
   * one passage (numbers in one typed array: a corpus holds one report per event at once). Read
   * when first asked for: most reports fail a cheaper test against every other first.
   */
  shingles: () => Uint32Array;
}

/** Share of the shorter passage's word shingles the other must hold for the two to be one passage reworded. */
export const SAME_PASSAGE = 0.6;
/** Shingles a passage needs before it can be called a reworded copy ("All right." is not). */
const MIN_SHINGLES = 10;

/**
 * One passage reworded or extended ("… and will get other updates later"): most of the shorter
 * one's word triples are in the other. Both lists are ascending, each value once.
 */
export function samePassage(a: Uint32Array, b: Uint32Array): boolean {
  const small = Math.min(a.length, b.length);
  if (small < MIN_SHINGLES) return false;
  return sharedShingles(a, b) / small >= SAME_PASSAGE;
}

/** Whether two events have a passage of one document in common (`sameStart`) or a document in common. */
function shareEvidence(a: TimelineEvent, b: TimelineEvent, sameStart: boolean): boolean {
  for (const x of a.evidence) for (const y of b.evidence) if (x.docId === y.docId && (!sameStart || x.start === y.start)) return true;
  return false;
}

/** How far apart, in days, reports of a once-only happening may date it (time zones, "yesterday" read from another day). */
export const ONCE_WINDOW = 1;

export function compatible(a: Report, b: Report, isSetting: (id: string) => boolean = () => false): boolean {
  // Every test below must pass: the cheap ones come first, since most pairs fail one.
  if (a.day === null || b.day === null) return false;
  if (a.negated !== b.negated) return false;
  const sameKind = a.kind !== null && b.kind !== null && a.kind.key === b.kind.key;
  // Passages that name different known kinds of happening (arrested, expelled) are never one report.
  if (!sameKind && a.kind?.family && b.kind?.family) return false;
  if (a.day !== b.day && (!sameKind || !a.kind!.once || Math.abs(a.day - b.day) > ONCE_WINDOW)) return false;
  const samePlace = a.places.some((p) => b.places.includes(p));
  if (a.places.length && b.places.length && !samePlace) return false;
  if (shareEvidence(a.event, b.event, true)) return false; // one sentence telling two things
  if (a.day !== b.day) {
    if (shareEvidence(a.event, b.event, false)) return false; // one document giving two dates tells of two things
    // Dates that disagree: only between reports naming exactly the same participants.
    const set = new Set(a.event.actorIds);
    if (set.size !== new Set(b.event.actorIds).size || !b.event.actorIds.every((x) => set.has(x))) return false;
  }
  // The same word of no known kind ("received", "formed"): a weaker sign, then two shared participants.
  const sameWord = !sameKind && a.word !== null && a.word === b.word;
  const reworded = samePassage(a.shingles(), b.shingles());
  if (!sameKind && !reworded && !sameWord) return false;
  // Protests, fighting, killings: many on one day, one occurrence only in one named place.
  if (sameKind && a.kind!.diffuse && !samePlace && !reworded) return false;
  // Kinds read off the clause on both sides are a weaker sign: then two shared participants.
  const weak = sameKind && a.kind!.fromClause && b.kind!.fromClause;
  // One sentence copied with its event word, where each document read other names around it: one shared participant will do.
  if (reworded && (sameKind || sameWord)) return participantsAgree(a.event.actorIds, b.event.actorIds, isSetting, 1, 1);
  if (sameWord && !reworded) return sharedActors(a.event.actorIds, b.event.actorIds).filter((id) => !isSetting(id)).length >= 2;
  return participantsAgree(a.event.actorIds, b.event.actorIds, isSetting, weak ? 2 : 1);
}

/**
 * Both name participants and share them: all of the smaller set, or at least two (`least` when
 * asked); and among them a person, organization or group. Countries are the setting of a story
 * rather than participants that identify an occurrence (Egypt and the United States are in every
 * other event of a story about Egypt), and the outlets that report it ("Cairo (CNN) --") are not
 * taking part in it.
 */
export function participantsAgree(
  a: readonly string[],
  b: readonly string[],
  isSetting: (id: string) => boolean = () => false,
  least = 1,
  /** How many participants must be shared, in place of the rule above. */
  needed?: number,
): boolean {
  if (!a.length || !b.length) return false;
  const shared = sharedActors(a, b);
  if (shared.length < (needed ?? Math.max(least, Math.min(2, new Set(a).size, new Set(b).size)))) return false;
  return shared.some((id) => !isSetting(id));
}

function sharedActors(a: readonly string[], b: readonly string[]): string[] {
  const set = new Set(a);
  return [...new Set(b.filter((x) => set.has(x)))];
}

/** Groups of reports of one occurrence, each in corpus order; groups in the order of their first report. */
export function groupReports(reports: readonly Report[], isSetting: (id: string) => boolean = () => false): Report[][] {
  const sorted = [...reports].sort((a, b) => (a.day ?? Infinity) - (b.day ?? Infinity) || a.order - b.order);
  const groups: Report[][] = [];
  const open = new Map<string, Report[][]>(); // by kind: groups that a later report may join
  for (const report of sorted) {
    // Reports are compared within one day's window; those without a kind only with a copy of their passage.
    const key = report.day !== null ? 'any' : null;
    // Groups whose last report is too many days back can take no more (reports come in day order).
    const candidates = key ? (open.get(key) ?? []).filter((g) => report.day! - g.at(-1)!.day! <= ONCE_WINDOW) : [];
    const group = candidates.find((g) => g.every((member) => compatible(member, report, isSetting)));
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
