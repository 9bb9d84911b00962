// What one worker thread of the pool runs: the per-document stages (pipeline.ts, processDocument)
// on one decoded text. The gazetteer is loaded once per thread, from the same lexicon files as the
// main thread, so every thread finds the same actors.
import type { Gazetteer } from '../actors/gazetteer.ts';
import { loadGazetteer } from '../actors/lexiconFile.ts';
import { processTask } from '../pipeline.ts';
import type { DocumentTask, Processed } from './types.ts';

let cached: { key: string; gazetteer: Gazetteer } | undefined;

export default function run(task: DocumentTask): Processed {
  const key = JSON.stringify(task.lexicons);
  if (cached?.key !== key) cached = { key, gazetteer: loadGazetteer(task.lexicons) };
  return processTask(task, cached.gazetteer);
}
