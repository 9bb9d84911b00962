// npx tsx bench/profileUi.ts URL [--out DIR]
// Where the time to the first picture goes: CPU profiles (CDP Profiler) of the page and of its
// workers from navigation to the `timeline-first-render` mark, written as .cpuprofile files (open
// them in Chromium's DevTools) and summed up here: the busy time of each thread in steps of 250 ms,
// and the functions that took the most time (self, and with what they call); first, the moments
// from navigation to the first picture (the page's and the workers' performance marks, each
// download's first and last byte) with each thread's busy time between them.
// URL: a served build on a dataset, e.g. the one `npm run bench:ui` serves:
// http://127.0.0.1:4789/?dataset=/bench/100000/dataset.json (build with `--minify false` for names).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium.ts';
import { eachSample } from './profileSamples.ts';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'bench/out/profiles' } } });
const url = positionals[0];
if (!url) throw new Error('usage: npx tsx bench/profileUi.ts URL [--out DIR]');

const browser = await chromium.launch(CHROMIUM);
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const cdp = await page.context().newCDPSession(page);
// Workers are reached through the page's session: each message wrapped for its target.
const workers = new Map<string, { next: number; pending: Map<number, (r: unknown) => void> }>();
const sendTo = (sessionId: string, method: string, params: object = {}) => {
  const w = workers.get(sessionId)!;
  const id = w.next++;
  return new Promise<unknown>((resolve) => {
    w.pending.set(id, resolve);
    cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(() => resolve(undefined));
  });
};
cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
  const m = JSON.parse(e.message) as { id?: number; result?: unknown };
  if (m.id !== undefined) workers.get(e.sessionId)?.pending.get(m.id)?.(m.result);
});
cdp.on('Target.attachedToTarget', (e: { sessionId: string; targetInfo: { type: string } }) => {
  workers.set(e.sessionId, { next: 1, pending: new Map() });
  void (async () => {
    await sendTo(e.sessionId, 'Profiler.enable');
    await sendTo(e.sessionId, 'Profiler.setSamplingInterval', { interval: 500 });
    await sendTo(e.sessionId, 'Profiler.start');
    await sendTo(e.sessionId, 'Runtime.runIfWaitingForDebugger');
  })();
});
// A worker the page ends once it has read the dataset is kept alive, for its profile.
await page.addInitScript('Worker.prototype.terminate = function () {}');
await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
await cdp.send('Profiler.start');
const t0 = Date.now();
await page.goto(url);
await page.waitForFunction(() => performance.getEntriesByName('timeline-first-render').length > 0, null, { timeout: 600_000 });
const firstRender = await page.evaluate(() => performance.getEntriesByName('timeline-first-render')[0]!.startTime);
// The moments each thread marks (performance.mark), on the page's clock: ms from navigation.
const MOMENTS = `JSON.stringify({ origin: performance.timeOrigin, marks: performance.getEntriesByType('mark').map((e) => [e.name, e.startTime]),
  resources: performance.getEntriesByType('resource').map((e) => [e.name, e.startTime, e.responseStart, e.responseEnd]) })`;
type Moments = { origin: number; marks: [string, number][]; resources: [string, number, number, number][] };
const pageMoments = JSON.parse(await page.evaluate(MOMENTS)) as Moments;
const moments: [number, string][] = pageMoments.marks.map(([name, at]) => [at, `page    ${name}`]);
for (const [name, start, first, end] of pageMoments.resources)
  if (start < firstRender)
    moments.push([start, `page    request ${new URL(name).pathname}`], [first, `page      first byte`], [end, `page      last byte`]);
const profiles: [string, Profile, number][] = [['page', ((await cdp.send('Profiler.stop')) as { profile: Profile }).profile, 0]];
let k = 0;
for (const sessionId of workers.keys()) {
  const name = `worker${k++}`;
  const evaluated = (await sendTo(sessionId, 'Runtime.evaluate', { expression: MOMENTS, returnByValue: true })) as
    { result?: { value?: string } } | undefined;
  const m = evaluated?.result?.value ? (JSON.parse(evaluated.result.value) as Moments) : null;
  // A worker's clock starts when it does: its profile is taken to start then too.
  const offset = m ? m.origin - pageMoments.origin : 0;
  for (const [mark, at] of m?.marks ?? []) moments.push([at + offset, `${name} ${mark}`]);
  const r = (await Promise.race([sendTo(sessionId, 'Profiler.stop'), new Promise((r) => setTimeout(r, 5000))])) as
    { profile: Profile } | undefined;
  if (r?.profile) profiles.push([name, r.profile, offset]);
}
await browser.close();
console.log(`first render ${firstRender.toFixed(0)} ms after navigation (${Date.now() - t0} ms wall)`);
moments.sort((a, b) => a[0] - b[0]);
console.log(`\n== moments (ms from navigation)\n${moments.map(([at, what]) => `  ${at.toFixed(0).padStart(6)}  ${what}`).join('\n')}`);
// Each thread's busy time between one moment and the next, with the functions that took most of it.
const cuts = [...new Set(moments.map(([at]) => Math.round(at)).filter((at) => at <= firstRender)), Math.round(firstRender)].sort(
  (a, b) => a - b,
);
for (const [name, profile, offset] of profiles) phases(name, profile, offset);

mkdirSync(values.out!, { recursive: true });
for (const [name, profile] of profiles) {
  writeFileSync(path.join(values.out!, `${name}.cpuprofile`), JSON.stringify(profile));
  summarize(name, profile);
}

function summarize(name: string, p: Profile) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: Node) => `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const buckets = new Map<number, number>();
  // Profile time is in µs, counted from the profile's start, which is about the instant of navigation.
  eachSample(p, (id, at, us) => {
    const dt = us / 1000;
    const leaf = byId.get(id)!;
    const fn = leaf.callFrame.functionName;
    // Idle and unattributed time is no work; the garbage collector's is, counted once under its leaf.
    if (fn === '(idle)' || fn === '(program)') return;
    const bucket = Math.floor(at / 1000 / 250);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + dt);
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const l = label(byId.get(n)!);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, count: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([l, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${l}`)
      .join('\n');
  const busy = [...buckets].sort((a, b) => a[0] - b[0]).map(([b, ms]) => `${(b * 0.25).toFixed(2)}s:${ms.toFixed(0)}`);
  console.log(`\n== ${name}: busy ms per 250 ms step\n  ${busy.join(' ')}`);
  console.log(`-- self\n${top(self, 25)}\n-- total\n${top(total, 40)}`);
}

function phases(name: string, p: Profile, offset: number) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const busy = cuts.map(() => new Map<string, number>());
  eachSample(p, (id, at, us) => {
    const fn = byId.get(id)!.callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)') return;
    const t = offset + at / 1000;
    const phase = cuts.findIndex((c) => t < c);
    if (phase < 0) return;
    const m = busy[phase]!;
    m.set(fn || '(anon)', (m.get(fn || '(anon)') ?? 0) + us / 1000);
  });
  console.log(`\n== ${name}: busy ms up to each moment, and its costliest functions (self)`);
  busy.forEach((m, phase) => {
    const sum = [...m.values()].reduce((a, b) => a + b, 0);
    if (sum < 1) return;
    const top = [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([fn, ms]) => `${fn} ${ms.toFixed(0)}`);
    console.log(
      `  ${String(phase ? cuts[phase - 1] : 0).padStart(5)}–${String(cuts[phase]).padEnd(5)} ${sum.toFixed(0).padStart(5)} ms  ${top.join(', ')}`,
    );
  });
}
