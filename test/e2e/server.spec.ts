// The server answers its own pages only: another site (even one on localhost, which Vite allows
// by default) cannot read the app's files or its dataset from a visitor's browser.
import { expect, test } from '@playwright/test';

for (const origin of ['http://localhost:9999', 'http://127.0.0.1:1', 'https://example.com']) {
  test(`no cross-origin read of the dataset from ${origin}`, async ({ request }) => {
    for (const file of ['data/dataset.json', 'index.html']) {
      const response = await request.get(file, { headers: { origin } });
      expect(response.status()).toBe(200);
      expect(response.headers()['access-control-allow-origin']).toBeUndefined();
    }
    const preflight = await request.fetch('data/dataset.json', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
  });
}
