// Large JSON files travel gzipped, compressed once: the build writes `X.json.gz` beside each large
// `X.json`, and the preview server answers a request for `X.json` with it, telling the size once
// unpacked (for the page's progress bar).
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Connect, PreviewServer, ResolvedConfig } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { gzipBeside, precompressedPlugin } from '../../src/app/precompressedPlugin.ts';
import { decodedLength } from '../../src/app/data/fetchDataset.ts';

const dirs: string[] = [];
const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function outDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'precompressed-'));
  dirs.push(dir);
  return dir;
}

/** A preview server with only the plugin's middleware; anything it passes on is a 404 "plain". */
async function serve(dir: string): Promise<string> {
  const plugin = precompressedPlugin();
  (plugin.configResolved as (c: ResolvedConfig) => void)({ root: dir, build: { outDir: '.' } } as ResolvedConfig);
  let middleware: Connect.NextHandleFunction | null = null;
  const server = { middlewares: { use: (m: Connect.NextHandleFunction) => (middleware = m) } } as unknown as PreviewServer;
  (plugin.configurePreviewServer as (s: PreviewServer) => void)(server);
  const http_ = http.createServer((req, res) =>
    middleware!(req, res, () => {
      res.statusCode = 404;
      res.end('plain');
    }),
  );
  servers.push(http_);
  await new Promise<void>((resolve) => http_.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(http_.address() as AddressInfo).port}`;
}

/** The raw answer: status, headers and body as sent (not unpacked). */
function get(url: string, encoding = 'gzip, deflate, br'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on('error', reject);
  });
}

const json = JSON.stringify({ events: Array.from({ length: 5000 }, (_, k) => ({ id: `ev-${k}`, title: `Event number ${k}` })) });

describe('precompressed JSON', () => {
  it('answers a request for a JSON file with its gzipped copy, telling both sizes', async () => {
    const dir = outDir();
    mkdirSync(path.join(dir, 'data'));
    writeFileSync(path.join(dir, 'data', 'dataset.json'), json);
    await gzipBeside(path.join(dir, 'data', 'dataset.json'));
    const res = await get(`${await serve(dir)}/data/dataset.json?v=1`);
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('application/json');
    expect(Number(res.headers['content-length'])).toBe(res.body.length);
    expect(res.body.length).toBeLessThan(json.length / 4);
    expect(Number(res.headers['x-decoded-length'])).toBe(json.length);
    expect(gunzipSync(res.body).toString()).toBe(json);
  });

  it('passes on a browser that does not accept gzip, a file without a copy, a copy older than its file, and a path out of the folder', async () => {
    const dir = outDir();
    writeFileSync(path.join(dir, 'a.json'), json);
    await gzipBeside(path.join(dir, 'a.json'));
    // A file beside the served folder, not in it.
    const served = path.join(dir, 'out');
    mkdirSync(served);
    const base = await serve(served);
    expect((await get(`${base}/..%2fa.json`)).body.toString()).toBe('plain');
    writeFileSync(path.join(served, 'a.json'), json);
    await gzipBeside(path.join(served, 'a.json'));
    expect((await get(`${base}/a.json`)).headers['content-encoding']).toBe('gzip');
    expect((await get(`${base}/a.json`, 'identity')).body.toString()).toBe('plain');
    for (const name of ['b.json', 'c.json']) writeFileSync(path.join(served, name), json);
    await gzipBeside(path.join(served, 'c.json'));
    // The file changed after its copy was written.
    utimesSync(path.join(served, 'c.json.gz'), new Date(2000, 0, 1), new Date(2000, 0, 1));
    expect((await get(`${base}/b.json`)).body.toString()).toBe('plain');
    expect((await get(`${base}/c.json`)).body.toString()).toBe('plain');
  });

  it('is written by the build for large JSON files only', async () => {
    const dir = outDir();
    writeFileSync(path.join(dir, 'large.json'), json);
    writeFileSync(path.join(dir, 'small.json'), '{"events":[]}');
    const plugin = precompressedPlugin();
    (plugin.configResolved as (c: ResolvedConfig) => void)({ root: dir, build: { outDir: '.' } } as ResolvedConfig);
    await (plugin.writeBundle as () => Promise<void>)();
    expect(gunzipSync(readFileSync(path.join(dir, 'large.json.gz'))).toString()).toBe(json);
    expect(existsSync(path.join(dir, 'small.json.gz'))).toBe(false);
  });
});

describe('the size of a download once unpacked', () => {
  it('is the length of a plain response, the told size of a compressed one, else unknown', () => {
    expect(decodedLength(new Headers({ 'content-length': '1200' }))).toBe(1200);
    expect(decodedLength(new Headers({ 'content-length': '300', 'content-encoding': 'gzip', 'x-decoded-length': '1200' }))).toBe(1200);
    expect(decodedLength(new Headers({ 'content-length': '300', 'content-encoding': 'gzip' }))).toBe(0);
  });
});
