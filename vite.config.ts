import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractorPlugin } from './src/extract/vitePlugin.ts';
import { cspPlugin } from './src/app/cspPlugin.ts';
import { dataServerPlugin } from './src/app/dataServerPlugin.ts';

// The extractor runs when the dev server starts, at `vite build`, and again whenever a file in
// seeds/ changes; it writes public/data/, which the app fetches as data/dataset.json. With
// TIMELINE_DATA=DIR (what `npm start -- --data DIR` sets) the app shows that extracted folder
// instead, and the extractor does not run. Either way the dev server sends the dataset with its
// hash as ETag, so a reload does not download it again.
const data = process.env.TIMELINE_DATA ? path.resolve(process.env.TIMELINE_DATA) : null;

// `base: './'`: every path in the built app is relative, so dist/ works from any folder of any
// static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    ...(data
      ? [dataServerPlugin(data, { copy: true })]
      : [extractorPlugin({ inputs: ['seeds'], outDir: 'public/data' }), dataServerPlugin('public/data', { copy: false })]),
    cspPlugin(),
  ],
  build: { target: 'es2022', sourcemap: false },
});
