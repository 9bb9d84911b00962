// Screenshots of the main views for a human to look at (SHOTS=1 npx playwright test screenshots):
// light and dark, overview, zoomed, an event with its source, filters in use, a phone-sized screen,
// and the 10,000-event benchmark dataset at the overview and zoomed into a few months.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';
import { generateDataset } from '../../bench/generateDataset.ts';
import { leanDataset } from '../../src/model/lean.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots';
const DOHA = /June 2024.*Doha/;
const BENCH = './?dataset=/e2e/bench/dataset.json';

const views: [string, number, (page: Page) => Promise<void>, string?][] = [
  ['overview', 1440, async () => undefined],
  [
    'zoomed',
    1440,
    async (page) => {
      for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Zoom in' }).click();
    },
  ],
  [
    'selected',
    1440,
    async (page) => {
      await page.getByRole('option', { name: DOHA }).click();
      await page.locator('.source-text mark').first().waitFor();
    },
  ],
  [
    'filters',
    1440,
    async (page) => {
      await page.getByRole('checkbox', { name: /^Hamas/ }).check();
      await page.getByRole('searchbox', { name: 'Search events and passages' }).fill('talks');
    },
  ],
  ['mobile', 400, async () => undefined],
  [
    'mobile-selected',
    400,
    async (page) => {
      await page.getByRole('option', { name: DOHA }).click();
      await page.locator('.source-text mark').first().waitFor();
    },
  ],
  ['bench10k', 1440, async () => undefined, BENCH],
  ['bench10k-zoomed', 1440, async () => undefined, `${BENCH}&from=2010-03-01&to=2010-07-01`],
  [
    'bench10k-wheel',
    1440,
    async (page) => {
      const b = (await page.locator('.plot').boundingBox())!;
      await page.mouse.move(b.x + b.width / 2, b.y + 40);
      for (let k = 0; k < 30; k++) await page.mouse.wheel(0, -120);
      await page.waitForTimeout(400);
    },
    BENCH,
  ],
];

test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to take screenshots');
  let bench = '';
  for (const scheme of ['light', 'dark'] as const)
    for (const [name, width, act, url = './'] of views)
      test(`${name} (${scheme})`, async ({ page }) => {
        if (url !== './') {
          bench ||= JSON.stringify(leanDataset(generateDataset(10_000).dataset));
          await page.route(
            (u) => u.pathname === '/e2e/bench/dataset.json',
            (route) => route.fulfill({ status: 200, contentType: 'application/json', body: bench }),
          );
        }
        await page.setViewportSize({ width, height: width < 500 ? 860 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await timelineReady(page);
        await act(page);
        await page.waitForTimeout(350);
        await page.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage: width < 500 });
      });
});
