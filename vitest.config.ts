import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Its own config, so that tests never run the extractor plugin of vite.config.ts.
export default defineConfig({
  plugins: [react()],
  test: {
    // Generous limits: the suite must pass on a slow or busy machine; no test measures speed.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/model/**/*.test.ts', 'test/extract/**/*.test.ts', 'test/bench/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'app',
          environment: 'jsdom',
          include: ['test/app/**/*.test.{ts,tsx}'],
          setupFiles: ['test/app/setup.ts'],
        },
      },
    ],
  },
});
