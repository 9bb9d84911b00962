// Everything the views need from a validated dataset, computed once per load: numeric times in
// typed arrays (a million events must stay cheap to draw), time order, and lookups by id. The
// typed arrays (buildColumns) are made where the dataset is read, in a worker, and handed over
// without a copy; the lookups are made here.
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Actor, Dataset, DocumentMeta, TimelineEvent } from '../../model/dataset.ts';
import type { Problem } from '../../model/validate.ts';
import { dayMs } from '../time/dayMs.ts';
import { isInferred } from '../time/describePrecision.ts';
import { BAR, markKind } from './markKind.ts';
import { actorMembers } from '../actors/actorMembers.ts';

/** The per-event numbers the timeline draws from, in typed arrays. */
export interface DatasetColumns {
  /** Per event index; NaN for undated events. End is exclusive. */
  start: Float64Array;
  end: Float64Array;
  /** Where an open or approximate end stops being drawn solid (ms), else equal to end. */
  solidEnd: Float64Array;
  kind: Uint8Array;
  /** 1 when the end is open (drawn fading past `end`). */
  openEnd: Uint8Array;
  inferred: Uint8Array;
  /** Index into CERTAINTIES, for colour. */
  certainty: Uint8Array;
  /** Dated event indices in time order (start, then end). */
  dated: Int32Array;
  undated: number[];
  /** [min start, max end] of the dated events, or null when there are none. */
  extent: [number, number] | null;
}

export interface DatasetIndex extends DatasetColumns {
  dataset: Dataset;
  problems: Problem[];
  events: TimelineEvent[];
  eventIndex: Map<string, number>;
  actorById: Map<string, Actor>;
  /** Actor id → itself and every actor below it (a country includes its members). */
  members: Map<string, Set<string>>;
  docById: Map<string, DocumentMeta>;
}

export function buildColumns(events: readonly TimelineEvent[]): DatasetColumns {
  const n = events.length;
  const start = new Float64Array(n).fill(NaN);
  const end = new Float64Array(n).fill(NaN);
  const solidEnd = new Float64Array(n).fill(NaN);
  const kind = new Uint8Array(n);
  const openEnd = new Uint8Array(n);
  const inferred = new Uint8Array(n);
  const certainty = new Uint8Array(n);
  const dated = new Int32Array(n);
  let datedCount = 0;
  const undated: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  events.forEach((event, i) => {
    certainty[i] = CERTAINTIES.indexOf(event.attribution.certainty);
    const time = event.time;
    if (!time) return void undated.push(i);
    start[i] = dayMs(time.start);
    end[i] = dayMs(time.end);
    kind[i] = markKind(time);
    inferred[i] = isInferred(time) ? 1 : 0;
    const to = time.interval?.to;
    openEnd[i] = kind[i] === BAR && to === null ? 1 : 0;
    // A fuzzy end (approximate or computed from a duration) fades over the end's own span, and at
    // least over the last quarter of the bar so that the fade reads at any zoom.
    solidEnd[i] =
      to && (to.approximate || to.anchor === 'computed')
        ? Math.min(dayMs(to.start), end[i]! - (end[i]! - start[i]!) / 4)
        : end[i]!;
    dated[datedCount++] = i;
    min = Math.min(min, start[i]!);
    max = Math.max(max, end[i]!);
  });
  const order = dated.subarray(0, datedCount).sort((a, b) => start[a]! - start[b]! || end[a]! - end[b]! || a - b);
  return {
    start,
    end,
    solidEnd,
    kind,
    openEnd,
    inferred,
    certainty,
    // A copy of its own, so that it can be handed to another thread.
    dated: order.slice(),
    undated,
    extent: datedCount ? [min, max] : null,
  };
}

export function buildIndex(dataset: Dataset, problems: Problem[], columns: DatasetColumns = buildColumns(dataset.events)): DatasetIndex {
  const { events } = dataset;
  const actorById = new Map(dataset.actors.map((a) => [a.id, a]));
  return {
    dataset,
    problems,
    events,
    eventIndex: new Map(events.map((e, i) => [e.id, i])),
    ...columns,
    actorById,
    members: actorMembers(dataset.actors),
    docById: new Map(dataset.documents.map((d) => [d.id, d])),
  };
}
