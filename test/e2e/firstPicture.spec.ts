// A large dataset is drawn from its first part while the rest downloads: the page serves the app
// through a small proxy whose dataset stops half-way until the test lets it finish.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { generateDataset } from '../../bench/generateDataset.ts';
import { leanDataset } from '../../src/model/lean.ts';
import { firstPictureReady, watch } from './helpers.ts';

test('a large dataset shows a picture of its first events before its download ends', async ({ page, baseURL }) => {
  const file = Buffer.from(JSON.stringify(leanDataset(generateDataset(20_000).dataset)));
  // Well past the size below which a file is read whole (readDataset.ts HELPED, 4 MiB).
  expect(file.length).toBeGreaterThan(5e6);
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const upstream = new URL(baseURL!);
  const server = createServer((req, res) => {
    if (req.url === '/big/dataset.json') {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(file.length) });
      res.write(file.subarray(0, file.length >> 1));
      void released.then(() => res.end(file.subarray(file.length >> 1)));
      return;
    }
    void fetch(new URL(req.url!, upstream)).then(async (answer) => {
      const headers = Object.fromEntries(
        [...answer.headers].filter(([name]) => !/^(content-encoding|content-length|transfer-encoding)$/.test(name)),
      );
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const watching = await watch(page);
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/?dataset=/big/dataset.json`);
    await firstPictureReady(page);
    // Half the file has come: the events read so far are drawn, said to be so, the progress stays.
    const summary = page.locator('.filter-summary');
    await expect(summary).toContainText('read so far');
    await expect(page.getByRole('progressbar')).toBeVisible();
    const soFar = Number((await summary.locator('strong').textContent())!.replace(/,/g, ''));
    expect(soFar).toBeGreaterThan(0);
    expect(soFar).toBeLessThan(20_000);
    release();
    await expect(summary).toContainText('Showing 20,000 of 20,000 events');
    await expect(summary).not.toContainText('so far');
    await expect(page.getByRole('progressbar')).toHaveCount(0);
    expect(watching.errors).toEqual([]);
  } finally {
    release();
    server.close();
  }
});
