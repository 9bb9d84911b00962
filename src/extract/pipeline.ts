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
//  5 actors       mentions of countries, places, organizations, groups, media, people, indices
//                 and products
//  6 attribution  who says each sentence, with what certainty; needs actors to name the source
//  7 events       one or more events per sentence, with time, actors, attribution and evidence
//  8 corpus       documents → one dataset: actors merged, duplicate events joined, stable ids
//  9 validate     the schema of src/model and the offsets, before anything is written
//  9b corrections corrections.yaml of the input folder, applied last so that they survive re-runs
// 10 output       written atomically (output.ts, called by the CLI and the Vite plugin)
import { basename } from 'node:path';
import type { Diagnostic } from '../model/dataset.ts';
import type { DocContext } from './context.ts';
import type { Gazetteer } from './actors/gazetteer.ts';
import { collectInputs } from './inputs.ts';
import { readDocument } from './read.ts';
import { assignIds, eventKeys } from './corpus.ts';
import type { EventKeys } from './corpus.ts';
import { countLowerWords } from './corpus/commonWords.ts';
import type { LowerWords } from './corpus/commonWords.ts';
import { loadGazetteer } from './actors/lexiconFile.ts';
import { finish } from './core.ts';
import { processTask } from './parallel/task.ts';
import type { Extraction } from './core.ts';
import { createDocumentPool } from './parallel/documentPool.ts';
import type { Processed } from './parallel/types.ts';
import { withCorrections } from './correctionsFile.ts';
import { DOCUMENTS_GROWTH_PERCENT, tightHeap } from './heapGrowth.ts';
import { extend } from './objects.ts';
import { shareStrings } from './sharedStrings.ts';
import { unloadTagger } from './language/analyze.ts';
import type { StringTable } from './sharedStrings.ts';

// Stages 2–9 on texts in memory live in core.ts, which runs in the browser too (no Node module
// anywhere below it); this file adds what needs the file system: inputs, read, extra lexicons.
export { extractTexts, finish, processDocument } from './core.ts';
export type { Extraction } from './core.ts';

export interface ExtractOptions {
  /** Extra lexicon files, merged over the built-in one. */
  lexicons?: readonly string[];
  /** Called after each document, for progress reports. */
  onDocument?: (done: number, total: number) => void;
  /** Documents processed at once: this thread and jobs − 1 worker threads; 1 (the default) is this thread alone. */
  jobs?: number;
}

/** How many files are read ahead of the one being processed (at most this many × 10 MB held). */
const READ_AHEAD = 8;

export { loadGazetteer };

export async function extract(inputs: readonly string[], options: ExtractOptions = {}): Promise<Extraction> {
  const lexicons = options.lexicons ?? [];
  // The workers start first: they load their gazetteer and model while this thread loads its own
  // gazetteer and finds the files.
  let gazetteer: Gazetteer | undefined;
  const pool = await createDocumentPool(options.jobs ?? 1, lexicons, (task) => processTask(task, gazetteer!));
  const docs: DocContext[] = [];
  // What the corpus stage reads of each document alone, computed as the document comes back, while
  // the workers go on with later ones: the corpus stage, which runs alone, only looks it up. With no
  // worker there is nothing to overlap, and holding the keys of every document until the corpus
  // stage would only raise the peak (40 MB on 12 MB of news): the corpus stage computes them then.
  const prepared = new Map<string, EventKeys>();
  // And the corpus's lower-case words (corpus/commonWords.ts): one table of its vocabulary, not the
  // whole text read again at the corpus stage.
  const lowerWords: LowerWords = new Map();
  // Equal strings of the documents, held once (sharedStrings.ts): let go with the documents phase.
  const strings: StringTable = new Map();
  let diagnostics: Diagnostic[];
  // The documents held so far are live, their intermediate results garbage: the heap may grow to
  // twice what is live, not V8's four times (heapGrowth.ts).
  const loosen = tightHeap({ collect: false, percent: DOCUMENTS_GROWTH_PERCENT });
  try {
    gazetteer = loadGazetteer(lexicons);
    const collected = await collectInputs(inputs);
    const files = collected.files;
    diagnostics = collected.diagnostics;
    // A lexicon is named by its file name: the dataset never carries a local absolute path.
    diagnostics.unshift(...gazetteer.diagnostics.map((d) => extend(d, { path: basename(d.path) })));
    const ids = assignIds(files.map((f) => f.path));
    // Files are read and handed to the pool a few ahead of the one being collected, so reading and
    // every worker stay busy; results are collected in input order, whatever order they finish in.
    const ahead = new Map<number, Promise<Processed>>();
    const start = (index: number) => {
      const { file, path } = files[index]!;
      return readDocument(file, { name: path }).then((read) =>
        read.ok
          ? pool.process({ path, id: ids[index]!, raw: read.decoded.raw, diagnostics: read.decoded.diagnostics })
          : { doc: null, diagnostics: [read.diagnostic] },
      );
    };
    const window = Math.max(READ_AHEAD, pool.width * 2);
    for (let index = 0; index < files.length; index++) {
      for (let i = index; i < Math.min(files.length, index + window); i++) if (!ahead.has(i)) ahead.set(i, start(i));
      const processed = await ahead.get(index)!;
      ahead.delete(index);
      diagnostics.push(...processed.diagnostics);
      if (processed.doc) {
        shareStrings(processed.doc, strings);
        docs.push(processed.doc);
        if (pool.width > 1) {
          prepared.set(processed.doc.id, eventKeys(processed.doc));
          countLowerWords(processed.doc.text, lowerWords);
        }
      }
      options.onDocument?.(index + 1, files.length);
    }
  } finally {
    strings.clear();
    loosen();
    // Before the corpus stage: the workers' memory is given back first, and this thread's tagger.
    await pool.close();
    unloadTagger();
  }
  // The workers are gone: the corpus stage's heap is kept close to what is live (heapGrowth.ts),
  // and so are the corrections'; a caller that writes the output keeps it so (cli.ts).
  const release = tightHeap();
  try {
    return await withCorrections(inputs, finish(docs, gazetteer, diagnostics, prepared, pool.width > 1 ? lowerWords : undefined));
  } finally {
    release();
  }
}
