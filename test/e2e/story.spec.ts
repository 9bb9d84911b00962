// The explorer on a corpus, in Chromium: the multi-document story fixture (a made-up dock strike
// told by six documents from four outlets), with merged events, a crowded day and far outliers.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { serveFolder, timelineReady, watch } from './helpers.ts';

const FIXTURE = path.resolve(import.meta.dirname, 'fixtures/story');
const open = async (page: Page, query = '') => {
  await serveFolder(page, '/e2e/story/', FIXTURE);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`./?dataset=/e2e/story/dataset.json${query}`);
  await timelineReady(page);
};
const details = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const WALKOUT = /^3 March 2025: Dock workers walked out/;

/** The time (ms) under a pixel x of the page, interpolated between the first and last labelled ticks. */
async function timeAt(page: Page, px: number): Promise<number> {
  const ticks = await page
    .locator('.axis-tick')
    .evaluateAll((els) => els.map((el) => ({ ms: Number(el.getAttribute('data-time')), x: el.getBoundingClientRect().left })));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.ms + ((px - a.x) * (b.ms - a.ms)) / (b.x - a.x);
}

test('the story opens in view: March 2025 across the plot, the far years left out but one click away', async ({ page }) => {
  const w = await watch(page);
  await open(page);
  const plot = (await page.locator('.plot').boundingBox())!;
  const walkout = (await page.getByRole('option', { name: WALKOUT }).boundingBox())!;
  expect(walkout.x).toBeGreaterThan(plot.x + 20);
  // Three weeks take the width, not a sliver at one edge.
  expect(await timeAt(page, plot.x)).toBeGreaterThan(Date.UTC(2025, 1, 20));
  expect(await timeAt(page, plot.x + plot.width)).toBeLessThan(Date.UTC(2025, 3, 1));
  // The key events are labelled (they have their own lanes).
  await expect(page.getByRole('option', { name: /^10 March 2025: Talks opened/ })).toHaveCount(1);
  await expect(page.getByRole('option', { name: /^1871/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(page.getByRole('option', { name: /^1871/ })).toHaveCount(1);
  await page.getByRole('button', { name: 'Story' }).click();
  await expect(page.getByRole('option', { name: /^1871/ })).toHaveCount(0);
  expect(w.errors).toEqual([]);
});

test('a merged event shows its support and opens each of its passages in its document', async ({ page }) => {
  await open(page);
  await page.getByRole('option', { name: WALKOUT }).click();
  await expect(details(page)).toContainText('Reported by 4 documents from 3 sources, first on 3 March 2025, last on 21 March 2025');
  await expect(details(page).getByRole('region', { name: 'Reports disagree' })).toContainText('4,000 workers — Harbor Daily');
  const passages = details(page)
    .getByRole('region', { name: /Passages/ })
    .getByRole('button');
  await expect(passages).toHaveCount(5);
  const titles = [
    'Dock workers walk out at Port Velmora',
    'Port Velmora strike halts shipping',
    'Port Velmora strike halts shipping',
    'Talks open between union and port',
    'Deal ends Port Velmora strike',
  ];
  for (let k = 0; k < 5; k++) {
    await passages.nth(k).click();
    await expect(page.locator('.source-doc')).toHaveText(titles[k]!);
    const current = page.locator('.source-text mark').filter({ hasText: '3 March' }).first();
    await expect(current).toBeInViewport();
  }
});

test('choosing the passage already open, after scrolling up to the list of passages, brings it back into view', async ({ page }) => {
  await open(page);
  await page.getByRole('option', { name: WALKOUT }).click();
  const shown = page.locator('.source-text mark').filter({ hasText: '3 March' }).first();
  await expect(shown).toBeInViewport();
  await expect(details(page).locator('.evidence-quote')).toHaveCount(5);
  // The reader scrolls the details up to the list: the passage goes out of view below.
  const pane = page.locator('.details-pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 100);
  await page.mouse.wheel(0, -2000);
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0);
  await expect(shown).not.toBeInViewport();
  await details(page)
    .getByRole('region', { name: /Passages/ })
    .getByRole('button')
    .first()
    .click();
  await expect(shown).toBeInViewport();
});

test('the passage shown stays where it was put while the passages listed above it get their quotes, their documents arriving late', async ({
  page,
}) => {
  await serveFolder(page, '/e2e/story/', FIXTURE);
  // The document shown arrives at once; the others, whose passages are listed above it, when let go.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route('**/e2e/story/documents/*.json', async (route) => {
    if (!route.request().url().endsWith('/harbor-daily-strike.json')) await held;
    await route.fallback();
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./?dataset=/e2e/story/dataset.json');
  await timelineReady(page);
  await page.getByRole('option', { name: WALKOUT }).click();
  const shown = page.locator('.source-text mark').filter({ hasText: '3 March' }).first();
  await expect(shown).toBeInViewport();
  const quotes = details(page).locator('.evidence-quote');
  await expect(quotes).toHaveCount(1);
  const before = (await shown.boundingBox())!.y;
  release();
  await expect(quotes).toHaveCount(5);
  await expect.poll(async () => Math.abs((await shown.boundingBox())!.y - before)).toBeLessThan(3);
  await expect(shown).toBeInViewport({ ratio: 1 });
});

test('"+N more" at the deepest zoom lists its events, and one opens', async ({ page }) => {
  await open(page, '&from=2025-03-05&to=2025-03-19');
  const hint = page.getByRole('button', { name: /more events? from .*: list them/ });
  await hint.first().click();
  const dialog = page.getByRole('dialog');
  const picks = dialog.getByRole('button', { name: /^12 March 2025/ });
  expect(await picks.count()).toBeGreaterThan(3);
  const title = (await picks.nth(2).locator('.event-pick-title').textContent())!;
  await picks.nth(2).click();
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(title);
  // The window never collapses: the axis still shows days, and the link spans days.
  await expect(page.locator('.axis-tick').first()).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('from')).not.toBe(url.searchParams.get('to'));
});

test('search lists results; the keys choose one, which is selected and brought into view', async ({ page }) => {
  await open(page);
  const box = page.getByRole('searchbox', { name: 'Search events and passages' });
  await box.fill('founded');
  const results = page.getByRole('list', { name: 'Search results' });
  await expect(results.getByRole('button').first()).toContainText('1871');
  await box.press('ArrowDown');
  await expect(results.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(details(page).getByRole('heading', { level: 2 })).toHaveText('The port was founded');
  const option = page.getByRole('option', { name: /^1871/ });
  await expect(option).toHaveAttribute('aria-selected', 'true');
  // Once the view has panned to it, its mark is within the plot.
  const plot = (await page.locator('.plot').boundingBox())!;
  await expect
    .poll(
      async () => {
        const mark = await option.boundingBox();
        return mark !== null && mark.x + mark.width > plot.x && mark.x < plot.x + plot.width;
      },
      { timeout: 10_000 },
    )
    .toBe(true);
});

test('actor lanes: one row per chosen actor, with the events of each', async ({ page }) => {
  await open(page, '&actor=ilse-varga&actor=transport-ministry');
  await page.getByRole('button', { name: 'Lanes', exact: true }).click();
  const mayor = page.getByRole('list', { name: /^Ilse Varga: 2 events in view/ });
  await expect(mayor).toBeVisible();
  const ministry = page.getByRole('list', { name: /^Transport Ministry: 1 event in view/ });
  const thanks = ministry.getByRole('button', { name: /Mayor Ilse Varga thanked the mediator/ });
  const calm = mayor.getByRole('button', { name: /called for calm/ });
  // Both rows share one time axis: the later event is further right.
  expect((await thanks.boundingBox())!.x).toBeGreaterThan((await calm.boundingBox())!.x + 100);
  await calm.click();
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('called for calm');
});

test('the all-of actor filter keeps only the events with every chosen actor', async ({ page }) => {
  await open(page);
  await page.getByRole('checkbox', { name: /^Ilse Varga/ }).check();
  await page.getByRole('checkbox', { name: /^Transport Ministry/ }).check();
  await expect(page.getByText(/^Showing/)).toContainText('Showing 3 of 47 events');
  await page.getByRole('radio', { name: 'all of them together' }).check();
  await expect(page.getByText(/^Showing/)).toContainText('Showing 1 of 47 events');
  await expect(page.getByRole('option', { name: /thanked the mediator/ })).toHaveCount(1);
});

test('the wheel zooms around the cursor without drift, and + around the selected event', async ({ page }) => {
  await open(page);
  const plot = (await page.locator('.plot').boundingBox())!;
  const px = plot.x + plot.width * 0.3;
  await page.mouse.move(px, plot.y + plot.height - 10);
  const before = await timeAt(page, px);
  for (let k = 0; k < 6; k++) await page.mouse.wheel(0, -100);
  await expect.poll(async () => Math.abs((await timeAt(page, px)) - before), { timeout: 10_000 }).toBeLessThan(12 * 3_600_000);
  const option = page.getByRole('option', { name: /^10 March 2025: Talks opened/ });
  await option.click();
  // The details pane opens beside the plot and the selection is brought into view: read where the
  // event sits once the layout has settled (two readings in a row agree).
  await expect(details(page).getByRole('heading', { level: 2 })).toContainText('Talks opened');
  let x0 = NaN;
  await expect
    .poll(
      async () => {
        const x = (await option.boundingBox())!.x;
        const settled = Math.abs(x - x0) < 0.5;
        x0 = x;
        return settled;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
  await page.getByRole('listbox', { name: 'Events in time order' }).focus();
  await page.keyboard.press('-');
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => Math.abs((await option.boundingBox())!.x - x0), { timeout: 10_000 }).toBeLessThan(6);
});

for (const [name, act] of [
  [
    'documents view with a document open',
    async (page: Page) => {
      await page.getByRole('button', { name: 'Documents', exact: true }).click();
      await page.getByRole('button', { name: 'Talks open between union and port' }).click();
      await page.locator('.document-reader .source-text').waitFor();
    },
  ],
  ['lanes view', async (page: Page) => void (await page.getByRole('button', { name: 'Lanes', exact: true }).click())],
  [
    'a merged event with disagreements',
    async (page: Page) => {
      await page.getByRole('option', { name: WALKOUT }).click();
      await page.locator('.source-text mark').first().waitFor();
    },
  ],
  [
    'search results open',
    async (page: Page) => void (await page.getByRole('searchbox', { name: 'Search events and passages' }).fill('gate')),
  ],
] as const) {
  test(`axe finds no violations on the story: ${name}`, async ({ page }) => {
    await open(page);
    await act(page);
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
