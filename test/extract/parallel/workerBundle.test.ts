import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEXICON } from '../../../src/extract/actors/lexiconFile.ts';
import { TSX_WORKER, workerFile, withoutTsx } from '../../../src/extract/parallel/workerBundle.ts';
import { bundled } from '../../../src/extract/bundle.mjs';
import type { DocumentTask, Processed } from '../../../src/extract/parallel/types.ts';

describe('the worker code', () => {
  it('is one JavaScript file that runs the document stages in a thread with no TypeScript loader', async () => {
    const file = await workerFile();
    expect(file.url.href).not.toBe(TSX_WORKER.href);
    expect(file.url.pathname).toMatch(/\.mjs$/);
    // The worker reads the built-in lexicon named by its starter, as the pool's workers do.
    const source = `
      import { parentPort, workerData } from 'node:worker_threads';
      const run = (await import(workerData.url)).default;
      // What the pool's thread receives: the value of the result the worker moves (pack.ts).
      const result = run(workerData.task);
      parentPort.postMessage(result[Symbol.for('Piscina.valueOf')] ?? result);`;
    const task: DocumentTask = {
      path: 'a.txt',
      id: 'a',
      raw: 'Egypt brokered a ceasefire on March 3, 2024, officials said.\n',
      diagnostics: [],
    };
    const worker = new Worker(source, {
      eval: true,
      execArgv: [],
      workerData: { url: file.url.href, task, builtinLexicon: DEFAULT_LEXICON },
    });
    const result = await new Promise<Processed>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(result.doc?.events.map((e) => e.time?.value)).toContain('2024-03-03');
    expect(result.doc?.actors.map((a) => a.name)).toContain('Egypt');
  }, 60_000);

  it('is kept beside bundles of other code for an hour, then they are removed', async () => {
    const dir = path.dirname(fileURLToPath((await workerFile()).url));
    const old = path.join(dir, 'documentWorker-0000000000000000.mjs');
    const recent = path.join(dir, 'documentWorker-1111111111111111.mjs');
    fs.writeFileSync(old, '');
    fs.writeFileSync(recent, '');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    fs.utimesSync(old, twoHoursAgo, twoHoursAgo);
    try {
      const file = await workerFile();
      expect(fs.existsSync(fileURLToPath(file.url))).toBe(true);
      expect(fs.existsSync(old)).toBe(false);
      expect(fs.existsSync(recent)).toBe(true);
    } finally {
      fs.rmSync(old, { force: true });
      fs.rmSync(recent, { force: true });
    }
  }, 60_000);

  it('is made again when one of its sources changes, and only then', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'te-bundle-'));
    const entry = path.join(dir, 'entry.ts');
    const part = path.join(dir, 'part.ts');
    fs.writeFileSync(entry, "export { answer } from './part.ts';\n");
    fs.writeFileSync(part, 'export const answer: number = 1;\n');
    const made: URL[] = [];
    try {
      made.push((await bundled(entry, 'bundleTest'))!);
      made.push((await bundled(entry, 'bundleTest'))!);
      fs.writeFileSync(part, 'export const answer: number = 22;\n');
      made.push((await bundled(entry, 'bundleTest'))!);
      expect(made[1]!.href).toBe(made[0]!.href);
      expect(made[2]!.href).not.toBe(made[0]!.href);
      expect((await import(made[0]!.href)).answer).toBe(1);
      expect((await import(made[2]!.href)).answer).toBe(22);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      const cache = path.dirname(fileURLToPath(made[0]!));
      for (const f of fs.readdirSync(cache)) if (f.startsWith('bundleTest-')) fs.rmSync(path.join(cache, f), { force: true });
    }
  }, 60_000);

  it('drops the options that load tsx and keeps the others', () => {
    expect(
      withoutTsx([
        '--require',
        '/p/node_modules/tsx/dist/preflight.cjs',
        '--import',
        'file:///p/node_modules/tsx/dist/loader.mjs',
        '--import=tsx',
        '--max-old-space-size=4096',
        '--import',
        './other.mjs',
      ]),
    ).toEqual(['--max-old-space-size=4096', '--import', './other.mjs']);
  });
});
