// The lanes as a user sees them: the seed's few lanes at the top of a plot sized to them, with the
// axis ending at the data; the 10,000-event benchmark dataset, zoomed in, in lanes one can read.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import { generateDataset } from '../../bench/generateDataset.ts';
import { leanDataset } from '../../src/model/lean.ts';

type Box = { x: number; y: number; width: number; height: number };

async function optionBoxes(page: Page): Promise<Box[]> {
  return page.getByRole('option').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as Box));
}

test('the seed: lanes from the top of a plot sized to them, the axis spanning just the events, all on one screen', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await timelineReady(page);
  const plot = (await page.locator('.plot').boundingBox())!;
  const boxes = await optionBoxes(page);
  expect(boxes.length).toBeGreaterThanOrEqual(4);
  const top = Math.min(...boxes.map((b) => b.y));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  expect(top - plot.y).toBeLessThan(25);
  expect(plot.y + plot.height - bottom).toBeLessThan(50);
  // The first and last events sit near the plot's ends: no empty years before or after them.
  expect(Math.min(...boxes.map((b) => b.x)) - plot.x).toBeLessThan(30);
  expect(plot.x + plot.width - Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThan(40);
  const ticks = (await page.locator('.axis-tick').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-time'))))).sort();
  expect(ticks.at(-1)!).toBeLessThanOrEqual(Date.UTC(2025, 0, 1));
  // The overview and the start of the undated list need no scrolling.
  const overview = (await page.locator('.overview').boundingBox())!;
  expect(overview.y + overview.height).toBeLessThanOrEqual(900);
  const undated = page.getByRole('region', { name: /Undated events/ }).getByRole('button');
  for (let k = 0; k < 5; k++) await expect(undated.nth(k)).toBeInViewport();
});

let body = '';
for (const scheme of ['light', 'dark'] as const) {
  test(`the 10,000-event dataset zoomed in: readable lanes, and a "+N more" hint that zooms further (${scheme})`, async ({ page }) => {
    body ||= JSON.stringify(leanDataset(generateDataset(10_000).dataset));
    await page.emulateMedia({ colorScheme: scheme });
    await page.route(
      (u) => u.pathname === '/e2e/bench/dataset.json',
      (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
    );
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./?dataset=/e2e/bench/dataset.json');
    await timelineReady(page);
    const plot = (await page.locator('.plot').boundingBox())!;
    await page.mouse.move(plot.x + plot.width / 2, plot.y + 40);
    for (let k = 0; k < 30; k++) await page.mouse.wheel(0, -120);
    // Once the zoom settles (under load, it may settle more than once on the way).
    await expect(async () => {
      await expect(page.getByText(/more here than lanes can show/)).toBeVisible({ timeout: 500 });
      const centres = [...new Set((await optionBoxes(page)).map((b) => Math.round(b.y + b.height / 2)))].sort((a, b) => a - b);
      expect(centres.length).toBeGreaterThan(8);
      for (let k = 1; k < centres.length; k++) expect(centres[k]! - centres[k - 1]!).toBeGreaterThanOrEqual(22);
    }).toPass({ timeout: 10_000 });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    const ticks = () => page.locator('.axis-tick').allTextContents();
    const before = await ticks();
    const hint = page.getByRole('button', { name: /more events? from .*: zoom in/ }).first();
    await expect(hint).toBeVisible();
    await hint.click();
    await expect.poll(ticks).not.toEqual(before);
  });
}
