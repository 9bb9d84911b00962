// The built app on a plain static host, in a sub-folder: every path is relative, so it loads its
// code, styles, dataset and documents from wherever it is put.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { STATIC_PORT as PORT } from '../../playwright.config.ts';
import { timelineReady, watch } from './helpers.ts';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const FOLDER = '/news/2026/timeline/';
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};
let server: Server;

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    const file = path.join(DIST, pathname.startsWith(FOLDER) ? pathname.slice(FOLDER.length) || 'index.html' : '\0');
    if (!file.startsWith(DIST) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.statusCode = 404;
      return res.end('not found');
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(fs.readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(PORT, '127.0.0.1', resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test('the build works from a sub-folder of a plain static host', async ({ page }) => {
  const w = await watch(page);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failed.push(r.url());
  });
  await page.goto(`http://127.0.0.1:${PORT}${FOLDER}`);
  await timelineReady(page);
  await page.getByRole('option').first().click();
  await expect(page.locator('.source-text mark').first()).toBeVisible();
  expect(failed).toEqual([]);
  expect(w.errors).toEqual([]);
});
