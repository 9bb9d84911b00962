// Large JSON files (a dataset, its documents) travel gzipped, compressed once when they are written
// rather than by the server for every request: the build writes `X.json.gz` beside each `X.json`
// of 64 kB or more in dist/ (bench/ui.ts beside its generated datasets), and `vite preview` answers
// a request for `X.json` with it (`Content-Encoding: gzip`) when the browser accepts gzip and the
// compressed file is not older. Compressing a 47 MB dataset on the fly took the preview server
// about 1.5 s of CPU per request, on the cores the page reads it with; a precompressed file costs
// the server nothing and the browser unpacks it natively. Static hosts do the same with their own
// settings (nginx `gzip_static on`). `X-Decoded-Length` tells the page the size once unpacked, for
// its progress bar.
import { createReadStream, createWriteStream, readdirSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { Plugin } from 'vite';

/** Smaller files are not worth a second copy. */
const MIN_BYTES = 64 * 1024;

/** Writes `file.gz` beside `file` (streamed: a dataset can be larger than a string may be). */
export async function gzipBeside(file: string): Promise<void> {
  await pipeline(createReadStream(file), createGzip({ level: 6 }), createWriteStream(`${file}.gz`));
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.json'))
    .map((d) => path.join(d.parentPath, d.name));
}

const stat = (file: string): Stats | null => {
  try {
    return statSync(file);
  } catch {
    return null;
  }
};

export function precompressedPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'timeline-precompressed',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async writeBundle() {
      for (const file of jsonFiles(outDir)) if ((stat(file)?.size ?? 0) >= MIN_BYTES) await gzipBeside(file);
    },
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if ((req.method !== 'GET' && req.method !== 'HEAD') || !/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')))
          return next();
        let pathname: string;
        try {
          pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
        } catch {
          return next();
        }
        const file = path.resolve(outDir, `.${pathname}`);
        if (!file.endsWith('.json') || !file.startsWith(outDir + path.sep)) return next();
        const plain = stat(file);
        const packed = stat(`${file}.gz`);
        if (!plain?.isFile() || !packed?.isFile() || packed.mtimeMs < plain.mtimeMs) return next();
        res.setHeader('Content-Type', 'application/json');
        res.setHeader('Content-Encoding', 'gzip');
        res.setHeader('Content-Length', packed.size);
        res.setHeader('X-Decoded-Length', plain.size);
        res.setHeader('Vary', 'Accept-Encoding');
        res.setHeader('Cache-Control', 'no-cache');
        if (req.method === 'HEAD') return res.end();
        createReadStream(`${file}.gz`).pipe(res);
      });
    },
  };
}
