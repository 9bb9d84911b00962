// Runs the extraction of dropped files in a Web Worker: progress as it goes, and a cancel that
// ends the worker at once. The worker's code (the pipeline, readability) loads only now.
import type { ExtractedFiles, ExtractMessage, ExtractRequest } from './extractWorker.ts';
import type { SortedFiles } from './pickedFiles.ts';

export interface Progress {
  phase: 'reading' | 'extracting';
  done: number;
  total: number;
}

export function runExtraction(given: SortedFiles, onProgress: (p: Progress) => void, signal: AbortSignal): Promise<ExtractedFiles> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extractWorker.ts', import.meta.url), { type: 'module', name: 'extract' });
    const end = (settle: () => void) => {
      worker.terminate();
      signal.removeEventListener('abort', abort);
      settle();
    };
    const abort = () => end(() => reject(new DOMException('The extraction was cancelled.', 'AbortError')));
    if (signal.aborted) return abort();
    signal.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<ExtractMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'done') end(() => resolve(message.extraction));
      else end(() => reject(new Error(message.message)));
    };
    worker.onerror = (event) => end(() => reject(new Error(event.message || 'The extraction stopped unexpectedly.')));
    worker.postMessage({ files: given.documents, skipped: given.skipped } satisfies ExtractRequest);
  });
}
