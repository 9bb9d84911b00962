// npx tsx bench/sourcePanel.ts [-- --mb 10] [--url http://host:port/]
// How long the source panel takes to open a very long document: generates one document of about
// `mb` megabytes (paragraphs of sentences, each with two actor mentions and a date, one event per
// few sentences), builds the app, serves it with `vite preview`, and measures in headless
// Chromium the time from the document's arrival (its response end) to its passage highlighted on
// screen, for an event in the middle of the document and for one at its end chosen next.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM } from '../test/e2e/chromium.ts';
import type { Dataset, DocumentText, TimelineEvent } from '../src/model/dataset.ts';
import { SCHEMA_VERSION } from '../src/model/dataset.ts';
import { leanDataset } from '../src/model/lean.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '10' }, url: { type: 'string' }, port: { type: 'string', default: '4791' } },
});
const root = path.resolve(import.meta.dirname, '..');
const dir = path.join(root, 'bench', 'out', 'source');

const target = Number(values.mb) * 1e6;
let text = '';
const events: TimelineEvent[] = [];
const mentions: DocumentText['actorMentions'] = [];
const timexes: DocumentText['timexes'] = [];
for (let n = 0; text.length < target; n++) {
  const sentence = `Qatar met Egypt in Doha on 1 May 2020, said officials of round ${n}.`;
  const start = text.length;
  text += sentence + (n % 6 === 5 ? '\n\n' : ' ');
  mentions.push(
    { start, end: start + 5, text: 'Qatar', actorId: 'qatar' },
    { start: start + 10, end: start + 15, text: 'Egypt', actorId: 'egypt' },
  );
  timexes.push({ start: start + 27, end: start + 37, text: '1 May 2020', type: 'DATE', value: '2020-05-01', mod: null });
  if (n % 4 === 0) {
    events.push({
      id: `ev-${n}`,
      title: `Qatar met Egypt, round ${n}`,
      time: {
        value: '2020-05-01',
        start: '2020-05-01',
        end: '2020-05-02',
        granularity: 'day',
        anchor: 'explicit',
        approximate: false,
        mod: null,
        interval: null,
      },
      actorIds: ['egypt', 'qatar'],
      attribution: { source: 'officials', actorId: null, cues: ['said'], certainty: 'reported' },
      evidence: [
        {
          docId: 'long',
          start,
          end: start + sentence.length,
          trigger: { start: start + 6, end: start + 9 },
          timex: { start: start + 27, end: start + 37 },
        },
      ],
      // Varied, some 0 (left out of a file of version 6), as the extractor gives.
      salience: n % 3 === 0 ? 0 : (n % 7) / 2,
    });
  }
}
const dataset: Dataset = {
  schemaVersion: SCHEMA_VERSION,
  documents: [
    {
      id: 'long',
      path: 'long.txt',
      title: 'A very long document',
      date: '2020-05-02',
      sha256: createHash('sha256').update(text).digest('hex'),
      source: null,
      url: null,
      length: text.length,
    },
  ],
  actors: [
    { id: 'egypt', name: 'Egypt', kind: 'country', aliases: [], parentId: null, mentions: mentions.length / 2 },
    { id: 'qatar', name: 'Qatar', kind: 'country', aliases: [], parentId: null, mentions: mentions.length / 2 },
  ],
  events,
  diagnostics: [],
};
rmSync(dir, { recursive: true, force: true });
mkdirSync(path.join(dir, 'documents'), { recursive: true });
writeFileSync(path.join(dir, 'dataset.json'), JSON.stringify(leanDataset(dataset)));
writeFileSync(
  path.join(dir, 'documents', 'long.json'),
  JSON.stringify({ id: 'long', title: 'A very long document', text, timexes, actorMentions: mentions }),
);
console.log(
  `document: ${(text.length / 1e6).toFixed(1)} M characters, ${events.length.toLocaleString('en')} passages, ${mentions.length.toLocaleString('en')} mentions, ${timexes.length.toLocaleString('en')} dates`,
);

const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
let server: ReturnType<typeof spawn> | null = null;
let base = values.url;
if (!base) {
  execFileSync(process.execPath, [vite, 'build'], { cwd: root, stdio: 'ignore' });
  cpSync(path.join(root, 'bench', 'out', 'source'), path.join(root, 'dist', 'bench', 'source'), { recursive: true });
  server = spawn(process.execPath, [vite, 'preview', '--host', '127.0.0.1', '--strictPort', '--port', values.port!], {
    cwd: root,
    stdio: 'pipe',
  });
  base = `http://127.0.0.1:${values.port}/`;
  for (
    let k = 0;
    k < 100 &&
    !(await fetch(base)
      .then((r) => r.ok)
      .catch(() => false));
    k++
  )
    await new Promise((r) => setTimeout(r, 100));
}

const browser = await chromium.launch(CHROMIUM);
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const middle = events[Math.floor(events.length / 2)]!;
  const last = events.at(-1)!;
  await page.goto(new URL(`?dataset=/bench/source/dataset.json&event=${middle.id}`, base).href);
  const passage = (e: TimelineEvent) => text.slice(e.evidence[0]!.start, e.evidence[0]!.end);
  const shown = (quote: string) =>
    page.waitForFunction(
      (q) => [...document.querySelectorAll('mark.psg-shown')].map((m) => m.textContent).join('') === q && performance.now(),
      quote,
      { timeout: 300_000, polling: 'raf' },
    );
  const opened = (await (await shown(passage(middle))).jsonValue()) as number;
  const arrived = (await page.evaluate(
    `performance.getEntriesByType('resource').find((e) => e.name.includes('documents/long.json')).responseEnd`,
  )) as number;
  // Then an event at the end of the same document, chosen from the URL as a shared link would.
  const before = (await page.evaluate(
    `(history.pushState(null, '', location.href.replace('${middle.id}', '${last.id}')), dispatchEvent(new PopStateEvent('popstate')), performance.now())`,
  )) as number;
  const moved = (await (await shown(passage(last))).jsonValue()) as number;
  console.log(`open (document arrived → passage shown)   ${(opened - arrived).toFixed(0)} ms`);
  console.log(`another passage, at the end                ${(moved - before).toFixed(0)} ms`);
  console.log(`source blocks in the page                  ${await page.locator('.source-block').count()}`);
} finally {
  await browser.close();
  server?.kill();
}
