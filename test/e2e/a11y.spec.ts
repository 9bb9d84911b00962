// axe-core scans of every view, in the light and the dark colour scheme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { timelineReady } from './helpers.ts';

const views: [string, (page: Page) => Promise<void>][] = [
  ['overview', async () => undefined],
  [
    'event selected with its source',
    async (page) => {
      await page.getByRole('option', { name: /Doha/ }).first().click();
      await page.locator('.source-text mark').first().waitFor();
    },
  ],
  [
    'filtered and searched',
    async (page) => {
      await page.getByRole('checkbox', { name: /^Hamas/ }).check();
      await page.getByRole('searchbox', { name: 'Search events and passages' }).fill('talks');
    },
  ],
  [
    'zoomed with a tooltip',
    async (page) => {
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('listbox').focus();
      await page.keyboard.press('End');
    },
  ],
  [
    'filters closed',
    async (page) => {
      await page.getByRole('button', { name: /^Filters/ }).click();
    },
  ],
];

for (const scheme of ['light', 'dark'] as const) {
  for (const [name, act] of views) {
    test(`axe finds no violations: ${name}, ${scheme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('./');
      await timelineReady(page);
      await act(page);
      await page.waitForTimeout(300);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

test('axe finds no violations on the error screen and on a narrow screen', async ({ page }) => {
  await page.goto('./?dataset=/nowhere.json');
  await page.getByRole('alert').waitFor();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 400, height: 860 });
  await page.goto('./?event=');
  await timelineReady(page);
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
});
