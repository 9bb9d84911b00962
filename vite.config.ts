import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractorPlugin } from './src/extract/vitePlugin.ts';
import { cspPlugin } from './src/app/cspPlugin.ts';

// The extractor runs when the dev server starts, at `vite build`, and again whenever a file in
// seeds/ changes; it writes public/data/, which the app fetches as /data/dataset.json.
// `base: './'`: every path in the built app is relative, so dist/ works from any folder of any
// static host.
export default defineConfig({
  base: './',
  plugins: [react(), extractorPlugin({ inputs: ['seeds'], outDir: 'public/data' }), cspPlugin()],
  build: { target: 'es2022', sourcemap: false },
});
