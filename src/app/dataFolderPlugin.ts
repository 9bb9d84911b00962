// Shows a dataset folder written by `extract --out DIR` (npm start -- --data DIR): the dev server
// serves it at data/ (with content-hash ETags, see serveDataset.ts) and reloads the page when a new
// extraction lands there; a build ships it as data/.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { emitDataset, serveDataset } from '../extract/serveDataset.ts';

export function dataFolderPlugin(dir: string): Plugin {
  return {
    name: 'timeline-data-folder',
    configureServer(server) {
      server.middlewares.use(serveDataset(`${server.config.base}data/`, () => dir));
      // The folder is a link switched by each extraction (a rename that file watchers miss): look
      // once a second at where it points and at its dataset's time.
      const stamp = () => {
        try {
          const file = path.join(fs.realpathSync(dir), 'dataset.json');
          return `${file}:${fs.statSync(file).mtimeMs}`;
        } catch {
          return '';
        }
      };
      let last = stamp();
      const timer = setInterval(() => {
        const now = stamp();
        if (now && now !== last) server.ws.send({ type: 'full-reload', path: '*' });
        last = now || last;
      }, 1000);
      timer.unref();
      server.httpServer?.on('close', () => clearInterval(timer));
    },
    generateBundle() {
      emitDataset(this, dir);
    },
  };
}
