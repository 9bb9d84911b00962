import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, createServer } from 'vite';
import { dataFolderPlugin } from '../../src/app/dataFolderPlugin.ts';

let root: string;
let data: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'te-folder-'));
  data = path.join(root, 'elsewhere');
  fs.mkdirSync(path.join(data, 'documents'), { recursive: true });
  fs.writeFileSync(path.join(data, 'dataset.json'), '{"schemaVersion":1,"mark":"folder"}');
  fs.writeFileSync(path.join(data, 'documents', 'a.json'), '{"id":"a"}');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('the app on an extracted folder (npm start -- --data DIR)', () => {
  it('serves the folder at data/, a reload answered by 304', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
      plugins: [dataFolderPlugin(data)],
    });
    try {
      await server.listen();
      const url = new URL('data/dataset.json', server.resolvedUrls!.local[0]).href;
      const first = await fetch(url);
      expect(await first.json()).toEqual({ schemaVersion: 1, mark: 'folder' });
      const again = await fetch(url, { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      expect(await (await fetch(new URL('documents/a.json', url))).json()).toEqual({ id: 'a' });
    } finally {
      await server.close();
    }
  }, 30_000);

  it('ships the folder in a build', async () => {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: path.join(root, 'dist') },
      plugins: [dataFolderPlugin(data)],
    });
    expect(JSON.parse(fs.readFileSync(path.join(root, 'dist', 'data', 'dataset.json'), 'utf8')).mark).toBe('folder');
    expect(fs.existsSync(path.join(root, 'dist', 'data', 'documents', 'a.json'))).toBe(true);
  }, 30_000);
});
