// Stage 8: from documents to one dataset. Actors are merged by id across documents (their
// aliases are every form the documents used), the parents of mentioned actors are kept so the
// hierarchy is whole, identical events from several passages become one event with several pieces
// of evidence, and ids are derived from content so that they survive re-runs. Then the corpus
// view: copies of a document are found (corpus/duplicates.ts), reports of one occurrence in several
// documents are joined (corpus/merge.ts), and each event gets its support (corpus/salience.ts).
import type { Actor, Dataset, Diagnostic, DocumentMeta, DocumentText, TimelineEvent } from '../model/dataset.ts';
import { SCHEMA_VERSION } from '../model/dataset.ts';
import type { DocContext, EventDraft } from './context.ts';
import { firstWord } from './actors/gazetteer.ts';
import type { Gazetteer } from './actors/gazetteer.ts';
import { shortHash, slug } from './ids.ts';
import { unifyActors } from './actors/identity.ts';
import { bodiesOnEvidence, settleKinds } from './corpus/actorKinds.ts';
import { commonWordActors, dropActors, lowerWordsOf, runInWords } from './corpus/commonWords.ts';
import type { LowerWords } from './corpus/commonWords.ts';
import { isThing } from './actors/things.ts';
import { MAX_EVIDENCE, MAX_NAME, MAX_TITLE, clip } from './limits.ts';
import { findDuplicates } from './corpus/duplicates.ts';
import { toReport } from './corpus/reports.ts';
import { groupReports } from './corpus/merge.ts';
import { combine } from './corpus/combine.ts';
import { passageKeys } from './corpus/passage.ts';
import { salienceOf } from './corpus/salience.ts';
import { reportsOf } from '../model/reportsOf.ts';
import { extend, interner } from './objects.ts';
import { documentId } from './corpus/documentId.ts';

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const normalPath = (p: string) =>
  p
    .replace(/\\/g, '/')
    .replace(/^(?:\.\/)+/, '')
    .replace(/\/{2,}/g, '/');

const fileName = (normal: string) =>
  normal
    .split('/')
    .at(-1)!
    .replace(/\.[^.]+$/, '');

/**
 * Document ids: eight characters drawn from a hash of the path (corpus/documentId.ts), so that an
 * id (and the shared links that name it) stays the same when other files are added beside it and
 * whatever order the files come in. Short, since every passage names its document: "k2v9qa7d".
 * When two paths draw the same id, the one that sorts first keeps it and the other takes the next
 * id of its own chain (`path|2`, `path|3`…): the same ids whatever the input order.
 */
export function assignIds(paths: readonly string[], idOf: (key: string) => string = documentId): string[] {
  const normals = paths.map(normalPath);
  const first = normals.map((normal) => idOf(normal));
  const owner = new Map<string, string>();
  normals.forEach((normal, i) => {
    const held = owner.get(first[i]!);
    if (held === undefined || compare(normal, held) < 0) owner.set(first[i]!, normal);
  });
  const taken = new Set(owner.keys());
  const ids = normals.map(() => '');
  const given = new Set<string>();
  const others: number[] = [];
  normals.forEach((normal, i) => {
    const id = first[i]!;
    // The same path given twice: only its first reading keeps the id.
    if (owner.get(id) === normal && !given.has(id)) {
      ids[i] = id;
      given.add(id);
    } else others.push(i);
  });
  others.sort((a, b) => compare(normals[a]!, normals[b]!) || a - b);
  for (const i of others) {
    let id = first[i]!;
    for (let n = 2; taken.has(id); n++) id = idOf(`${normals[i]}|${n}`);
    taken.add(id);
    ids[i] = id;
  }
  return ids;
}

/**
 * What an event's id is hashed from for its document: the id schema version 2 gave the document
 * (the whole file name as a slug), so that event ids, and the corrections and links that name
 * them, stayed the same when document ids became shorter.
 */
export function eventIdKey(path: string): string {
  const normal = normalPath(path);
  return `${slug(fileName(normal), 48) || 'document'}-${shortHash(normal, 6)}`;
}

/**
 * `documentsRead` is emptied: the corpus stage owns the documents and lets each part go once it
 * is used (the documents as read, once their actors are unified; the event drafts, once merged),
 * so that the dataset is not built beside a whole second copy of what it is built from.
 */
export function buildDataset(
  documentsRead: DocContext[],
  gazetteer: Gazetteer,
  diagnostics: Diagnostic[],
  prepared: Map<string, EventKeys> = new Map(),
  lowerWords?: LowerWords,
): { dataset: Dataset; texts: DocumentText[] } {
  // One actor per person or organization across documents, before anything counts them.
  // Whether a name is a person or a body, from every document that names it, first.
  const known = new Set(gazetteer.actors.keys());
  const bodies = bodiesOnEvidence(documentsRead);
  const settled = settleKinds(documentsRead.splice(0), known);
  // "Charge Obama": a common word run into a name is no part of it (corpus/commonWords.ts).
  // The lower-case words are counted once for both uses (here and commonWordActors below), if not already.
  const lower = lowerWords ?? lowerWordsOf(settled);
  const runIn = runInWords(settled, lower);
  // "Alleged Libyan": a people's word ("Libyan", "Libyans") is no one's family name.
  const isPeople = (w: string) =>
    [w, w.replace(/s$/, '')].some((x) => gazetteer.forms.get(firstWord(x))?.some((f) => f.text === x && f.kind === 'demonym'));
  const unified = unifyActors(settled.splice(0), known, bodies, (w) => runIn.has(w), isPeople);
  // One-word names that the corpus writes as common words ("Tea", "Spring") name no actor.
  const common = commonWordActors(unified, known, lower);
  const docs = dropActors(unified.splice(0), common);
  const copies = findDuplicates(
    docs.map((d) => ({
      id: d.id,
      text: d.text,
      date: d.meta.date,
      sha256: d.sha256,
      ...(d.fingerprint ? { fingerprint: d.fingerprint } : {}),
    })),
  );
  const actors = mergeActors(docs, gazetteer);
  const countries = new Map(actors.filter((a) => a.kind === 'country').map((a) => [a.id, a.name]));
  const media = new Set(actors.filter((a) => a.kind === 'media').map((a) => a.id));
  // Cities and regions the text names ("Geneva", "Tahrir Square") are places too.
  const places = new Set(actors.filter((a) => a.kind === 'place').map((a) => a.id));
  // A capital named as a city ("arrests in Cairo", actors/capitalPlaces.ts) is a setting, as its country is.
  const capitals = new Set(actors.filter((a) => a.kind === 'place' && a.parentId !== null && countries.has(a.parentId)).map((a) => a.id));
  const documents: DocumentMeta[] = docs.map((d) => ({
    id: d.id,
    path: d.path,
    title: clip(d.meta.title, MAX_TITLE),
    date: d.meta.date,
    sha256: d.sha256,
    source: d.meta.source,
    url: d.meta.url,
    length: d.text.length,
    ...(copies.has(d.id) ? { duplicateOf: copies.get(d.id)! } : {}),
    ...(d.meta.byline ? { byline: d.meta.byline } : {}),
  }));
  // What each document's file holds, read once its events are made: the time expressions as written
  // are copies (without their calendar spans), and the events need the documents' own until then;
  // made before, both would be held through the whole merge.
  const sources: (SourceOfText | undefined)[] = docs.map((d) => ({
    id: d.id,
    title: d.meta.title,
    text: d.text,
    timexes: d.times.timexes,
    actorMentions: d.actorMentions,
  }));
  const events = corpusEvents(docs.splice(0), prepared, copies, countries, media, places, capitals);
  // Each document's own let go as its copy is made.
  const texts: DocumentText[] = sources.map((d, i) => {
    sources[i] = undefined;
    return {
      id: d!.id,
      title: clip(d!.title, MAX_TITLE),
      text: d!.text,
      timexes: d!.timexes.map(({ start, end, text, type, value, mod, anchor }) => ({ start, end, text, type, value, mod, anchor })),
      actorMentions: d!.actorMentions,
    };
  });
  return {
    dataset: {
      schemaVersion: SCHEMA_VERSION,
      documents,
      actors,
      events,
      diagnostics,
    },
    texts,
  };
}

/** What a document's file is made of. */
interface SourceOfText {
  id: string;
  title: string;
  text: string;
  timexes: DocContext['times']['timexes'];
  actorMentions: DocContext['actorMentions'];
}

function mergeActors(docs: readonly DocContext[], gazetteer: Gazetteer): Actor[] {
  const actors = new Map<string, Actor>();
  const aliases = new Map<string, Set<string>>();
  // The parent most documents give an actor (on a tie, the one that got there first): one
  // article's odd reading ("Syria Syrian" for a president) does not decide for all.
  const parents = new Map<string, Map<string, number>>();
  for (const doc of docs) {
    for (const draft of doc.actors) {
      // Written out whole: made from the draft with its name changed, the name of every object of
      // the drafts' shape would turn mutable and throw away the compiled actor stage.
      const actor = actors.get(draft.id) ?? {
        id: draft.id,
        name: clip(draft.name, MAX_NAME),
        kind: draft.kind,
        aliases: [],
        parentId: draft.parentId,
        mentions: 0,
      };
      if (draft.parentId) {
        const votes = parents.get(draft.id) ?? parents.set(draft.id, new Map()).get(draft.id)!;
        votes.set(draft.parentId, (votes.get(draft.parentId) ?? 0) + 1);
        const best = votes.get(actor.parentId ?? '') ?? 0;
        if (votes.get(draft.parentId)! > best) actor.parentId = draft.parentId;
      }
      // "Katrina" alone, a person for want of evidence in one document, is the storm another names ("Hurricane Katrina").
      if (isThing(draft.kind) && !isThing(actor.kind)) Object.assign(actor, { kind: draft.kind, name: clip(draft.name, MAX_NAME) });
      actors.set(draft.id, actor);
      const set = aliases.get(draft.id) ?? new Set();
      for (const alias of draft.aliases) set.add(clip(alias, MAX_NAME));
      aliases.set(draft.id, set);
    }
    for (const m of doc.actorMentions) actors.get(m.actorId)!.mentions++;
  }
  for (const [id, set] of aliases) actors.get(id)!.aliases = [...set].sort(compare);
  // Parents that no document mentions still belong to the hierarchy (Jake Sullivan → United States).
  for (let added = true; added;) {
    added = false;
    for (const actor of [...actors.values()]) {
      const parent = actor.parentId;
      if (!parent || actors.has(parent)) continue;
      const known = gazetteer.actors.get(parent);
      if (known) {
        actors.set(parent, extend(known, { aliases: [], mentions: 0 }));
        added = true;
      } else actor.parentId = null;
    }
  }
  return [...actors.values()].sort((a, b) => compare(a.id, b.id));
}

/**
 * What the merge of identical events reads of one document that no other document changes (actor
 * ids do change: the corpus merges them), draft by draft in the order of `doc.events`: the parts of
 * its key (sameEventKey) around its actors, the keys of its passage (corpus/passage.ts) and its id.
 * The pipeline computes them as each document comes back from the per-document stages, while the
 * worker threads still work on later ones, so that the corpus stage, which runs alone once every
 * document is in, only looks them up; a document without them is keyed here, to the same result.
 */
export interface EventKeys {
  /** Time and event word, then certainty and title, of each draft. */
  said: readonly { before: string; after: string }[];
  passages: readonly (readonly string[])[];
  /** The id the draft's event takes unless another took it first. */
  ids: readonly string[];
}

export function eventKeys(doc: DocContext): EventKeys {
  const key = eventIdKey(doc.path);
  return {
    said: doc.events.map((e) => {
      const t = e.time;
      const time = t ? `${t.value}|${t.mod}|${t.start}|${t.end}|${t.interval?.to?.value ?? ''}` : 'undated';
      const trigger = doc.text.slice(e.trigger.start, e.trigger.end).toLowerCase();
      return { before: `${time}\u0000${trigger}`, after: `${e.attribution.certainty}\u0000${e.title.toLowerCase()}` };
    }),
    passages: doc.events.map((e) => passageKeys(doc.id, doc.text, e.quote.start, e.quote.end)),
    ids: doc.events.map((e) => `ev-${shortHash(`${key}|${e.trigger.start}|${e.trigger.end}|${e.time?.value ?? ''}`)}`),
  };
}

/** Events that say the same thing: same time, event word, actors, source and title. */
function sameEventKey(e: EventDraft, said: EventKeys['said'][number]): string {
  const a = e.attribution;
  return `${said.before}\u0000${[...e.actorIds].sort().join(',')}\u0000${a.actorId ?? a.source ?? ''}\u0000${said.after}`;
}

function evidenceOf(doc: DocContext, draft: EventDraft): TimelineEvent['evidence'][number] {
  return {
    docId: doc.id,
    start: draft.quote.start,
    end: draft.quote.end,
    trigger: draft.trigger,
    timex: draft.timex ? { start: draft.timex.start, end: draft.timex.end } : null,
  };
}

/**
 * Events of the whole corpus: reports of one occurrence joined, each with its support. `docs` is
 * emptied once their events are merged: what the later steps read of a document is in `info`.
 */
function corpusEvents(
  docs: DocContext[],
  prepared: Map<string, EventKeys>,
  copies: ReadonlyMap<string, string>,
  countries: ReadonlyMap<string, string>,
  media: ReadonlySet<string>,
  places: ReadonlySet<string> = new Set(),
  capitals: ReadonlySet<string> = new Set(),
): TimelineEvent[] {
  const isSetting = (id: string) => countries.has(id) || media.has(id) || capitals.has(id);
  // A city that stands for its country ("Cairo", "Lima") is still a place: only the country's own name is not.
  const notPlace = (m: { text: string; actorId: string }) =>
    !places.has(m.actorId) && (!countries.has(m.actorId) || countries.get(m.actorId) === m.text.replace(/^the\s+/i, ''));
  const info = new Map(
    docs.map((d, order) => [
      d.id,
      {
        order,
        text: d.text,
        source: d.meta.source,
        date: d.meta.date,
        original: copies.get(d.id) ?? d.id,
        timexes: d.times.timexes,
        names: [...d.actorMentions.filter(notPlace), ...d.times.timexes],
        mentions: d.actorMentions,
      },
    ]),
  );
  const doc = (id: string) => info.get(id)!;
  const events = sortEvents(
    groupReports(
      mergeEvents(docs.splice(0), prepared).map((e) => toReport(e, doc)),
      isSetting,
    ).map((g) => combine(g, doc)),
    doc,
  );
  const salience = salienceOf(events, doc, new Map([...info].map(([id, d]) => [id, d.timexes])));
  // Added in place (the same fields in the same order as a copy would give): the events are this
  // function's own, and a copy of each would double them at the corpus stage's end. Equal counts
  // are one object, held until the output is written: every event reported by one document alone
  // has that document's.
  const reports = interner<TimelineEvent['reports']>();
  events.forEach((e, i) => Object.assign(e, { reports: reports(reportsOf(e.evidence, doc)), salience: salience[i]! }));
  return events;
}

function sortEvents(events: TimelineEvent[], doc: (id: string) => { order: number }): TimelineEvent[] {
  const order = (e: TimelineEvent) => doc(e.evidence[0]!.docId).order * 1e9 + e.evidence[0]!.trigger.start;
  return events.sort((a, b) => {
    if (a.time && b.time) return compare(a.time.start, b.time.start) || compare(a.time.end, b.time.end) || order(a) - order(b);
    if (a.time || b.time) return a.time ? -1 : 1;
    return order(a) - order(b);
  });
}

/**
 * Identical events (same time, words, actors and source) from several passages: one event. `docs`
 * is emptied as it is read: a document's drafts can be collected once its events are merged, so
 * that the corpus's drafts are not all held beside the events made of them.
 */
function mergeEvents(docs: (DocContext | undefined)[], prepared: Map<string, EventKeys>): TimelineEvent[] {
  // Passage key → the events said there, each with what it says (sameEventKey). One list per
  // passage, not one table per thing said: most things are said once, and a corpus says many.
  const byPassage = new Map<string, { same: string; event: TimelineEvent }[]>();
  // Passages counted but left out of an event (over MAX_EVIDENCE), "docId:start": the kept ones are its evidence.
  const omitted = new Map<TimelineEvent, Set<string>>();
  const events: TimelineEvent[] = [];
  const ids = new Set<string>();
  for (let index = 0; index < docs.length; index++) {
    const doc = docs[index]!;
    docs[index] = undefined;
    const keys = prepared.get(doc.id) ?? eventKeys(doc);
    prepared.delete(doc.id); // let go with the document's drafts
    for (let d = 0; d < doc.events.length; d++) {
      const draft = doc.events[d]!;
      // The same sentence saying the same thing, in one document or in several (a copied passage),
      // is one event; other reports of one occurrence are for the merge (corpus/merge.ts) to judge.
      // Keyed by what is said, then by the passage: no key joins the two (a passage is long).
      const same = sameEventKey(draft, keys.said[d]!);
      const copied = keys.passages[d]!;
      let existing: TimelineEvent | undefined;
      for (const k of copied) {
        existing = byPassage.get(k)?.find((entry) => entry.same === same)?.event;
        if (existing) break;
      }
      if (existing) {
        const start = draft.quote.start;
        const where = `${doc.id}:${start}`;
        if (existing.evidence.some((e) => e.docId === doc.id && e.start === start) || omitted.get(existing)?.has(where)) continue;
        // The first passages in document order are kept; the rest are only counted.
        if (existing.evidence.length < MAX_EVIDENCE) existing.evidence.push(evidenceOf(doc, draft));
        else {
          existing.evidenceOmitted = (existing.evidenceOmitted ?? 0) + 1;
          const seen = omitted.get(existing) ?? omitted.set(existing, new Set()).get(existing)!;
          seen.add(where);
        }
        continue;
      }
      const evidence = evidenceOf(doc, draft);
      let id = keys.ids[d]!;
      for (let n = 2; ids.has(id); n++)
        id = `ev-${shortHash(`${eventIdKey(doc.path)}|${draft.trigger.start}|${draft.time?.value ?? ''}|${n}`)}`;
      ids.add(id);
      const event: TimelineEvent = {
        id,
        title: clip(draft.title, MAX_TITLE),
        time: draft.time,
        actorIds: draft.actorIds,
        ...(draft.roles ? { roles: draft.roles } : {}),
        attribution: draft.attribution,
        evidence: [evidence],
      };
      for (const k of copied) {
        const list = byPassage.get(k);
        if (list) list.push({ same, event });
        else byPassage.set(k, [{ same, event }]);
      }
      events.push(event);
    }
  }
  return events; // in the order they were found
}
