// axe-core scans of every view, in the light and the dark colour scheme.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serveFolder, timelineReady } from './helpers.ts';

const SEED = path.resolve(import.meta.dirname, 'fixtures/seed');

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

/** The seed dataset with a problem of each severity, one of them on its document. */
async function serveWithDiagnostics(page: Page) {
  await serveFolder(page, '/e2e/diagnostics/documents/', path.join(SEED, 'documents'));
  const dataset = JSON.parse(readFileSync(path.join(SEED, 'dataset.json'), 'utf8')) as {
    documents: { path: string }[];
    diagnostics: unknown[];
  };
  dataset.diagnostics = [
    { path: 'scan.txt', severity: 'error', message: 'is a binary file (a NUL byte at byte 4), not text; skipped' },
    {
      path: dataset.documents[0]!.path,
      severity: 'warning',
      message: 'is not valid UTF-8 (byte 0xe9 at byte 80); read as Windows-1252 (Latin-1)',
    },
    { path: 'README.md', severity: 'info', message: 'is a note on the folder, not a document; skipped' },
  ];
  await page.route(
    (url) => url.pathname === '/e2e/diagnostics/dataset.json',
    (route) => route.fulfill({ json: dataset }),
  );
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no violations: the problems with the files listed, ${scheme}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await serveWithDiagnostics(page);
    await page.goto('./?dataset=/e2e/diagnostics/dataset.json');
    await timelineReady(page);
    await page.getByRole('button', { name: '1 error, 1 warning, 1 note' }).click();
    await page.getByRole('region', { name: 'Problems with the files' }).waitFor();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
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
