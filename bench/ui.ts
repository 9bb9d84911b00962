// npm run bench:ui [-- --sizes 1000,10000,100000,1000000] [--url http://host:port/] [--config vite.config.ts] [--keep]
// Generates synthetic datasets into bench/out/ (each with its gzipped copy, served as the build
// serves its own), builds the app, serves it with `vite preview` on
// 127.0.0.1, and measures in headless Chromium: time from navigation to the first complete render
// of the overview, median and 95th-percentile frame intervals (requestAnimationFrame) during a
// scripted zoom and pan from that overview, the JS heap after render, and the 95th percentile while
// panning a zoomed view once it has settled (laid out again, with labels), and the longest task on
// the page's thread while the dataset loads. Prints a table and the gzipped size of the JavaScript
// bundle. With --url, measures an already served build instead (its server must serve bench/out at
// /bench/). --keep reuses the datasets already generated in bench/out/.
import { spawn, execFileSync } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import type { Dataset } from '../src/model/dataset.ts';
import { leanRecords } from '../src/model/lean.ts';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateDataset } from './generateDataset.ts';
import { gzipBeside } from '../src/app/precompressedPlugin.ts';
import { measurePage } from './measurePage.ts';
import { waitForServer } from './waitForServer.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    url: { type: 'string' },
    config: { type: 'string' },
    port: { type: 'string', default: '4789' },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = values.sizes!.split(',').map(Number);
const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'bench', 'out');
const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
const configArgs = values.config ? ['--config', values.config] : [];

for (const size of sizes) {
  const dir = path.join(out, String(size));
  const file = path.join(dir, 'dataset.json');
  // Served gzipped, as the build's own datasets are (src/app/precompressedPlugin.ts).
  if (values.keep && existsSync(file)) {
    if (!existsSync(`${file}.gz`)) await gzipBeside(file);
    continue;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'documents'), { recursive: true });
  const { dataset, texts } = generateDataset(size);
  const bytes = writeDataset(file, dataset);
  await gzipBeside(file);
  for (const doc of texts) writeFileSync(path.join(dir, 'documents', `${doc.id}.json`), JSON.stringify(doc));
  console.log(`generated ${size.toLocaleString('en')} events (${(bytes / 1e6).toFixed(1)} MB)`);
}

let server: ReturnType<typeof spawn> | null = null;
let base = values.url;
if (!base) {
  execFileSync(process.execPath, [vite, 'build', ...configArgs], { cwd: root, stdio: 'inherit' });
  // Timestamps kept: a compressed copy older than its file is not served.
  cpSync(out, path.join(root, 'dist', 'bench'), { recursive: true, preserveTimestamps: true });
  const port = values.port!;
  server = spawn(process.execPath, [vite, 'preview', ...configArgs, '--host', '127.0.0.1', '--strictPort', '--port', port], {
    cwd: root,
    stdio: 'pipe',
  });
  base = `http://127.0.0.1:${port}/`;
  await waitForServer(base);
}

try {
  const rows = [];
  for (const size of sizes) {
    try {
      rows.push({ size, ...(await measurePage(new URL(`?dataset=/bench/${size}/dataset.json`, base).href)) });
    } catch (error) {
      console.log(`${size.toLocaleString('en')} events: not measured (${(error as Error).message.split('\n')[0]})`);
    }
  }
  console.log(
    '\nevents    first render   frame p50   frame p95   frames (dropped)   JS heap   settled pan p95   longest task while loading (> 200 ms)',
  );
  for (const r of rows)
    console.log(
      `${r.size.toLocaleString('en').padStart(7)}   ${`${r.firstRender.toFixed(0)} ms`.padStart(12)}   ${`${r.p50.toFixed(1)} ms`.padStart(9)}   ${`${r.p95.toFixed(1)} ms`.padStart(9)}   ${`${r.frames} (${r.dropped})`.padStart(16)}   ${`${(r.heap / 1e6).toFixed(1)} MB`.padStart(8)}   ${`${r.settledP95.toFixed(1)} ms`.padStart(15)}   ${`${r.longestTask.toFixed(0)} ms (${r.longTasks})`.padStart(14)}`,
    );
  if (!values.url) {
    const assets = path.join(root, 'dist', 'assets');
    const gz = (file: string) => gzipSync(readFileSync(path.join(assets, file)), { level: 9 }).length;
    const kB = (files: string[]) => `${(files.reduce((sum, f) => sum + gz(f), 0) / 1024).toFixed(1)} kB`;
    // What the page loads to show the timeline (its scripts and the dataset's reader), apart from
    // what loads only when asked for (other views, exports, the extractor when files are dropped).
    const loaded = (rows[0]?.scripts ?? []).map((p) => path.basename(p)).filter((f) => existsSync(path.join(assets, f)));
    const worker = loaded.filter((f) => f.startsWith('datasetWorker-'));
    const page = loaded.filter((f) => !worker.includes(f));
    const all = readdirSync(assets).filter((f) => f.endsWith('.js') && !f.startsWith('extractWorker-'));
    const over = loaded.reduce((sum, f) => sum + gz(f), 0) > 200 * 1024 ? 'OVER the budget of 200 kB' : 'budget 200 kB';
    console.log(
      loaded.length === 0
        ? '\nJavaScript loaded to show the timeline: not measured (the first size gave no page)'
        : `\nJavaScript loaded to show the timeline: ${kB(loaded)} gzipped (${over}): the page ${kB(page)} in ${page.length} file(s), the dataset reader (worker) ${kB(worker)}`,
    );
    console.log(`Every script but the extractor's, loaded or not: ${all.length} files, ${kB(all)} gzipped`);
  }
} finally {
  server?.kill();
}

/** The dataset as its file holds it (leanRecords), written event by event: a million events exceed the longest string. */
function writeDataset(file: string, dataset: Dataset): number {
  const fd = openSync(file, 'w');
  let bytes = 0;
  const write = (s: string) => (bytes += writeSync(fd, s));
  const { members, record } = leanRecords(dataset);
  const events = dataset.events.map((e) => record('events', e));
  const head = JSON.stringify({ ...members, events: [] }, (key, value: unknown) =>
    Array.isArray(value) && (key === 'documents' || key === 'actors' || key === 'diagnostics')
      ? value.map((x: unknown) => record(key, x))
      : value,
  );
  write(head.slice(0, head.indexOf('"events":[') + '"events":['.length));
  for (let i = 0; i < events.length; i += 10_000)
    write(
      (i ? ',' : '') +
        events
          .slice(i, i + 10_000)
          .map((e) => JSON.stringify(e))
          .join(','),
    );
  write(head.slice(head.indexOf('"events":[') + '"events":['.length));
  closeSync(fd);
  return bytes;
}
