// Dropped files → a collection kept in this browser: extracted in the worker, then stored.
import type { Progress } from './runExtraction.ts';
import { runExtraction } from './runExtraction.ts';
import { saveCollection } from './store.ts';
import type { SortedFiles } from './pickedFiles.ts';

/** A name to start with (it can be renamed): the first document's title, and how many more. */
export function collectionName(titles: readonly string[]): string {
  const first = titles[0] ?? 'Empty collection';
  return titles.length > 1 ? `${first} and ${titles.length - 1} more` : first;
}

/** Resolves to the new collection's id. */
export async function importFiles(given: SortedFiles, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<string> {
  const { dataset, texts, read } = await runExtraction(given, onProgress, signal);
  if (read === 0) {
    const reasons = dataset.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.path} ${d.message}`);
    throw new Error(reasons.slice(0, 3).join('; ') || 'no document could be read');
  }
  signal.throwIfAborted();
  const summary = await saveCollection(collectionName(dataset.documents.map((d) => d.title)), dataset, texts);
  return summary.id;
}
