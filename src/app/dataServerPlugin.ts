// Serves a dataset folder (as written by `extract --out DIR`) at data/ beside the app: from the
// dev server, and copied into the build. Each file goes out with a strong ETag (its SHA-256), so a
// reload revalidates and gets "304 Not Modified" instead of the whole dataset again; a changed
// dataset.json reloads the open page.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

interface Tagged {
  mtimeMs: number;
  size: number;
  etag: string;
}

/** A middleware for `<base>data/…` requests, answered from `dir`; anything else goes on. */
export function dataMiddleware(dir: string, base = '/') {
  const root = path.resolve(dir);
  const tags = new Map<string, Tagged>();
  const prefix = `${base}data/`;
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const pathname = decodeURIComponent((req.url ?? '').split('?')[0]!);
    if (!pathname.startsWith(prefix) || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const file = path.resolve(root, pathname.slice(prefix.length));
    if (!file.startsWith(root + path.sep) || !file.endsWith('.json')) return next();
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      res.statusCode = 404;
      return res.end('not found');
    }
    // The hash is recomputed only when the file's size or time changes.
    let tag = tags.get(file);
    let body: Buffer | null = null;
    if (!tag || tag.mtimeMs !== stat.mtimeMs || tag.size !== stat.size) {
      body = fs.readFileSync(file);
      tag = { mtimeMs: stat.mtimeMs, size: stat.size, etag: `"${createHash('sha256').update(body).digest('hex')}"` };
      tags.set(file, tag);
    }
    res.setHeader('ETag', tag.etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', 'application/json');
    if (req.headers['if-none-match'] === tag.etag) {
      res.statusCode = 304;
      return res.end();
    }
    res.setHeader('Content-Length', String(stat.size));
    if (req.method === 'HEAD') return res.end();
    res.end(body ?? fs.readFileSync(file));
  };
}

/** `copy`: put the folder into the build as data/ (not needed for public/data, which Vite copies). */
export function dataServerPlugin(dir: string, { copy }: { copy: boolean }): Plugin {
  let outDir = 'dist';
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'timeline-data-folder',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
      command = config.command;
    },
    configureServer(server) {
      server.middlewares.use(dataMiddleware(dir, server.config.base.startsWith('/') ? server.config.base : '/'));
      const dataset = path.resolve(dir, 'dataset.json');
      server.watcher.add(dataset);
      server.watcher.on('change', (file) => {
        if (file === dataset) server.ws.send({ type: 'full-reload', path: '*' });
      });
    },
    closeBundle() {
      if (command !== 'build' || !copy) return;
      const target = path.join(outDir, 'data');
      fs.rmSync(target, { recursive: true, force: true });
      fs.cpSync(dir, target, { recursive: true, filter: (src) => fs.statSync(src).isDirectory() || src.endsWith('.json') });
    },
  };
}
