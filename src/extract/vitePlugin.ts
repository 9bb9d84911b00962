// Runs the extractor inside Vite: when the dev server starts, at `vite build` (the build ships the
// fresh dataset as data/), and again whenever a document or the lexicon changes while the dev
// server runs; the open app then reloads with the new dataset. The dev and preview servers serve
// the output folder at /data/ (serveDataset.ts).
import path from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { Diagnostic } from '../model/dataset.ts';
import { extract } from './pipeline.ts';
import { writeOutput } from './output.ts';
import { DEFAULT_LEXICON } from './actors/lexiconFile.ts';
import { isDocumentPath } from './documentFiles.ts';
import { CORRECTIONS_FILE } from './corrections.ts';
import { checkOutDir } from './outDir.ts';
import { printable } from './printable.ts';
import { emitDataset, serveDataset } from './serveDataset.ts';

export interface ExtractorPluginOptions {
  inputs: string[];
  outDir: string;
  lexicons?: string[];
}

export function extractorPlugin(options: ExtractorPluginOptions): Plugin {
  let root = process.cwd();
  let command: 'build' | 'serve' = 'serve';
  let info: (message: string) => void = console.log;
  let running: Promise<void> = Promise.resolve();
  const resolve = (p: string) => path.resolve(root, p);

  /** Inputs as the CLI would be given them from the working folder, so both record the same paths. */
  const given = (p: string) => path.relative(process.cwd(), resolve(p)) || '.';

  async function run(log: (message: string) => void): Promise<void> {
    const checked = checkOutDir(resolve(options.outDir), { inputs: options.inputs.map(resolve), protectedDirs: [root] });
    if (!checked.ok) {
      log(printable(`[extract] refusing to write the dataset to ${options.outDir}: ${checked.reason}`));
      return;
    }
    const { dataset, texts, read } = await extract(options.inputs.map(given), { lexicons: options.lexicons?.map(resolve) });
    const problems = dataset.diagnostics.filter((d: Diagnostic) => d.severity !== 'info');
    for (const d of problems) log(printable(`[extract] ${d.severity}: ${d.path}: ${d.message}`));
    if (read === 0) {
      log(`[extract] no document could be read from ${options.inputs.join(', ')}; the dataset was not written`);
      return;
    }
    await writeOutput(resolve(options.outDir), dataset, texts, { release: true });
    log(`[extract] ${read} documents, ${dataset.events.length} events → ${options.outDir}/dataset.json`);
  }

  /** Runs are queued one after another, so two changes in a row never write concurrently. */
  const queue = (log: (m: string) => void) => {
    running = running.then(() => run(log)).catch((error: Error) => log(`[extract] failed: ${error.message}`));
    return running;
  };

  return {
    name: 'timeline-extractor',
    configResolved(config) {
      root = config.root;
      command = config.command;
      info = (m) => config.logger.info(m);
    },
    async buildStart() {
      if (command === 'build') await queue(info);
    },
    generateBundle() {
      emitDataset(this, resolve(options.outDir));
    },
    async configureServer(server: ViteDevServer) {
      server.middlewares.use(serveDataset(`${server.config.base}data/`, () => resolve(options.outDir)));
      const log = (m: string) => server.config.logger.info(m, { timestamp: true });
      await queue(log);
      const watched = [...options.inputs.map(resolve), ...(options.lexicons ?? []).map(resolve), DEFAULT_LEXICON];
      server.watcher.add(watched);
      let timer: NodeJS.Timeout | undefined;
      const onChange = (file: string) => {
        const relevant =
          watched.some((w) => file === w || file.startsWith(w + path.sep)) &&
          (isDocumentPath(file) || file.endsWith('.json') || path.basename(file) === CORRECTIONS_FILE);
        if (!relevant) return;
        clearTimeout(timer);
        timer = setTimeout(() => {
          void queue(log).then(() => server.ws.send({ type: 'full-reload', path: '*' }));
        }, 150);
      };
      for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);
    },
  };
}
