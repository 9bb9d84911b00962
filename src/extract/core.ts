// The pipeline's core: stages 2–9 on texts held in memory. It runs in Node (the CLI, through
// pipeline.ts) and in the browser (a Web Worker, for dropped files), so nothing below it may import
// a Node module: files are read by the CLI's input and read stages, lexicon files by lexiconFile.ts.
// test/extract/core.test.ts walks the imports to keep it so.
import type { Dataset, Diagnostic, DocumentText } from '../model/dataset.ts';
import type { DocContext, EventDraft, Span } from './context.ts';
import type { FoundTimex } from './timex/types.ts';
import { newContext } from './context.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { splitSentences } from './sentences.ts';
import { analyze } from './language/analyze.ts';
import { findNoise } from './noise.ts';
import { findTimes } from './times.ts';
import { findActors } from './actors.ts';
import { attribute } from './attribution.ts';
import { assembleEvents } from './events.ts';
import { assignIds, buildDataset } from './corpus.ts';
import type { EventKeys } from './corpus.ts';
import type { LowerWords } from './corpus/commonWords.ts';
import { validateOutput } from './validate.ts';
import { builtinGazetteer } from './actors/gazetteer.ts';
import type { Gazetteer } from './actors/gazetteer.ts';
import { sha256 } from './ids.ts';
import { fingerprint } from './corpus/duplicates.ts';
import { changed, extend, interner, ownString } from './objects.ts';
import { mapOf } from './lists.ts';
import { shareStrings } from './sharedStrings.ts';
import type { StringTable } from './sharedStrings.ts';

export interface Extraction {
  dataset: Dataset;
  texts: DocumentText[];
  /** How many documents were read (the CLI fails when none could be). */
  read: number;
}

/**
 * Stages 2–7, in order. Each is a function from what it reads of the document to what it adds;
 * the runner below gathers the results (and appends each stage's diagnostics), so no stage writes
 * into another's fields.
 */
type Stage = (doc: DocContext, gazetteer: Gazetteer) => Partial<DocContext>;
const DOCUMENT_STAGES: readonly [string, Stage][] = [
  ['sentences', (doc) => ({ sentences: splitSentences(doc.text) })],
  ['language', (doc) => ({ analysis: analyze(doc.text, doc.sentences) })],
  ['noise', (doc) => ({ noise: findNoise(doc.text) })],
  ['times', (doc) => findTimes(doc)],
  ['actors', (doc, gazetteer) => findActors(doc, gazetteer)],
  ['attribution', (doc) => ({ claims: attribute(doc) })],
  ['events', (doc) => assembleEvents(doc)],
];

/**
 * Where the time goes, when measured (`npm run bench:extract`): the CPU time of each stage, summed
 * over the documents of this thread, then of the corpus stage and the checks. `now` is a clock
 * in microseconds; nothing is measured unless one is set.
 */
export interface StageClock {
  now: () => number;
  spent: Map<string, number>;
}
let clock: StageClock | null = null;
export function measureStages(c: StageClock | null): void {
  clock = c;
}
const timed = <T>(name: string, run: () => T): T => {
  if (!clock) return run();
  const { now, spent } = clock;
  const start = now();
  try {
    return run();
  } finally {
    spent.set(name, (spent.get(name) ?? 0) + now() - start);
  }
};

/** Runs stages 2–7 on one document's decoded text; a stage that throws costs only this document. */
export function processDocument(path: string, id: string, raw: string, gazetteer: Gazetteer, diagnostics: Diagnostic[]): DocContext | null {
  const split = splitFrontMatter(raw, path);
  diagnostics.push(...split.diagnostics);
  if (split.text.trim() === '') diagnostics.push({ path, severity: 'warning', message: 'has no text after its front matter' });
  let ctx = newContext({ path, id, raw, text: split.text, sha256: sha256(split.text), meta: split.meta });
  for (const [name, stage] of DOCUMENT_STAGES) {
    try {
      const added = timed(name, () => stage(ctx, gazetteer));
      ctx = Object.assign({}, ctx, added, { diagnostics: [...ctx.diagnostics, ...(added.diagnostics ?? [])] });
    } catch (error) {
      diagnostics.push({
        path,
        severity: 'error',
        message: `could not be processed (${name} stage: ${(error as Error).message}); skipped`,
      });
      return null;
    }
  }
  diagnostics.push(...ctx.diagnostics);
  return timed('fingerprint', () => release(ctx));
}

/**
 * Drops what only the document stages needed, so a large corpus holds only what the dataset keeps,
 * and adds the document's fingerprint for the corpus stage: computed here, it is computed on the
 * worker threads, in parallel, not in the corpus stage's one thread. Equal times and attributions
 * of the document's events become one object each (the corpus stage copies them, never changes
 * them): every document is held until the corpus stage, and a worker sends a shared one once.
 * Titles are held as strings of their own, not as the pieces of the clauses they were cut from.
 * What is kept holds no piece of the file as read: a name or a time expression sliced from the
 * text keeps the whole string it was sliced from (the file with its front matter), which would
 * otherwise be held beside the text until the output is written (on 12 MB of news, 14 MB).
 */
function release(ctx: DocContext): DocContext {
  const time = interner<EventDraft['time']>();
  const attribution = owned(interner<EventDraft['attribution']>(), (a) =>
    a.source === null && a.cues.length === 0 ? a : changed(a, { source: ownOrNull(a.source), cues: heldMap(a.cues, ownString) }),
  );
  const text = ownString(ctx.text);
  // An event's time expression as the corpus reads it, its span: not the phrase found (with its
  // parts and time), shared by the events it dates.
  const spans = new Map<Span, Span>();
  const spanOf = (s: Span | null) => s && (spans.get(s) ?? spans.set(s, { start: s.start, end: s.end }).get(s)!);
  // The same characters, sliced from the text held: one string for the whole document. The
  // mentions and time expressions are the document's own, changed in place (a copy made by adding
  // fields to another holds half of them in a second object).
  const reslice = <T extends { start: number; end: number; text: string }>(items: T[]): T[] => {
    for (const m of items) {
      const slice = text.slice(m.start, m.end);
      m.text = slice === m.text ? slice : ownString(m.text);
    }
    return items;
  };
  // The events of a sentence often have the same participants: one list for each distinct one.
  const actorIds = interner<string[]>();
  // A participant's part is held once for the document, whatever lists it is in.
  const role = interner<NonNullable<EventDraft['roles']>[number]>();
  const roles = owned(interner<NonNullable<EventDraft['roles']>>(), (list) => heldMap(list, role));
  // The calendar span of a time expression, read by the corpus stage alone (corpus/salience.ts):
  // one object for each distinct span of the document (the same day named again and again).
  const bound = interner<FoundTimex['bound']>();
  const timexes = reslice(ctx.times.timexes).slice();
  for (const t of timexes) t.bound = bound(t.bound);
  const kept = extend(ctx, {
    text,
    meta: JSON.parse(JSON.stringify(ctx.meta)) as DocContext['meta'],
    // One object per draft with every field in it: a draft made by copying (changed) keeps half
    // its fields in a second object, 64 bytes more for each of the corpus's hundred thousand.
    events: heldMap(ctx.events, (e) => ({
      title: ownString(e.title),
      time: time(e.time),
      actorIds: actorIds(e.actorIds),
      roles: e.roles && roles(e.roles),
      attribution: attribution(e.attribution),
      quote: e.quote,
      trigger: e.trigger,
      timex: spanOf(e.timex),
    })),
    actors: heldMap(ctx.actors, (a) => changed(a, { name: ownString(a.name), aliases: heldMap(a.aliases, ownString) })),
    actorMentions: reslice(ctx.actorMentions).slice(),
    fingerprint: fingerprint(text),
    raw: '',
    sentences: [],
    analysis: { sentences: [] },
    noise: { spans: [], blocks: ctx.noise.blocks },
    claims: [],
    // Already reported (processDocument): the corpus stage never reads them.
    diagnostics: [],
    times: { timexes, times: [] },
  });
  forgetLastMatch();
  return kept;
}

/**
 * V8 keeps the subject of the last successful regular-expression match alive (the legacy
 * `RegExp.input`): when that is a slice of the file as read, the whole file stays in memory until
 * the next match. A match on a short constant lets it go.
 */
function forgetLastMatch(): void {
  /x/.test('x');
}

const ownOrNull = (s: string | null) => (s === null ? null : ownString(s));

/**
 * `mapOf` for a list held until the output is written: copied to its exact length. A list grown
 * one item at a time keeps room for more (a list of one, room for seventeen: 136 bytes unused),
 * and room is never given back while the list lives: on news articles, half of what the
 * participants' parts of the events took.
 */
const heldMap = <T, U>(items: readonly T[], f: (item: T, index: number) => U): U[] => mapOf(items, f).slice();

/** `intern`, then `own` applied once to each distinct value it gives. */
function owned<T extends object>(intern: (value: T) => T, own: (value: T) => T): (value: T) => T {
  const made = new Map<T, T>();
  return (value) => {
    const first = intern(value);
    let mine = made.get(first);
    if (!mine) made.set(first, (mine = own(first)));
    return mine;
  };
}

/**
 * Stages 8–9. `docs` is emptied: the documents' contexts can be collected once the dataset is
 * built, before the checks copy it (on a large corpus, tens of megabytes less at the peak).
 * `prepared`: the documents' event keys (corpus.ts), by document id, where the caller computed them
 * already; each is taken out of it as its document is merged. `lowerWords`: the documents'
 * lower-case words, counted by the caller as each document came back (corpus/commonWords.ts).
 */
export function finish(
  docs: DocContext[],
  gazetteer: Gazetteer,
  diagnostics: Diagnostic[],
  prepared?: Map<string, EventKeys>,
  lowerWords?: LowerWords,
): Extraction {
  const read = docs.length;
  const built = timed('corpus', () => buildDataset(docs.splice(0), gazetteer, diagnostics, prepared, lowerWords));
  const { dataset, texts } = timed('checks', () => validateOutput(built.dataset, built.texts));
  return { dataset, texts, read };
}

/**
 * The pipeline on texts held in memory, path → raw text: what the browser runs on dropped files
 * (and tests, benchmarks, fuzzing). `diagnostics` carries what earlier stages reported.
 */
export function extractTexts(
  sources: readonly { path: string; raw: string }[],
  gazetteer: Gazetteer = builtinGazetteer(),
  options: { diagnostics?: Diagnostic[]; onDocument?: (done: number, total: number) => void } = {},
): Extraction {
  const diagnostics: Diagnostic[] = [...(options.diagnostics ?? [])];
  const ids = assignIds(sources.map((s) => s.path));
  // Equal strings of the documents held once, as the CLI holds them (sharedStrings.ts): a browser
  // tab holds every dropped document until its dataset is built.
  const strings: StringTable = new Map();
  const docs = sources.flatMap((s, i) => {
    const doc = processDocument(s.path, ids[i]!, s.raw.replace(/\r\n?/g, '\n'), gazetteer, diagnostics);
    if (doc) shareStrings(doc, strings);
    options.onDocument?.(i + 1, sources.length);
    return doc ?? [];
  });
  strings.clear();
  return finish(docs, gazetteer, diagnostics);
}
