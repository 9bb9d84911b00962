// node src/extract/run.mjs ENTRY.ts [arguments…]: runs a TypeScript entry of the extractor (cli.ts,
// the benchmark's child) from its bundle (bundle.mjs), without a TypeScript loader in the process:
// tsx would cost about a CPU-second and 140 MB before the first document. The entry sees the
// command line as if Node had run it directly (process.argv[1] is the entry). When the bundle
// cannot be made, the sources are loaded through tsx: slower to start, same output.
import './compileFlags.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundled } from './bundle.mjs';

if (!process.argv[2]?.endsWith('.ts')) {
  console.error('usage: node src/extract/run.mjs ENTRY.ts [arguments…]');
  process.exit(2);
}
const entry = path.resolve(process.argv[2]);
process.argv.splice(1, 2, entry);
const url = await bundled(entry, path.basename(entry, '.ts'));
if (url) await import(url.href);
else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(entry).href);
}
