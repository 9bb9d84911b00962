// The seed article, extracted by the real extractor at build time, in the built app.
import { expect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { timelineReady, watch } from './helpers.ts';

const DOHA = /^10 June 2024.*June 10 emergency session in Doha/;
const CONTACT = /^2017\b.*U\.S\.[-–]Hamas contact/;
const CEASEFIRE = /^2021 – .*ceasefire/i;
const ROUNDS = /^since May 2024.*negotiation rounds/;

/** Pixel x of a UTC date on the axis, interpolated between two labelled ticks. */
async function axisX(page: Page, iso: string): Promise<number> {
  const ticks = await page
    .locator('.axis-tick')
    .evaluateAll((els) => els.map((el) => ({ ms: Number(el.getAttribute('data-time')), x: el.getBoundingClientRect().left })));
  const [a, b] = [ticks[0]!, ticks.at(-1)!];
  return a.x + ((Date.parse(iso) - a.ms) * (b.x - a.x)) / (b.ms - a.ms);
}

async function box(page: Page, name: RegExp) {
  return (await page.getByRole('option', { name }).boundingBox())!;
}

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await timelineReady(page);
});

test('the four dated events of the seed are on the timeline at the right places', async ({ page }) => {
  const doha = await box(page, DOHA);
  expect(doha.x + doha.width / 2).toBeCloseTo(await axisX(page, '2024-06-10T12:00:00Z'), -1);
  const contact = await box(page, CONTACT);
  expect(contact.x + 4).toBeCloseTo(await axisX(page, '2017-01-01'), -1);
  expect(contact.x + contact.width - 4).toBeCloseTo(await axisX(page, '2018-01-01'), -1);
  const ceasefire = await box(page, CEASEFIRE);
  expect(ceasefire.x + 4).toBeCloseTo(await axisX(page, '2021-01-01'), -1);
  expect(ceasefire.x + ceasefire.width - 4).toBeCloseTo(await axisX(page, '2022-12-01'), -1);
  const rounds = await box(page, ROUNDS);
  expect(rounds.x + 4).toBeCloseTo(await axisX(page, '2024-05-01'), -1);
  // Overlapping in time, so never in the same lane.
  expect(Math.abs(rounds.y - doha.y)).toBeGreaterThan(4);
});

test('filtering to Hamas hides the events that do not involve it', async ({ page }) => {
  await page.getByRole('checkbox', { name: /^Hamas/ }).check();
  await expect(page.getByRole('option', { name: CEASEFIRE })).toHaveCount(0);
  await expect(page.getByRole('option', { name: DOHA })).toHaveCount(1);
  await expect(page.getByRole('option', { name: CONTACT })).toHaveCount(1);
  await expect(page.getByText(/hidden by filters/)).toBeVisible();
  const undated = page.getByRole('region', { name: /Undated events/ });
  await expect(undated.getByRole('button', { name: /Jake Sullivan/ })).toHaveCount(0);
});

test('clicking the June 10 event highlights the sentence about the Doha session, and clicking it selects the event', async ({ page }) => {
  await page.getByRole('option', { name: DOHA }).click();
  const details = page.getByRole('complementary', { name: 'Event details' });
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Doha');
  await expect(page.locator('.source-text mark').first()).toBeInViewport();
  const highlighted = await page.locator('.source-text mark').allTextContents();
  expect(highlighted.join('')).toContain('June 10 emergency session in Doha');
  // Select another event, then click the Doha sentence's trigger, now underlined in the text.
  await page.getByRole('option', { name: CEASEFIRE }).click();
  await expect(details.getByRole('heading', { level: 2 })).toContainText(/ceasefire/i);
  await page.locator('.source-text [role="button"]', { hasText: /^emergency session$/ }).click();
  await expect(details.getByRole('heading', { level: 2 })).toContainText('Doha');
  await expect(page.getByRole('option', { name: DOHA })).toHaveAttribute('aria-selected', 'true');
});

test('a shared URL reopens the same selection, filters and window', async ({ page, context }) => {
  await page.getByRole('checkbox', { name: /^Hamas/ }).check();
  await page.getByRole('option', { name: DOHA }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
  const url = page.url();
  const other = await context.newPage();
  await other.goto(url);
  await timelineReady(other);
  await expect(other.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toContainText('Doha');
  await expect(other.getByRole('checkbox', { name: /^Hamas/ })).toBeChecked();
  await expect(other.getByRole('button', { name: 'Fit all' })).toBeEnabled();
  const ticks = (p: Page) => p.locator('.axis-tick').allTextContents();
  expect(await ticks(other)).toEqual(await ticks(page));
  await page.goBack();
  await expect(page.getByRole('complementary', { name: 'Event details' })).toHaveCount(0);
});

test('the first Tab offers a visible link past the header and filters to the events', async ({ page }) => {
  const listbox = page.getByRole('listbox', { name: 'Events in time order' });
  const tabsToListbox = async () => {
    let k = 0;
    while (k < 150 && !(await listbox.evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      k++;
    }
    return k;
  };
  const fromTop = await tabsToListbox();
  await page.reload();
  await timelineReady(page);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the events' });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  expect(await tabsToListbox()).toBeLessThan(fromTop - 3);
});

test('keyboard alone reaches the timeline, moves between events and opens one', async ({ page }) => {
  const listbox = page.getByRole('listbox', { name: 'Events in time order' });
  for (let k = 0; k < 150 && !(await listbox.evaluate((el) => el === document.activeElement)); k++) await page.keyboard.press('Tab');
  await expect(listbox).toBeFocused();
  await page.keyboard.press('End');
  const active = () =>
    listbox.evaluate((el) => document.getElementById(el.getAttribute('aria-activedescendant')!)?.getAttribute('aria-label'));
  expect(await active()).toMatch(DOHA);
  await expect(page.getByRole('tooltip')).toContainText('Doha');
  await page.keyboard.press('ArrowLeft');
  expect(await active()).not.toMatch(DOHA);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { level: 2 })).toContainText('Doha');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'Event details' })).toHaveCount(0);
  await expect(listbox).toBeFocused();
});

test('wheel zoom adapts the ticks from years to months, and dragging pans', async ({ page }) => {
  const plot = page.locator('.plot');
  const b = (await plot.boundingBox())!;
  const before = await page.locator('.axis-tick').allTextContents();
  expect(before).toContain('2020');
  await page.mouse.move(b.x + b.width * 0.8, b.y + b.height / 2);
  for (let k = 0; k < 25; k++) await page.mouse.wheel(0, -120);
  await expect
    .poll(() => page.locator('.axis-tick').allTextContents())
    .toContainEqual(expect.stringMatching(/^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/));
  const first = await page.locator('.axis-tick').first().getAttribute('data-time');
  await page.mouse.down();
  await page.mouse.move(b.x + b.width * 0.3, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => page.locator('.axis-tick').first().getAttribute('data-time')).not.toBe(first);
});

test('nothing goes wrong on the way: no console errors, dialogs or policy violations', async ({ page }) => {
  const w = await watch(page);
  await page.goto('./');
  await timelineReady(page);
  await page.getByRole('option', { name: DOHA }).click();
  await page.locator('mark').first().waitFor();
  expect(w.errors).toEqual([]);
  expect(w.dialogs).toEqual([]);
  expect(await w.violations()).toEqual([]);
});
