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
import { eventText, searchTextBuilder } from '../search/searchText.ts';
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
    if (this.length === this.list.length) this.grow(this.length + 1);
    this.list[this.length++] = v;
  }
  pushAll(values: Int32Array) {
    if (this.length + values.length > this.list.length) this.grow(this.length + values.length);
    this.list.set(values, this.length);
    this.length += values.length;
  }
  private grow(atLeast: number) {
    const grown = new Int32Array(Math.max(this.list.length * 2, atLeast));
    grown.set(this.list);
    this.list = grown;
  }
}

/**
 * The columns of a run of events read apart (by another thread), appended in order to the
 * dataset's (ColumnBuilder.append): per-event arrays of `count` (`actorStart` and `docStart` of
 * `count + 1`, from 0), references counted from the run's own start, and the search text of each event.
 */
export interface ColumnPart
  extends Pick<
    DatasetColumns,
    | 'start'
    | 'end'
    | 'solidEnd'
    | 'kind'
    | 'openEnd'
    | 'inferred'
    | 'reportedBy'
    | 'certainty'
    | 'support'
    | 'titleLength'
    | 'claimant'
    | 'idHash'
    | 'actorStart'
    | 'actorRefs'
    | 'docStart'
    | 'docRefs'
    | 'extent'
  > {
  count: number;
  /** The run's undated events (indices in the run), in order. */
  undated: number[];
  /** The search text of each event (searchText.ts eventText). */
  texts: string[];
}

/** The per-event arrays copied as they are from a part. */
const PER_EVENT = ['start', 'end', 'solidEnd', 'kind', 'openEnd', 'inferred', 'reportedBy', 'certainty', 'support', 'titleLength', 'claimant', 'idHash'] as const;

export interface ColumnBuilder {
  /** Adds the next event (its index is the number added before it): a whole event, or the fields the columns read. */
  add(event: ColumnFields): void;
  /** Adds the events of a part, after those added before. */
  append(part: ColumnPart): void;
  /** The events added, as a part (a builder made with `columnBuilder(…, { part: true })`). */
  part(): ColumnPart;
  /**
   * The columns of the events added so far, copies of their own, without the search text (empty):
   * a first picture of a large dataset while the rest is read. The builder goes on as before.
   */
  soFar(): DatasetColumns;
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

/** Where each actor and document is in the dataset's lists, made once for every builder of a file. */
export interface ColumnLookup {
  documents: readonly DocumentMeta[];
  actorIndex: ReadonlyMap<string, number>;
  docIndex: ReadonlyMap<string, number>;
}

export function columnLookup(actors: readonly Actor[], documents: readonly DocumentMeta[]): ColumnLookup {
  return { documents, actorIndex: new Map(actors.map((a, k) => [a.id, k])), docIndex: new Map(documents.map((d, k) => [d.id, k])) };
}

/**
 * `capacity`: the events expected (more may be added: the arrays grow). `part`: the events are a
 * run to be appended to another builder (their search text kept as a list, nothing sorted).
 */
export function columnBuilder(
  capacity: number,
  actors: readonly Actor[],
  documents: readonly DocumentMeta[],
  { lookup = columnLookup(actors, documents), part = false }: { lookup?: ColumnLookup; part?: boolean } = {},
): ColumnBuilder {
  let n = Math.max(1, capacity);
  let c = arrays(n);
  const { actorIndex, docIndex } = lookup;
  const docs = lookup.documents;
  const actorRefs = new Growing();
  const docRefs = new Growing();
  const search = searchTextBuilder();
  const texts: string[] = [];
  let datedCount = 0;
  const undated: number[] = [];
  let min = Infinity;
  let max = -Infinity;
  let i = 0;
  /** The arrays of the events added so far, each a copy of its own. */
  const added = () => {
    const cut = <T extends { slice(from: number, to: number): T }>(a: T, extra = 0) => a.slice(0, i + extra);
    return {
      start: cut(c.start),
      end: cut(c.end),
      solidEnd: cut(c.solidEnd),
      kind: cut(c.kind),
      openEnd: cut(c.openEnd),
      inferred: cut(c.inferred),
      reportedBy: cut(c.reportedBy),
      certainty: cut(c.certainty),
      support: cut(c.support),
      titleLength: cut(c.titleLength),
      claimant: cut(c.claimant),
      idHash: cut(c.idHash),
      actorStart: cut(c.actorStart, 1),
      actorRefs: actorRefs.list.slice(0, actorRefs.length),
      docStart: cut(c.docStart, 1),
      docRefs: docRefs.list.slice(0, docRefs.length),
      extent: datedCount ? ([min, max] as [number, number]) : null,
    };
  };
  return {
    add(event) {
      if (i === n) c = grown(c, (n *= 2));
      c.certainty[i] = CERTAINTIES.indexOf(event.attribution.certainty);
      c.support[i] = supportOfEvent(event, docs, docIndex);
      c.titleLength[i] = event.title.length;
      c.idHash[i] = hashId(event.id);
      if (part) texts.push(eventText(event));
      else search.add(event);
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
    append(p) {
      if (i + p.count > n) {
        while (i + p.count > n) n *= 2;
        c = grown(c, n);
      }
      for (const key of PER_EVENT) (c[key] as Float64Array).set(p[key] as Float64Array, i);
      const actorsBefore = actorRefs.length;
      const docsBefore = docRefs.length;
      for (let k = 1; k <= p.count; k++) {
        c.actorStart[i + k] = actorsBefore + p.actorStart[k]!;
        c.docStart[i + k] = docsBefore + p.docStart[k]!;
      }
      actorRefs.pushAll(p.actorRefs);
      docRefs.pushAll(p.docRefs);
      for (const text of p.texts) search.addText(text);
      let next = 0;
      for (let k = 0; k < p.count; k++) {
        if (p.undated[next] === k) {
          undated.push(i + k);
          next++;
        } else c.dated[datedCount++] = i + k;
      }
      if (p.extent) {
        min = Math.min(min, p.extent[0]);
        max = Math.max(max, p.extent[1]);
      }
      i += p.count;
    },
    part() {
      return Object.assign(added(), { count: i, undated: undated.slice(), texts });
    },
    soFar() {
      const order = timeOrder(c.dated.subarray(0, datedCount), c.start, c.end);
      return Object.assign(added(), { dated: order, undated: undated.slice(), idOrder: hashOrder(c.idHash.subarray(0, i)), searchText: [] });
    },
    finish() {
      // Copies of their own, so that each can be handed to another thread.
      const order = timeOrder(c.dated.subarray(0, datedCount), c.start, c.end);
      return Object.assign(added(), { dated: order, undated, idOrder: hashOrder(c.idHash.subarray(0, i)), searchText: search.finish() });
    },
  };
}

/** Every typed array of a part, to hand to another thread without a copy. */
export function partBuffers(p: ColumnPart): ArrayBuffer[] {
  return [...PER_EVENT.map((key) => p[key]), p.actorStart, p.actorRefs, p.docStart, p.docRefs].map((a) => a.buffer as ArrayBuffer);
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
