// Errors and empty states in the built app: clear messages, no blank page, no stack trace.
import { expect, test } from '@playwright/test';
import { timelineReady, watch } from './helpers.ts';

test('a missing dataset says what is wrong and how to produce one', async ({ page }) => {
  await page.goto('./?dataset=/nowhere/dataset.json');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'No dataset yet' })).toBeVisible();
  await expect(alert).toContainText('npm run extract');
  await expect(alert).not.toContainText(/\.tsx?:\d+/);
});

test('an invalid dataset says it is not valid JSON', async ({ page }) => {
  await page.route(
    (url) => url.pathname === '/broken/dataset.json',
    (r) => r.fulfill({ body: '{"schemaVersion": 1,', contentType: 'application/json' }),
  );
  await page.goto('./?dataset=/broken/dataset.json');
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
});

test('a document that fails to load shows an error and a retry, and the timeline keeps working', async ({ page }) => {
  const w = await watch(page);
  let fail = true;
  await page.route('**/data/documents/*.json', (r) => (fail ? r.fulfill({ status: 500, body: 'oops' }) : r.continue()));
  await page.goto('./');
  await timelineReady(page);
  await page.getByRole('option', { name: /Doha/ }).first().click();
  const alert = page.getByRole('complementary', { name: 'Event details' }).getByRole('alert');
  await expect(alert).toContainText('The document could not be loaded');
  await page.getByRole('option').first().click();
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  // Opening another event of the same document may try it again: let that attempt fail too.
  await page.waitForLoadState('networkidle');
  await expect(alert).toContainText('The document could not be loaded');
  fail = false;
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(page.locator('.source-text mark').first()).toBeVisible();
  // The failed request is the only error the console saw.
  expect(w.errors.filter((e) => !e.includes('500'))).toEqual([]);
});
