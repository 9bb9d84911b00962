// Shows a dataset folder written by `extract --out DIR` (npm start -- --data DIR): the dev server
// serves it at data/ (with content-hash ETags, see serveDataset.ts) and reloads the page when its
// dataset.json changes; a build ships it as data/.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { serveDataset } from '../extract/serveDataset.ts';

export function dataFolderPlugin(dir: string): Plugin {
  return {
    name: 'timeline-data-folder',
    configureServer(server) {
      server.middlewares.use(serveDataset(`${server.config.base}data/`, () => dir));
      const dataset = path.join(dir, 'dataset.json');
      server.watcher.add(dataset);
      server.watcher.on('change', (file) => {
        if (file === dataset) server.ws.send({ type: 'full-reload', path: '*' });
      });
    },
    generateBundle() {
      const emit = (relative: string) =>
        this.emitFile({ type: 'asset', fileName: `data/${relative}`, source: fs.readFileSync(path.join(dir, relative)) });
      emit('dataset.json');
      const docs = path.join(dir, 'documents');
      if (fs.existsSync(docs)) for (const name of fs.readdirSync(docs).sort()) if (name.endsWith('.json')) emit(`documents/${name}`);
    },
  };
}
