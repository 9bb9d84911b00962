// Serves an output folder (dataset.json and documents/) to the app from the dev and preview
// servers, at `/data/` by default. The folder is a symbolic link switched atomically by each run
// (output.ts): every request resolves it anew, so a page gets the old dataset or the new one.
// Responses carry a strong ETag from the file's content hash, so a page load that asks again
// (or the next one) is answered "304 Not Modified" instead of downloading the dataset again.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Rollup } from 'vite';

type Next = (error?: unknown) => void;
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: Next) => void;

export function serveDataset(urlPrefix: string, dir: () => string): Middleware {
  const hashes = new Map<string, { key: string; etag: string }>();
  const etagOf = (file: string, stat: fs.Stats) => {
    const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
    const known = hashes.get(file);
    if (known?.key === key) return known.etag;
    const etag = `"${createHash('sha256').update(fs.readFileSync(file)).digest('base64url').slice(0, 27)}"`;
    hashes.set(file, { key, etag });
    return etag;
  };
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !req.url) return next();
    const pathname = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (!pathname.startsWith(urlPrefix)) return next();
    let root: string;
    try {
      root = fs.realpathSync(dir());
    } catch {
      return next();
    }
    const file = path.resolve(root, '.' + path.posix.normalize('/' + pathname.slice(urlPrefix.length)));
    if (!file.startsWith(root + path.sep) || !file.endsWith('.json')) return next();
    let stat: fs.Stats;
    try {
      stat = fs.statSync(file);
    } catch {
      return next();
    }
    if (!stat.isFile()) return next();
    const etag = etagOf(file, stat);
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', 'application/json; charset=utf-8');
    if (req.headers['if-none-match'] === etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    res.setHeader('Content-Length', stat.size);
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    fs.createReadStream(file).pipe(res);
  };
}

/** Ships a dataset folder with a build, as data/dataset.json and data/documents/*.json. */
export function emitDataset(context: Rollup.PluginContext, dir: string): void {
  if (!fs.existsSync(path.join(dir, 'dataset.json'))) return;
  const emit = (relative: string) =>
    context.emitFile({ type: 'asset', fileName: `data/${relative}`, source: fs.readFileSync(path.join(dir, relative)) });
  emit('dataset.json');
  const docs = path.join(dir, 'documents');
  if (fs.existsSync(docs)) for (const name of fs.readdirSync(docs).sort()) if (name.endsWith('.json')) emit(`documents/${name}`);
}
