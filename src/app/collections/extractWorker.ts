// The extraction of dropped files, off the page's thread: the same pipeline core as the CLI
// (decode, web page → article, stages 2–9), fed from File objects. Nothing leaves the browser.
import type { Diagnostic, DocumentText } from '../../model/dataset.ts';
import { leanDataset } from '../../model/lean.ts';
import type { DatasetFile } from '../../model/lean.ts';
import { extractTexts } from '../../extract/core.ts';
import { documentFromBytes, tooLarge } from '../../extract/documentText.ts';
import { MAX_DOCUMENT_BYTES } from '../../extract/decode.ts';
import { builtinGazetteer } from '../../extract/actors/gazetteer.ts';

export interface ExtractRequest {
  /** The documents to read, each with its name in the dataset. */
  files: { file: File; path: string }[];
  /** The files given that are not read (a folder's notes, other types), reported with the rest. */
  skipped: Diagnostic[];
}

export type ExtractMessage =
  | { type: 'progress'; phase: 'reading' | 'extracting'; done: number; total: number }
  | { type: 'done'; extraction: ExtractedFiles }
  | { type: 'error'; message: string };

/** What the CLI would write to an output folder: dataset.json (lean, as written) and the documents. */
export interface ExtractedFiles {
  dataset: DatasetFile;
  texts: DocumentText[];
  read: number;
}

const post = (message: ExtractMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ExtractRequest>) => {
  try {
    const { files, skipped } = event.data;
    const diagnostics: Diagnostic[] = [...skipped];
    const sources: { path: string; raw: string }[] = [];
    for (const [i, { file, path }] of files.entries()) {
      post({ type: 'progress', phase: 'reading', done: i, total: files.length });
      const read =
        file.size > MAX_DOCUMENT_BYTES
          ? tooLarge(path, file.size)
          : await documentFromBytes(new Uint8Array(await file.arrayBuffer()), path);
      if (read.ok) {
        diagnostics.push(...read.diagnostics);
        sources.push({ path, raw: read.raw });
      } else diagnostics.push(read.diagnostic);
    }
    const gazetteer = builtinGazetteer();
    post({ type: 'progress', phase: 'extracting', done: 0, total: sources.length });
    const extraction = extractTexts(sources, gazetteer, {
      diagnostics,
      onDocument: (done, total) => post({ type: 'progress', phase: 'extracting', done, total }),
    });
    post({ type: 'done', extraction: { ...extraction, dataset: leanDataset(extraction.dataset) } });
  } catch (error) {
    post({ type: 'error', message: (error as Error).message ?? String(error) });
  }
};
