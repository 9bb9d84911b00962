// npm run bench:browser [-- --docs 100] [--from DIR] [--port 4790]: the extraction of dropped files in the
// browser against the CLI on the same files. Generates about 10 kB per article (one in five a saved
// web page with navigation and comments), or takes the first N documents of a folder (--from, e.g.
// corpus/open-news), builds the app, serves it with `vite preview` on
// 127.0.0.1, and prints: the CLI's wall time (`npm run extract` as a command, and the pipeline in
// this process), the in-browser worker's time in headless Chromium (cold: loading the worker's
// script included) and the whole way from the file picker to the timeline drawn, each the median
// of three runs; then the gzipped JavaScript the main page loads. Numbers only, no pass or fail.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium.ts';
import { extract } from '../src/extract/pipeline.ts';
import { generateCorpus } from './corpus.ts';
import { waitForServer } from './waitForServer.ts';

const { values } = parseArgs({
  options: { docs: { type: 'string', default: '100' }, from: { type: 'string' }, port: { type: 'string', default: '4790' } },
});
const count = Number(values.docs);
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const dir = path.join(out, 'browser-corpus');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const RUNS = 3;

// The corpus: five generated articles' bodies per document, every fifth one as a web page.
const parts = generateCorpus(count * 5);
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title} | Synthetic Wire</title><meta property="og:title" content="${title}"></head><body>` +
  `<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header><main><article><h1>${title}</h1>` +
  body
    .split('\n')
    .filter(Boolean)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('') +
  '<div class="share"><button>Share</button></div></article><section id="comments"><p>A reader said the talks resumed on Monday.</p></section></main>' +
  '<footer>© Synthetic Wire</footer></body></html>';
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const generated = () =>
  Array.from({ length: count }, (_, i) => {
    const group = parts.slice(i * 5, i * 5 + 5);
    const [front, ...rest] = group[0]!.text.split(/^---$/m).slice(1);
    const bodies = [rest.join('---'), ...group.slice(1).map((a) => a.text.replace(/^---[\s\S]*?^---$/m, ''))].join('\n\n');
    const html = i % 5 === 4;
    const name = `article-${String(i).padStart(3, '0')}.${html ? 'html' : 'md'}`;
    const content = html ? page(`Article ${i}`, bodies) : `---${front}---\n${bodies.trim()}\n`;
    writeFileSync(path.join(dir, name), content);
    return { name, content };
  });
const files = values.from
  ? readdirSync(values.from)
      .filter((name) => /\.(?:txt|md|markdown|html?)$/i.test(name))
      .sort()
      .slice(0, count)
      .map((name) => {
        const content = readFileSync(path.join(values.from!, name), 'utf8');
        writeFileSync(path.join(dir, name), content);
        return { name, content };
      })
  : generated();
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
console.log(
  `Corpus: ${files.length} documents (${files.filter((f) => f.name.endsWith('.html')).length} web pages), ${(bytes / 1024 / 1024).toFixed(2)} MB (bench/out/browser-corpus)`,
);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => Promise<unknown> | unknown) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

// The CLI: as a command (Node and tsx starting included), and the pipeline in this process.
const cliRuns: number[] = [];
const inProcess: number[] = [];
let cliEvents = 0;
for (let k = 0; k < RUNS; k++) {
  cliRuns.push(
    await time(() =>
      execFileSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'src/extract/cli.ts', dir, '--out', path.join(out, 'browser-cli'), '--quiet'],
        { cwd: root, stdio: 'pipe' },
      ),
    ),
  );
  inProcess.push(await time(async () => (cliEvents = (await extract([dir])).dataset.events.length)));
}

execFileSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'ignore' });
const worker = readdirSync(path.join(root, 'dist', 'assets')).find((f) => /^extractWorker-.*\.js$/.test(f));
if (!worker) throw new Error('the build has no extraction worker');
const base = `http://127.0.0.1:${values.port}/`;
const server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', values.port!], {
  cwd: root,
  stdio: 'ignore',
});
const browser = await chromium.launch(CHROMIUM);
try {
  await waitForServer(base);
  const workerRuns: number[] = [];
  const pickerRuns: number[] = [];
  let browserEvents = 0;
  for (let k = 0; k < RUNS; k++) {
    // The worker alone: files posted → dataset back, in a fresh page each time (a cold worker).
    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(base);
    const run = await tab.evaluate(
      ({ url, list }) =>
        new Promise<{ ms: number; events: number }>((resolve, reject) => {
          const dropped = list.map((f) => new File([f.content], f.name));
          const t0 = performance.now();
          const w = new Worker(url, { type: 'module' });
          w.onmessage = (e: MessageEvent) => {
            if (e.data.type === 'done') resolve({ ms: performance.now() - t0, events: e.data.extraction.dataset.events.length });
            if (e.data.type === 'error') reject(new Error(e.data.message));
          };
          w.onerror = (e) => reject(new Error(e.message));
          w.postMessage({ files: dropped });
        }),
      { url: `/assets/${worker}`, list: files },
    );
    workerRuns.push(run.ms);
    browserEvents = run.events;
    // The whole way a user goes: file picker → worker → kept in IndexedDB → the timeline drawn.
    await tab.locator('.plot[data-rendered]').waitFor();
    await tab.getByRole('button', { name: 'Your documents' }).click();
    const started = Date.now();
    await tab
      .getByLabel('Choose documents')
      .setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.content) })));
    await tab.waitForURL(/collection=/, { timeout: 600_000 });
    await tab.locator('.plot[data-rendered]').waitFor({ timeout: 600_000 });
    pickerRuns.push(Date.now() - started);
    await context.close();
  }

  // The JavaScript the main page loads before anything is dropped.
  const context = await browser.newContext();
  const tab = await context.newPage();
  const scripts: string[] = [];
  tab.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
  await tab.goto(base);
  await tab.locator('.plot[data-rendered]').waitFor();
  const gz = (p: string) => gzipSync(readFileSync(path.join(root, 'dist', p)), { level: 9 }).length;
  const mainKb = scripts.reduce((n, p) => n + gz(p), 0) / 1024;
  await context.close();

  const cli = median(cliRuns);
  const inBrowser = median(workerRuns);
  console.log(`\nMedian of ${RUNS} runs`);
  console.log(`  CLI, npm run extract as a command      ${(cli / 1000).toFixed(2)} s   ${cliEvents} events`);
  console.log(`  CLI pipeline, in process               ${(median(inProcess) / 1000).toFixed(2)} s`);
  console.log(
    `  browser, extraction worker (cold)      ${(inBrowser / 1000).toFixed(2)} s   ${browserEvents} events   ${(inBrowser / cli).toFixed(2)}× the CLI command, ${(inBrowser / median(inProcess)).toFixed(2)}× its pipeline in process (target ≤ 3×)`,
  );
  console.log(`  browser, file picker → timeline drawn  ${(median(pickerRuns) / 1000).toFixed(2)} s`);
  console.log(
    `\nMain page JavaScript: ${scripts.join(', ')}: ${mainKb.toFixed(1)} kB gzipped (budget 200 kB); the worker ${worker}: ${(gz(`assets/${worker}`) / 1024).toFixed(1)} kB gzipped, loaded when files are dropped`,
  );
} finally {
  await browser.close();
  server.kill();
}
