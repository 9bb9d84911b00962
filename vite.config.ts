import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { extractorPlugin } from './src/extract/vitePlugin.ts';
import { cspPlugin } from './src/app/cspPlugin.ts';
import { dataFolderPlugin } from './src/app/dataFolderPlugin.ts';
import { precompressedPlugin } from './src/app/precompressedPlugin.ts';
import { noJsonSchemaPlugin } from './src/app/noJsonSchemaPlugin.ts';

// The extractor runs when the dev server starts, at `vite build`, and again whenever a file in
// seeds/ changes; it writes data/ (a link to its latest version), which the dev server serves as
// /data/. With TIMELINE_DATA=DIR (what `npm start -- --data DIR` sets) the app shows that extracted
// folder instead, and the extractor does not run.
const data = process.env.TIMELINE_DATA ? path.resolve(process.env.TIMELINE_DATA) : null;

// `base: './'`: every path in the built app is relative, so dist/ works from any folder of any
// static host.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    data ? dataFolderPlugin(data) : extractorPlugin({ inputs: ['seeds'], outDir: 'data' }),
    cspPlugin(),
    precompressedPlugin(),
    noJsonSchemaPlugin(),
  ],
  // The dataset's reader and the extractor run in workers, built with plugins of their own.
  worker: { plugins: () => [noJsonSchemaPlugin()] },
  build: { target: 'es2022', sourcemap: false },
  // No cross-origin reads of the project's files: the servers answer only their own pages.
  server: { cors: false },
  preview: { cors: false },
});
