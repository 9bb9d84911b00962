// Exports, links and printing in the built app: each file is produced by the page, downloaded, and
// read back by a parser; links reopen what they point at.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { timelineReady, watch } from './helpers.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset } from '../../src/model/validate.ts';

async function exportAs(page: Page, name: RegExp): Promise<string> {
  await page.getByText('Export', { exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync((await file.path())!, 'utf8');
}

async function dataset(page: Page): Promise<Dataset> {
  // Through the schema, as any reader: the file leaves out fields at their default.
  return validateDataset(await (await page.request.get('data/dataset.json')).json()).dataset;
}

test('CSV holds one row per event the filters keep, and a CSV parser reads it back', async ({ page }) => {
  const w = await watch(page);
  await page.goto('./?certainty=reported');
  await timelineReady(page);
  const data = await dataset(page);
  const kept = data.events.filter((e) => e.attribution.certainty === 'reported');
  const csv = await exportAs(page, /^CSV/);
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((r) => r.id).sort()).toEqual(kept.map((e) => e.id).sort());
  expect(parsed.data.every((r) => r.certainty === 'reported')).toBe(true);
  // Each row's quote is its first passage, sliced from the document.
  const row = parsed.data[0]!;
  const passage = kept.find((e) => e.id === row.id)!.evidence[0]!;
  const doc = (await (await page.request.get(`data/documents/${passage.docId}.json`)).json()) as { text: string };
  expect(row.quote).toBe(doc.text.slice(passage.start, passage.end));
  expect(row.quote!.length).toBeGreaterThan(0);
  // Each row's link opens its event.
  await page.goto(row.link!);
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toHaveText(
    row.title!.replace(/^'/, ''),
  );
  expect(w.errors).toEqual([]);
  expect(await w.violations()).toEqual([]);
});

test('TimelineJS JSON has a slide per dated event, in the documented shape', async ({ page }) => {
  await page.goto('./');
  await timelineReady(page);
  const data = await dataset(page);
  const json = JSON.parse(await exportAs(page, /^TimelineJS/)) as {
    events: { start_date: { year: number }; text: { headline: string }; media: { url: string; credit: string } }[];
  };
  expect(json.events).toHaveLength(data.events.filter((e) => e.time).length);
  for (const slide of json.events) {
    expect(Number.isInteger(slide.start_date.year)).toBe(true);
    expect(slide.text.headline.length).toBeGreaterThan(0);
    expect(slide.media.url).toMatch(/^<blockquote>/);
  }
});

test('Web Annotations quote exactly the slice of each document they point at', async ({ page }) => {
  await page.goto('./');
  await timelineReady(page);
  const data = await dataset(page);
  const json = JSON.parse(await exportAs(page, /^Web Annotations/)) as {
    total: number;
    first: { items: { target: { source: string; selector: [{ exact: string; prefix: string }, { start: number; end: number }] } }[] };
  };
  expect(json.total).toBe(data.events.reduce((n, e) => n + e.evidence.length, 0));
  const texts = new Map<string, string>();
  for (const a of json.first.items) {
    const source = a.target.source;
    if (!texts.has(source)) texts.set(source, ((await (await page.request.get(source)).json()) as { text: string }).text);
    const text = texts.get(source)!;
    const [quote, position] = a.target.selector;
    expect(quote.exact).toBe(text.slice(position.start, position.end));
    expect(text.slice(0, position.start).endsWith(quote.prefix)).toBe(true);
  }
});

test('the timeline picture is saved as SVG and as PNG', async ({ page }) => {
  const w = await watch(page);
  await page.goto('./');
  await timelineReady(page);
  const svg = await exportAs(page, /^Image \(SVG\)/);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('Doha');
  // The same window as the screen: its axis labels, in order, with at most one more at each edge.
  const onScreen = await page.locator('.timeline .axis-tick').allTextContents();
  const inSvg = [...svg.matchAll(/<text x="[\d.-]+" y="[\d.]+" text-anchor="middle" fill="#59636e">([^<]+)<\/text>/g)].map((m) => m[1]);
  expect(onScreen.length).toBeGreaterThan(1);
  expect(inSvg.join('|')).toContain(onScreen.join('|'));
  expect(inSvg.length).toBeLessThanOrEqual(onScreen.length + 2);
  await page.getByText('Export', { exact: true }).click();
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Image \(PNG\)/ }).click()]);
  expect(
    readFileSync((await png.path())!)
      .subarray(1, 4)
      .toString(),
  ).toBe('PNG');
  expect(w.errors).toEqual([]);
  expect(await w.violations()).toEqual([]);
});

test('printing shows the events on screen with their passages, and nothing else', async ({ page }) => {
  await page.goto('./?certainty=stated');
  await timelineReady(page);
  const data = await dataset(page);
  // The passages' words come from their document: open an event, which loads it, then print.
  const stated = data.events.filter((e) => e.attribution.certainty === 'stated');
  await page.goto(`./?certainty=stated&event=${encodeURIComponent(stated[0]!.id)}`);
  await expect(page.locator('mark.psg-shown').first()).toBeVisible();
  const text = ((await (await page.request.get(`data/documents/${stated[0]!.evidence[0]!.docId}.json`)).json()) as { text: string }).text;
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('#root')).toBeHidden();
  await expect(page.locator('.print-event')).toHaveCount(stated.length);
  const first = stated.find((e) => e.time) ?? stated[0]!;
  const words = text.slice(first.evidence[0]!.start, first.evidence[0]!.end);
  await expect(page.locator('.print-event blockquote p', { hasText: words.slice(0, 40) }).first()).toBeVisible();
});

test.describe('links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copy link gives the current view, and an event link opens the event at its passage', async ({ page }) => {
    await page.goto('./?certainty=reported');
    await timelineReady(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());

    const data = await dataset(page);
    const many = data.events.find((e) => e.evidence.length > 1);
    const target = many ?? data.events[0]!;
    const passage = many ? 1 : 0;
    await page.goto(`./?event=${encodeURIComponent(target.id)}${passage ? `&passage=${passage}` : ''}`);
    const details = page.getByRole('complementary', { name: 'Event details' });
    await details.getByRole('button', { name: /^Copy link to this/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).searchParams.get('event')).toBe(target.id);
    await page.goto(link);
    await expect(page.locator('.source-text mark.passage-shown, .source-text mark').first()).toBeInViewport();
    if (many) await expect(details.locator('.evidence.is-current')).toHaveCount(1);
    if (many) await expect(details.locator('.evidence').nth(1)).toHaveAttribute('aria-current', 'true');
  });
});
