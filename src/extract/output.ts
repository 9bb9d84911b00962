// Stage 10: write the output folder atomically. Everything is written to a fresh sibling folder,
// then swapped into place by rename, so a reader (or a concurrent run) sees either the old dataset
// or the new one, never half of one. File names are document ids, which are slugs: nothing can
// be written outside the output folder whatever the input paths were.
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Dataset, DocumentText } from '../model/dataset.ts';

/** Stable JSON: the same dataset always gives the same bytes. */
export function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export async function writeOutput(outDir: string, dataset: Dataset, texts: readonly DocumentText[]): Promise<void> {
  const target = path.resolve(outDir);
  const parent = path.dirname(target);
  await fs.mkdir(parent, { recursive: true });
  await removeStale(parent, path.basename(target));
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = path.join(parent, `.${path.basename(target)}.tmp-${tag}`);
  try {
    await fs.mkdir(path.join(staging, 'documents'), { recursive: true });
    for (const doc of texts) if (!/^[a-z0-9][a-z0-9._-]*$/.test(doc.id)) throw new Error(`unsafe document id ${JSON.stringify(doc.id)}`);
    // Written a few at a time: one by one waits on the disk for each, all at once opens too many files.
    for (let i = 0; i < texts.length; i += 16)
      await Promise.all(texts.slice(i, i + 16).map((doc) => fs.writeFile(path.join(staging, 'documents', `${doc.id}.json`), serialize(doc))));
    await fs.writeFile(path.join(staging, 'dataset.json'), serialize(dataset));
    await swapInto(staging, target, tag);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
}

/** Moves staging to target, retrying when a concurrent run swaps its own output in between. */
async function swapInto(staging: string, target: string, tag: string): Promise<void> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const old = `${path.join(path.dirname(target), `.${path.basename(target)}.old-${tag}`)}-${attempt}`;
    let moved = false;
    try {
      await fs.rename(target, old);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      await fs.rename(staging, target);
      if (moved) await fs.rm(old, { recursive: true, force: true });
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (moved) await fs.rm(old, { recursive: true, force: true });
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`could not move the dataset into ${target}: another run keeps replacing it`);
}

/** Staging folders left by a run that crashed (its process is gone) are removed; a live run's are kept. */
async function removeStale(parent: string, name: string): Promise<void> {
  const prefix = `.${name}.`;
  for (const entry of await fs.readdir(parent).catch(() => [] as string[])) {
    const m = entry.startsWith(prefix) ? /^(?:tmp|old)-(\d+)-/.exec(entry.slice(prefix.length)) : null;
    if (m && !isAlive(Number(m[1]))) await fs.rm(path.join(parent, entry), { recursive: true, force: true });
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
