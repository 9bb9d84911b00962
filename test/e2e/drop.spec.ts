// Documents dropped on the page become a timeline in the browser: nothing leaves the page, the
// collection is kept across a reload, and it can be renamed, exported as a dataset folder and deleted.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { validateDataset, validateDocumentText } from '../../src/model/validate.ts';
import { sha256 } from '../../src/extract/ids.ts';
import { timelineReady, watch } from './helpers.ts';

const FIXTURES = path.resolve(import.meta.dirname, 'fixtures/drop');
const FILES = ['harbour.html', 'council.md', 'ferry.txt'].map((name) => ({
  name,
  content: readFileSync(path.join(FIXTURES, name), 'utf8'),
}));

async function dropFiles(page: Page, files: { name: string; content: string }[]) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.content], f.name));
    return dt;
  }, files);
  await page.dispatchEvent('main, .app', 'dragenter', { dataTransfer });
  await expect(page.locator('.drop-overlay')).toBeVisible();
  await page.dispatchEvent('main, .app', 'drop', { dataTransfer });
}

const collections = (page: Page) => page.getByRole('list', { name: 'Collections kept in this browser' });

/** Opens the harbour's reopening from the timeline; resolves to the details pane. */
async function openHarbourEvent(page: Page) {
  await page
    .getByRole('option', { name: /reopened the harbour/i })
    .first()
    .click();
  const source = page.getByRole('complementary', { name: 'Event details' });
  await expect(source).toContainText('Harbour reopens after three-week closure');
  return source;
}

/** The dataset a collection exports, read back from its zip. */
async function exportedDataset(page: Page, item: ReturnType<Page['getByRole']>) {
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Export zip' }).click()]);
  const zip = unzipSync(readFileSync((await download.path())!));
  const name = Object.keys(zip).find((n) => n.endsWith('/dataset.json'))!;
  return validateDataset(JSON.parse(new TextDecoder().decode(zip[name])) as unknown).dataset;
}

async function openCollections(page: Page) {
  await page.getByRole('button', { name: 'Your documents' }).click();
  await expect(collections(page)).toBeVisible();
}

test('three dropped files become a timeline without a request leaving the page, and survive a reload', async ({ page, baseURL }) => {
  const w = await watch(page);
  await page.goto('./');
  await timelineReady(page);
  const requests: { url: string; method: string; post: string | null }[] = [];
  page.on('request', (r) => requests.push({ url: r.url(), method: r.method(), post: r.postData() }));

  await dropFiles(page, FILES);
  await page.waitForURL(/\?collection=/, { timeout: 60_000 });
  await timelineReady(page);
  await expect(page.locator('.brand-meta')).toContainText('from 3 documents');
  // The web page's article is there, its comments are not.
  const source = await openHarbourEvent(page);
  await expect(source.locator('.source-text')).toContainText('Divers from the coast guard');
  await expect(source.locator('.source-text')).not.toContainText('Reader1234');

  // Every request since the drop was for the page's own static files (the worker's script among them), with GET.
  const origin = new URL(baseURL!).origin;
  expect(requests.length).toBeGreaterThan(0);
  for (const r of requests) {
    const url = new URL(r.url);
    expect(url.origin, r.url).toBe(origin);
    expect(r.method, r.url).toBe('GET');
    expect(r.post, r.url).toBeNull();
    // The page, its scripts, styles and icon; not even the sample dataset, and nothing under __collections__/.
    expect(url.pathname, r.url).toMatch(/^\/(?:|index\.html|favicon\.(?:ico|svg)|assets\/[\w.-]+\.(?:js|css))$/);
  }
  expect(requests.some((r) => /\/assets\/extractWorker-[\w-]+\.js$/.test(r.url))).toBe(true);

  await page.reload();
  await timelineReady(page);
  await expect(page.locator('.brand-meta')).toContainText('from 3 documents');
  await openCollections(page);
  await expect(collections(page).getByRole('listitem')).toHaveCount(1);
  await expect(collections(page).getByRole('link')).toHaveText('Harbour reopens after three-week closure and 2 more');
  expect(w.errors).toEqual([]);
  expect(await w.violations()).toEqual([]);
});

test('a collection can be renamed, exported as a dataset folder and deleted', async ({ page }) => {
  await page.goto('./');
  await timelineReady(page);
  await dropFiles(page, FILES);
  await page.waitForURL(/\?collection=/, { timeout: 60_000 });
  await timelineReady(page);

  await openCollections(page);
  const item = collections(page).getByRole('listitem');
  await item.getByRole('button', { name: 'Rename' }).click();
  await item.getByRole('textbox', { name: 'New name' }).fill('Westhaven storm');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByRole('link')).toHaveText('Westhaven storm');
  await page.reload();
  await timelineReady(page);
  await openCollections(page);
  await expect(item.getByRole('link')).toHaveText('Westhaven storm');

  // The zip re-reads as a dataset: the schema, and each document the text the offsets point into.
  const [download] = await Promise.all([page.waitForEvent('download'), item.getByRole('button', { name: 'Export zip' }).click()]);
  expect(download.suggestedFilename()).toBe('timeline-westhaven-storm.zip');
  const zip = unzipSync(readFileSync((await download.path())!));
  const names = Object.keys(zip).sort();
  expect(names[0]).toBe('timeline-westhaven-storm/dataset.json');
  const read = (name: string) => JSON.parse(new TextDecoder().decode(zip[name])) as unknown;
  const { dataset, problems } = validateDataset(read('timeline-westhaven-storm/dataset.json'));
  expect(problems).toEqual([]);
  expect(dataset.documents).toHaveLength(3);
  expect(dataset.documents.find((d) => d.path === 'harbour.html')).toMatchObject({ date: '2024-03-14', byline: 'Mara Lindqvist' });
  expect(dataset.events.length).toBeGreaterThan(3);
  expect(names.slice(1)).toEqual(dataset.documents.map((d) => `timeline-westhaven-storm/documents/${d.id}.json`).sort());
  for (const meta of dataset.documents) {
    const doc = validateDocumentText(read(`timeline-westhaven-storm/documents/${meta.id}.json`), meta);
    expect(sha256(doc.text)).toBe(meta.sha256);
  }

  await item.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('group', { name: 'Confirm deletion' }).getByRole('button', { name: 'Delete' }).click();
  // The open collection is gone: the page goes back to the sample dataset, and the list is empty.
  await page.waitForURL((url) => !url.search.includes('collection'));
  await timelineReady(page);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await expect(page.getByRole('region', { name: 'Your documents' })).toBeVisible();
  await expect(collections(page)).toHaveCount(0);
});

test('the file picker takes many files, and Cancel stops the extraction and keeps nothing', async ({ page }) => {
  // The worker's script is held back until Cancel is pressed, so the extraction cannot win the race.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/extractWorker-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await page
    .getByLabel('Choose documents')
    .setInputFiles(FILES.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.content) })));
  const dialog = page.getByRole('dialog', { name: 'Building a timeline' });
  await expect(dialog.getByRole('progressbar', { name: 'Extraction progress' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  release();
  await expect(dialog).toHaveCount(0);
  await expect(page).not.toHaveURL(/collection=/);
  await page.reload();
  await timelineReady(page);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await expect(page.getByRole('region', { name: 'Your documents' })).toBeVisible();
  await expect(collections(page)).toHaveCount(0);
});

test('a chosen folder is read as the CLI reads it: its notes are left out, its documents named by their path', async ({ page }) => {
  await page.goto('./');
  await timelineReady(page);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await page.getByLabel('Choose a folder of documents').setInputFiles(FIXTURES);
  await page.waitForURL(/\?collection=/, { timeout: 60_000 });
  await timelineReady(page);
  // harbour.html, council.md and ferry.txt; not the folder's README.md.
  await expect(page.locator('.brand-meta')).toContainText('from 3 documents');
  await openHarbourEvent(page);
  // The collection is named after the folder's first document in name order (council.md).
  await openCollections(page);
  const item = collections(page).getByRole('listitem');
  await expect(item.getByRole('link')).toHaveText('Council approves flood barrier and 2 more');
  // Its documents are named by their path in the folder, as the CLI names them; the notes are said to be left out.
  const dataset = await exportedDataset(page, item);
  expect(dataset.documents.map((d) => d.path)).toEqual(['drop/council.md', 'drop/ferry.txt', 'drop/harbour.html']);
  expect(dataset.diagnostics).toContainEqual(expect.objectContaining({ path: 'drop/README.md', severity: 'info' }));
});

test('a folder holding a binary file is read without it, and the top bar says so; the list links to the documents', async ({ page }) => {
  const w = await watch(page);
  // A folder of its own: two of the documents, a scan saved as .txt (binary) and a note in Windows-1252.
  const folder = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-diagnostics-')), 'news');
  mkdirSync(folder);
  for (const f of FILES.slice(1)) writeFileSync(path.join(folder, f.name), f.content);
  writeFileSync(path.join(folder, 'scan.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]));
  writeFileSync(
    path.join(folder, 'latin.txt'),
    Buffer.concat([
      Buffer.from('Harbour caf'),
      Buffer.from([0xe9]),
      Buffer.from(' reopens\n\nThe harbour caf'),
      Buffer.from([0xe9]),
      Buffer.from(' reopened on March 22, 2024.\n'),
    ]),
  );
  await page.goto('./');
  await timelineReady(page);
  // The sample dataset has no diagnostics: nothing is counted.
  await expect(page.locator('.diagnostics-button')).toHaveCount(0);
  await page.getByRole('button', { name: 'Your documents' }).click();
  await page.getByLabel('Choose a folder of documents').setInputFiles(folder);
  await page.waitForURL(/\?collection=/, { timeout: 60_000 });
  await timelineReady(page);
  await expect(page.locator('.brand-meta')).toContainText('from 3 documents');

  const count = page.getByRole('button', { name: /^1 error, 1 warning/ });
  await expect(count).toBeVisible();
  await count.click();
  const list = page.getByRole('region', { name: 'Problems with the files' });
  await expect(list).toBeVisible();
  // Errors first: the binary file, then the document read with a guess at its encoding.
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['news/scan.txt', 'news/latin.txt']);
  await expect(list).toContainText('Is a binary file');
  await expect(list).toContainText('read as Windows-1252');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);

  // The note is a document of the collection: its link opens it whole.
  await list.getByRole('link', { name: 'Open news/latin.txt' }).click();
  await expect(list).toHaveCount(0);
  await expect(page).toHaveURL(/view=documents/);
  await expect(page.getByRole('article', { name: 'Harbour café reopens' })).toContainText('The harbour café reopened');
  expect(w.errors).toEqual([]);
  expect(await w.violations()).toEqual([]);
});
