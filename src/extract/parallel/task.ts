// The per-document function, as the pool runs it (in a worker or in this thread): the stages of
// core.ts on one decoded text, its diagnostics after those of reading. It imports nothing of the
// file-reading half of the extractor, so a worker loads only what it runs.
import type { Gazetteer } from '../actors/gazetteer.ts';
import { processDocument } from '../core.ts';
import type { DocumentTask, Processed } from './types.ts';

export function processTask(task: DocumentTask, gazetteer: Gazetteer): Processed {
  const diagnostics = [...task.diagnostics];
  return { doc: processDocument(task.path, task.id, task.raw, gazetteer, diagnostics), diagnostics };
}
