import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractorPlugin } from './src/extract/vitePlugin.ts';
import { cspPlugin } from './src/app/cspPlugin.ts';

// The extractor runs when the dev server starts, at `vite build`, and again whenever a file in
// seeds/ changes; it writes data/ (a link to its latest version), which the dev server serves as /data/.
export default defineConfig({
  plugins: [react(), extractorPlugin({ inputs: ['seeds'], outDir: 'data' }), cspPlugin()],
  build: { target: 'es2022', sourcemap: false },
  // No cross-origin reads of the project's files: the servers answer only their own pages.
  server: { cors: false },
  preview: { cors: false },
});
