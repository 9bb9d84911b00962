// Stage 0: turn the paths given on the command line into the list of documents to read.
// Folders are walked in a fixed (code-unit) order so that output never depends on the file system.
// Each document is named by its path from the input it was found under, starting with that
// input's own name ("seeds/report.md"), however the input was spelled ("seeds", "./seeds/",
// "/home/me/project/seeds"): ids made from it stay the same, and no absolute local path is
// ever published in the dataset.
import fs from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/dataset.ts';
import { byCodeUnit, isDocumentPath, skippedInFolder } from './documentFiles.ts';

export interface InputFile {
  /** Where to read it on this machine. */
  file: string;
  /** Its name in the dataset: the input's own name, then the path below it, with "/". */
  path: string;
}

export interface Inputs {
  files: InputFile[];
  diagnostics: Diagnostic[];
}

function explain(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return 'does not exist (or is a link to nothing)';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'is a symbolic link loop';
    case 'ENAMETOOLONG':
      return 'has a name that is too long';
    default:
      return `cannot be read (${code ?? String(error)})`;
  }
}

/** Joins a folder and an entry the way the user would write it (no "./" prefix added). */
function join(dir: string, name: string): string {
  return dir === '.' ? name : path.join(dir, name);
}

/** The published name of an input: its last path segment, whatever its spelling. */
export function inputName(given: string): string {
  return path.basename(path.resolve(given));
}

export async function collectInputs(args: readonly string[]): Promise<Inputs> {
  const files: InputFile[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, string>();
  const visitedDirs = new Set<string>();

  // The file system is asked synchronously: a promise and a thread-pool task for each stat of
  // each file cost more CPU time than the walk itself.
  const realpath = (given: string) => {
    try {
      return fs.realpathSync.native(given);
    } catch {
      return given;
    }
  };
  function visit(given: string, fromFolder: boolean, published: string): void {
    let stat;
    try {
      stat = fs.statSync(given);
    } catch (error) {
      let linked = false;
      try {
        linked = fs.lstatSync(given).isSymbolicLink();
      } catch {
        // not even a link
      }
      const what = linked && (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'is a dangling symbolic link' : explain(error);
      diagnostics.push({ path: published, severity: 'error', message: `${what}; skipped` });
      return;
    }
    if (stat.isDirectory()) {
      const real = realpath(given);
      if (visitedDirs.has(real)) {
        diagnostics.push({ path: published, severity: 'warning', message: 'is a folder already read (a symbolic link loop); skipped' });
        return;
      }
      visitedDirs.add(real);
      let entries: string[];
      try {
        entries = fs.readdirSync(given).sort(byCodeUnit);
      } catch (error) {
        diagnostics.push({ path: published, severity: 'error', message: `folder ${explain(error)}; skipped` });
        return;
      }
      for (const name of entries) visit(join(given, name), true, published ? `${published}/${name}` : name);
      return;
    }
    if (!stat.isFile()) {
      diagnostics.push({ path: published, severity: 'warning', message: 'is not a regular file; skipped' });
      return;
    }
    const skipped = skippedInFolder(given);
    if (skipped !== null && (fromFolder || !isDocumentPath(given))) {
      diagnostics.push({ path: published, severity: fromFolder ? 'info' : 'warning', message: skipped });
      return;
    }
    const real = realpath(given);
    const first = seen.get(real);
    if (first !== undefined) {
      diagnostics.push({ path: published, severity: 'info', message: `is the same file as ${first}; read once` });
      return;
    }
    seen.set(real, published);
    files.push({ file: given, path: published });
  }

  for (const arg of args) visit(arg, false, inputName(arg));
  return { files, diagnostics };
}
