import type { Diagnostic } from '../../model/dataset.ts';
import type { DocContext } from '../context.ts';

/** One decoded document sent to the per-document stages. */
export interface DocumentTask {
  path: string;
  id: string;
  raw: string;
  /** What reading the file already reported, kept first so diagnostics stay in file order. */
  diagnostics: Diagnostic[];
}

/**
 * What the corpus stage needs from one document: its context without what only the document
 * stages used (the raw text, sentences, claims), so little crosses between threads.
 */
export interface Processed {
  doc: DocContext | null;
  diagnostics: Diagnostic[];
}

/** What every worker is started with. */
export interface WorkerData {
  /** The built-in lexicon's file: the worker's own code may be a bundle that lives elsewhere. */
  builtinLexicon: string;
  /**
   * The extra lexicon files of this run, sent once: the worker loads the same gazetteer as the main
   * thread before the first document comes.
   */
  lexicons: readonly string[];
}
