// Reads a lexicon file given on the command line (Node only): the pipeline's core gets lexicons
// already parsed, so that it runs in the browser too.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../model/dataset.ts';
import { checkLexicon, lexiconFailure } from './lexicon.ts';
import type { Lexicon } from './lexicon.ts';
import { buildGazetteer } from './gazetteer.ts';
import type { Gazetteer } from './gazetteer.ts';

/** Where the built-in lexicon lives on disk (the dev server watches it). */
export const DEFAULT_LEXICON = fileURLToPath(new URL('./lexicon.json', import.meta.url));

export function readLexicon(file: string, diagnostics: Diagnostic[]): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    // The error's code, not its message: the message names the file by its absolute path.
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof SyntaxError ? 'not valid JSON' : 'unreadable');
    return lexiconFailure(file, diagnostics)(`cannot be read (${reason})`);
  }
  return checkLexicon(raw, file, diagnostics);
}

/**
 * The gazetteer from the built-in lexicon and any extra lexicon files. The built-in one is read
 * from disk here, not imported, so that the dev server picks up an edit without a restart.
 */
export function loadGazetteer(files: readonly string[] = [], builtin: string = DEFAULT_LEXICON): Gazetteer {
  const diagnostics: Diagnostic[] = [];
  const sources = [builtin, ...files].map((file) => ({ file, lexicon: readLexicon(file, diagnostics) }));
  return buildGazetteer(sources, diagnostics);
}
