// One measurement in a fresh headless Chromium page: navigation → first complete render (the app
// marks `timeline-first-render` once the canvas shows the data), heap after a forced GC, and the
// requestAnimationFrame intervals while wheel-zooming and drag-panning from the overview; then,
// zoomed in and settled (the app has laid the window out again, with labels), while panning.
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium.ts';

export interface PageMeasure {
  firstRender: number;
  p50: number;
  p95: number;
  frames: number;
  /** Intervals longer than 1.5 display frames: a frame was dropped. */
  dropped: number;
  heap: number;
  /** 95th-percentile frame interval while panning a zoomed view after it settled. */
  settledP95: number;
  /** The longest task on the page's thread from navigation to the first render, and how many passed 200 ms. */
  longestTask: number;
  longTasks: number;
  /** Paths of the scripts loaded from navigation to the first render, the page's and its workers'. */
  scripts: string[];
}

export async function measurePage(url: string): Promise<PageMeasure> {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // Long tasks while loading: the page must stay responsive (none over 200 ms) as the dataset is read.
    await page.addInitScript(`(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({ type: 'longtask', buffered: true });
    })()`);
    // The JavaScript it takes to show the timeline: the page's scripts and the dataset's reader.
    const scripts: string[] = [];
    page.on('response', (r) => r.request().resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    page.on('worker', (w) => scripts.push(new URL(w.url()).pathname));
    await page.goto(url);
    // The first render, or the page's own message when the dataset could not be shown.
    await page.waitForFunction(
      () => performance.getEntriesByName('timeline-first-render').length > 0 || document.querySelector('[role="alert"]'),
      null,
      {
        timeout: 300_000,
      },
    );
    const alert = await page
      .locator('[role="alert"]')
      .first()
      .textContent({ timeout: 100 })
      .catch(() => null);
    if (alert) throw new Error(`the page says: ${alert}`);
    const loaded = [...new Set(scripts)];
    const firstRender = await page.evaluate(() => performance.getEntriesByName('timeline-first-render')[0]!.startTime);
    const tasks = (await page.evaluate('window.__longTasks')) as number[];
    // The first picture may be of the events read so far (a large dataset still loading): the heap
    // and the frames are measured once the whole is in and drawn.
    await page.locator('.plot[data-whole]').waitFor({ timeout: 300_000 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

    const box = (await page.locator('.plot').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    await page.evaluate(`(() => {
      window.__frames = [];
      window.__run = true;
      const tick = (t) => {
        window.__frames.push(t);
        if (window.__run) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    const pause = () => page.waitForTimeout(16);
    // Zoom in around the centre, pan left and right, zoom back out to the overview.
    for (let k = 0; k < 40; k++) {
      await page.mouse.wheel(0, -60);
      await pause();
    }
    await page.mouse.down();
    for (let k = 0; k < 40; k++) {
      await page.mouse.move(cx + (k < 20 ? k : 40 - k) * 12, cy);
      await pause();
    }
    await page.mouse.up();
    for (let k = 0; k < 40; k++) {
      await page.mouse.wheel(0, 60);
      await pause();
    }
    const frames = (await page.evaluate('window.__run = false, window.__frames')) as number[];
    const intervals = frames
      .slice(1)
      .map((t, k) => t - frames[k]!)
      .sort((a, b) => a - b);
    const pick = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? NaN;
    const dropped = intervals.filter((t) => t > 25).length;

    // Zoom in again, let the view settle, then pan.
    for (let k = 0; k < 40; k++) {
      await page.mouse.wheel(0, -60);
      await pause();
    }
    await page.waitForTimeout(800);
    await page.evaluate(
      'window.__frames = [], window.__run = true, requestAnimationFrame(function tick(t) { window.__frames.push(t); if (window.__run) requestAnimationFrame(tick); })',
    );
    await page.mouse.down();
    for (let k = 0; k < 40; k++) {
      await page.mouse.move(cx - (k < 20 ? k : 40 - k) * 12, cy);
      await pause();
    }
    await page.mouse.up();
    const settled = (await page.evaluate('window.__run = false, window.__frames')) as number[];
    const settledIntervals = settled
      .slice(1)
      .map((t, k) => t - settled[k]!)
      .sort((a, b) => a - b);
    return {
      firstRender,
      p50: pick(intervals, 0.5),
      p95: pick(intervals, 0.95),
      frames: intervals.length,
      dropped,
      heap: usedSize,
      settledP95: pick(settledIntervals, 0.95),
      longestTask: Math.max(0, ...tasks),
      longTasks: tasks.filter((d) => d > 200).length,
      scripts: loaded,
    };
  } finally {
    await browser.close();
  }
}
