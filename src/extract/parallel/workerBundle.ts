// The worker's code as one plain JavaScript file (bundle.mjs): a worker that loaded the
// TypeScript sources through tsx would start its own loader and read some sixty modules one by
// one, about a CPU-second and 100 MB each, more than many documents cost. When the bundle cannot
// be made the workers load the sources through tsx (documentWorker.mjs): slower to start, same output.
//
// A worker inherits the main thread's Node options, which under `tsx` or `node --import tsx`
// register tsx once more in every worker; the bundle needs no loader, so they are dropped for it.
import { fileURLToPath } from 'node:url';
import { bundled } from '../bundle.mjs';

const ENTRY = fileURLToPath(new URL('./documentWorker.ts', import.meta.url));
/** Registers tsx in the worker, then loads documentWorker.ts. */
export const TSX_WORKER = new URL('./documentWorker.mjs', import.meta.url);

export interface WorkerFile {
  url: URL;
  /** The worker's Node options: the main thread's, without those of V8 (and of tsx, for the bundle). */
  execArgv: string[];
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

/**
 * V8's own options, which a worker refuses (ERR_WORKER_INVALID_EXEC_ARGV: every document would
 * fail): `node --max-old-space-size=4096 src/extract/run.mjs …` for a large corpus. A worker's
 * heap is set by its resource limits instead (documentPool.ts).
 */
const V8_OPTION =
  /^--(?:max[-_]old[-_]space[-_]size|max[-_]semi[-_]space[-_]size|max[-_]heap[-_]size|initial[-_]old[-_]space[-_]size|initial[-_]heap[-_]size|stack[-_]size|expose[-_]gc|single[-_]threaded(?:[-_]gc)?|jitless)(?:=|$)/;

/** The main thread's Node options that a worker takes: without those of V8. */
export function withoutV8(argv: readonly string[]): string[] {
  return argv.filter((arg) => !V8_OPTION.test(arg));
}

/** The old generation's size in MB that the main thread was given (`--max-old-space-size`), if any. */
export function maxOldSpaceMb(argv: readonly string[]): number | undefined {
  const given = argv.map((arg) => /^--max[-_]old[-_]space[-_]size=(\d+)$/.exec(arg)?.[1]).filter((n) => n !== undefined);
  return given.length ? Number(given.at(-1)) : undefined;
}

export async function workerFile(): Promise<WorkerFile> {
  const url = await bundled(ENTRY, 'documentWorker');
  return { url: url ?? TSX_WORKER, execArgv: withoutV8(url ? withoutTsx(process.execArgv) : process.execArgv) };
}
