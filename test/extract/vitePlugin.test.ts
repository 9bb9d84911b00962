import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { build, createServer } from 'vite';
import { extractorPlugin } from '../../src/extract/vitePlugin.ts';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'te-vite-'));
  fs.mkdirSync(path.join(root, 'seeds'));
  fs.writeFileSync(path.join(root, 'seeds', 'a.md'), '---\ntitle: First\n---\nHamas met Qatar.\n');
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>t</title><p>t</p>');
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

const titles = () => {
  const file = path.join(root, 'data', 'dataset.json');
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).documents.map((d: { title: string }) => d.title) : [];
};

async function until(check: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the extractor inside Vite', () => {
  it('extracts when the dev server starts and again when a document is added or changed', async () => {
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      server: { port: 0, host: '127.0.0.1' },
      plugins: [extractorPlugin({ inputs: ['seeds'], outDir: 'data' })],
    });
    try {
      await server.listen();
      expect(titles()).toEqual(['First']);
      // Served at /data/ with a content hash, so a page that asks twice downloads it once.
      const url = new URL('data/dataset.json', server.resolvedUrls!.local[0]).href;
      const first = await fetch(url, { headers: { origin: 'http://evil.example' } });
      expect(first.status).toBe(200);
      expect((await first.json()).documents[0].title).toBe('First');
      expect(first.headers.get('access-control-allow-origin')).toBeNull();
      const again = await fetch(url, { headers: { 'if-none-match': first.headers.get('etag')! } });
      expect(again.status).toBe(304);
      fs.writeFileSync(path.join(root, 'seeds', 'b.md'), '---\ntitle: Second\n---\nEgypt spoke.\n');
      await until(() => titles().length === 2);
      fs.writeFileSync(path.join(root, 'seeds', 'a.md'), '---\ntitle: First, edited\n---\nHamas met Qatar.\n');
      await until(() => titles()[0] === 'First, edited');
      expect(titles()).toEqual(['First, edited', 'Second']);
    } finally {
      await server.close();
    }
  }, 30_000);

  it('extracts at build time, so the build ships the dataset', async () => {
    await build({
      root,
      configFile: false,
      logLevel: 'silent',
      build: { outDir: path.join(root, 'dist') },
      plugins: [extractorPlugin({ inputs: ['seeds'], outDir: 'data' })],
    });
    const shipped = JSON.parse(fs.readFileSync(path.join(root, 'dist', 'data', 'dataset.json'), 'utf8'));
    expect(shipped.documents.map((d: { title: string }) => d.title)).toEqual(['First']);
    // The path is recorded from the input folder down, never as an absolute path of this machine.
    expect(shipped.documents[0].path).toBe('seeds/a.md');
    expect(fs.existsSync(path.join(root, 'dist', 'data', 'documents', `${shipped.documents[0].id}.json`))).toBe(true);
  }, 30_000);
});
