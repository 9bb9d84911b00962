// Cuts a document's text into runs that share the same marks: which events' passages cover a run,
// whether it lies in the passage being shown, and whether it is a trigger, a date or an actor
// mention. The text itself is never parsed as markup: runs are offsets into it.
import type { ActorMention, Timex } from '../../model/dataset.ts';

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
  /** Event indices whose passage covers this run. */
  passages: number[];
  /** Inside the passage being shown. */
  selected: boolean;
  /** Event whose trigger covers this run, or -1. */
  trigger: number;
  /** Inside a time expression. */
  timex: boolean;
  /** Actor id of a mention covering this run. */
  mention: string | null;
}

interface Span {
  start: number;
  end: number;
}

export function highlightSegments(
  length: number,
  passages: readonly Passage[],
  shown: Passage | null,
  timexes: readonly Pick<Timex, 'start' | 'end'>[],
  mentions: readonly Pick<ActorMention, 'start' | 'end' | 'actorId'>[],
): Segment[] {
  const clamp = (n: number) => Math.max(0, Math.min(length, n));
  const cuts = new Set([0, length]);
  const add = (s: Span | null) => {
    if (s) cuts.add(clamp(s.start)).add(clamp(s.end));
  };
  for (const p of passages) [p, p.trigger, p.timex].forEach(add);
  timexes.forEach(add);
  mentions.forEach(add);
  const bounds = [...cuts].sort((a, b) => a - b);
  const covers = (s: Span, a: number, b: number) => s.start <= a && b <= s.end;
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const a = bounds[k]!;
    const b = bounds[k + 1]!;
    if (a === b) continue;
    const trigger = passages.find((p) => covers(p.trigger, a, b));
    segments.push({
      start: a,
      end: b,
      passages: passages.filter((p) => covers(p, a, b)).map((p) => p.event),
      selected: shown !== null && covers(shown, a, b),
      trigger: trigger ? trigger.event : -1,
      timex: timexes.some((t) => covers(t, a, b)) || passages.some((p) => p.timex !== null && covers(p.timex, a, b)),
      mention: mentions.find((m) => covers(m, a, b))?.actorId ?? null,
    });
  }
  return segments;
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
