// Shared end-to-end helpers: watching for anything that should never happen (console errors,
// page errors, dialogs, content-security-policy violations), and serving fixture folders.
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';

export interface Watch {
  errors: string[];
  dialogs: string[];
  violations: () => Promise<string[]>;
}

export async function watch(page: Page): Promise<Watch> {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { errors, dialogs, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/** Serves the files of a folder at URLs starting with `prefix` (e.g. /e2e/hostile/). */
export async function serveFolder(page: Page, prefix: string, folder: string): Promise<void> {
  await page.route(
    (url) => url.pathname.startsWith(prefix),
    (route) => {
      const rel = decodeURIComponent(new URL(route.request().url()).pathname.slice(prefix.length));
      const file = path.join(folder, rel);
      if (!file.startsWith(folder) || !existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ status: 200, contentType: 'application/json', body: readFileSync(file) });
    },
  );
}

/**
 * Waits until the timeline has drawn the whole dataset: a large one (over the reader's 4 MiB) may
 * first be drawn from the events read so far, which a test would otherwise take for the whole.
 */
export async function timelineReady(page: Page): Promise<void> {
  await page.locator('.plot[data-whole]').waitFor();
}

/** Waits for the timeline's first picture, perhaps of the events read so far of a dataset still loading. */
export async function firstPictureReady(page: Page): Promise<void> {
  await page.locator('.plot[data-rendered]').waitFor();
}
