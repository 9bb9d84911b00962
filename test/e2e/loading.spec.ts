// The dataset is read in a Web Worker: the page's own thread only downloads it and draws.
import { expect, test } from '@playwright/test';
import { timelineReady, watch } from './helpers.ts';

test('the dataset is parsed and validated in a worker, and the timeline then shows it', async ({ page }) => {
  const watching = await watch(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('./');
  await timelineReady(page);
  expect(workers.some((url) => /datasetWorker/.test(url))).toBe(true);
  await expect(page.getByRole('option', { name: /^10 June 2024/ })).toBeVisible();
  expect(watching.errors).toEqual([]);
  expect(await watching.violations()).toEqual([]);
});
