// Screenshots of the main views for a human to look at (SHOTS=1 npx playwright test screenshots):
// light and dark, overview, zoomed, an event with its source, filters in use, a phone-sized screen.
import { test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';

const OUT = process.env.SHOTS_DIR ?? '/tmp/shots';
const DOHA = /June 2024.*Doha/;

const views: [string, number, (page: Page) => Promise<void>][] = [
  ['overview', 1440, async () => undefined],
  ['zoomed', 1440, async (page) => {
    for (let k = 0; k < 3; k++) await page.getByRole('button', { name: 'Zoom in' }).click();
  }],
  ['selected', 1440, async (page) => {
    await page.getByRole('option', { name: DOHA }).click();
    await page.locator('.source-text mark').first().waitFor();
  }],
  ['filters', 1440, async (page) => {
    await page.getByRole('checkbox', { name: /^Hamas/ }).check();
    await page.getByRole('searchbox', { name: 'Search events and passages' }).fill('talks');
  }],
  ['mobile', 400, async () => undefined],
  ['mobile-selected', 400, async (page) => {
    await page.getByRole('option', { name: DOHA }).click();
    await page.locator('.source-text mark').first().waitFor();
  }],
];

test.describe('screenshots', () => {
  test.skip(!process.env.SHOTS, 'set SHOTS=1 to take screenshots');
  for (const scheme of ['light', 'dark'] as const)
    for (const [name, width, act] of views)
      test(`${name} (${scheme})`, async ({ page }) => {
        await page.setViewportSize({ width, height: width < 500 ? 860 : 900 });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto('./');
        await timelineReady(page);
        await act(page);
        await page.waitForTimeout(350);
        await page.screenshot({ path: `${OUT}/${name}-${scheme}.png`, fullPage: width < 500 });
      });
});
