import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractorPlugin } from './src/extract/vitePlugin.ts';
import { cspPlugin } from './src/app/cspPlugin.ts';

// The extractor runs when the dev server starts, at `vite build`, and again whenever a file in
// seeds/ changes; it writes public/data/, which the app fetches as /data/dataset.json.
export default defineConfig({
  plugins: [react(), extractorPlugin({ inputs: ['seeds'], outDir: 'public/data' }), cspPlugin()],
  build: { target: 'es2022', sourcemap: false },
});
