// What one worker thread of the pool runs: the per-document stages (parallel/task.ts) on one
// decoded text. The gazetteer is loaded once per thread, from the same lexicon files as the main
// thread (the built-in one named by the main thread: this file may run from a bundle elsewhere),
// so every thread finds the same actors.
import { workerData } from 'node:worker_threads';
import type { Gazetteer } from '../actors/gazetteer.ts';
import { loadGazetteer } from '../actors/lexiconFile.ts';
import { processTask } from './task.ts';
import type { DocumentTask, Processed, WorkerData } from './types.ts';

let cached: { key: string; gazetteer: Gazetteer } | undefined;
const builtin = (workerData as WorkerData | undefined)?.builtinLexicon;

export default function run(task: DocumentTask): Processed {
  const key = JSON.stringify(task.lexicons);
  if (cached?.key !== key) cached = { key, gazetteer: loadGazetteer(task.lexicons, builtin) };
  return processTask(task, cached.gazetteer);
}
