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
  const url = await bundled(ENTRY, 'documentWorker');
  return url ? { url, execArgv: withoutTsx(process.execArgv) } : { url: TSX_WORKER };
}
