// End-to-end tests in Chromium against the built app, served by `vite preview`. The machine has no
// browser downloads: Playwright uses the system Chromium with the flags that work here.
import { defineConfig } from '@playwright/test';
import { CHROMIUM } from './test/e2e/chromium.ts';

// E2E_PORT lets several checkouts run their browser tests side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);
/**
 * The one origin the test build lets embed the app (test/e2e/embed.spec.ts); any other is refused.
 * Ports about a thousand apart from E2E_PORT (and off Vite's own 5173), so that checkouts side by
 * side (E2E_PORT 4201, 4202…) never take each other's.
 */
export const EMBED_ORIGIN = `http://127.0.0.1:${PORT + 1001}`;
/** A story page on another origin (refused), and a plain static host (test/e2e/static.spec.ts). */
export const OTHER_PORT = PORT + 2001;
export const STATIC_PORT = PORT + 3001;

export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/globalSetup.ts',
  fullyParallel: true,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  // Generous limits: the browser tests must pass on a slow or busy machine.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    trace: 'off',
    launchOptions: CHROMIUM,
  },
  webServer: {
    command: `npm run build && node node_modules/vite/bin/vite.js preview --host 127.0.0.1 --strictPort --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    env: { EMBED_ORIGINS: EMBED_ORIGIN },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
