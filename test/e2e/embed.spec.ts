// Embedding: the test build allows one origin (EMBED_ORIGIN, see playwright.config.ts) in
// frame-ancestors; a story page there shows the app in an iframe, one on any other origin cannot.
// Each story page comes from a real server on its own port (a page made up by the test runner
// has no origin of its own for the browser to check).
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import config, { EMBED_ORIGIN, OTHER_PORT } from '../../playwright.config.ts';

const APP = String(config.use?.baseURL);
const OTHER_ORIGIN = `http://127.0.0.1:${OTHER_PORT}`;
const servers: Server[] = [];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  for (const origin of [EMBED_ORIGIN, OTHER_ORIGIN]) {
    const server = createServer((_req, res) => {
      res.setHeader('Content-Type', 'text/html');
      res.end(
        `<!doctype html><title>Story</title><h1>A story</h1><iframe src="${APP}?embed=1" width="1000" height="600" title="Timeline"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => server.listen(Number(new URL(origin).port), '127.0.0.1', resolve));
    servers.push(server);
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

async function story(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/story.html`);
}

test('a page on an allowed origin shows the app in an iframe, with the least chrome', async ({ page }) => {
  await story(page, EMBED_ORIGIN);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('.plot[data-rendered]')).toBeAttached();
  const out = frame.getByRole('link', { name: 'Open full timeline' });
  await expect(out).toBeVisible();
  await expect(out).not.toHaveAttribute('href', /embed/);
  await expect(frame.getByRole('button', { name: /^Filters/ })).toBeHidden();
  await expect(frame.getByRole('button', { name: 'Export' })).toHaveCount(0);
});

test('a page on another origin is refused', async ({ page }) => {
  const refused = page.waitForEvent('console', (m) => m.text().includes('frame-ancestors'));
  await story(page, OTHER_ORIGIN);
  await refused;
  await expect.poll(() => page.frames().map((f) => f.url())).toContainEqual(expect.stringMatching(/^chrome-error:/));
  expect(page.frames().some((f) => f.url().startsWith(APP))).toBe(false);
});
