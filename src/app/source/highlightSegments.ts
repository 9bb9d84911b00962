// Cuts a document's text into runs that share the same marks: which events' passages cover a run,
// and whether it is a trigger, a date or an actor mention. The text itself is never parsed as
// markup: runs are offsets into it. Which run lies in the passage being shown is not part of this
// (see `inPassage`), so that selecting another event does not cut the text again.
//
// One sweep over the sorted start and end points of every span: O((n + m) log m) for n runs and m
// spans, plus the size of the output. A document of 0.9 MB has tens of thousands of spans; testing
// every span against every run took seconds.
import type { ActorMention, Timex } from '../../model/dataset.ts';
import { LazyMinHeap } from './lazyMinHeap.ts';

export interface Passage {
  event: number;
  start: number;
  end: number;
  trigger: { start: number; end: number };
  timex: { start: number; end: number } | null;
}

export interface Segment {
  start: number;
  end: number;
  /** Event indices whose passage covers this run, in the order of the passages given. Runs with
   * the same covering passages share one array: read it, never change it. */
  passages: readonly number[];
  /** Event whose trigger covers this run (the first such passage given), or -1. */
  trigger: number;
  /** Inside a time expression. */
  timex: boolean;
  /** Actor id of a mention covering this run (the first such mention given). */
  mention: string | null;
}

interface Span {
  start: number;
  end: number;
}

// What a span marks; an edge opens or closes span `k` of that kind.
const PASSAGE = 0;
const TRIGGER = 1;
const TIMEX = 2;
const MENTION = 3;

interface Edge {
  at: number;
  open: boolean;
  kind: number;
  k: number;
}

export function highlightSegments(
  length: number,
  passages: readonly Passage[],
  timexes: readonly Pick<Timex, 'start' | 'end'>[],
  mentions: readonly Pick<ActorMention, 'start' | 'end' | 'actorId'>[],
  /** Where to begin: runs cover [from, length), spans are clamped to it (one block of a text). */
  from = 0,
): Segment[] {
  const clamp = (n: number) => Math.max(from, Math.min(length, n));
  const edges: Edge[] = [];
  // A span that covers no character after clamping marks nothing and is left out.
  const add = (s: Span | null, kind: number, k: number) => {
    if (!s) return;
    const a = clamp(s.start);
    const b = clamp(s.end);
    if (a < b) edges.push({ at: a, open: true, kind, k }, { at: b, open: false, kind, k });
  };
  passages.forEach((p, k) => {
    add(p, PASSAGE, k);
    add(p.trigger, TRIGGER, k);
    add(p.timex, TIMEX, k);
  });
  timexes.forEach((t, k) => add(t, TIMEX, k));
  mentions.forEach((m, k) => add(m, MENTION, k));
  edges.sort((e, f) => e.at - f.at);

  // What covers the current run. Passages are kept sorted by their order in `passages` (binary
  // insertion; as many as overlap at one point, which the output lists anyway); triggers and
  // mentions only need the first one, from a heap.
  const open: number[] = [];
  const triggers = new LazyMinHeap();
  const openMentions = new LazyMinHeap();
  let timexDepth = 0;
  let covering: readonly number[] = [];
  let changed = false;

  const segments: Segment[] = [];
  let at = from;
  for (let e = 0; e <= edges.length; e++) {
    const next = e < edges.length ? edges[e]!.at : length;
    if (next > at) {
      if (changed) {
        covering = open.map((k) => passages[k]!.event);
        changed = false;
      }
      const t = triggers.min();
      const m = openMentions.min();
      segments.push({
        start: at,
        end: next,
        passages: covering,
        trigger: t >= 0 ? passages[t]!.event : -1,
        timex: timexDepth > 0,
        mention: m >= 0 ? mentions[m]!.actorId : null,
      });
      at = next;
    }
    if (e === edges.length) break;
    const { open: opens, kind, k } = edges[e]!;
    if (kind === PASSAGE) {
      const pos = lowerBound(open, k);
      if (opens) open.splice(pos, 0, k);
      else open.splice(pos, 1);
      changed = true;
    } else if (kind === TRIGGER) {
      if (opens) triggers.push(k);
      else triggers.remove(k);
    } else if (kind === TIMEX) timexDepth += opens ? 1 : -1;
    else if (opens) openMentions.push(k);
    else openMentions.remove(k);
  }
  return segments;
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a run lies inside a passage (the one being shown): a constant-time test at render. */
export function inPassage(segment: Span, passage: Span | null): boolean {
  return passage !== null && passage.start <= segment.start && segment.end <= passage.end;
}

/**
 * The event a click on a run means: the event of its trigger, else the event being shown when the
 * run is in its passage, else the narrowest passage covering it; -1 when none.
 */
export function eventAt(segment: Segment, shownEvent: number, passages: readonly Passage[]): number {
  if (segment.trigger >= 0) return segment.trigger;
  if (segment.passages.length === 0) return -1;
  if (segment.passages.includes(shownEvent)) return shownEvent;
  const covering = passages.filter((p) => segment.passages.includes(p.event) && p.start <= segment.start && segment.end <= p.end);
  covering.sort((p, q) => p.end - p.start - (q.end - q.start));
  return covering[0]?.event ?? segment.passages[0]!;
}
