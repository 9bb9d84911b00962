// npx tsx bench/firstPicture.ts URL [URL…] [--runs 5]: the time from navigation to the first picture
// (the `timeline-first-render` mark, as bench/ui.ts reads it) and the longest task on the page's
// thread before it, for each URL in turn, runs interleaved so that a machine whose load changes
// weighs on each alike: to compare two builds (say one served under /base/) on one machine.
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '5' } } });
if (positionals.length === 0) throw new Error('usage: npx tsx bench/firstPicture.ts URL [URL…] [--runs 5]');
const results = positionals.map(() => [] as { first: number; longest: number; marks: Record<string, number> }[]);
const browser = await chromium.launch(CHROMIUM);
try {
  for (let run = 0; run < Number(values.runs); run++)
    for (const [k, url] of positionals.entries()) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.addInitScript(`(() => {
        window.__longTasks = [];
        new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push(e.duration); })
          .observe({ type: 'longtask', buffered: true });
      })()`);
      await page.goto(url);
      await page.waitForFunction(() => performance.getEntriesByName('timeline-first-render').length > 0, null, { timeout: 600_000 });
      const first = (await page.evaluate(`performance.getEntriesByName('timeline-first-render')[0].startTime`)) as number;
      const longest = Math.max(0, ...((await page.evaluate('window.__longTasks')) as number[]));
      const marks = Object.fromEntries(
        (await page.evaluate(`performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])`)) as [string, number][],
      );
      results[k]!.push({ first, longest, marks });
      await page.close();
    }
} finally {
  await browser.close();
}
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);
for (const [k, url] of positionals.entries()) {
  const first = sorted(results[k]!.map((r) => r.first));
  const longest = sorted(results[k]!.map((r) => r.longest));
  console.log(
    `${url}\n  first picture: median ${first[first.length >> 1]!.toFixed(0)} ms (${first.map((t) => t.toFixed(0)).join(', ')})` +
      `\n  longest task before it: median ${longest[longest.length >> 1]!.toFixed(0)} ms (${longest.map((t) => t.toFixed(0)).join(', ')})`,
  );
  // The page's own share: from the moment it has both its code and the events to draw (the first
  // part, or the whole when none came) to the picture, less noisy than the whole way on a busy machine.
  const own = sorted(
    results[k]!.map((r) => r.first - Math.max(r.marks['app-start'] ?? 0, r.marks['dataset-partial'] ?? r.marks['dataset-received'] ?? 0)),
  );
  console.log(
    `  the page's own, from its code and events to the picture: median ${own[own.length >> 1]!.toFixed(0)} ms (${own.map((t) => t.toFixed(0)).join(', ')})`,
  );
  // The page's own moments (medians, ms from navigation): where the time went.
  const names = Object.keys(results[k]![0]!.marks).sort((a, b) => results[k]![0]!.marks[a]! - results[k]![0]!.marks[b]!);
  const median = (name: string) => sorted(results[k]!.map((r) => r.marks[name] ?? NaN))[results[k]!.length >> 1]!;
  console.log(`  moments: ${names.map((name) => `${name} ${median(name).toFixed(0)}`).join(', ')}`);
}
