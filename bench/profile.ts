// npm run bench:profile -- [PROFILE.cpuprofile | DIR] [--top N]: sums a V8 CPU profile's self time by
// function and by source file (the newest .cpuprofile in DIR when given a folder; /tmp/prof by default),
// to find the extractor's hot spots. Make one with
//   node --cpu-prof --cpu-prof-dir /tmp/prof src/extract/run.mjs src/extract/cli.ts FOLDER --out /tmp/out --jobs 1
// The garbage collector's share is its own row, "(garbage collector)".
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { eachSample } from './profileSamples.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: Node[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
let file = path.resolve(positionals[0] ?? '/tmp/prof');
if (fs.statSync(file).isDirectory()) {
  const newest = fs
    .readdirSync(file)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(file, f))
    .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
  if (!newest) throw new Error(`no .cpuprofile in ${file}`);
  file = newest;
}
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
eachSample(profile, (id, _at, us) => self.set(id, (self.get(id) ?? 0) + us));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string) => {
  const at = url.search(/\/(src|node_modules)\//);
  return at >= 0 ? url.slice(at + 1) : url || '(native)';
};
// The CLI runs from an esbuild bundle, which heads each source file's part with a "// src/…" line:
// a function in the bundle is shown with the source file it came from.
const sections = new Map<string, { line: number; file: string }[]>();
function sourceOf(url: string, line: number): string {
  if (!/\.cache\/.*\.mjs$/.test(url)) return shortUrl(url);
  let list = sections.get(url);
  if (!list) {
    list = [];
    const lines = fs.readFileSync(new URL(url), 'utf8').split('\n');
    lines.forEach((text, i) => {
      const m = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
      if (m) list!.push({ line: i, file: m[1]! });
    });
    sections.set(url, list);
  }
  let found = shortUrl(url);
  for (const s of list) if (s.line <= line) found = s.file;
  return found;
}
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  const where = sourceOf(url, lineNumber);
  const fn = `${functionName || '(anonymous)'}  ${where}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + us);
  byFile.set(where, (byFile.get(where) ?? 0) + us);
}
const top = Number(values.top);
const print = (title: string, rows: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [name, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`  ${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
};
console.log(`${path.basename(file)}: ${(total / 1e6).toFixed(2)} s sampled`);
print('Self time by function', byFunction);
print('Self time by file', byFile);
