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
import type { DocContext } from './context.ts';
import { collectInputs } from './inputs.ts';
import { readDocument } from './read.ts';
import { assignIds } from './corpus.ts';
import { loadGazetteer } from './actors/lexiconFile.ts';
import { finish, processDocument } from './core.ts';
import type { Extraction } from './core.ts';

// Stages 2–9 on texts in memory live in core.ts, which runs in the browser too (no Node module
// anywhere below it); this file adds what needs the file system: inputs, read, extra lexicons.
export { extractTexts, finish, processDocument } from './core.ts';
export type { Extraction } from './core.ts';

export interface ExtractOptions {
  /** Extra lexicon files, merged over the built-in one. */
  lexicons?: readonly string[];
  /** Called after each document, for progress reports. */
  onDocument?: (done: number, total: number) => void;
}

/** How many files are read ahead of the one being processed (at most this many × 10 MB held). */
const READ_AHEAD = 8;

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
