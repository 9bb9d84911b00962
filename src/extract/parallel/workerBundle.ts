// The worker's code as one plain JavaScript file. A worker that loaded the TypeScript sources
// through tsx would start its own loader and read some sixty modules one by one: about a
// CPU-second and 100 MB each, more than many documents cost. esbuild (which tsx runs on) bundles
// documentWorker.ts and what it imports into one file in a tenth of a second; packages stay
// imports, so the file is written where Node finds them (node_modules/.cache), named by its
// content, and written once. When the bundle cannot be made the workers load the sources
// through tsx (documentWorker.mjs): slower to start, same output.
//
// A worker inherits the main thread's Node options, which under `tsx` or `node --import tsx`
// register tsx once more in every worker; the bundle needs no loader, so they are dropped for it.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('./documentWorker.ts', import.meta.url));
const CACHE = fileURLToPath(new URL('../../../node_modules/.cache/timeline-extractor/', import.meta.url));
/** Registers tsx in the worker, then loads documentWorker.ts. */
export const TSX_WORKER = new URL('./documentWorker.mjs', import.meta.url);

export interface WorkerFile {
  url: URL;
  /** The worker's Node options (undefined: the main thread's). */
  execArgv?: string[];
}

/** The main thread's Node options without those that load tsx. */
export function withoutTsx(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (/^--(?:import|require|loader|experimental-loader)$/.test(arg) && /tsx/.test(argv[i + 1] ?? '')) i++;
    else if (!/^(?:--(?:import|require|loader|experimental-loader)=|-r)?.*tsx/.test(arg)) out.push(arg);
  }
  return out;
}

export async function workerFile(): Promise<WorkerFile> {
  try {
    const esbuild = await import('esbuild');
    const result = await esbuild.build({
      entryPoints: [ENTRY],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.contents;
    const file = path.join(CACHE, `documentWorker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(CACHE, { recursive: true });
      // Written aside and renamed: another run starting its workers never reads half a file.
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, file);
    } else {
      const now = new Date();
      fs.utimesSync(file, now, now); // in use: not pruned by a run of other code
    }
    prune(path.basename(file));
    return { url: pathToFileURL(file), execArgv: withoutTsx(process.execArgv) };
  } catch {
    return { url: TSX_WORKER };
  }
}

/** Bundles of earlier versions of the code, once no run can still be starting workers from them. */
function prune(keep: string): void {
  const before = Date.now() - 60 * 60 * 1000;
  for (const name of fs.readdirSync(CACHE)) {
    if (name === keep || !/^documentWorker-[0-9a-f]+\.mjs(?:\.\d+\.partial)?$/.test(name)) continue;
    const file = path.join(CACHE, name);
    try {
      if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another run meanwhile: nothing to do.
    }
  }
}
