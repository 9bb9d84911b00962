// The extractor, in order. Each stage is one file; this one says what runs when, and why.
//
//  0 inputs       paths → document files (folders walked in a fixed order)
//  1 read         bytes → text (encoding, binary and size checks)
//  2 frontMatter  title, date, source, url → the body every offset points into
//  3 sentences    sentence spans: every later stage works sentence by sentence
//  3b language    tokens, parts of speech and lemmas of those sentences, once for every later stage
//  3c noise       lines of page furniture and reader comments, which give no events
//  4 times        time expressions, normalized against the document date; first, because
//                 events take their dates from them and attribution must not swallow them
//  5 actors       mentions of countries, organizations, groups, media and people
//  6 attribution  who says each sentence, with what certainty; needs actors to name the source
//  7 events       one or more events per sentence, with time, actors, attribution and evidence
//  8 corpus       documents → one dataset: actors merged, duplicate events joined, stable ids
//  9 validate     the schema of src/model and the offsets, before anything is written
// 10 output       written atomically (output.ts, called by the CLI and the Vite plugin)
import { basename } from 'node:path';
import type { Dataset, Diagnostic, DocumentText } from '../model/dataset.ts';
import type { DocContext } from './context.ts';
import { newContext } from './context.ts';
import { collectInputs } from './inputs.ts';
import { readDocument } from './read.ts';
import { splitFrontMatter } from './frontMatter.ts';
import { splitSentences } from './sentences.ts';
import { analyze } from './language/analyze.ts';
import { findNoise } from './noise.ts';
import { findTimes } from './times.ts';
import { findActors } from './actors.ts';
import { attribute } from './attribution.ts';
import { assembleEvents } from './events.ts';
import { assignIds, buildDataset } from './corpus.ts';
import { validateOutput } from './validate.ts';
import { loadGazetteer } from './actors/gazetteer.ts';
import type { Gazetteer } from './actors/gazetteer.ts';
import { sha256 } from './ids.ts';

export interface ExtractOptions {
  /** Extra lexicon files, merged over the built-in one. */
  lexicons?: readonly string[];
  /** Called after each document, for progress reports. */
  onDocument?: (done: number, total: number) => void;
}

export interface Extraction {
  dataset: Dataset;
  texts: DocumentText[];
  /** How many documents were read (the CLI fails when none could be). */
  read: number;
}

/** How many files are read ahead of the one being processed (at most this many × 10 MB held). */
const READ_AHEAD = 8;

const DOCUMENT_STAGES: readonly [string, (ctx: DocContext, gazetteer: Gazetteer) => void][] = [
  ['sentences', (ctx) => (ctx.sentences = splitSentences(ctx.text))],
  ['language', (ctx) => (ctx.analysis = analyze(ctx.text, ctx.sentences))],
  ['noise', (ctx) => (ctx.noise = findNoise(ctx.text))],
  ['times', findTimes],
  ['actors', findActors],
  ['attribution', attribute],
  ['events', assembleEvents],
];

export { loadGazetteer };

export async function extract(inputs: readonly string[], options: ExtractOptions = {}): Promise<Extraction> {
  const gazetteer = loadGazetteer(options.lexicons);
  const { files, diagnostics } = await collectInputs(inputs);
  // A lexicon is named by its file name: the dataset never carries a local absolute path.
  diagnostics.unshift(...gazetteer.diagnostics.map((d) => ({ ...d, path: basename(d.path) })));
  const ids = assignIds(files.map((f) => f.path));
  const docs: DocContext[] = [];
  // A few files are read ahead while one is processed: reading waits on the disk, processing does not.
  const ahead = new Map<number, ReturnType<typeof readDocument>>();
  const readAhead = (from: number) => {
    for (let i = from; i < Math.min(files.length, from + READ_AHEAD); i++) if (!ahead.has(i)) ahead.set(i, readDocument(files[i]!.file, { name: files[i]!.path }));
  };
  for (const [index, file] of files.entries()) {
    readAhead(index);
    const read = await ahead.get(index)!;
    ahead.delete(index);
    if (!read.ok) diagnostics.push(read.diagnostic);
    else {
      diagnostics.push(...read.decoded.diagnostics);
      const doc = processDocument(file.path, ids[index]!, read.decoded.raw, gazetteer, diagnostics, read.bytes);
      if (doc) docs.push(doc);
    }
    options.onDocument?.(index + 1, files.length);
  }
  return finish(docs, gazetteer, diagnostics);
}

/** Runs stages 2–7 on one document's decoded text; a stage that throws costs only this document. */
export function processDocument(
  path: string,
  id: string,
  raw: string,
  gazetteer: Gazetteer,
  diagnostics: Diagnostic[],
  bytes: Uint8Array = new TextEncoder().encode(raw),
): DocContext | null {
  const split = splitFrontMatter(raw, path);
  diagnostics.push(...split.diagnostics);
  if (split.text.trim() === '') diagnostics.push({ path, severity: 'warning', message: 'has no text after its front matter' });
  const ctx = newContext({ path, id, bytes, raw, text: split.text, sha256: sha256(split.text), meta: split.meta });
  for (const [name, stage] of DOCUMENT_STAGES) {
    try {
      stage(ctx, gazetteer);
    } catch (error) {
      diagnostics.push({ path, severity: 'error', message: `could not be processed (${name} stage: ${(error as Error).message}); skipped` });
      return null;
    }
  }
  diagnostics.push(...ctx.diagnostics);
  return release(ctx);
}

/** Drops what only the document stages needed, so a large corpus holds only what the dataset keeps. */
function release(ctx: DocContext): DocContext {
  return { ...ctx, bytes: new Uint8Array(), raw: '', sentences: [], analysis: { sentences: [] }, noise: { spans: [], blocks: ctx.noise.blocks }, claims: [], times: { timexes: ctx.times.timexes, times: [] } };
}

export function finish(docs: DocContext[], gazetteer: Gazetteer, diagnostics: Diagnostic[]): Extraction {
  const built = buildDataset(docs, gazetteer, diagnostics);
  const { dataset, texts } = validateOutput(built.dataset, built.texts);
  return { dataset, texts, read: docs.length };
}

/** The pipeline on texts held in memory (tests, benchmarks, fuzzing): path → raw text. */
export function extractTexts(sources: readonly { path: string; raw: string }[], gazetteer = loadGazetteer()): Extraction {
  const diagnostics: Diagnostic[] = [];
  const ids = assignIds(sources.map((s) => s.path));
  const docs = sources.flatMap((s, i) => processDocument(s.path, ids[i]!, s.raw.replace(/\r\n?/g, '\n'), gazetteer, diagnostics) ?? []);
  return finish(docs, gazetteer, diagnostics);
}
