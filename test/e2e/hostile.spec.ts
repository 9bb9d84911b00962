// A hostile document (script tags, event-handler attributes, javascript: URLs in its title, text
// and front matter), extracted by the real extractor, loaded through ?dataset=: nothing runs, no
// policy is violated, and every string shows as text.
import { expect, test } from '@playwright/test';
import { serveFolder, timelineReady, watch } from './helpers.ts';
import { HOSTILE_OUT } from './globalSetup.ts';

test('a hostile document is shown as text and nothing in it runs', async ({ page }) => {
  const w = await watch(page);
  await serveFolder(page, '/e2e/hostile/', HOSTILE_OUT);
  await page.goto('./?dataset=/e2e/hostile/dataset.json');
  await timelineReady(page);
  // Every dated event of the hostile document opens its source as text.
  const options = page.getByRole('option');
  await expect(options.first()).toBeVisible();
  const count = await options.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let k = 0; k < count; k++) {
    await options.nth(k).click();
    await page.locator('.source-text').waitFor();
  }
  await expect(page.locator('.source-text')).toContainText('<script>');
  await expect(page.locator('.source-meta')).toContainText('<script>window.__pwned');
  await expect(page.locator('.source-meta')).toContainText("javascript:window.__pwned='url'");
  await expect(page.getByRole('link', { name: 'Original article' })).toHaveCount(0);
  await page.locator('.source-text').hover();
  await page
    .getByText(/<b onmouseover/)
    .first()
    .hover();
  expect(await page.locator('#root script, #root img, #root svg[onload], #root [onerror], #root [onmouseover]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(w.dialogs).toEqual([]);
  expect(w.errors).toEqual([]);
  expect(await w.violations()).toEqual([]);
});

test('the built app carries the content security policy', async ({ page }) => {
  const response = await page.goto('./');
  expect(response!.headers()['content-security-policy']).toContain("default-src 'self'");
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const rule of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "script-src 'self'"]) expect(meta).toContain(rule);
  // An injected inline script is refused.
  const w = await watch(page);
  await page.goto('./');
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = "window.__inline = 'ran'";
    document.body.append(s);
  });
  expect(await page.evaluate(() => (window as unknown as { __inline?: string }).__inline)).toBeUndefined();
  await expect.poll(() => w.violations()).toContainEqual(expect.stringContaining('script-src'));
});
