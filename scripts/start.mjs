#!/usr/bin/env node
// npm start [-- --data DIR] [--port N]: the dev server. Without --data it extracts seeds/ and
// watches it; with --data it shows a dataset folder written by `npm run extract -- --out DIR`.
import fs from 'node:fs';
import path from 'node:path';
import { createServer } from 'vite';

const args = process.argv.slice(2);
const value = (name) => {
  const k = args.indexOf(name);
  if (k < 0) return null;
  const v = args[k + 1];
  if (!v || v.startsWith('--')) fail(`${name} needs a value`);
  return v;
};
function fail(message) {
  console.error(`npm start: ${message}\nusage: npm start [-- --data DIR] [--port N]`);
  process.exit(2);
}

const data = value('--data');
if (data) {
  if (!fs.existsSync(path.join(data, 'dataset.json')))
    fail(`${data} holds no dataset.json: write one with "npm run extract -- FILES --out ${data}"`);
  process.env.TIMELINE_DATA = path.resolve(data);
}
const port = value('--port');
const server = await createServer({ server: { host: '127.0.0.1', ...(port ? { port: Number(port) } : {}) } });
await server.listen();
server.printUrls();
if (data) server.config.logger.info(`  dataset: ${path.resolve(data)}`);
server.bindCLIShortcuts({ print: true });
