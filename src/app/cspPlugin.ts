// The content security policy of the built app, as a Vite plugin: a <meta> tag in the built
// index.html (so any static host enforces it), a `_headers` file beside it for hosts that read one
// (Netlify, Cloudflare Pages), and the same header from `vite preview`. Which sites may show the
// app in an iframe (`frame-ancestors`) is chosen at build time with EMBED_ORIGINS, `'none'` by
// default; browsers ignore frame-ancestors in a <meta> tag, so it only ever travels as a header.
// The dev server, whose React refresh preamble is an inline script, gets frame-ancestors alone.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React's `style` prop goes through the CSSOM, which style-src does not govern.
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** A source that frame-ancestors accepts: 'self', or an http(s) origin (a leading `*.` host allowed). */
const ORIGIN = /^https?:\/\/(\*\.)?[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The frame-ancestors sources from EMBED_ORIGINS (separated by spaces or commas), `'none'` when it
 * is empty. Anything else, such as a path or a bare `*`, is refused so that a typo cannot open
 * the app to every site.
 */
export function frameAncestors(value: string | undefined): string {
  const sources = (value ?? '').split(/[\s,]+/).filter(Boolean);
  if (sources.length === 0 || (sources.length === 1 && sources[0] === "'none'")) return "'none'";
  for (const s of sources)
    if (s !== "'self'" && !ORIGIN.test(s)) throw new Error(`EMBED_ORIGINS: "${s}" is not an origin such as https://news.example or 'self'`);
  return sources.join(' ');
}

export function headersFile(ancestors: string): string {
  return [
    '/*',
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}; frame-ancestors ${ancestors}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: same-origin',
    '',
  ].join('\n');
}

/** The headers of the `/*` block of a `_headers` file. */
export function parseHeadersFile(text: string): [string, string][] {
  const out: [string, string][] = [];
  let inAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      inAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (inAll && colon > 0) out.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return out;
}

export function cspPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'timeline-explorer-csp',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    transformIndexHtml: {
      handler: (_html, ctx) =>
        ctx.server
          ? []
          : [
              {
                tag: 'meta',
                attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
                injectTo: 'head-prepend',
              },
            ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(frameAncestors(process.env.EMBED_ORIGINS)) });
    },
    configureServer(server) {
      const ancestors = frameAncestors(process.env.EMBED_ORIGINS);
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `frame-ancestors ${ancestors}`);
        next();
      });
    },
    // `vite preview` serves what the build chose: the headers of its _headers file.
    configurePreviewServer(server) {
      let headers: [string, string][];
      try {
        headers = parseHeadersFile(readFileSync(path.join(outDir, '_headers'), 'utf8'));
      } catch {
        headers = parseHeadersFile(headersFile("'none'"));
      }
      server.middlewares.use((_req, res, next) => {
        for (const [name, value] of headers) res.setHeader(name, value);
        next();
      });
    },
  };
}
