// What one worker thread of the pool runs: the per-document stages (parallel/task.ts) on one
// decoded text. The gazetteer is loaded once per thread, from the same lexicon files as the main
// thread (the built-in one named by the main thread: this file may run from a bundle elsewhere),
// so every thread finds the same actors.
//
// The gazetteer and the tagger's model are loaded as the worker starts, not with its first
// document: the main thread is still finding and reading the files then, and the first documents
// need not wait for them.
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { Gazetteer } from '../actors/gazetteer.ts';
import { loadGazetteer } from '../actors/lexiconFile.ts';
import { loadTagger } from '../language/analyze.ts';
import { processTask } from './task.ts';
import { pack } from './pack.ts';
import type { DocumentTask, Processed, WorkerData } from './types.ts';

const data = workerData as WorkerData | undefined;
let gazetteer: Gazetteer | undefined = data ? loadGazetteer(data.lexicons ?? [], data.builtinLexicon) : undefined;
loadTagger();

/** The result, packed (pack.ts), its fingerprint's buffers moved rather than copied. */
export default function run(task: DocumentTask): Processed {
  gazetteer ??= loadGazetteer([], data?.builtinLexicon);
  const processed = processTask(task, gazetteer);
  if (!processed.doc) return processed;
  const { doc, transfer } = pack(processed.doc);
  return move({ [transferableSymbol]: transfer, [valueSymbol]: { ...processed, doc } }) as unknown as Processed;
}
