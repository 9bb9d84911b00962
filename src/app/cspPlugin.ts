// The content security policy of the built app, as a Vite plugin: a <meta> tag in the built
// index.html (so any static host enforces it) and the same header from `vite preview`. Not applied
// to the dev server, whose React refresh preamble is an inline script.
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

export function cspPlugin(): Plugin {
  return {
    name: 'timeline-explorer-csp',
    // Built output and `vite preview`; never the dev server.
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
    configurePreviewServer(server) {
      server.middlewares.use((_req, res, next) => {
        res.setHeader('Content-Security-Policy', `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`);
        next();
      });
    },
  };
}
