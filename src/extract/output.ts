// Stage 10: write the output folder. Each run writes a complete new version of the output into
// a hidden sibling folder (`.<name>.versions/<pid>-<random>/`), then switches the output path, a
// symbolic link, to it with one rename: a reader sees the old dataset or the new one, whole, and
// a crash at any point leaves the old one in place. The version before stays on disk until the
// next run, so a reader that loaded the old dataset.json can still fetch its documents.
// Only folders that carry the extractor's marker are ever removed (see outDir.ts).
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Dataset, DocumentText } from '../model/dataset.ts';
import { leanRecords } from '../model/lean.ts';
import { MARKER, MARKER_TEXT, isMarked, isOwnLink, versionsDir } from './outDir.ts';

/** Compact JSON with a final newline: the same dataset always gives the same bytes. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

const SAFE_ID = /^[a-z0-9][a-z0-9._-]*$/;
const VERSION = /^([0-9]+)-[0-9a-f]+$/;
/** Versions being written by this process: never pruned while in flight. */
const inFlight = new Set<string>();
/** Runs of this process on one output take turns (runs of other processes are kept apart by pid). */
const turns = new Map<string, Promise<unknown>>();

export interface WriteOptions {
  /**
   * The caller hands its `texts` over and reads them no more: each is taken out of the list once its
   * file is written, so the documents' texts, time expressions and mentions are not held while
   * dataset.json is written (on 12 MB of news, the largest part of what is live then).
   */
  release?: boolean;
}

export async function writeOutput(
  outDir: string,
  dataset: Dataset,
  texts: DocumentText[] | readonly DocumentText[],
  options: WriteOptions = {},
): Promise<void> {
  for (const doc of texts) if (!SAFE_ID.test(doc.id)) throw new Error(`unsafe document id ${JSON.stringify(doc.id)}`);
  const target = path.resolve(outDir);
  const before = turns.get(target) ?? Promise.resolve();
  // Released, the list is emptied now: only `queue` holds the texts, each until its file is written.
  const queue = options.release ? (texts as DocumentText[]).splice(0) : texts.slice();
  const mine = before.catch(() => undefined).then(() => write(target, dataset, queue));
  turns.set(target, mine);
  try {
    await mine;
  } finally {
    if (turns.get(target) === mine) turns.delete(target);
  }
}

/** `texts` is this function's own: emptied as the documents' files are written. */
async function write(target: string, dataset: Dataset, texts: DocumentText[]): Promise<void> {
  const versions = versionsDir(target);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const version = path.join(versions, tag);
  inFlight.add(tag);
  let previous: string | null;
  try {
    await fs.mkdir(path.join(version, 'documents'), { recursive: true });
    await fs.writeFile(path.join(version, MARKER), MARKER_TEXT);
    // Written a few at a time: one by one waits on the disk for each, all at once opens too many files.
    while (texts.length)
      await Promise.all(texts.splice(0, 16).map((doc) => fs.writeFile(path.join(version, 'documents', `${doc.id}.json`), serialize(doc))));
    const { members, record } = leanRecords(dataset);
    await writeJsonStreamed(path.join(version, 'dataset.json'), members, record);
    previous = await switchTo(target, path.join(path.basename(versions), tag));
  } catch (error) {
    inFlight.delete(tag);
    await fs.rm(version, { recursive: true, force: true });
    throw error;
  }
  // The new version is live: clearing old ones is tidying, and its failure must not touch it.
  inFlight.delete(tag);
  const current = path.basename(await fs.readlink(target).catch(() => tag));
  await prune(versions, new Set([tag, current, ...(previous ? [previous] : [])])).catch(() => undefined);
}

/**
 * Points `target` at `link` (relative to its folder) in one rename, and returns the version it
 * pointed at before. An empty folder or a marked folder of an older layout is moved aside first.
 */
async function switchTo(target: string, link: string): Promise<string | null> {
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.link-${path.basename(link)}`);
  await fs.rm(temporary, { force: true });
  await fs.symlink(link, temporary);
  let previous: string | null = null;
  const stat = await fs.lstat(target).catch(() => null);
  if (stat?.isSymbolicLink()) {
    if (!isOwnLink(target)) throw new Error(`${target} became a symbolic link the extractor did not make; nothing replaced`);
    previous = path.basename(await fs.readlink(target));
  } else if (stat?.isDirectory()) {
    if ((await fs.readdir(target)).length === 0) await fs.rmdir(target);
    // A marked folder (an output copied by hand) goes into the versions folder, to be pruned there.
    else if (isMarked(target)) await fs.rename(target, path.join(path.dirname(target), `${link}0`));
    else throw new Error(`${target} now holds files the extractor did not write; nothing replaced`);
  } else if (stat) throw new Error(`${target} became a file; nothing replaced`);
  try {
    await fs.rename(temporary, target);
  } catch (error) {
    await fs.rm(temporary, { force: true });
    throw error;
  }
  return previous;
}

/**
 * Removes marked versions other than `keep`, except those of a run still writing, and the
 * temporary links of runs that crashed before their switch.
 */
async function prune(versions: string, keep: ReadonlySet<string>): Promise<void> {
  const mayGo = (tag: string) => {
    const m = VERSION.exec(tag);
    if (!m || keep.has(tag) || inFlight.has(tag)) return false;
    const pid = Number(m[1]);
    return pid === process.pid || !isAlive(pid);
  };
  for (const entry of await fs.readdir(versions).catch(() => [] as string[])) {
    const dir = path.join(versions, entry);
    if (mayGo(entry) && isMarked(dir)) await fs.rm(dir, { recursive: true, force: true });
  }
  const parent = path.dirname(versions);
  const linkPrefix = path.basename(versions).replace(/\.versions$/, '.link-');
  for (const entry of await fs.readdir(parent).catch(() => [] as string[])) {
    if (!entry.startsWith(linkPrefix) || !mayGo(entry.slice(linkPrefix.length))) continue;
    const link = path.join(parent, entry);
    if ((await fs.lstat(link).catch(() => null))?.isSymbolicLink()) await fs.rm(link, { force: true });
  }
}

/**
 * How many characters are gathered before they are written. A string over 128 KB is made in V8's
 * large-object space, which only a full collection clears: 64 K characters of titles with one curly
 * quote among them (two bytes a character) were such a string, and the writes of a large dataset
 * left megabytes of them until the next full collection; 16 K characters (and one record) are not.
 */
const FLUSH_AT = 1 << 14;

/**
 * Writes JSON.stringify(value) + "\n" for a plain object whose large members are arrays, one array
 * element at a time, so the whole dataset is never held as one string. `record` turns each array
 * element into what is written (the dataset's lean form, lean.ts).
 */
export async function writeJsonStreamed(
  file: string,
  value: object,
  record: (key: string, element: unknown) => unknown = (_key, element) => element,
): Promise<void> {
  const handle = await fs.open(file, 'w');
  let buffered = '';
  const write = async (text: string) => {
    buffered += text;
    if (buffered.length >= FLUSH_AT) {
      await handle.write(buffered);
      buffered = '';
    }
  };
  try {
    let first = true;
    await write('{');
    for (const [key, member] of Object.entries(value)) {
      if (member === undefined) continue;
      await write(`${first ? '' : ','}${JSON.stringify(key)}:`);
      first = false;
      if (!Array.isArray(member)) {
        await write(JSON.stringify(member) ?? 'null');
        continue;
      }
      await write('[');
      for (let i = 0; i < member.length; i++) await write((i ? ',' : '') + (JSON.stringify(record(key, member[i])) ?? 'null'));
      await write(']');
    }
    await write('}\n');
    await handle.write(buffered);
  } finally {
    await handle.close();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
