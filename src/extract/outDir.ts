// Where the extractor may write. It only ever replaces its own earlier output: every output it
// makes carries a marker file, and any --out that could hold something else is refused before a
// single document is read. A folder the user owns (their project, their home, the documents just
// read) is never touched, whatever its spelling (".", "..", a trailing slash, a symbolic link).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The file that marks a folder as the extractor's own output. */
export const MARKER = '.timeline-explorer-output';
export const MARKER_TEXT = 'Written by the Timeline Explorer extractor. Its next run may replace this folder.\n';

/** Earlier versions of the output live in this hidden sibling of the output folder. */
export const versionsDir = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}.versions`);

export interface OutDirRules {
  /** Input paths as given: the output may be none of them nor any folder above one. */
  inputs: readonly string[];
  /** Folders that may never be the output (the project's root, the home folder). */
  protectedDirs?: readonly string[];
}

export type OutDirCheck = { ok: true; target: string } | { ok: false; reason: string };

/** The real path of p, following every symbolic link of the part of it that exists. */
export function realPath(p: string): string {
  const absolute = path.resolve(p);
  const rest: string[] = [];
  let head = absolute;
  for (;;) {
    try {
      return path.join(fs.realpathSync(head), ...rest.reverse());
    } catch {
      const parent = path.dirname(head);
      if (parent === head) return absolute;
      rest.push(path.basename(head));
      head = parent;
    }
  }
}

const within = (inner: string, outer: string) => inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);

/** True when `dir` holds the marker as a regular file with the marker's text. */
export function isMarked(dir: string): boolean {
  try {
    const file = path.join(dir, MARKER);
    return fs.lstatSync(file).isFile() && fs.readFileSync(file, 'utf8') === MARKER_TEXT;
  } catch {
    return false;
  }
}

/** True when `target` is a symbolic link this extractor made: to a marked version in its versions folder. */
export function isOwnLink(target: string): boolean {
  try {
    const link = fs.readlinkSync(target);
    const versions = path.basename(versionsDir(target));
    const parts = link.split(/[\\/]/);
    return (
      parts.length === 2 && parts[0] === versions && /^[0-9]+-[0-9a-f]+$/.test(parts[1]!) && isMarked(path.join(path.dirname(target), link))
    );
  } catch {
    return false;
  }
}

/** The folders that can never be an output: the project's root (where package.json is), home and /. */
export function defaultProtectedDirs(cwd = process.cwd()): string[] {
  const dirs = [os.homedir(), path.parse(path.resolve(cwd)).root];
  for (let dir = path.resolve(cwd); ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'package.json'))) {
      dirs.push(dir);
      break;
    }
    if (path.dirname(dir) === dir) break;
  }
  return dirs;
}

export function checkOutDir(out: string, rules: OutDirRules): OutDirCheck {
  if (out.trim() === '') return { ok: false, reason: 'the output folder name is empty' };
  const target = path.resolve(out);
  const real = realPath(out);
  for (const dir of rules.protectedDirs ?? defaultProtectedDirs()) {
    if (within(realPath(dir), real)) return { ok: false, reason: `it is ${describeProtected(dir)} or a folder above it` };
  }
  for (const input of rules.inputs) {
    if (within(realPath(input), real))
      return { ok: false, reason: `it is the input ${input} or a folder above it: the documents would be lost` };
  }
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: true, target };
    if (code === 'ENOTDIR') return { ok: false, reason: 'a part of its path is a file, not a folder' };
    return { ok: false, reason: `it cannot be inspected (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (stat.isSymbolicLink()) {
    if (isOwnLink(target)) return { ok: true, target };
    return { ok: false, reason: 'it is a symbolic link the extractor did not make' };
  }
  if (!stat.isDirectory()) return { ok: false, reason: 'it is an existing file, not a folder' };
  let entries: string[];
  try {
    entries = fs.readdirSync(target);
  } catch (error) {
    return { ok: false, reason: `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (entries.length === 0) return { ok: true, target };
  if (isMarked(target)) return { ok: true, target };
  return { ok: false, reason: `it is a folder that holds files the extractor did not write (no ${MARKER} in it)` };
}

function describeProtected(dir: string): string {
  if (path.resolve(dir) === os.homedir()) return 'the home folder';
  if (path.parse(path.resolve(dir)).root === path.resolve(dir)) return 'the root of the file system';
  return `the project folder ${dir}`;
}
