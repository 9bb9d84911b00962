// The per-event numbers every view reads for all events at once (drawing, filters, counts, key
// events), in typed arrays: a million events stay cheap to draw and filter, and the arrays cross
// from the reading worker to the page without a copy. Filled event by event as events are read.
import { CERTAINTIES } from '../../model/dataset.ts';
import type { Actor, DocumentMeta, TimelineEvent } from '../../model/dataset.ts';
import type { ColumnFields } from './columnFields.ts';
import { dayMs } from '../time/dayMs.ts';
import { isInferred, isReportedBy } from '../time/describePrecision.ts';
import { BAR, markKind } from './markKind.ts';
import { hashId, hashOrder } from './eventIds.ts';
import { timeOrder } from './timeOrder.ts';
import { searchTextBuilder } from '../search/searchText.ts';
import type { SearchChunk } from '../search/searchText.ts';
import { reportingDocuments, reportsOf } from '../../model/reportsOf.ts';

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
  /** 1 when the time is only the document's publication date (drawn as a hollow ring). */
  reportedBy: Uint8Array;
  /** Index into CERTAINTIES, for colour. */
  certainty: Uint8Array;
  /** Dated event indices in time order (start, then end). */
  dated: Int32Array;
  undated: number[];
  /** [min start, max end] of the dated events, or null when there are none. */
  extent: [number, number] | null;
  /** How well supported each event is (story/supportOf.ts). */
  support: Float64Array;
  /** Characters in each title, for guessing label widths without reading the titles. */
  titleLength: Uint32Array;
  /** Event i's actors are actorRefs[actorStart[i] .. actorStart[i + 1]), indices into the actors. */
  actorStart: Int32Array;
  actorRefs: Int32Array;
  /** Index of the actor who claims the event, -1 when none. */
  claimant: Int32Array;
  /** Event i's passages' documents are docRefs[docStart[i] .. docStart[i + 1]), indices into the documents. */
  docStart: Int32Array;
  docRefs: Int32Array;
  /** A 32-bit hash of each event's id, and the event indices in order of it (eventIds.ts). */
  idHash: Uint32Array;
  idOrder: Int32Array;
  /** The lowercased text the search looks through (search/searchText.ts). */
  searchText: SearchChunk[];
}

/** Support: the salience when given, else independent documents plus distinct sources (model/reportsOf.ts). */
function supportOfEvent(event: ColumnFields, docs: readonly DocumentMeta[], docIndex: ReadonlyMap<string, number>): number {
  if (event.salience !== undefined) return event.salience;
  // One passage is one document from one source: the common case, without building sets.
  const reports = event.reports ?? (event.evidence.length === 1 ? null : reportsOf(event.evidence, reportingDocuments((id) => docs[docIndex.get(id) ?? -1])));
  return reports ? reports.documents + reports.sources : 2;
}

class Growing {
  list = new Int32Array(1024);
  length = 0;
  push(v: number) {
    if (this.length === this.list.length) {
      const grown = new Int32Array(this.list.length * 2);
      grown.set(this.list);
      this.list = grown;
    }
    this.list[this.length++] = v;
  }
}

export interface ColumnBuilder {
  /** Adds the next event (its index is the number added before it): a whole event, or the fields the columns read. */
  add(event: ColumnFields): void;
  finish(): DatasetColumns;
}

function arrays(n: number) {
  return {
    start: new Float64Array(n).fill(NaN),
    end: new Float64Array(n).fill(NaN),
    solidEnd: new Float64Array(n).fill(NaN),
    kind: new Uint8Array(n),
    openEnd: new Uint8Array(n),
    inferred: new Uint8Array(n),
    reportedBy: new Uint8Array(n),
    certainty: new Uint8Array(n),
    support: new Float64Array(n),
    titleLength: new Uint32Array(n),
    actorStart: new Int32Array(n + 1),
    claimant: new Int32Array(n),
    docStart: new Int32Array(n + 1),
    idHash: new Uint32Array(n),
    dated: new Int32Array(n),
  };
}

/** The arrays of `old` in arrays of room for `n` events. */
function grown(old: ReturnType<typeof arrays>, n: number): ReturnType<typeof arrays> {
  const next = arrays(n);
  for (const key of Object.keys(next) as (keyof typeof next)[]) (next[key] as Float64Array).set(old[key] as Float64Array);
  return next;
}

/** `capacity`: the events expected (more may be added: the arrays grow). */
export function columnBuilder(capacity: number, actors: readonly Actor[], documents: readonly DocumentMeta[]): ColumnBuilder {
  let n = Math.max(1, capacity);
  let c = arrays(n);
  const actorIndex = new Map(actors.map((a, k) => [a.id, k]));
  const docIndex = new Map(documents.map((d, k) => [d.id, k]));
  const actorRefs = new Growing();
  const docRefs = new Growing();
  const search = searchTextBuilder();
  let datedCount = 0;
  const undated: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  let i = 0;
  return {
    add(event) {
      if (i === n) c = grown(c, (n *= 2));
      c.certainty[i] = CERTAINTIES.indexOf(event.attribution.certainty);
      c.support[i] = supportOfEvent(event, documents, docIndex);
      c.titleLength[i] = event.title.length;
      c.idHash[i] = hashId(event.id);
      search.add(event);
      for (const id of event.actorIds) actorRefs.push(actorIndex.get(id) ?? -1);
      c.actorStart[i + 1] = actorRefs.length;
      c.claimant[i] = event.attribution.actorId === null ? -1 : (actorIndex.get(event.attribution.actorId) ?? -1);
      for (const e of event.evidence) docRefs.push(docIndex.get(e.docId) ?? -1);
      c.docStart[i + 1] = docRefs.length;
      const time = event.time;
      if (!time) {
        undated.push(i++);
        return;
      }
      const s = (c.start[i] = dayMs(time.start));
      const e = (c.end[i] = dayMs(time.end));
      c.kind[i] = markKind(time);
      c.inferred[i] = isInferred(time) ? 1 : 0;
      c.reportedBy[i] = isReportedBy(time) ? 1 : 0;
      const to = time.interval?.to;
      c.openEnd[i] = c.kind[i] === BAR && to === null ? 1 : 0;
      // A fuzzy end (approximate or computed from a duration) fades over the end's own span, and at
      // least over the last quarter of the bar so that the fade reads at any zoom.
      c.solidEnd[i] = to && (to.approximate || to.anchor === 'computed') ? Math.min(dayMs(to.start), e - (e - s) / 4) : e;
      c.dated[datedCount++] = i;
      if (s < min) min = s;
      if (e > max) max = e;
      i++;
    },
    finish() {
      const count = i;
      const { start, end } = c;
      const order = timeOrder(c.dated.subarray(0, datedCount), start, end);
      const cut = <T extends { slice(from: number, to: number): T }>(a: T, extra = 0) => a.slice(0, count + extra);
      return {
        start: cut(c.start),
        end: cut(c.end),
        solidEnd: cut(c.solidEnd),
        kind: cut(c.kind),
        openEnd: cut(c.openEnd),
        inferred: cut(c.inferred),
        reportedBy: cut(c.reportedBy),
        certainty: cut(c.certainty),
        // Copies of their own, so that each can be handed to another thread.
        dated: order,
        undated,
        extent: datedCount ? [min, max] : null,
        support: cut(c.support),
        titleLength: cut(c.titleLength),
        actorStart: cut(c.actorStart, 1),
        actorRefs: actorRefs.list.slice(0, actorRefs.length),
        claimant: cut(c.claimant),
        docStart: cut(c.docStart, 1),
        docRefs: docRefs.list.slice(0, docRefs.length),
        idHash: cut(c.idHash),
        idOrder: hashOrder(c.idHash.subarray(0, count)),
        searchText: search.finish(),
      };
    },
  };
}

/** The columns of events already in memory (a dataset built in this page, or a test's). */
export function buildColumns(events: readonly TimelineEvent[], actors: readonly Actor[] = [], documents: readonly DocumentMeta[] = []): DatasetColumns {
  const builder = columnBuilder(events.length, actors, documents);
  for (const event of events) builder.add(event);
  return builder.finish();
}

/** Every typed array of the columns, to hand to another thread without a copy. */
export function columnBuffers(c: DatasetColumns): ArrayBuffer[] {
  const arrays = [c.start, c.end, c.solidEnd, c.kind, c.openEnd, c.inferred, c.reportedBy, c.certainty, c.dated, c.support, c.titleLength];
  arrays.push(c.actorStart, c.actorRefs, c.claimant, c.docStart, c.docRefs, c.idHash, c.idOrder, ...c.searchText.map((s) => s.ends));
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
