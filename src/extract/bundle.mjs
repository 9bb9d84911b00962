// TypeScript entries of the extractor as one plain JavaScript file each. Loading the sources
// through tsx starts its loader and compiles some sixty modules one by one: about a CPU-second
// and 140 MB of memory, more than many documents cost. esbuild (which tsx runs on) bundles an
// entry and what it imports in a tenth of a second; packages stay imports, so the file is written
// where Node finds them (node_modules/.cache), named by its content, and written once.
//
// Plain JavaScript, so that run.mjs can use it before any TypeScript loader is there.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const CACHE = fileURLToPath(new URL('../../node_modules/.cache/timeline-extractor/', import.meta.url));

/**
 * A module keeps the meaning of its own `import.meta.url` inside the bundle: the URL of its source
 * file, so that files beside it (lexicon.json, the worker's entry) are found where they are.
 */
const ownUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    // This file too: bundled into the CLI, its cache must stay node_modules/.cache, not a path
    // counted from the bundle's own place inside that cache.
    build.onLoad({ filter: /\.(?:ts|mjs)$/ }, async (args) => {
      const source = await fs.promises.readFile(args.path, 'utf8');
      const url = JSON.stringify(pathToFileURL(args.path).href);
      return { contents: source.replace(/\bimport\.meta\.url\b/g, url), loader: args.path.endsWith('.ts') ? 'ts' : 'js' };
    });
  },
};

/**
 * The bundle of `entry` (a TypeScript file), written as `<name>-<hash>.mjs` in the cache, or null
 * when it cannot be made (no esbuild, a read-only folder): the caller then loads the sources.
 */
export async function bundled(entry, name) {
  try {
    const kept = unchanged(entry, name);
    if (kept) {
      inUse(kept);
      prune(name, path.basename(kept));
      return pathToFileURL(kept);
    }
    const esbuild = await import('esbuild');
    const started = Date.now();
    const result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Node 20 reads `\p{…}` in a regular expression; without this esbuild writes each such
      // literal as `new RegExp("…")`, a regular expression made anew at every call.
      supported: { 'regexp-unicode-property-escapes': true },
      packages: 'external',
      write: false,
      logLevel: 'silent',
      plugins: [ownUrl],
      metafile: true,
    });
    const code = result.outputFiles[0].contents;
    const file = path.join(CACHE, `${name}-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(CACHE, { recursive: true });
      // Written aside and renamed: another run starting from it never reads half a file.
      const partial = `${file}.${process.pid}.partial`;
      fs.writeFileSync(partial, code);
      fs.renameSync(partial, file);
    } else inUse(file);
    remember(entry, name, file, Object.keys(result.metafile.inputs), started);
    prune(name, path.basename(file));
    return pathToFileURL(file);
  } catch {
    return null;
  }
}

/** In use: not pruned by a run of other code. A read-only folder keeps the bundle as it is. */
function inUse(file) {
  const now = new Date();
  try {
    fs.utimesSync(file, now, now);
  } catch {
    // read-only: keep it as it is
  }
}

// Bundling takes esbuild half a second of a busy machine at every start, before the first document
// is read. What a bundle was made from (each source file's size and modification time, this file
// too, since it holds the options) is noted beside it; while none of them has changed, the bundle
// is used as it is.
const manifestOf = (entry, name) =>
  path.join(CACHE, `${name}-${createHash('sha256').update(entry).digest('hex').slice(0, 16)}.sources.json`);
const stamp = (file) => {
  const stat = fs.statSync(file);
  return `${stat.size}:${stat.mtimeMs}`;
};

/** The bundle of `entry` made from the very sources there are now, or null. */
function unchanged(entry, name) {
  try {
    const { file, sources } = JSON.parse(fs.readFileSync(manifestOf(entry, name), 'utf8'));
    if (!fs.existsSync(file)) return null;
    for (const [source, was] of Object.entries(sources)) if (stamp(source) !== was) return null;
    return file;
  } catch {
    return null;
  }
}

/**
 * Notes the sources of `file` (paths as esbuild gives them, from the working folder); not when one
 * was saved after the build began, since the bundle may hold its older text: the next run bundles again.
 */
function remember(entry, name, file, inputs, started) {
  try {
    const sources = {};
    for (const input of [...inputs.map((i) => path.resolve(i)), fileURLToPath(import.meta.url)]) {
      if (fs.statSync(input).mtimeMs >= started) return;
      sources[input] = stamp(input);
    }
    const manifest = manifestOf(entry, name);
    const partial = `${manifest}.${process.pid}.partial`;
    fs.writeFileSync(partial, JSON.stringify({ file, sources }));
    fs.renameSync(partial, manifest);
  } catch {
    // An input that is no file, a read-only folder: the next run bundles again.
  }
}

/** Bundles of `name` made from earlier versions of the code, once no run can still be starting from them. */
function prune(name, keep) {
  const before = Date.now() - 60 * 60 * 1000;
  const own = new RegExp(`^${name}-[0-9a-f]+\\.mjs(?:\\.\\d+\\.partial)?$`);
  for (const entry of fs.readdirSync(CACHE)) {
    if (entry === keep || !own.test(entry)) continue;
    const file = path.join(CACHE, entry);
    try {
      if (fs.statSync(file).mtimeMs < before) fs.rmSync(file, { force: true });
    } catch {
      // Removed by another run meanwhile: nothing to do.
    }
  }
}
